// Renders a few PDFs into the folder given as argument: used by tests that compare output
// made in another process (pdfkit without gesprekskit's adapters) with output made in theirs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveOptions } from '../../src/kit/options.js';
import { Renderer } from '../../src/kit/render-jobs.js';
import { validateKit } from '../../src/kit/validate-kit.js';
import { drawPiece } from '../../src/kit/render-piece.js';
import { pieceById } from '../../src/kit/find-piece.js';
import { TemplateEnvironment } from '../../src/template/environment.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

export async function renderSample(dir: string): Promise<string[]> {
  const options = resolveOptions({ cwd: PACKAGE_ROOT, lessons: ['identiteit'] });
  const kit = validateKit(options);
  const lesson = kit.lessons[0]!;
  const templates = new TemplateEnvironment(options.templateDirs, options.labels);
  const names: string[] = [];
  for (const id of ['worksheet', 'teacher-guide']) {
    const { bytes } = await drawPiece(lesson, pieceById(id), templates, options);
    writeFileSync(join(dir, `${id}.pdf`), bytes);
    names.push(`${id}.pdf`);
  }
  const printer = new Renderer({ options, lessons: [{ file: lesson.file, lesson: lesson.lesson, source: lesson.source, yamlText: lesson.yaml.text }] }, templates).printer(0, 'worksheet');
  const chunks: Buffer[] = [];
  const fills = ['Sara Peeters', 'Иван Петров', 'Zoë Van den Broeck'].map((name) => ({ name, class: '3B' }));
  await printer.render(fills, (c) => chunks.push(c), true);
  writeFileSync(join(dir, 'class-set.pdf'), Buffer.concat(chunks));
  names.push('class-set.pdf');
  return names;
}

// Run as a script (node --import tsx render-sample.ts DIR), not when imported by a test.
if (process.argv[1]?.endsWith('render-sample.ts') && process.argv[2]) {
  renderSample(process.argv[2]).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
