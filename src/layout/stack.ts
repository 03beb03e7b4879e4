import type { Item } from './items.js';
import type { Pdf } from './pdf.js';

/**
 * Items stacked in one box (a card, a sign, a slide) rather than flowed over pages: the box
 * knows its height, so it can shrink or grow its text until the stack fits.
 */

/** Height of items stacked top to bottom; the first item's gap is dropped, as at a page top. */
export function stackHeight(items: readonly Item[]): number {
  return items.reduce((h, it, k) => h + it.height + (k === 0 ? 0 : it.gapBefore), 0);
}

/** Draws items stacked from `y` down. */
export function drawStack(items: readonly Item[], pdf: Pdf, x: number, y: number): void {
  let cy = y;
  items.forEach((it, k) => {
    if (k > 0) cy += it.gapBefore;
    it.draw(pdf, x, cy, k === items.length - 1);
    cy += it.height;
  });
}

export interface Fitted<T> {
  scale: number;
  value: T;
}

/**
 * The largest scale in [min, max] for which `fits(build(scale))` holds, to within 1%.
 * Undefined when even `min` does not fit. Text height grows with the scale, so a bisection
 * finds it in a few layouts (word widths are cached, so each layout is cheap).
 */
export function largestFit<T>(build: (scale: number) => T, fits: (value: T) => boolean, min: number, max: number): Fitted<T> | undefined {
  const top = build(max);
  if (fits(top)) return { scale: max, value: top };
  let lo = min;
  let best = build(min);
  if (!fits(best)) return undefined;
  let hi = max;
  while (hi - lo > 0.01 * max) {
    const mid = (lo + hi) / 2;
    const v = build(mid);
    if (fits(v)) {
      lo = mid;
      best = v;
    } else hi = mid;
  }
  return { scale: lo, value: best };
}
