import type { PrintDocument, Block } from '../document/model.js';
import { blocksToItems } from './blocks/index.js';
import { checkNameFill } from './blocks/namefield.js';
import type { LayoutEnv, NameFill } from './env.js';
import { contentWidth, pageGeometry, type Geometry } from './geometry.js';
import { paginate, type Item } from './items.js';
import { LABELS, type Labels } from './labels.js';
import { drawPageFrames } from './page-frame.js';
import { createPdf } from './pdf.js';
import { fontStack, type RenderOptions } from './render-pdf.js';
import { makeTheme } from './theme.js';

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
  private readonly env: LayoutEnv;
  private readonly geom: Geometry;
  private readonly labels: Labels;
  private readonly items: Item[];
  private readonly fill: { current?: NameFill } = {};

  constructor(
    private readonly document: PrintDocument,
    private readonly options: RenderOptions,
  ) {
    const theme = makeTheme(options);
    this.geom = pageGeometry(options.paper ?? 'A4', options.orientation ?? 'portrait');
    this.labels = options.labels ?? LABELS.nl;
    this.env = { fonts: fontStack(theme.font), theme, labels: this.labels, outlineLevels: options.outlineLevels ?? 0, nameFill: this.fill };
    this.items = blocksToItems(document.blocks, contentWidth(this.geom), this.env);
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
   */
  async render(fills: readonly NameFill[], write: (chunk: Buffer) => void, duplex: boolean): Promise<CopiesResult> {
    const { geom, labels } = this;
    const pdf = createPdf({
      fonts: this.env.fonts,
      theme: this.env.theme,
      geom,
      title: this.document.meta.title,
      author: this.document.meta.author,
      subject: this.document.meta.subject,
      lang: this.document.meta.lang,
      creationDate: this.options.creationDate,
    });
    const done = new Promise<void>((resolve, reject) => {
      pdf.doc.on('data', write);
      pdf.doc.on('end', resolve);
      pdf.doc.on('error', reject);
    });
    const newPage = () => pdf.doc.addPage({ size: [geom.width, geom.height], margin: 0 });
    const copyPages: number[] = [];
    let pages = 0;
    for (const fill of fills) {
      this.fill.current = fill;
      // One structure element per copy, so a screen reader can tell the copies apart, and
      // pdfkit can write out and forget each copy's structure as soon as it is drawn.
      const part = fills.length > 1 ? pdf.tags.open('Part') : undefined;
      paginate(this.items, pdf, geom.left, { top: geom.top, bottom: geom.bottom, newPage });
      drawPageFrames(pdf, this.document.meta.header, labels);
      const count = pdf.doc.bufferedPageRange().count;
      copyPages.push(count);
      pages += count;
      if (duplex && count % 2 === 1) {
        newPage();
        pages++;
      }
      if (part) pdf.tags.close(part);
      pdf.doc.flushPages();
      // Let the finished pages flow out before drawing the next copy.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.fill.current = undefined;
    pdf.doc.end();
    await done;
    return { pages, copyPages };
  }
}

/**
 * Checks names before anything is drawn: throws missingGlyphError for a character no font
 * has, returns a message for a name too long for its line, undefined when it fits.
 */
export function nameFillChecker(options: RenderOptions): (fill: NameFill) => string | undefined {
  const theme = makeTheme(options);
  const geom = pageGeometry(options.paper ?? 'A4', options.orientation ?? 'portrait');
  const env: LayoutEnv = { fonts: fontStack(theme.font), theme, labels: options.labels ?? LABELS.nl, outlineLevels: 0 };
  const width = contentWidth(geom);
  return (fill) => checkNameFill(fill, width, env);
}
