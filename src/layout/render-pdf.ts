import type { PrintDocument } from '../document/model.js';
import type { Brand } from './brand.js';
import type { FontStack } from './fonts.js';
import type { Medium, Orientation, PaperSize } from './geometry.js';
import { paginate } from './items.js';
import { LABELS, type Labels } from './labels.js';
import { sections } from './measure.js';
import { drawPageFrames } from './page-frame.js';
import { addPage, createPdf, pdfToBuffer } from './pdf.js';
import type { ThemeOptions } from './theme.js';
import { makeTheme } from './theme.js';

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
  /** Heading levels that become bookmarks (0: none). */
  outlineLevels?: number;
  /** School name and logo in the header of every page. */
  brand?: Brand;
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
  const parts = sections(document.blocks, options, { fonts, theme, labels, outlineLevels: options.outlineLevels ?? 0 });
  const pdf = createPdf({
    fonts,
    theme,
    geom: parts[0]!.geom,
    title: document.meta.title,
    author: document.meta.author,
    subject: document.meta.subject,
    lang: document.meta.lang,
    creationDate: options.creationDate,
  });
  for (const part of parts) {
    paginate(part.items, pdf, part.geom.left, {
      top: part.geom.top,
      bottom: part.geom.bottom,
      newPage: () => addPage(pdf, part.geom),
    });
  }
  // An empty document still is a valid PDF: one blank page with its frame.
  if (pdf.pageGeoms.length === 0) addPage(pdf, parts[0]!.geom);
  drawPageFrames(pdf, document.meta.header, labels, options.brand);
  const pages = pdf.doc.bufferedPageRange().count;
  return { bytes: await pdfToBuffer(pdf.doc), pages };
}
