import { plainText, type Block, type RichText } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { drawLine, layoutText, widestWordWidth, type TextBlock } from '../text.js';
import type { TextStyle } from '../theme.js';
import { stackedTableItems } from './table-stacked.js';

type Table = Extract<Block, { type: 'table' }>;

/**
 * A table with a shaded header row; column widths follow the content. A row is one item,
 * and the header keeps with the first row. A row taller than a page (300 words of teacher
 * notes in the agenda) is split between its lines instead of running over the footer; the
 * header row is repeated above each continuation, as above every page the table crosses.
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
  // Too many columns for their longest words (large print): one row at a time, label beside value.
  if (!widths) return stackedTableItems(block, columns, width, env, gapBefore);

  const rowItem = (cells: RichText[], header: boolean, k: number, copy = false): Item => {
    const style = header ? headerStyle : theme.body;
    const laid: TextBlock[] = [];
    for (let c = 0; c < columns; c++) laid.push(layoutText(cells[c] ?? [], style, widths[c]! - 2 * pad, env.fonts));
    const height = Math.max(...laid.map((t) => t.lines.length * t.lineHeight)) + 2 * pad;
    let tr: PDFKit.PDFStructureElement | undefined;
    const draw = (pdf: Pdf, x: number, y: number) => {
      if (!copy && (header || (k === 0 && block.header.length === 0))) table = pdf.tags.open('Table');
      pdf.tags.artifact(() => {
        const { doc } = pdf;
        doc.save();
        if (header) doc.rect(x, y, width, height).fill(theme.colors.tipFill);
        doc.lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule).rect(x, y, width, height).stroke();
        let cx = x;
        for (let c = 0; c < columns - 1; c++) {
          cx += widths[c]!;
          doc.moveTo(cx, y).lineTo(cx, y + height).stroke();
        }
        doc.restore();
      });
      tr = pdf.tags.open('TR');
      let cx = x;
      laid.forEach((t, c) => {
        pdf.tags.leaf(header ? 'TH' : 'TD', () => t.lines.forEach((l, li) => drawLine(pdf, t, l, cx + pad, y + pad + li * t.lineHeight)), header ? { scope: 'Column' } : undefined);
        cx += widths[c]!;
      });
      pdf.tags.close(tr);
      if (!header && k === block.rows.length - 1) pdf.tags.close(table!);
    };
    return item(
      height,
      // The header row repeated on a later page is a copy: read once, drawn twice.
      copy ? (pdf, x, y) => pdf.tags.asArtifact(() => draw(pdf, x, y)) : draw,
      { keepWithNext: header, gapBefore: header || (k === 0 && block.header.length === 0) ? gapBefore : 0 },
    );
  };
  let table: PDFKit.PDFStructureElement | undefined;
  const items: Item[] = [];
  const repeat = block.header.length > 0 ? rowItem(block.header, true, -1, true) : undefined;
  if (block.header.length > 0) items.push(rowItem(block.header, true, -1));
  const continued = repeat ? { continued: { ...repeat, gapBefore: 0, keepWithNext: false } } : {};
  // Room for one row on a page, under the repeated header.
  const room = env.page.height - (repeat?.height ?? 0);
  block.rows.forEach((r, k) => {
    const whole = rowItem(r, false, k);
    if (whole.height <= room + 0.01) {
      items.push({ ...whole, ...(k > 0 ? continued : {}) });
      return;
    }
    const first = k === 0 && block.header.length === 0;
    const slices = rowSlices(r, {
      columns,
      widths,
      width,
      pad,
      env,
      openTable: first ? (pdf) => (table = pdf.tags.open('Table')) : undefined,
      closeTable: k === block.rows.length - 1 ? (pdf) => pdf.tags.close(table!) : undefined,
    });
    slices.forEach((s, i) => items.push({ ...s, ...(k > 0 || i > 0 ? continued : {}), ...(i === 0 ? { gapBefore: whole.gapBefore } : {}) }));
  });
  return items;
}

interface SliceSetup {
  columns: number;
  widths: number[];
  width: number;
  pad: number;
  env: LayoutEnv;
  openTable?: (pdf: Pdf) => void;
  closeTable?: (pdf: Pdf) => void;
}

/**
 * A row too tall for a page, one item per line of text, so the paginator can break it
 * anywhere between two lines. The cells of one row share a style, so their lines line up.
 * Each cell stays one TD in the structure tree, its text marked on every page it is on.
 */
function rowSlices(cells: RichText[], s: SliceSetup): Item[] {
  const { theme } = s.env;
  const laid: TextBlock[] = [];
  for (let c = 0; c < s.columns; c++) laid.push(layoutText(cells[c] ?? [], theme.body, s.widths[c]! - 2 * s.pad, s.env.fonts));
  const lineHeight = Math.max(...laid.map((t) => t.lineHeight));
  const lines = Math.max(...laid.map((t) => t.lines.length));
  let tr: PDFKit.PDFStructureElement | undefined;
  let tds: PDFKit.PDFStructureElement[] = [];
  const items: Item[] = [];
  for (let li = 0; li < lines; li++) {
    const top = li === 0 ? s.pad : 0;
    const bottom = li === lines - 1 ? s.pad : 0;
    const height = top + lineHeight + bottom;
    items.push(
      item(height, (pdf, x, y) => {
        if (li === 0) {
          s.openTable?.(pdf);
          tr = pdf.tags.open('TR');
          tds = laid.map(() => pdf.tags.element('TD'));
        }
        pdf.tags.artifact(() => {
          const { doc } = pdf;
          doc.save().lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule);
          let cx = x;
          for (let c = 0; c <= s.columns; c++) {
            doc.moveTo(cx, y).lineTo(cx, y + height);
            cx += s.widths[c] ?? 0;
          }
          if (li === 0) doc.moveTo(x, y).lineTo(x + s.width, y);
          if (li === lines - 1) doc.moveTo(x, y + height).lineTo(x + s.width, y + height);
          doc.stroke().restore();
        });
        let cx = x;
        laid.forEach((t, c) => {
          const line = t.lines[li];
          if (line) pdf.tags.content(tds[c]!, 'TD', () => drawLine(pdf, t, line, cx + s.pad, y + top));
          cx += s.widths[c]!;
        });
        if (li === lines - 1) {
          for (const td of tds) td.end();
          pdf.tags.close(tr!);
          s.closeTable?.(pdf);
        }
      }),
    );
  }
  return items;
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
