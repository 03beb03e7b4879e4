import { escapeMarkdown } from '../document/markdown-escape.js';
import type { PrintDocument } from '../document/model.js';
import { parseDocument } from '../document/parse-document.js';
import { KitError, type Problem } from '../errors.js';
import { LABELS } from '../layout/labels.js';
import { renderPdf, type RenderOptions } from '../layout/render-pdf.js';
import type { TemplateEnvironment } from '../template/environment.js';
import { buildView } from '../template/view-model.js';
import type { KitLesson } from './load-lessons.js';
import type { KitOptions } from './options.js';
import type { Piece } from './pieces.js';

/** One piece of a lesson as a PDF in memory. */
export async function drawPiece(lesson: Pick<KitLesson, 'file' | 'lesson' | 'source'>, piece: Piece, templates: TemplateEnvironment, options: KitOptions) {
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

