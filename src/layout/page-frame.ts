import type { RunningHeader } from '../document/model.js';
import { brandedLeft, drawLogo, openLogo, type Brand } from './brand.js';
import type { Labels } from './labels.js';
import { pageLabel } from './labels.js';
import type { Pdf } from './pdf.js';
import { drawLine, layoutText } from './text.js';

/**
 * Header (school logo and name when configured, lesson title left, piece name right, a thin
 * rule) and footer ("pagina X van Y"), drawn on every page once the page count is known. Page furniture is an artifact: screen
 * readers skip it. Drawn with pdfkit margins at 0, so it can never add a page.
 */
export function drawPageFrames(pdf: Pdf, header: RunningHeader | undefined, labels: Labels, brand?: Brand): void {
  const { doc, geom, theme, fonts } = pdf;
  const range = doc.bufferedPageRange();
  const width = geom.right - geom.left;
  const style = theme.frame;
  const logo = openLogo(pdf, brand);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    pdf.tags.artifact(() => {
      if ((header && (header.left || header.right)) || brand?.name || logo) {
        const right = header?.right ? layoutText([{ text: header.right }], { ...style, bold: true }, width / 3, fonts) : undefined;
        const rightWidth = right ? Math.max(...right.lines.map((l) => l.width)) : 0;
        const ruleY = geom.headerTop + style.size * style.leading + 3;
        // The school's logo first; the header text starts after it.
        const logoWidth = logo ? drawLogo(pdf, logo, geom.left, ruleY) : 0;
        const left = layoutText(brandedLeft(brand, header?.left ?? ''), style, width - logoWidth - rightWidth - 16, fonts);
        // One line only: a long title is cut, the header never grows into the content.
        const leftLine = left.lines[0];
        if (leftLine) {
          if (left.lines.length > 1) leftLine.frags[leftLine.frags.length - 1]!.text += ' …';
          drawLine(pdf, left, leftLine, geom.left + logoWidth, geom.headerTop);
        }
        if (right) drawLine(pdf, right, right.lines[0]!, geom.left, geom.headerTop, 'right', width);
        doc.save().lineWidth(0.5).strokeColor(theme.colors.rule).moveTo(geom.left, ruleY).lineTo(geom.right, ruleY).stroke().restore();
      }
      const footer = layoutText([{ text: pageLabel(labels, i - range.start + 1, range.count) }], style, width, fonts);
      drawLine(pdf, footer, footer.lines[0]!, geom.left, geom.footerTop, 'right', width);
    }, 'Pagination');
  }
}
