import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { drawLine, type TextBlock } from '../text.js';

/**
 * What every table row shares, whether its cells stand side by side (a table) or a row is
 * stacked as label–value pairs (large print): a band of cells laid out line by line, one item
 * per line of text, so that a page break can fall between two lines of a tall row instead of
 * moving the whole row and leaving half a page empty. The paginator decides where (see
 * holdLines and planPages); a band cut in two closes with a rule at the page end and
 * reopens on the next page with a rule and its padding (its `continued` item).
 */

/** One cell of a band: its text laid out, where it stands in the band, how it is tagged. */
export interface BandCell {
  text: TextBlock;
  /** Left edge and width, from the band's left edge. */
  x: number;
  width: number;
  tag: 'TH' | 'TD';
  scope?: 'Column' | 'Row';
  /** Background (a header row, the label column). */
  fill?: string;
  /** Drawn again (for the eye only) where the band continues on a new page: a label beside its value. */
  repeat?: boolean;
}

export interface BandRules {
  /** Left and right edges, and the rules that close and reopen a band cut by a page break. */
  outer: number;
  /** Between the cells. */
  inner: number;
  /** Above the first line and below the last (none: the band above or below draws it). */
  top?: number;
  bottom?: number;
}

export interface BandSetup {
  cells: BandCell[];
  width: number;
  pad: number;
  rules: BandRules;
  env: LayoutEnv;
  /** Runs before the first line is drawn (opens the row's structure elements)… */
  open?: (pdf: Pdf) => void;
  /** …and after the last. */
  close?: (pdf: Pdf) => void;
}

/**
 * The band's lines as items. Each cell is one structure element (TH or TD), its text marked
 * once per page it is on, so a cell read on two pages is still one cell. Lines other than the last
 * reserve the padding that closes a cut band (their tail); lines other than the first carry
 * the strip that reopens it at the top of the next page.
 */
export function bandLines(band: BandSetup): Item[] {
  const { cells, pad } = band;
  const lineHeight = Math.max(...cells.map((c) => c.text.lineHeight));
  const count = Math.max(1, ...cells.map((c) => c.text.lines.length));
  let elements: PDFKit.PDFStructureElement[] = [];
  // Lines are placed one by one but their text is drawn cell by cell, once per page: what a
  // reader copies or reflows from a cell is its text in one piece, not interleaved line by
  // line with the cells beside it.
  let pending: { li: number; x: number; y: number }[] = [];
  const flush = (pdf: Pdf) => {
    cells.forEach((c, k) => {
      const here = pending.filter((p) => c.text.lines[p.li]);
      // An empty cell is still a cell: an empty marked run keeps its element on the page.
      if (here.length === 0 && pending[0]?.li !== 0) return;
      pdf.tags.content(elements[k]!, c.tag, () => here.forEach((p) => drawLine(pdf, c.text, c.text.lines[p.li]!, p.x + c.x + pad, p.y)));
    });
    pending = [];
  };
  /** The line at which the band resumes on a new page (set by its reopening strip), if any. */
  let resumed: number | undefined;
  const items: Item[] = [];
  for (let li = 0; li < count; li++) {
    const first = li === 0;
    const last = li === count - 1;
    const top = first ? pad : 0;
    const height = top + lineHeight + (last ? pad : 0);
    items.push(
      item(
        height,
        (pdf, x, y, endsPage) => {
          if (first) {
            band.open?.(pdf);
            elements = cells.map((c) => pdf.tags.element(c.tag, c.scope ? { scope: c.scope } : undefined));
          }
          // Cut here by a page break: the band closes in the padding reserved below the line.
          const cut = endsPage === true && !last;
          const h = height + (cut ? pad : 0);
          drawFrame(pdf, band, x, y, h, {
            top: first ? band.rules.top : undefined,
            bottom: last ? (endsPage ? Math.max(band.rules.outer, band.rules.bottom ?? 0) : band.rules.bottom) : cut ? band.rules.outer : undefined,
          });
          if (resumed === li) {
            resumed = undefined;
            // Labels whose own lines are all on the page before, said again beside the rest of their value.
            for (const c of cells) {
              if (c.repeat && c.text.lines.length <= li && c.text.lines.length <= count - li) {
                pdf.tags.asArtifact(() => c.text.lines.forEach((l, k) => drawLine(pdf, c.text, l, x + c.x + pad, y + k * lineHeight)));
              }
            }
          }
          pending.push({ li, x, y: y + top });
          if (last || endsPage) flush(pdf);
          if (last) {
            for (const el of elements) el.end();
            band.close?.(pdf);
          }
        },
        { tail: last ? 0 : pad, continued: first ? reopenRule(band) : reopen(band, () => (resumed = li)) },
      ),
    );
  }
  return items;
}

/** At the top of a page, above a line that continues a cut band: a rule and the band's padding. */
function reopen(band: BandSetup, resume: () => void): Item {
  return item(band.pad, (pdf, x, y) => {
    resume();
    drawFrame(pdf, band, x, y, band.pad, { top: band.rules.outer });
  });
}

/** At the top of a page, above a band that starts there but continues a row: the rule the band above would have drawn. */
function reopenRule(band: BandSetup): Item | undefined {
  if (band.rules.top !== undefined) return undefined;
  return item(0, (pdf, x, y) => drawFrame(pdf, band, x, y, 0, { top: band.rules.outer }));
}

/** Backgrounds and rules of a slice of the band `h` high: decoration, read by no one. */
function drawFrame(pdf: Pdf, band: BandSetup, x: number, y: number, h: number, edges: { top?: number; bottom?: number }): void {
  const { theme } = band.env;
  pdf.tags.artifact(() => {
    const { doc } = pdf;
    doc.save();
    for (const c of band.cells) if (c.fill && h > 0) doc.rect(x + c.x, y, c.width, h).fill(c.fill);
    doc.strokeColor(theme.colors.rule);
    const stroke = (width: number, x1: number, y1: number, x2: number, y2: number) => doc.lineWidth(width).moveTo(x1, y1).lineTo(x2, y2).stroke();
    if (h > 0) {
      band.cells.slice(1).forEach((c) => stroke(band.rules.inner, x + c.x, y, x + c.x, y + h));
      stroke(band.rules.outer, x, y, x, y + h);
      stroke(band.rules.outer, x + band.width, y, x + band.width, y + h);
    }
    // Across the edges' full width, so the corners close.
    const [left, right] = [x - band.rules.outer / 2, x + band.width + band.rules.outer / 2];
    if (edges.top !== undefined) stroke(edges.top, left, y, right, y);
    if (edges.bottom !== undefined) stroke(edges.bottom, left, y + h, right, y + h);
    doc.restore();
  });
}

/** Two items drawn as one, the second under the first (a repeated header row above a band's reopening strip). */
export function stacked(first: Item | undefined, second: Item | undefined): Item | undefined {
  if (!first || !second) return first ?? second;
  return item(first.height + second.height, (pdf, x, y) => {
    first.draw(pdf, x, y);
    second.draw(pdf, x, y + first.height);
  });
}
