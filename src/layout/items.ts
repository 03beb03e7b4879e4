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
  /**
   * A page break between this item and the next one only to avoid a large gap: a run of items
   * held together (a table row, line by line) moves to the next page whole when little room is
   * left, and is split here when moving it would leave a large part of the page empty.
   */
  holdWithNext?: boolean;
  /** Start a new page before this item. */
  breakBefore?: boolean;
  /** Drawn above this item when a page break falls right before it (a table's header row again). */
  continued?: Item;
  /**
   * Room this item needs below it when a page break falls right after it (the padding and
   * bottom rule that close a table row cut in two). Always reserved where the item is placed.
   */
  tail?: number;
  /**
   * Draws the item with its top at `y`. `endsPage`: nothing follows it on this page (or in its
   * box), so an item cut off here closes itself (in its `tail`).
   */
  draw(pdf: Pdf, x: number, y: number, endsPage?: boolean): void;
}

export function item(height: number, draw: Item['draw'], options: Partial<Omit<Item, 'height' | 'draw'>> = {}): Item {
  const it: Item = { height, draw, gapBefore: options.gapBefore ?? 0, keepWithNext: options.keepWithNext ?? false, breakBefore: options.breakBefore };
  if (options.holdWithNext) it.holdWithNext = true;
  if (options.continued) it.continued = options.continued;
  if (options.tail) it.tail = options.tail;
  return it;
}

/**
 * Links a run of lines (the lines of a table row) so that the paginator keeps at least two
 * lines on each side of a page break, and breaks between the others only to avoid a large
 * gap (holdWithNext). Three lines or fewer never split.
 */
export function holdLines(items: Item[]): Item[] {
  const n = items.length;
  items.forEach((it, k) => {
    if (k === n - 1) return;
    if (n <= 3 || k === 0 || k === n - 2) it.keepWithNext = true;
    else it.holdWithNext = true;
  });
  return items;
}

/** Marks a run of items as one unit that moves to the next page as a whole when it can. */
export function keepTogether(items: Item[]): Item[] {
  items.forEach((it, i) => {
    if (i < items.length - 1) it.keepWithNext = true;
  });
  return items;
}

/**
 * Marks a run of items as one unit that moves to the next page whole when little room is
 * left there, and is split where its own keep rules allow when moving it would leave a large
 * gap (a short list: better two lines of it at the bottom of a page than a third of a page empty).
 */
export function holdTogether(items: Item[]): Item[] {
  items.forEach((it, i) => {
    if (i < items.length - 1 && !it.keepWithNext) it.holdWithNext = true;
  });
  return items;
}

/** Shifts items right by `dx` (for indented or boxed content). */
export function indent(items: Item[], dx: number): Item[] {
  return items.map((it) => shift(it, dx));
}

function shift(it: Item, dx: number): Item {
  const out: Item = { ...it, draw: (pdf, x, y, endsPage) => it.draw(pdf, x + dx, y, endsPage) };
  if (it.continued) out.continued = shift(it.continued, dx);
  return out;
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
    const out: Item = {
      ...it,
      height,
      gapBefore: first ? it.gapBefore : 0,
      draw: (pdf: Pdf, x: number, y: number, endsPage?: boolean) => {
        // A cut-off item closes itself in its tail: the decoration reaches down that far too.
        options.decorate?.(pdf, x, y, height + (endsPage && !last ? (it.tail ?? 0) : 0), first, last);
        if (first) options.before?.(pdf, x, y + top);
        it.draw(pdf, x, y + top, endsPage);
        if (last) options.after?.(pdf);
      },
    };
    // A header row repeated inside a box is drawn inside the box's decoration too.
    const again = it.continued;
    if (again) out.continued = { ...again, draw: (pdf, x, y, endsPage) => (options.decorate?.(pdf, x, y, again.height, false, false), again.draw(pdf, x, y, endsPage)) };
    return out;
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
      draw: (pdf: Pdf, x: number, y: number, endsPage?: boolean) => {
        if (first) opened = open(pdf);
        it.draw(pdf, x, y, endsPage);
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

/** A gap larger than this share of the page is worth cutting a held run (a table row) in two for. */
export const LARGE_GAP = 0.2;

/**
 * Decides where pages break, without drawing. A chain of items joined by keepWithNext moves
 * to a new page as a whole when it does not fit; a chain taller than a page is split wherever
 * it must be. A run held together by holdWithNext moves whole when the page has little room
 * left, and is split at a held link when moving it would leave a large gap. Pages are only
 * started for items, so an empty list gives no pages.
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
  // Rounding slack: an item exactly as tall as the page fits.
  const fits = (h: number) => h <= pageHeight + 0.01;
  const linked = (k: number, held: boolean) =>
    k < items.length - 1 && !items[k + 1]!.breakBefore && (items[k]!.keepWithNext || (held && items[k]!.holdWithNext === true));
  /** Height of items from..to, the first gap dropped at a page top, with the room the last one needs below it. */
  const runHeight = (from: number, to: number, fromTop: boolean) => {
    let h = items[to]!.tail ?? 0;
    for (let k = from; k <= to; k++) h += items[k]!.height + (k === from && fromTop ? 0 : items[k]!.gapBefore);
    return h;
  };
  /** The end of a held run being split: the rest of it fills the page, it is not weighed again. */
  let splitting = -1;
  let i = 0;
  while (i < items.length) {
    let end = i;
    while (linked(end, false)) end++;
    let held = end;
    while (linked(held, true)) held++;

    if (page < 0 || (items[i]!.breakBefore && !atTop)) newPage();
    if (!atTop) {
      // On a later page the run starts under its continued item (a repeated header row).
      const fromTop = (to: number) => runHeight(i, to, true) + (items[i]!.continued?.height ?? 0);
      if (held > end && i > splitting && !fits(y + runHeight(i, held, false)) && fits(fromTop(held))) {
        if (pageHeight - y < LARGE_GAP * pageHeight) newPage();
        else splitting = held;
      }
      if (!atTop && !fits(y + runHeight(i, end, false)) && fits(fromTop(end))) newPage();
    }
    for (let k = i; k <= end; k++) {
      const it = items[k]!;
      // Taller than a page even at its top: drawing it would run over the footer and cut
      // text off. Blocks split what can be split (table rows do); this is the rest.
      if (it.height > pageHeight + 0.01) throw new KitError(problem('layoutTooTall', { cm: Math.round((it.height / 72) * 2.54), pageCm: Math.round((pageHeight / 72) * 2.54) }));
      const gap = atTop ? 0 : it.gapBefore;
      if (!atTop && !fits(y + gap + it.height + (it.tail ?? 0))) newPage();
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
  const plan = planPages(items, sink.bottom - sink.top);
  plan.forEach((p, k) => {
    while (current < p.page) {
      sink.newPage();
      current++;
    }
    p.item.draw(pdf, x, sink.top + p.y, plan[k + 1]?.page !== p.page);
  });
}
