import type { RichText } from '../document/model.js';
import type { Pdf } from './pdf.js';
import { mm } from './theme.js';

/** What a school puts in the header of every page: its name and, optionally, its logo. */
export interface Brand {
  name: string;
  /** PNG or JPEG bytes, already checked (see files/read-image.ts). */
  logo?: Uint8Array;
}

/** The logo sits left in the header band, at most this high and this wide, bottom on the rule. */
const LOGO_HEIGHT = mm(8);
const LOGO_MAX_WIDTH = mm(35);
const LOGO_GAP = 6;

type OpenedImage = PDFKit.Mixins.PDFOpenedImage;

/** The header's left text: the school name in bold, then what the template put there. */
export function brandedLeft(brand: Brand | undefined, left: string): RichText {
  if (!brand?.name) return [{ text: left }];
  return left ? [{ text: brand.name, bold: true }, { text: `  ·  ${left}` }] : [{ text: brand.name, bold: true }];
}

/**
 * Opens the logo once per document: pdfkit embeds an image given as bytes again on every
 * call, but an opened image only once, however many pages show it.
 */
export function openLogo(pdf: Pdf, brand: Brand | undefined): OpenedImage | undefined {
  if (!brand?.logo) return undefined;
  // A class set draws the page frames once per student, into the same document.
  let logo = opened.get(pdf.doc);
  if (!logo) {
    logo = pdf.doc.openImage(brand.logo);
    opened.set(pdf.doc, logo);
  }
  return logo;
}

const opened = new WeakMap<PDFKit.PDFDocument, OpenedImage>();

/**
 * Draws the logo with its bottom just above the header rule and returns the width it takes
 * (the header text starts after it). Called inside the header's artifact: page furniture
 * a screen reader skips, like the school name next to it.
 */
export function drawLogo(pdf: Pdf, logo: OpenedImage, x: number, ruleY: number): number {
  const swap = (logo.orientation ?? 1) > 4;
  const w = swap ? logo.height : logo.width;
  const h = swap ? logo.width : logo.height;
  const scale = Math.min(LOGO_HEIGHT / h, LOGO_MAX_WIDTH / w);
  const width = w * scale;
  const height = h * scale;
  pdf.doc.image(logo, x, ruleY - 2 - height, { width, height });
  return width + LOGO_GAP;
}
