import type { PrintDocument } from '../document/model.js';
import type { Brand } from './brand.js';
import type { FontStack } from './fonts.js';
import type { Medium, Orientation, PaperSize } from './geometry.js';
import { paginate } from './items.js';
import { LABELS, type Labels } from './labels.js';
import { sections } from './measure.js';
import { drawPageFrames } from './page-frame.js';
import { addContentPage, addPage, createPdf, pdfToBuffer } from './pdf.js';
import { makeTheme, type ThemeOptions } from './theme.js';

export { fontStack, measureDocument, sections, type Section } from './measure.js';

export interface RenderOptions extends ThemeOptions {
  /** The fonts, read by the shell (see fontStack); `font` names the first family. */
  fonts: FontStack;
  paper?: PaperSize;
  /** Orientation of the first page; `::pagebreak orientation=…` turns later pages. */
  orientation?: Orientation;
  /** 'projector': 16:9 slides whatever the paper size. */
  medium?: Medium;
  labels?: Labels;
  creationDate: Date;
  /** Headings of levels outlineTop (default 1) to outlineLevels become bookmarks (0: none), nested by level. */
  outlineLevels?: number;
  outlineTop?: number;
  /** School name and logo in the header of every page. */
  brand?: Brand;
  /** Every page gets a blank back, so double-sided printing puts one page on each sheet (wall signs). */
  oneSided?: boolean;
  /** A PDF form: a field wherever a student writes (see form/fields.ts). Without it, nothing form-related is written. */
  fillable?: boolean;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** Lays out a document on pages and returns the PDF bytes. Knows nothing of lessons. */
export async function renderPdf(document: PrintDocument, options: RenderOptions): Promise<RenderedPdf> {
  const theme = makeTheme(options);
  const fonts = options.fonts;
  const labels = options.labels ?? LABELS.nl;
  // Measure everything first: missing glyphs and other problems surface before a PDF exists.
  const parts = sections(document.blocks, options, { fonts, theme, labels, outlineLevels: options.outlineLevels ?? 0, outlineTop: options.outlineTop ?? 1 });
  const pdf = createPdf({
    fonts,
    theme,
    geom: parts[0]!.geom,
    title: document.meta.title,
    author: document.meta.author,
    subject: document.meta.subject,
    lang: document.meta.lang,
    creationDate: options.creationDate,
    pdfUa: document.meta.accessible === true,
    ...(options.fillable ? { fillable: { face: fonts.main('regular'), size: theme.body.size, covers: [] } } : {}),
  });
  for (const part of parts) {
    paginate(part.items, pdf, part.geom.left, {
      top: part.geom.top,
      bottom: part.geom.bottom,
      newPage: () => addContentPage(pdf, part.geom, options.oneSided),
    });
  }
  // An empty document still is a valid PDF: one blank page with its frame.
  if (pdf.pageGeoms.length === 0) addPage(pdf, parts[0]!.geom);
  drawPageFrames(pdf, document.meta.header, labels, options.brand);
  const pages = pdf.doc.bufferedPageRange().count;
  return { bytes: await pdfToBuffer(pdf.doc), pages };
}
