import type { RunningHeader } from '../document/model.js';
import type { Labels } from './labels.js';
import { pageLabel } from './labels.js';
import type { Pdf } from './pdf.js';
import { drawLine, layoutText } from './text.js';

/**
 * Header (lesson title left, piece name right, a thin rule) and footer ("pagina X van Y"),
 * drawn on every page once the page count is known. Page furniture is an artifact: screen
 * readers skip it. Drawn with pdfkit margins at 0, so it can never add a page. Slides have
 * no header band: the title and the page number share one small footer line.
 */
export function drawPageFrames(pdf: Pdf, header: RunningHeader | undefined, labels: Labels): void {
  const { doc, theme, fonts } = pdf;
  const range = doc.bufferedPageRange();
  const style = theme.frame;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const geom = pdf.pageGeoms[i - range.start] ?? pdf.geom;
    const width = geom.right - geom.left;
    const footer = layoutText([{ text: pageLabel(labels, i - range.start + 1, range.count) }], style, width, fonts);
    pdf.tags.artifact(() => {
      if (geom.frame === 'footer') {
        const footerWidth = footer.lines[0]!.width;
        if (header?.left) drawFirstLine(pdf, header.left, style, width - footerWidth - 16, geom.left, geom.footerTop);
      } else if (header && (header.left || header.right)) {
        const right = header.right ? layoutText([{ text: header.right }], { ...style, bold: true }, width / 3, fonts) : undefined;
        const rightWidth = right ? Math.max(...right.lines.map((l) => l.width)) : 0;
        const leftHeight = drawFirstLine(pdf, header.left, style, width - rightWidth - 16, geom.left, geom.headerTop);
        if (right) drawLine(pdf, right, right.lines[0]!, geom.left, geom.headerTop, 'right', width);
        const ruleY = geom.headerTop + leftHeight + 3;
        doc.save().lineWidth(0.5).strokeColor(theme.colors.rule).moveTo(geom.left, ruleY).lineTo(geom.right, ruleY).stroke().restore();
      }
      drawLine(pdf, footer, footer.lines[0]!, geom.left, geom.footerTop, 'right', width);
    }, 'Pagination');
  }
}

/** One line only: a long title is cut with " …", the frame never grows into the content. Returns the line height. */
function drawFirstLine(pdf: Pdf, text: string, style: Pdf['theme']['frame'], width: number, x: number, y: number): number {
  const block = layoutText([{ text }], style, width, pdf.fonts);
  const line = block.lines[0];
  if (line) {
    if (block.lines.length > 1) line.frags[line.frags.length - 1]!.text += ' …';
    drawLine(pdf, block, line, x, y);
  }
  return block.lineHeight;
}
