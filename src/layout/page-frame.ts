import type { RichText, RunningHeader } from '../document/model.js';
import { brandedLeft, drawLogo, openLogo, type Brand } from './brand.js';
import type { FontStack } from './fonts.js';
import type { Labels } from './labels.js';
import { pageLabel } from './labels.js';
import type { Pdf } from './pdf.js';
import { drawLine, layoutText, type TextBlock } from './text.js';
import type { TextStyle } from './theme.js';

/**
 * Header (school logo and name when configured, lesson title left, piece name right, a thin
 * rule) and footer ("pagina X van Y"), drawn on every page once the page count is known.
 * Page furniture is an artifact: screen readers skip it. Drawn with pdfkit margins at 0,
 * so it can never add a page. Slides have no header band: logo, school name, title and page
 * number share one small footer line.
 */
export function drawPageFrames(pdf: Pdf, header: RunningHeader | undefined, labels: Labels, brand?: Brand): void {
  const { doc, theme, fonts } = pdf;
  const range = doc.bufferedPageRange();
  const style = theme.frame;
  const logo = openLogo(pdf, brand);
  // Blank backs get no frame and no number: "pagina 2 van 4" counts the printed pages.
  const numbered = [...Array(range.count).keys()].filter((k) => !pdf.blankPages.has(k));
  numbered.forEach((k, n) => {
    const i = range.start + k;
    doc.switchToPage(i);
    const geom = pdf.pageGeoms[k] ?? pdf.geom;
    const width = geom.right - geom.left;
    const footer = layoutText([{ text: pageLabel(labels, n + 1, numbered.length) }], style, width, fonts);
    const lineHeight = style.size * style.leading;
    pdf.tags.artifact(() => {
      if (geom.frame === 'footer') {
        const footerWidth = footer.lines[0]!.width;
        const logoWidth = logo ? drawLogo(pdf, logo, geom.left, geom.footerTop + lineHeight + 2) : 0;
        const left = oneLine(brandedLeft(brand, header?.left ?? ''), style, width - logoWidth - footerWidth - 16, fonts);
        if (left.lines[0]) drawLine(pdf, left, left.lines[0], geom.left + logoWidth, geom.footerTop);
      } else if ((header && (header.left || header.right)) || brand?.name || logo) {
        const right = header?.right ? oneLine([{ text: header.right }], { ...style, bold: true }, width * 0.45, fonts) : undefined;
        const rightWidth = right ? Math.max(...right.lines.map((l) => l.width)) : 0;
        const ruleY = geom.headerTop + lineHeight + 3;
        // The school's logo first; the header text starts after it.
        const logoWidth = logo ? drawLogo(pdf, logo, geom.left, ruleY) : 0;
        const left = oneLine(brandedLeft(brand, header?.left ?? ''), style, width - logoWidth - rightWidth - 16, fonts);
        if (left.lines[0]) drawLine(pdf, left, left.lines[0], geom.left + logoWidth, geom.headerTop);
        if (right) drawLine(pdf, right, right.lines[0]!, geom.left, geom.headerTop, 'right', width);
        doc.save().lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule).moveTo(geom.left, ruleY).lineTo(geom.right, ruleY).stroke().restore();
      }
      drawLine(pdf, footer, footer.lines[0]!, geom.left, geom.footerTop, 'right', width);
    }, 'Pagination');
  });
}

/**
 * Header text on one line: a long title is cut with "…" (room for it kept), so the header
 * never grows into the content and nothing is dropped without a sign.
 */
function oneLine(content: RichText, style: TextStyle, width: number, fonts: FontStack): TextBlock {
  const block = layoutText(content, style, width, fonts);
  if (block.lines.length <= 1) return block;
  const ellipsis = ' …';
  const tight = layoutText(content, style, width - fonts.main('bold').widthOf(ellipsis, style.size), fonts);
  // Laid-out blocks are shared (see layoutText): the cut line is a copy.
  const first = tight.lines[0]!;
  const last = first.frags[first.frags.length - 1]!;
  const extra = last.face.widthOf(ellipsis, style.size);
  const line = { frags: [...first.frags.slice(0, -1), { ...last, text: last.text.trimEnd() + ellipsis, width: last.width + extra }], width: first.width + extra };
  return { ...tight, lines: [line] };
}
