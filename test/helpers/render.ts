import { expect } from 'chai';
import { parseDocument } from '../../src/document/parse-document.js';
import { fontStack, renderPdf, type RenderOptions } from '../../src/layout/render-pdf.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { readGraphics, type PageGraphics } from '../helpers/pdf-graphics.js';
import { readPdf, type PdfInfo } from '../helpers/pdf.js';

const date = new Date('2026-01-01T00:00:00Z');

/** Renders document-language text straight to a PDF and reads it back, text and drawing. */
export async function renderText(markdown: string, options: Partial<RenderOptions> = {}): Promise<{ pdf: PdfInfo; graphics: PageGraphics[]; pages: number }> {
  const { pdf, bytes, pages } = await renderTextOnly(markdown, options);
  return { pdf, graphics: await readGraphics(bytes), pages };
}

/** The same, reading only the text (faster). */
export async function renderTextOnly(markdown: string, options: Partial<RenderOptions> = {}): Promise<{ pdf: PdfInfo; bytes: Buffer; pages: number }> {
  const { document, problems } = parseDocument(markdown, 'nl-BE');
  expect(problems).to.deep.equal([]);
  const { bytes, pages } = await renderPdf(document, withFonts({ creationDate: date, ...options }));
  const buffer = asBuffer(bytes);
  return { pdf: await readPdf(buffer), bytes: buffer, pages };
}

/** Render options with the fonts read from this machine (the chosen font, else Noto Sans). */
export function withFonts(options: Omit<RenderOptions, 'fonts'> & { fonts?: RenderOptions['fonts'] }): RenderOptions {
  return { ...options, fonts: options.fonts ?? fontStack(options.font ?? 'noto-sans', nodeFiles) };
}

/** PDF bytes as a Node Buffer (the same memory), for the readers in helpers/pdf.ts. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
