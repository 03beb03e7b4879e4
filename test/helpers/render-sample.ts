// Renders a few PDFs into the folder given as argument: used by tests that compare output
// made in another process (pdfkit without gesprekskit's adapters) with output made in theirs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveOptions } from '../../src/node/options.js';
import { Renderer } from '../../src/kit/render-jobs.js';
import { validateKit } from '../../src/node/library.js';
import { drawPiece } from '../../src/kit/render-piece.js';
import { PIECES } from '../../src/kit/pieces.js';
import { TemplateEnvironment } from '../../src/template/environment.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { nodeJobOutput } from '../../src/node/job-output.js';

export async function renderSample(dir: string): Promise<string[]> {
  // Every piece, with a school name and logo: text, drawings and an image in each file.
  const options = resolveOptions({
    cwd: PACKAGE_ROOT,
    lessons: ['identiteit'],
    school: { name: 'Atheneum Noord', contact: '', logo: join(PACKAGE_ROOT, 'test', 'fixtures', 'school', 'logo.png') },
  });
  const kit = validateKit(options);
  const lesson = kit.lessons[0]!;
  const templates = new TemplateEnvironment(options.templateDirs, nodeFiles, options.labels);
  const names: string[] = [];
  for (const piece of PIECES) {
    if (piece.when && !piece.when(lesson.lesson)) continue;
    const { bytes } = await drawPiece(lesson, piece, templates, options, nodeFiles);
    writeFileSync(join(dir, `${piece.id}.pdf`), bytes);
    names.push(`${piece.id}.pdf`);
  }
  // A form too: fields, appearance streams and the structure around them.
  const fillable = await drawPiece(lesson, PIECES.find((p) => p.id === 'worksheet')!, templates, { ...options, fillable: true }, nodeFiles);
  writeFileSync(join(dir, 'worksheet-fillable.pdf'), fillable.bytes);
  names.push('worksheet-fillable.pdf');
  const printer = new Renderer({ options, lessons: [{ file: lesson.file, lesson: lesson.lesson, source: lesson.source, yamlText: lesson.yaml.text }] }, nodeFiles, nodeJobOutput, templates).printer(0, 'worksheet');
  const chunks: Uint8Array[] = [];
  const fills = ['Sara Peeters', 'Иван Петров', 'Zoë Van den Broeck'].map((name) => ({ name, class: '3B' }));
  await printer.render(fills, (c) => chunks.push(c), true);
  writeFileSync(join(dir, 'class-set.pdf'), Buffer.concat(chunks));
  names.push('class-set.pdf');
  // A fillable class set: form fields in the structure tree, pages forgotten as they are written.
  const context = { options: { ...options, fillable: true }, lessons: [{ file: lesson.file, lesson: lesson.lesson, source: lesson.source, yamlText: lesson.yaml.text }] };
  const formChunks: Uint8Array[] = [];
  await new Renderer(context, nodeFiles, nodeJobOutput, templates).printer(0, 'worksheet').render(fills, (c) => formChunks.push(c), true);
  writeFileSync(join(dir, 'class-set-fillable.pdf'), Buffer.concat(formChunks));
  names.push('class-set-fillable.pdf');
  return names;
}

// Run as a script (node --import tsx render-sample.ts DIR), not when imported by a test.
if (process.argv[1]?.endsWith('render-sample.ts') && process.argv[2]) {
  renderSample(process.argv[2]).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
