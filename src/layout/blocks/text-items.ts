import type { RichText } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { drawLine, layoutText, type TextBlock } from '../text.js';
import type { TextStyle } from '../theme.js';

export interface TextItemsOptions {
  /** Structure type: P, H1, H2, H3, Lbl… */
  tag?: string;
  gapBefore?: number;
  /** Drawn before the first line, inside the same structure element (a number, a ¶). */
  prefix?: (pdf: Pdf, x: number, y: number, block: TextBlock) => void;
  /** Every line keeps with the next (headings). */
  keepAll?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Called where the first line is drawn (its top at y), to add a bookmark. */
  onFirstLine?: (pdf: Pdf, y: number) => void;
}

/**
 * One item per line, so long text can cross a page; the first two and the last two lines
 * stay together (no orphans, no widows).
 */
export function textItems(content: RichText, style: TextStyle, width: number, env: LayoutEnv, options: TextItemsOptions = {}): Item[] {
  const block = layoutText(content, style, width, env.fonts);
  const tag = options.tag ?? 'P';
  const n = block.lines.length;
  let el: PDFKit.PDFStructureElement | undefined;
  return block.lines.map((line, i) =>
    item(
      block.lineHeight,
      (pdf, x, y) => {
        if (i === 0) {
          el = pdf.tags.element(tag);
          options.onFirstLine?.(pdf, y);
        }
        pdf.tags.content(el!, tag, () => {
          if (i === 0) options.prefix?.(pdf, x, y, block);
          drawLine(pdf, block, line, x, y, options.align ?? 'left', width);
        });
        if (i === n - 1) el!.end();
      },
      {
        gapBefore: i === 0 ? (options.gapBefore ?? 0) : 0,
        keepWithNext: options.keepAll || (i === 0 && n > 1) || (i === n - 2 && n > 1),
      },
    ),
  );
}
