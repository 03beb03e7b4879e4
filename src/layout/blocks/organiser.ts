import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, keepTogether, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';

type Organiser = Extract<Block, { type: 'organiser' }>;

/**
 * A writing frame: column titles ("Mijn mening", "Mijn reden") over rows with writing lines.
 * Tagged as a table whose body cells are empty (TD), or in a fillable worksheet hold a text
 * field each (TD > Form), named after the column and row.
 */
export function organiserItems(block: Organiser, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const n = block.columns.length;
  const colWidth = width / n;
  const pad = 4;
  const heads = block.columns.map((c) => layoutText([{ text: c }], { ...theme.body, bold: true }, colWidth - 2 * pad, env.fonts));
  const headHeight = Math.max(...heads.map((t) => t.lines.length * t.lineHeight)) + 2 * pad;
  // The row's bottom border is its last writing line: no second line hugging the border.
  const rowHeight = block.lines * theme.writingLine;
  let table: PDFKit.PDFStructureElement | undefined;

  const header = item(
    headHeight,
    (pdf, x, y) => {
      table = pdf.tags.open('Table');
      pdf.tags.artifact(() => {
        pdf.doc.save().rect(x, y, width, headHeight).fill(theme.colors.tipFill);
        pdf.doc.lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule).rect(x, y, width, headHeight).stroke().restore();
      });
      const tr = pdf.tags.open('TR');
      heads.forEach((t, c) =>
        pdf.tags.leaf('TH', () => t.lines.forEach((l, li) => drawLine(pdf, t, l, x + c * colWidth + pad, y + pad + li * t.lineHeight)), { scope: 'Column' }),
      );
      pdf.tags.close(tr);
    },
    { gapBefore, keepWithNext: true },
  );
  const rows = Array.from({ length: block.rows }, (_, r) =>
    item(rowHeight, (pdf, x, y) => {
      pdf.tags.artifact(() => {
        const { doc } = pdf;
        doc.save().lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule).rect(x, y, width, rowHeight).stroke();
        for (let c = 1; c < n; c++) doc.moveTo(x + c * colWidth, y).lineTo(x + c * colWidth, y + rowHeight).stroke();
        doc.lineWidth(theme.strokes.writing).strokeColor(theme.colors.writing);
        // A fillable worksheet: the cell is the field; typed text would cross the lines.
        for (let c = 0; c < (pdf.form?.available ? 0 : n); c++) {
          for (let k = 1; k < block.lines; k++) {
            const ly = y + k * theme.writingLine;
            doc.moveTo(x + c * colWidth + pad, ly).lineTo(x + (c + 1) * colWidth - pad, ly).stroke();
          }
        }
        doc.restore();
      });
      const tr = pdf.tags.open('TR');
      block.columns.forEach((column, c) => {
        const td = pdf.tags.open('TD');
        pdf.form?.text(
          { x: x + c * colWidth + pad, y: y + 2, width: colWidth - 2 * pad, height: rowHeight - 4 },
          { name: [env.section ?? '', column, r + 1], tooltip: env.labels.fieldCell.replace('{column}', column).replace('{row}', String(r + 1)), multiline: true },
        );
        pdf.tags.close(td);
      });
      pdf.tags.close(tr);
      if (r === block.rows - 1) pdf.tags.close(table!);
    }),
  );
  const items = [header, ...rows];
  // Small frames stay whole; a long one may continue on the next page, row by row.
  return block.rows <= 4 ? keepTogether(items) : items;
}
