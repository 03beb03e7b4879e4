import type { Block, PrintDocument } from '../document/model.js';
import { checkNameFill, type TooLongFill } from './blocks/namefield.js';
import type { LayoutEnv, NameFill } from './env.js';
import { contentHeight, contentWidth, geometryFor } from './geometry.js';
import { paginate } from './items.js';
import { LABELS } from './labels.js';
import { drawPageFrames } from './page-frame.js';
import type { FontStack } from './fonts.js';
import { FieldNames } from './form/field-names.js';
import { addContentPage, addPage, createPdf } from './pdf.js';
import { sections, type RenderOptions, type Section } from './render-pdf.js';
import { makeTheme, type Theme } from './theme.js';
import { nextTurn } from './next-turn.js';
import { forgetFinishedPages } from './pdfkit-speed.js';

export interface CopiesResult {
  /** Pages in the file, blank pages included. */
  pages: number;
  /** Pages of each copy, without the blank page added after it. */
  copyPages: number[];
}

/**
 * Prints one document many times, each copy with its own name in the name field: a class
 * set. The document is laid out once (a name never changes the layout: it is set smaller
 * when long), then drawn per copy. Knows nothing of lessons or class lists.
 */
export class CopyPrinter {
  private readonly parts: Section[];
  private readonly theme: Theme;
  private readonly fill: { current?: NameFill } = {};

  constructor(
    private readonly document: PrintDocument,
    private readonly options: RenderOptions,
  ) {
    this.theme = makeTheme(options);
    const env = { fonts: options.fonts, theme: this.theme, labels: options.labels ?? LABELS.nl, outlineLevels: options.outlineLevels ?? 0, outlineTop: options.outlineTop ?? 1, nameFill: this.fill };
    this.parts = sections(document.blocks, options, env);
  }

  /** Whether the document has a name field to print names in. */
  get hasNameField(): boolean {
    const has = (blocks: readonly Block[]): boolean => blocks.some((b) => b.type === 'namefield' || ('children' in b && has(b.children)));
    return has(this.document.blocks);
  }

  /**
   * Draws the copies one after another into one PDF, streamed to `write` as it is made
   * (a school-wide set does not sit in memory). With `duplex`, every copy starts on an odd
   * page: a blank page follows a copy with an odd page count, so double-sided printing never
   * puts two students on one sheet. Pages are numbered per copy ("pagina 2 van 6").
   * `drawn` is called after each copy (a progress bar).
   */
  async render(fills: readonly NameFill[], write: (chunk: Uint8Array) => void, duplex: boolean, drawn?: () => void): Promise<CopiesResult> {
    const { parts, options } = this;
    const first = parts[0]!;
    const pdf = createPdf({
      fonts: options.fonts,
      theme: this.theme,
      geom: first.geom,
      title: this.document.meta.title,
      author: this.document.meta.author,
      subject: this.document.meta.subject,
      lang: this.document.meta.lang,
      creationDate: options.creationDate,
      pdfUa: this.document.meta.accessible === true,
      // The field font has the letters of every name and class on the list.
      ...(options.fillable ? { fillable: fieldFont(options.fonts, this.theme.body.size, fills) } : {}),
    });
    const done = new Promise<void>((resolve, reject) => {
      pdf.doc.on('data', write);
      pdf.doc.on('end', resolve);
      pdf.doc.on('error', reject);
    });
    const copyPages: number[] = [];
    let pages = 0;
    for (const [index, fill] of fills.entries()) {
      this.fill.current = fill;
      // Page frames are drawn per copy, for the copy's pages only.
      pdf.pageGeoms = [];
      pdf.blankPages = new Set();
      // One structure element per copy, so a screen reader can tell the copies apart, and
      // pdfkit can write out and forget each copy's structure as soon as it is drawn.
      const part = fills.length > 1 ? pdf.tags.open('Part') : undefined;
      // Every student's fields have names of their own: typing in one copy must not fill all of them.
      if (pdf.form && fills.length > 1) pdf.form.names = new FieldNames(`leerling-${String(index + 1).padStart(String(fills.length).length, '0')}-`);
      for (const section of parts) {
        paginate(section.items, pdf, section.geom.left, { top: section.geom.top, bottom: section.geom.bottom, newPage: () => addContentPage(pdf, section.geom, options.oneSided) });
      }
      if (pdf.pageGeoms.length === 0) addPage(pdf, first.geom);
      drawPageFrames(pdf, this.document.meta.header, options.labels ?? LABELS.nl, options.brand);
      const count = pdf.doc.bufferedPageRange().count;
      copyPages.push(count);
      pages += count;
      if (duplex && count % 2 === 1) {
        addPage(pdf, pdf.pageGeoms[pdf.pageGeoms.length - 1]!);
        pages++;
      }
      if (part) pdf.tags.close(part);
      pdf.doc.flushPages();
      forgetFinishedPages(pdf.doc);
      // Let the finished pages flow out before drawing the next copy.
      drawn?.();
      await nextTurn();
    }
    this.fill.current = undefined;
    pdf.doc.end();
    await done;
    return { pages, copyPages };
  }
}

/**
 * Checks names before anything is drawn: throws MissingGlyphError for a character no font
 * has, returns a name too long for its line, undefined when it fits.
 */
export function nameFillChecker(options: RenderOptions): (fill: NameFill) => TooLongFill | undefined {
  const theme = makeTheme(options);
  const geom = geometryFor(options.medium ?? 'paper', options.paper ?? 'A4', options.orientation ?? 'portrait');
  const page = { width: contentWidth(geom), height: contentHeight(geom) };
  const env: LayoutEnv = { fonts: options.fonts, theme, labels: options.labels ?? LABELS.nl, outlineLevels: 0, page };
  return (fill) => checkNameFill(fill, page.width, env);
}

/**
 * The font of a class set's form fields: the first regular face of the stack that has every
 * letter of every name and class (a list with "Иван Петров" needs one with Cyrillic), so the
 * filled-in names print, and a viewer that redraws a field finds their letters.
 */
function fieldFont(fonts: FontStack, size: number, fills: readonly NameFill[]) {
  const covers = [...new Set(fills.flatMap((f) => [f.name, f.class]))];
  const letters = [...new Set(covers.join(''))].filter((c) => c.trim()).map((c) => c.codePointAt(0)!);
  const faces = fonts.families.map((f) => f.faces.regular);
  const face = faces.find((face) => letters.every((cp) => face.has(cp))) ?? faces[0]!;
  return { face, size, covers };
}
