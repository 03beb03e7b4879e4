/**
 * Colour contrast on white paper (WCAG 2.1, 1.4.3): text needs 4.5:1 at least, and on a
 * black-and-white laser a coloured heading becomes a halftone grey that must stay dense. A
 * school's house colour is a given, so a light one is not refused: headings get the same hue,
 * darkened just enough to read on both.
 */

/** The contrast WCAG 2.1 asks of text (level AA). */
export const TEXT_CONTRAST = 4.5;

const channels = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
const hex2 = (c: number) =>
  Math.round(Math.min(1, Math.max(0, c)) * 255)
    .toString(16)
    .padStart(2, '0');

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of #rrggbb against white, from 1 (white) to 21 (black). */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * How dark a black-and-white printer prints #rrggbb, from 0 (black) to 1 (no ink): printers
 * and Ghostscript turn colour into grey with the video weights 0.30 R + 0.59 G + 0.11 B.
 */
export function printGray(hex: string): number {
  const [r, g, b] = channels(hex);
  return 0.3 * r + 0.59 * g + 0.11 * b;
}

/**
 * The grey a heading may print as at most: lighter, a 600 dpi laser's halftone gives it
 * less than half the ink of black text, and toner save thins it further.
 */
export const PRINT_GRAY = 0.4;

/** Whether text in this colour reads on white paper, on screen and in black-and-white print. */
export function readsOnWhite(hex: string, ratio = TEXT_CONTRAST): boolean {
  return contrastOnWhite(hex) >= ratio && printGray(hex) <= PRINT_GRAY;
}

/**
 * The colour as it is when it reads on white (readsOnWhite); otherwise the same hue darkened
 * until it does. Scaling the linear channels together keeps the hue and scales the
 * luminance by the same factor: the first step lands on the contrast, small steps then go on
 * until the print is dark enough and rounding to #rrggbb has not undone it.
 */
export function readableOnWhite(hex: string, ratio = TEXT_CONTRAST): string {
  const colour = hex.toLowerCase();
  if (readsOnWhite(colour, ratio)) return colour;
  const linear = channels(colour).map(toLinear);
  const lum = luminance(colour);
  let k = lum > 0 ? Math.min(1, (1.05 / ratio - 0.05) / lum) : 1;
  for (;;) {
    const out = `#${linear.map((c) => hex2(toSrgb(c * k))).join('')}`;
    if (readsOnWhite(out, ratio)) return out;
    k *= 0.97;
  }
}
