import { KitError, problem } from '../errors.js';
import type { Pdf } from './pdf.js';

/**
 * Blocks become a flat list of items with known heights before anything is drawn. The
 * paginator only decides where pages break; keep rules are expressed as `keepWithNext`.
 */
export interface Item {
  height: number;
  /** Space above the item; dropped at the top of a page. */
  gapBefore: number;
  /** No page break between this item and the next one. */
  keepWithNext: boolean;
  /** Start a new page before this item. */
  breakBefore?: boolean;
  /** Drawn above this item when a page break falls right before it (a table's header row again). */
  continued?: Item;
  draw(pdf: Pdf, x: number, y: number): void;
}

export function item(height: number, draw: Item['draw'], options: Partial<Omit<Item, 'height' | 'draw'>> = {}): Item {
  return { height, draw, gapBefore: options.gapBefore ?? 0, keepWithNext: options.keepWithNext ?? false, breakBefore: options.breakBefore };
}

/** Marks a run of items as one unit that moves to the next page as a whole when it can. */
export function keepTogether(items: Item[]): Item[] {
  items.forEach((it, i) => {
    if (i < items.length - 1) it.keepWithNext = true;
  });
  return items;
}

/** Shifts items right by `dx` (for indented or boxed content). */
export function indent(items: Item[], dx: number): Item[] {
  return items.map((it) => ({ ...it, draw: (pdf, x, y) => it.draw(pdf, x + dx, y) }));
}

/**
 * Wraps a run of items with a decoration drawn per item (a box background, a quote bar),
 * so boxed content that crosses a page still looks boxed on both pages. `before` and
 * `after` run around the whole run, e.g. to open and close a structure element.
 */
export function wrap(
  items: Item[],
  options: {
    padTop?: number;
    padBottom?: number;
    decorate?: (pdf: Pdf, x: number, y: number, height: number, first: boolean, last: boolean) => void;
    /** Runs before the first item is drawn, with the position its content starts at. */
    before?: (pdf: Pdf, x: number, y: number) => void;
    after?: (pdf: Pdf) => void;
  },
): Item[] {
  const padTop = options.padTop ?? 0;
  const padBottom = options.padBottom ?? 0;
  return items.map((it, i) => {
    const first = i === 0;
    const last = i === items.length - 1;
    // Inner gaps become part of the item, so a box background has no holes and never
    // paints over the item above it.
    const top = (first ? padTop : 0) + (first ? 0 : it.gapBefore);
    const bottom = last ? padBottom : 0;
    const height = it.height + top + bottom;
    return {
      ...it,
      height,
      gapBefore: first ? it.gapBefore : 0,
      draw: (pdf: Pdf, x: number, y: number) => {
        options.decorate?.(pdf, x, y, height, first, last);
        if (first) options.before?.(pdf, x, y + top);
        it.draw(pdf, x, y + top);
        if (last) options.after?.(pdf);
      },
    };
  });
}

/**
 * Runs `open` before the first item is drawn and `close` (with what open returned) after the
 * last, e.g. to put a run of items in one structure element. Heights and gaps stay as they are.
 */
export function bracket<T>(items: Item[], open: (pdf: Pdf) => T, close: (pdf: Pdf, opened: T) => void): Item[] {
  let opened: T | undefined;
  return items.map((it, i) => {
    const first = i === 0;
    const last = i === items.length - 1;
    if (!first && !last) return it;
    return {
      ...it,
      draw: (pdf: Pdf, x: number, y: number) => {
        if (first) opened = open(pdf);
        it.draw(pdf, x, y);
        if (last) close(pdf, opened as T);
      },
    };
  });
}

export interface PageSink {
  /** Top and bottom of the content area on every page. */
  top: number;
  bottom: number;
  newPage(): void;
}

/** Where one item goes: page index (from 0) and its top, measured from the top of the content area. */
export interface Placement {
  item: Item;
  page: number;
  y: number;
}

/**
 * Decides where pages break, without drawing. A chain of items joined by keepWithNext moves
 * to a new page as a whole when it does not fit; a chain taller than a page is split wherever
 * it must be. Pages are only started for items, so an empty list gives no pages.
 */
export function planPages(items: readonly Item[], pageHeight: number): Placement[] {
  const out: Placement[] = [];
  let page = -1;
  let y = 0;
  let atTop = true;
  const newPage = () => {
    page++;
    y = 0;
    atTop = true;
  };
  let i = 0;
  while (i < items.length) {
    let end = i;
    while (end < items.length - 1 && items[end]!.keepWithNext && !items[end + 1]!.breakBefore) end++;
    const chain = items.slice(i, end + 1);
    const chainHeight = (fromTop: boolean) => chain.reduce((h, it, k) => h + it.height + (k === 0 && fromTop ? 0 : it.gapBefore), 0);

    if (page < 0 || (chain[0]!.breakBefore && !atTop)) newPage();
    // Rounding slack: an item exactly as tall as the page fits.
    if (!atTop && y + chainHeight(false) > pageHeight + 0.01 && chainHeight(true) <= pageHeight + 0.01) newPage();
    for (const it of chain) {
      // Taller than a page even at its top: drawing it would run over the footer and cut
      // text off. Blocks split what can be split (long table rows do); this is the rest.
      if (it.height > pageHeight + 0.01) throw new KitError(problem('layoutTooTall', { cm: Math.round((it.height / 72) * 2.54), pageCm: Math.round((pageHeight / 72) * 2.54) }));
      const gap = atTop ? 0 : it.gapBefore;
      if (!atTop && y + gap + it.height > pageHeight + 0.01) newPage();
      if (atTop && page > 0 && it.continued) {
        out.push({ item: it.continued, page, y });
        y += it.continued.height;
        atTop = false;
        out.push({ item: it, page, y });
        y += it.height;
        continue;
      }
      y += atTop ? 0 : gap;
      out.push({ item: it, page, y });
      y += it.height;
      atTop = false;
    }
    i = end + 1;
  }
  return out;
}

/** Places items on pages and draws them; pages are added through the sink as needed. */
export function paginate(items: Item[], pdf: Pdf, x: number, sink: PageSink): void {
  let current = -1;
  for (const p of planPages(items, sink.bottom - sink.top)) {
    while (current < p.page) {
      sink.newPage();
      current++;
    }
    p.item.draw(pdf, x, sink.top + p.y);
  }
}
