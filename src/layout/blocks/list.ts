import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { indent, keepTogether, wrap, type Item } from '../items.js';
import { stackHeight } from '../stack.js';
import { drawLine, layoutText } from '../text.js';
import { blocksToItems } from './index.js';

type List = Extract<Block, { type: 'list' }>;

/** Bulleted or numbered list, tagged L > LI > (Lbl, LBody). */
export function listItems(block: List, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const labelWidth = theme.indent;
  const all: Item[] = [];
  block.items.forEach((children, k) => {
    const label = block.ordered ? `${block.start + k}.` : '•';
    const labelBlock = layoutText([{ text: label }], theme.body, labelWidth, env.fonts);
    const inner = indent(blocksToItems(children, width - labelWidth, env), labelWidth);
    if (inner.length === 0) return;
    inner[0]!.gapBefore = k === 0 ? gapBefore : theme.gap * 0.35;
    let li: PDFKit.PDFStructureElement | undefined;
    all.push(
      ...wrap(inner, {
        before: (pdf, x, y) => {
          li = pdf.tags.open('LI');
          pdf.tags.leaf('Lbl', () => drawLine(pdf, labelBlock, labelBlock.lines[0]!, x, y));
          pdf.tags.open('LBody');
        },
        after: (pdf) => pdf.tags.close(li!),
      }),
    );
  });
  // A short list (a few statements) stays on one page.
  if (block.items.length <= 8 && stackHeight(all) <= env.page.height * 0.3) keepTogether(all);
  let list: PDFKit.PDFStructureElement | undefined;
  return wrap(all, {
    before: (pdf) => {
      list = pdf.tags.open('L');
    },
    after: (pdf) => pdf.tags.close(list!),
  });
}
