import { join, resolve, sep } from 'node:path';
import { escapeMarkdown } from '../document/markdown-escape.js';
import type { PrintDocument } from '../document/model.js';
import { parseDocument } from '../document/parse-document.js';
import { LABELS } from '../layout/labels.js';
import { KitError, type Problem } from '../errors.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { renderPdf, type RenderOptions } from '../layout/render-pdf.js';
import { TemplateEnvironment } from '../template/environment.js';
import { buildView } from '../template/view-model.js';
import type { KitLesson, LessonProblems } from './load-lessons.js';
import type { KitOptions } from './options.js';
import { PIECES, type Piece } from './pieces.js';
import { validateKit } from './validate-kit.js';
import { loadRoster } from '../roster/load-roster.js';
import { planClassSets } from './class-sets.js';
import { RenderPool, threadCount } from './render-pool.js';
import { runPlans, type LessonPlan } from './run-jobs.js';

export interface BuiltFile {
  lesson: string;
  piece: string;
  file: string;
  pages: number;
  bytes: number;
  /** Class sets: the number of students in the file. */
  copies?: number;
}

export interface BuildResult {
  files: BuiltFile[];
  /** Lessons that could not be built, with all their problems. Their old PDFs are untouched. */
  failed: LessonProblems[];
}

/**
 * Builds every selected lesson into outDir/<lesson-id>/<piece>.pdf (with a class list:
 * outDir/<lesson-id>/worksheets-<list>.pdf). All files of a lesson are written under
 * temporary names first and renamed into place only when all succeeded: a broken lesson
 * leaves its previous PDFs as they were and does not stop the others.
 */
export async function buildKit(options: KitOptions): Promise<BuildResult> {
  const threads = threadCount(options);
  // Render threads start now, loading pdfkit and fonts while the lessons are read here.
  const pool = threads > 1 ? new RenderPool(options, threads) : undefined;
  try {
    const roster = options.roster ? loadRoster(options.roster) : undefined;
    const kit = validateKit(options);
    // Compiled here even when threads render: a template syntax error stops the build at once.
    const templates = new TemplateEnvironment(options.templateDirs);
    const plans = roster ? planClassSets(kit.lessons, roster, options) : kit.lessons.map(piecePlan(options));
    const context = { options, lessons: kit.lessons.map(({ file, lesson, source }) => ({ file, lesson, source })) };
    const result = await runPlans(context, plans, pool, templates);
    return { files: result.files, failed: [...kit.failed, ...result.failed] };
  } finally {
    await pool?.close();
  }
}

/** Every piece of a lesson, one job each, written to outDir/<lesson-id>/<piece>.pdf. */
function piecePlan(options: KitOptions) {
  return (lesson: KitLesson, i: number): LessonPlan => {
    try {
      const outDir = lessonOutDir(options.outDir, lesson.lesson.id);
      const pieces = PIECES.filter((piece) => !piece.when || piece.when(lesson.lesson));
      return { lesson, jobs: pieces.map((piece) => ({ kind: 'piece', lesson: i, piece: piece.id, target: join(outDir, piece.file) })) };
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      return { lesson, jobs: [], error: e };
    }
  };
}

export async function buildLesson(lesson: KitLesson, templates: TemplateEnvironment, options: KitOptions): Promise<BuiltFile[]> {
  const outDir = lessonOutDir(options.outDir, lesson.lesson.id);
  const rendered: { piece: Piece; file: string; bytes: Buffer; pages: number }[] = [];
  for (const piece of PIECES) {
    if (piece.when && !piece.when(lesson.lesson)) continue;
    const result = await renderPiece(lesson, piece, templates, options);
    rendered.push({ piece, file: join(outDir, piece.file), ...result });
  }
  return rendered.map((r) => {
    writeFileAtomic(r.file, r.bytes);
    return { lesson: lesson.lesson.id, piece: r.piece.id, file: r.file, pages: r.pages, bytes: r.bytes.length };
  });
}

export async function renderPiece(lesson: Pick<KitLesson, 'file' | 'lesson' | 'source'>, piece: Piece, templates: TemplateEnvironment, options: KitOptions) {
  const document = pieceDocument(lesson, piece, templates, options);
  return inLessonFile(lesson, () => renderPdf(document, renderOptions(piece, options)));
}

/** A piece of a lesson as a document: view model → template → document language → blocks. */
export function pieceDocument(lesson: Pick<KitLesson, 'lesson' | 'source'>, piece: Piece, templates: TemplateEnvironment, options: KitOptions): PrintDocument {
  const view = buildView(lesson.lesson, lesson.source, {
    audience: piece.audience,
    piece: { id: piece.id, label: piece.label },
    school: { name: escapeMarkdown(options.school.name), contact: escapeMarkdown(options.school.contact) },
  });
  const text = templates.render(piece.template, view);
  const { document, problems } = parseDocument(text, 'nl-BE', templates.locate);
  if (problems.length > 0) throw new KitError(problems);
  document.meta.subject ??= lesson.lesson.essential_question;
  return document;
}

export function renderOptions(piece: Piece, options: KitOptions): RenderOptions {
  return {
    paper: options.pageSize,
    orientation: piece.orientation,
    creationDate: options.creationDate,
    outlineLevels: piece.outlineLevels,
    largePrint: options.largePrint,
    font: options.font,
    labels: LABELS[options.labels],
    ...(options.accent ? { accent: options.accent } : {}),
  };
}

/** Layout problems (a character no font has) without a file belong to the lesson file. */
export async function inLessonFile<T>(lesson: { file: string }, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (e) {
    if (e instanceof KitError) throw new KitError(e.problems.map((p): Problem => (p.file ? p : { ...p, file: lesson.file })));
    throw e;
  }
}

/** The lesson's output folder, refusing any id that would point outside outDir. */
export function lessonOutDir(outDir: string, id: string): string {
  const root = resolve(outDir);
  const dir = resolve(root, id);
  if (!dir.startsWith(root + sep) || id.includes('/') || id.includes('\\')) {
    throw new KitError({
      code: 'GK_OUTPUT_OUTSIDE',
      message: `the lesson id "${id}" would write outside the output folder`,
      hint: 'Use only lowercase letters, digits and dashes in lesson ids.',
    });
  }
  return dir;
}
