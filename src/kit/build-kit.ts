import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { escapeMarkdown } from '../document/markdown-escape.js';
import { parseDocument } from '../document/parse-document.js';
import { LABELS } from '../layout/labels.js';
import { KitError, type Problem } from '../errors.js';
import { writeFilesAtomic } from '../files/write-atomic.js';
import { outputError, prepareOutDir, refuseForeignFile } from './output-files.js';
import { MissingGlyphError } from '../layout/fonts.js';
import { renderPdf } from '../layout/render-pdf.js';
import { readTextFile } from '../files/read-text.js';
import { TemplateEnvironment } from '../template/environment.js';
import { buildView } from '../template/view-model.js';
import { brandOf } from './brand.js';
import type { KitLesson, LessonProblems } from './load-lessons.js';
import type { KitOptions } from './options.js';
import { PIECES, type Piece } from './pieces.js';
import { validateKit } from './validate-kit.js';

export interface BuiltFile {
  lesson: string;
  piece: string;
  file: string;
  pages: number;
  bytes: number;
}

export interface BuildResult {
  files: BuiltFile[];
  /** Lessons that could not be built, with all their problems. Their old PDFs are untouched. */
  failed: LessonProblems[];
}

/**
 * Builds every selected lesson into outDir/<lesson-id>/<piece>.pdf. All pieces of a lesson
 * are rendered in memory first and written only when all succeeded, each by write-and-rename:
 * a broken lesson leaves its previous PDFs as they were and does not stop the others.
 */
export async function buildKit(options: KitOptions): Promise<BuildResult> {
  const kit = validateKit(options);
  // A broken logo concerns every lesson: report it once, before anything is built.
  brandOf(options);
  const templates = new TemplateEnvironment(options.templateDirs, options.labels);
  prepareOutDir(options.outDir);
  const files: BuiltFile[] = [];
  const failed = [...kit.failed];
  for (const lesson of kit.lessons) {
    try {
      files.push(...(await buildLesson(lesson, templates, options)));
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      failed.push({ name: lesson.lesson.id, file: lesson.file, problems: [...e.problems] });
    }
    // Rendering never waits for I/O, so let the event loop turn: a Ctrl+C is handled here,
    // between two lessons, rather than after the whole kit.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { files, failed };
}

export async function buildLesson(lesson: KitLesson, templates: TemplateEnvironment, options: KitOptions): Promise<BuiltFile[]> {
  const outDir = lessonOutDir(options.outDir, lesson.lesson.id);
  const rendered: { piece: Piece; file: string; bytes: Buffer; pages: number }[] = [];
  for (const piece of PIECES) {
    if (piece.when && !piece.when(lesson.lesson)) continue;
    const result = await renderPiece(lesson, piece, templates, options);
    rendered.push({ piece, file: join(outDir, piece.file), ...result });
  }
  for (const r of rendered) refuseForeignFile(r.file);
  try {
    writeFilesAtomic(rendered.map((r) => ({ file: r.file, data: r.bytes })));
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { dest?: string };
    // A failed rename names the temporary file first; the user knows the PDF.
    throw outputError(e, err.dest ?? err.path?.replace(/\/\.([^/\\]+)\.\d+\.tmp$/, '/$1') ?? outDir);
  }
  return rendered.map((r) => ({ lesson: lesson.lesson.id, piece: r.piece.id, file: r.file, pages: r.pages, bytes: r.bytes.length }));
}

export async function renderPiece(lesson: KitLesson, piece: Piece, templates: TemplateEnvironment, options: KitOptions) {
  const view = buildView(lesson.lesson, lesson.source, {
    audience: piece.audience,
    piece: { id: piece.id, label: piece.label },
    school: { name: escapeMarkdown(options.school.name), contact: escapeMarkdown(options.school.contact) },
    language: options.labels,
  });
  const text = templates.render(piece.template, view);
  const { document, problems } = parseDocument(text, 'nl-BE', templates.locate);
  if (problems.length > 0) throw new KitError(problems);
  document.meta.subject ??= lesson.lesson.essential_question;
  try {
    return await renderPdf(document, {
      paper: options.pageSize,
      orientation: piece.orientation,
      medium: piece.medium ?? 'paper',
      creationDate: options.creationDate,
      outlineLevels: piece.outlineLevels,
      largePrint: options.largePrint,
      font: options.font,
      labels: LABELS[options.labels],
      ...(options.accent ? { accent: options.accent } : {}),
      brand: brandOf(options),
    });
  } catch (e) {
    if (e instanceof MissingGlyphError) throw new KitError({ ...e.problems[0]!, ...whereIs(e.chars[0]!, lesson, templates) });
    if (e instanceof KitError) throw new KitError(e.problems.map((p): Problem => (p.file ? p : { ...p, file: lesson.file })));
    throw e;
  }
}

/** Where a character the fonts lack was typed: the lesson, its source text or a template. */
function whereIs(char: string, lesson: KitLesson, templates: TemplateEnvironment): Pick<Problem, 'file' | 'line' | 'col'> {
  const inLesson = lesson.yaml.text.indexOf(char);
  if (inLesson !== -1) return { file: lesson.file, ...lesson.yaml.position(inLesson) };
  try {
    const lines = readTextFile(lesson.source.file, 'the source text').split('\n');
    const at = lines.findIndex((l) => l.includes(char));
    if (at !== -1) return { file: lesson.source.file, line: at + 1, col: lines[at]!.indexOf(char) + 1 };
  } catch {
    // the source was read before; if it is gone now, fall through
  }
  const inTemplate = templates.locate(char, 0);
  return inTemplate.file ? inTemplate : { file: lesson.file };
}

/** The lesson's output folder, refusing any id that would point outside outDir. */
export function lessonOutDir(outDir: string, id: string): string {
  const root = resolve(outDir);
  const dir = resolve(root, id);
  const rel = relative(root, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep) || id.includes('/') || id.includes('\\')) {
    throw new KitError({
      code: 'GK_OUTPUT_OUTSIDE',
      message: `the lesson id "${id}" would write outside the output folder`,
      hint: 'Use only lowercase letters, digits and dashes in lesson ids.',
    });
  }
  return dir;
}
