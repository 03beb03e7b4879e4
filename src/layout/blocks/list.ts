import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import type { Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';
import { blocksToItems } from './index.js';
import { listStructure } from './list-structure.js';

type List = Extract<Block, { type: 'list' }>;

/** Bulleted or numbered list, tagged L > LI > (Lbl, LBody). */
export function listItems(block: List, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const labelWidth = theme.indent;
  const entries = block.items.map((children, k) => {
    const labelBlock = layoutText([{ text: block.ordered ? `${block.start + k}.` : '•' }], theme.body, labelWidth, env.fonts);
    return {
      items: blocksToItems(children, width - labelWidth, env),
      label: (pdf: Parameters<Item['draw']>[0], x: number, y: number) => {
        pdf.tags.leaf('Lbl', () => drawLine(pdf, labelBlock, labelBlock.lines[0]!, x, y));
        pdf.tags.open('LBody');
      },
    };
  });
  return listStructure(entries, labelWidth, env, gapBefore, theme.gap * 0.35, block.ordered ? 'Decimal' : 'Disc');
}
