import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import { drawLine, layoutText, widestWordWidth, type TextBlock } from '../text.js';

type Table = Extract<Block, { type: 'table' }>;

/**
 * A table too wide for its words (four columns in large print) set one row at a time: each
 * row a framed block with the column headers as labels in a shaded left column and the
 * values beside them. Still tagged as a table, label cells as TH; rows never split.
 */
export function stackedTableItems(block: Table, columns: number, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme, fonts } = env;
  const pad = 4;
  const labelStyle = { ...theme.body, bold: true };
  const widestLabel = Math.max(...block.header.map((h) => widestWordWidth(h, labelStyle, fonts)));
  const labelWidth = Math.min(width * 0.4, Math.max(width * 0.28, widestLabel + 2 * pad + 1));
  const valueWidth = width - labelWidth;
  let table: PDFKit.PDFStructureElement | undefined;
  return block.rows.map((row, k) => {
    const fields: { label: TextBlock; value: TextBlock; height: number }[] = [];
    for (let c = 0; c < columns; c++) {
      const label = layoutText(block.header[c] ?? [], labelStyle, labelWidth - 2 * pad, fonts);
      const value = layoutText(row[c] ?? [], theme.body, valueWidth - 2 * pad, fonts);
      fields.push({ label, value, height: Math.max(label.lines.length * label.lineHeight, value.lines.length * value.lineHeight) + 2 * pad });
    }
    const height = fields.reduce((h, f) => h + f.height, 0);
    return item(
      height,
      (pdf, x, y) => {
        if (k === 0) table = pdf.tags.open('Table');
        pdf.tags.artifact(() => {
          const { doc } = pdf;
          doc.save().rect(x, y, labelWidth, height).fill(theme.colors.tipFill);
          doc.lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule);
          let fy = y;
          for (const f of fields.slice(0, -1)) {
            fy += f.height;
            doc.moveTo(x, fy).lineTo(x + width, fy);
          }
          doc.moveTo(x + labelWidth, y).lineTo(x + labelWidth, y + height);
          doc.stroke();
          // A heavier frame around each row: it is one record.
          doc.lineWidth(theme.strokes.frame).strokeColor(theme.colors.rule).rect(x, y, width, height).stroke().restore();
        });
        const tr = pdf.tags.open('TR');
        let fy = y;
        for (const f of fields) {
          // Each label heads the value beside it: a row header.
          pdf.tags.leaf('TH', () => f.label.lines.forEach((l, li) => drawLine(pdf, f.label, l, x + pad, fy + pad + li * f.label.lineHeight)), { scope: 'Row' });
          pdf.tags.leaf('TD', () => f.value.lines.forEach((l, li) => drawLine(pdf, f.value, l, x + labelWidth + pad, fy + pad + li * f.value.lineHeight)));
          fy += f.height;
        }
        pdf.tags.close(tr);
        if (k === block.rows.length - 1) pdf.tags.close(table!);
      },
      { gapBefore: k === 0 ? gapBefore : theme.gap },
    );
  });
}
