import { escapeMarkdown } from '../document/markdown-escape.js';
import type { PrintDocument } from '../document/model.js';
import { parseDocument } from '../document/parse-document.js';
import { KitError, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import { MissingGlyphError } from '../layout/fonts.js';
import { LABELS } from '../layout/labels.js';
import { fontStack, measureDocument } from '../layout/measure.js';
import type { RenderOptions } from '../layout/render-pdf.js';
import type { TemplateEnvironment } from '../template/environment.js';
import { buildView } from '../template/view-model.js';
import { brandOf } from './brand.js';
import type { KitLesson } from './load-lessons.js';
import type { KitOptions } from './options.js';
import type { Piece } from './pieces.js';

/** What drawing needs of a lesson: the YAML only as text, to point at a character in it. */
export type DrawableLesson = Pick<KitLesson, 'file' | 'lesson' | 'source'> & { yaml: Pick<KitLesson['yaml'], 'text' | 'position'> };

/** One piece of a lesson as a PDF in memory, with the template's accessibility warnings. */
export async function drawPiece(lesson: DrawableLesson, piece: Piece, templates: TemplateEnvironment, options: KitOptions, input: InputFiles) {
  const { document, warnings } = pieceDocument(lesson, piece, templates, options);
  // Loaded only when drawing: measuring (validate) never needs pdfkit.
  const { renderPdf } = await import('../layout/render-pdf.js');
  const pdf = await inLessonFile(lesson, templates, input, () => renderPdf(document, renderOptions(piece, options, input)));
  return { ...pdf, warnings };
}

/**
 * A piece of a lesson as a document: view model → template → document language → blocks.
 * Warnings: what in the template makes the PDF harder to read with a screen reader.
 */
export function pieceDocument(lesson: Pick<KitLesson, 'lesson' | 'source'>, piece: Piece, templates: TemplateEnvironment, options: KitOptions): { document: PrintDocument; warnings: Problem[] } {
  const view = buildView(lesson.lesson, lesson.source, {
    audience: piece.audience,
    piece: { id: piece.id, label: piece.label },
    school: { name: escapeMarkdown(options.school.name), contact: escapeMarkdown(options.school.contact) },
    language: options.labels,
  });
  const text = templates.render(piece.template, view);
  const { document, problems, warnings } = parseDocument(text, 'nl-BE', templates.locate);
  if (problems.length > 0) throw new KitError(problems);
  document.meta.subject ??= lesson.lesson.essential_question;
  return { document, warnings };
}

export function renderOptions(piece: Piece, options: KitOptions, input: InputFiles): RenderOptions {
  return { ...layoutOptions(piece, options, input), brand: brandOf(options, input) };
}

/** What measuring a piece needs: everything but the brand (the logo is drawn, not measured). */
export function layoutOptions(piece: Piece, options: KitOptions, input: InputFiles): RenderOptions {
  return {
    fonts: fontStack(options.font, input),
    paper: options.pageSize,
    orientation: piece.orientation,
    medium: piece.medium ?? 'paper',
    creationDate: options.creationDate,
    outlineLevels: piece.outlineLevels,
    ...(piece.outlineTop ? { outlineTop: piece.outlineTop } : {}),
    ...(piece.oneSided ? { oneSided: true } : {}),
    ...(piece.fillable && options.fillable ? { fillable: true } : {}),
    largePrint: options.largePrint,
    font: options.font,
    labels: LABELS[options.labels],
    ...(options.accent ? { accent: options.accent } : {}),
  };
}

/**
 * The checks a build makes for one piece, without drawing it (no pdfkit document):
 * template, document language, and the measurement of every block. Throws the KitError the
 * build would throw, located in the lesson, its source text or a template.
 */
export function measurePiece(lesson: DrawableLesson, piece: Piece, templates: TemplateEnvironment, options: KitOptions, input: InputFiles): void {
  try {
    measureDocument(pieceDocument(lesson, piece, templates, options).document, layoutOptions(piece, options, input));
  } catch (e) {
    throw locatedLayoutError(e, lesson, templates, input);
  }
}

/** Layout problems without a place belong to the lesson: a missing glyph is looked up where it was typed. */
export async function inLessonFile<T>(lesson: DrawableLesson, templates: TemplateEnvironment, input: InputFiles, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (e) {
    throw locatedLayoutError(e, lesson, templates, input);
  }
}

/** A layout problem with the place it came from; anything that is not a KitError as it is. */
export function locatedLayoutError(e: unknown, lesson: DrawableLesson, templates: TemplateEnvironment, input: InputFiles): unknown {
  if (e instanceof MissingGlyphError) return new KitError({ ...e.problems[0]!, ...whereIs(e.chars[0]!, lesson, templates, input) });
  if (e instanceof KitError) return new KitError(e.problems.map((p): Problem => (p.file ? p : { ...p, file: lesson.file, ...textInLesson(p, lesson) })));
  return e;
}

/**
 * Where the text a layout problem is about was written in the lesson file (a card too long:
 * its statement or description), as line and column of the YAML value; nothing when the text
 * is not the lesson's (a template's own words).
 */
function textInLesson(p: Problem, lesson: DrawableLesson): Pick<Problem, 'line' | 'col'> {
  const text = p.params.text;
  if (typeof text !== 'string') return {};
  const words = text.split(/\s+/).filter(Boolean);
  // YAML may fold a long value over lines and quote it: look for its first words, any
  // whitespace between them; fewer words when markup (**…**, escapes) sits in the way.
  for (let k = Math.min(words.length, 12); k >= Math.min(words.length, 3) && k > 0; k--) {
    const pattern = new RegExp(words.slice(0, k).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    const found = pattern.exec(lesson.yaml.text);
    if (!found) continue;
    // Point at the value as written, its opening quote included.
    const at = found.index > 0 && /["']/.test(lesson.yaml.text[found.index - 1]!) ? found.index - 1 : found.index;
    return lesson.yaml.position(at);
  }
  return {};
}

/** Where a character the fonts lack was typed: the lesson, its source text or a template. */
function whereIs(char: string, lesson: DrawableLesson, templates: TemplateEnvironment, input: InputFiles): Pick<Problem, 'file' | 'line' | 'col'> {
  const inLesson = lesson.yaml.text.indexOf(char);
  if (inLesson !== -1) return { file: lesson.file, ...lesson.yaml.position(inLesson) };
  try {
    const lines = readTextFile(input, lesson.source.file, 'sourceText').split('\n');
    const at = lines.findIndex((l) => l.includes(char));
    if (at !== -1) return { file: lesson.source.file, line: at + 1, col: lines[at]!.indexOf(char) + 1 };
  } catch {
    // the source was read before; if it is gone now, fall through
  }
  const inTemplate = templates.locate(char, 0);
  return inTemplate.file ? inTemplate : { file: lesson.file };
}
