import { plainText, type Block, type RichText } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { holdLines, item, keepTogether, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { drawStack, stackHeight } from '../stack.js';
import { layoutText, widestWordWidth } from '../text.js';
import type { TextStyle } from '../theme.js';
import { bandLines, stacked, type BandCell } from './table-band.js';
import { stackedTableItems } from './table-stacked.js';

type Table = Extract<Block, { type: 'table' }>;

/**
 * A table with a shaded header row; column widths follow the content. Each row is laid out
 * line by line (table-band.ts): a row that does not fit the rest of a page moves to the next
 * one whole when little room is left, and is split between its lines otherwise (two lines at
 * least on each side), so a tall agenda row no longer leaves half a page empty; a row taller
 * than a page is always split. The header row keeps with the first lines of the first row and
 * is repeated above each page the table continues on (an artifact: read once).
 */
export function tableItems(written: Table, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  // A header row of empty cells heads nothing: the table has no header (parse-document warns).
  const block = written.header.every((cell) => !plainText(cell).trim()) ? { ...written, header: [] } : written;
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  if (columns === 0) return [];
  const pad = 4;
  const headerStyle: TextStyle = { ...theme.body, bold: true };
  const widths = columnWidths(block, columns, width, pad, env, headerStyle);
  // Too many columns for their longest words, or for a readable line of running text (large
  // print): one row at a time, label beside value.
  if (!widths || (block.header.length > 0 && tooNarrow(block, widths, pad, env))) return stackedTableItems(block, columns, width, env, gapBefore);

  const lefts = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0));
  const rules = { outer: theme.strokes.rule, inner: theme.strokes.rule, top: theme.strokes.rule, bottom: theme.strokes.rule };
  const band = (cells: RichText[], header: boolean, open: (pdf: Pdf) => void, close: (pdf: Pdf) => void): Item[] => {
    const style = header ? headerStyle : theme.body;
    const laid: BandCell[] = widths.map((w, c) => ({
      text: layoutText(cells[c] ?? [], style, w - 2 * pad, env.fonts),
      x: lefts[c]!,
      width: w,
      tag: header ? 'TH' : 'TD',
      ...(header ? { scope: 'Column' as const, fill: theme.colors.tipFill } : {}),
      // A row continued on the next page says again which row it is (its time, its word).
      ...(c === 0 && !header ? { repeat: true } : {}),
    }));
    return bandLines({ cells: laid, width, pad, rules, env, open, close });
  };
  let table: PDFKit.PDFStructureElement | undefined;
  /** Opens and closes a row's TR, and the Table around the first and last row. */
  const row = (first: boolean, last: boolean) => {
    let tr: PDFKit.PDFStructureElement | undefined;
    return [
      (pdf: Pdf) => {
        if (first) table = pdf.tags.open('Table');
        tr = pdf.tags.open('TR');
      },
      (pdf: Pdf) => {
        pdf.tags.close(tr!);
        if (last) pdf.tags.close(table!);
      },
    ] as const;
  };
  const hasHeader = block.header.length > 0;
  const items: Item[] = [];
  let repeat: Item | undefined;
  if (hasHeader) {
    const head = keepTogether(band(block.header, true, ...row(true, block.rows.length === 0)));
    head[head.length - 1]!.keepWithNext = block.rows.length > 0;
    items.push(...head);
    // The header row again above a continuation: a copy, drawn for the eye, read once.
    const copy = band(block.header, true, ...row(false, false));
    repeat = item(stackHeight(copy), (pdf, x, y) => pdf.tags.asArtifact(() => drawStack(copy, pdf, x, y)));
  }
  block.rows.forEach((r, k) => {
    const lines = holdLines(band(r, false, ...row(k === 0 && !hasHeader, k === block.rows.length - 1)));
    for (const line of lines) {
      const continued = stacked(repeat, line.continued);
      if (continued) line.continued = continued;
      else delete line.continued;
    }
    items.push(...lines);
  });
  if (items[0]) items[0].gapBefore = gapBefore;
  return items;
}

/**
 * A measure narrower than this many ems, for a cell of running text, reads as a list of single
 * words (four columns in large print get 8 to 9; on A4 the agenda's text columns get 12 to 14).
 */
const MIN_MEASURE_EMS = 10;
/** Running text: a cell that wraps to more lines than this. */
const RUNNING_LINES = 4;

/** Whether some column holds running text in a measure too narrow to read it (three words a line). */
function tooNarrow(block: Table, widths: number[], pad: number, env: LayoutEnv): boolean {
  const { body } = env.theme;
  return widths.some(
    (w, c) => w - 2 * pad < MIN_MEASURE_EMS * body.size && block.rows.some((r) => layoutText(r[c] ?? [], body, w - 2 * pad, env.fonts).lines.length > RUNNING_LINES),
  );
}

/**
 * Columns get what their longest text wants, shrunk fairly when the page is too narrow, but
 * never narrower than their longest word (large print would otherwise cut words in two).
 */
function columnWidths(block: Table, columns: number, width: number, pad: number, env: LayoutEnv, headerStyle: TextStyle): number[] | undefined {
  const natural = new Array<number>(columns).fill(0);
  const least = new Array<number>(columns).fill(0);
  const measure = (cells: RichText[], style: TextStyle) =>
    cells.forEach((cell, c) => {
      const t = layoutText(cell, style, 1e6, env.fonts);
      natural[c] = Math.max(natural[c]!, (t.lines[0]?.width ?? 0) + 2 * pad);
      least[c] = Math.max(least[c]!, widestWordWidth(cell, style, env.fonts) + 2 * pad + 1);
    });
  measure(block.header, headerStyle);
  block.rows.forEach((r) => measure(r, env.theme.body));
  const sum = (l: number[]) => l.reduce((a, b) => a + b, 0);
  const total = sum(natural);
  if (total <= width) return natural.map((n) => (n / total) * width);
  if (sum(least) > width) {
    if (block.header.length > 0) return undefined;
    // No labels to stack with: share the width by longest word, and words will break.
    return least.map((l) => (l / sum(least)) * width);
  }
  const fair = width / columns;
  const alloc = natural.map((n, c) => Math.max(least[c]!, Math.min(n, fair)));
  const over = sum(alloc) - width;
  if (over > 0) {
    // Giving narrow columns their longest word took room: take it back from the wide ones.
    const slack = alloc.map((a, c) => a - least[c]!);
    const slackSum = sum(slack);
    return alloc.map((a, c) => a - (over * slack[c]!) / slackSum);
  }
  const wants = natural.map((n, c) => n - alloc[c]!);
  const wantSum = sum(wants) || 1;
  return alloc.map((a, c) => a + (-over * wants[c]!) / wantSum);
}
