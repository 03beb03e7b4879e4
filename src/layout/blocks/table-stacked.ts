import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { holdLines, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { layoutText, widestWordWidth } from '../text.js';
import { bandLines } from './table-band.js';

type Table = Extract<Block, { type: 'table' }>;

/**
 * A table too wide for its words (four columns in large print) set one row at a time: each
 * row a framed block with the column headers as labels in a shaded left column and the
 * values beside them. Still tagged as a table, label cells as TH (row headers). Each label and
 * its value are a band laid out line by line (table-band.ts), so a row taller than the rest
 * of the page, or than a whole page, is split between its lines like any table row.
 */
export function stackedTableItems(block: Table, columns: number, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme, fonts } = env;
  const pad = 4;
  const labelStyle = { ...theme.body, bold: true };
  const widestLabel = Math.max(...block.header.map((h) => widestWordWidth(h, labelStyle, fonts)));
  const labelWidth = Math.min(width * 0.4, Math.max(width * 0.28, widestLabel + 2 * pad + 1));
  const valueWidth = width - labelWidth;
  let table: PDFKit.PDFStructureElement | undefined;
  const items: Item[] = [];
  block.rows.forEach((row, k) => {
    let tr: PDFKit.PDFStructureElement | undefined;
    const lines: Item[] = [];
    for (let c = 0; c < columns; c++) {
      const [first, last] = [c === 0, c === columns - 1];
      // Two lines at least of a value on each side of a page break; between two values, the
      // row breaks only to avoid a large gap (holdWithNext).
      const band = holdLines(
        bandLines({
          cells: [
            // Each label heads the value beside it (a row header); said again where a value continues on the next page.
            { text: layoutText(block.header[c] ?? [], labelStyle, labelWidth - 2 * pad, fonts), x: 0, width: labelWidth, tag: 'TH', scope: 'Row', fill: theme.colors.tipFill, repeat: true },
            { text: layoutText(row[c] ?? [], theme.body, valueWidth - 2 * pad, fonts), x: labelWidth, width: valueWidth, tag: 'TD' },
          ],
          width,
          pad,
          // A heavier frame around each row: it is one record.
          rules: { outer: theme.strokes.frame, inner: theme.strokes.rule, top: first ? theme.strokes.frame : undefined, bottom: last ? theme.strokes.frame : theme.strokes.rule },
          env,
          open: first
            ? (pdf: Pdf) => {
                if (k === 0) table = pdf.tags.open('Table');
                tr = pdf.tags.open('TR');
              }
            : undefined,
          close: last
            ? (pdf: Pdf) => {
                pdf.tags.close(tr!);
                if (k === block.rows.length - 1) pdf.tags.close(table!);
              }
            : undefined,
        }),
      );
      band[band.length - 1]!.holdWithNext = !last;
      lines.push(...band);
    }
    // The row's first two lines and its last two stay together too (a "Tijd" alone is no row).
    for (const at of [0, lines.length - 2]) if (at >= 0 && at < lines.length - 1) lines[at]!.keepWithNext = true;
    lines[0]!.gapBefore = k === 0 ? gapBefore : theme.gap;
    items.push(...lines);
  });
  return items;
}
