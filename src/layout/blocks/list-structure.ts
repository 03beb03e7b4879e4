import type { LayoutEnv } from '../env.js';
import { holdTogether, indent, wrap, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { stackHeight } from '../stack.js';

export interface ListEntry {
  /** The entry's content, laid out in the column right of the label. */
  items: Item[];
  /** Draws the bullet, number or tick box at the entry's first line. */
  label(pdf: Pdf, x: number, y: number): void;
}

/**
 * What every list shares: entries in a hanging column after their label, tagged
 * L > LI > (label, body), and a short list held on one page.
 */
export function listStructure(
  entries: ListEntry[],
  labelWidth: number,
  env: LayoutEnv,
  gapBefore: number,
  gapBetween: number,
  numbering: 'Decimal' | 'Disc' | 'None',
): Item[] {
  const all: Item[] = [];
  entries.forEach((entry, k) => {
    const inner = indent(entry.items, labelWidth);
    if (inner.length === 0) return;
    inner[0]!.gapBefore = k === 0 ? gapBefore : gapBetween;
    let li: PDFKit.PDFStructureElement | undefined;
    all.push(
      ...wrap(inner, {
        before: (pdf, x, y) => {
          li = pdf.tags.open('LI');
          entry.label(pdf, x, y);
        },
        after: (pdf) => pdf.tags.close(li!),
      }),
    );
  });
  // As in a paragraph, a page break leaves two lines at least of the list on each side: no
  // list ends with one line alone at the top of a page.
  for (const at of [0, all.length - 2]) if (at >= 0 && at < all.length - 1) all[at]!.keepWithNext = true;
  // A short list (a few statements) stays on one page, unless that leaves a large gap.
  if (entries.length <= 8 && stackHeight(all) <= env.page.height * 0.3) holdTogether(all);
  let list: PDFKit.PDFStructureElement | undefined;
  return wrap(all, {
    before: (pdf) => {
      list = pdf.tags.listNumbering(pdf.tags.open('L'), numbering);
    },
    after: (pdf) => pdf.tags.close(list!),
  });
}
