import type { PrintDocument } from '../document/model.js';
import { blocksToItems } from './blocks/index.js';
import type { Brand } from './brand.js';
import type { LayoutEnv } from './env.js';
import { FontStack } from './fonts.js';
import { contentWidth, pageGeometry, type Orientation, type PaperSize } from './geometry.js';
import { paginate } from './items.js';
import { LABELS, type Labels } from './labels.js';
import { drawPageFrames } from './page-frame.js';
import { createPdf, pdfToBuffer } from './pdf.js';
import { makeTheme, type ThemeOptions } from './theme.js';

export interface RenderOptions extends ThemeOptions {
  paper?: PaperSize;
  orientation?: Orientation;
  labels?: Labels;
  creationDate: Date;
  /** Heading levels that become bookmarks (0: none). */
  outlineLevels?: number;
  /** School name and logo in the header of every page. */
  brand?: Brand;
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

const stacks = new Map<string, FontStack>();

function fontStack(choice: ThemeOptions['font'] = 'noto-sans'): FontStack {
  let stack = stacks.get(choice);
  if (!stack) {
    stack = new FontStack(choice);
    stacks.set(choice, stack);
  }
  return stack;
}

/** Lays out a document on pages and returns the PDF bytes. Knows nothing of lessons. */
export async function renderPdf(document: PrintDocument, options: RenderOptions): Promise<RenderedPdf> {
  const theme = makeTheme(options);
  const fonts = fontStack(theme.font);
  const geom = pageGeometry(options.paper ?? 'A4', options.orientation ?? 'portrait');
  const labels = options.labels ?? LABELS.nl;
  const env: LayoutEnv = { fonts, theme, labels, outlineLevels: options.outlineLevels ?? 0 };
  // Measure everything first: missing glyphs and other problems surface before a PDF exists.
  const items = blocksToItems(document.blocks, contentWidth(geom), env);
  const pdf = createPdf({
    fonts,
    theme,
    geom,
    title: document.meta.title,
    author: document.meta.author,
    subject: document.meta.subject,
    lang: document.meta.lang,
    creationDate: options.creationDate,
  });
  paginate(items, pdf, geom.left, {
    top: geom.top,
    bottom: geom.bottom,
    newPage: () => pdf.doc.addPage({ size: [geom.width, geom.height], margin: 0 }),
  });
  drawPageFrames(pdf, document.meta.header, labels, options.brand);
  const pages = pdf.doc.bufferedPageRange().count;
  return { bytes: await pdfToBuffer(pdf.doc), pages };
}
