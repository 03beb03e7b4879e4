import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import type { Item } from '../items.js';
import { listStructure } from './list-structure.js';
import { textItems } from './text-items.js';

type Checklist = Extract<Block, { type: 'checklist' }>;

/** Items with an empty tick box in front, to tick by hand. */
export function checklistItems(block: Checklist, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const boxSize = theme.body.size * 0.95;
  const labelWidth = boxSize + theme.body.size * 0.7;
  const lineHeight = theme.body.size * theme.body.leading;
  const entries = block.items.map((content) => ({
    items: textItems(content, theme.body, width - labelWidth, env, { tag: 'LBody' }),
    // The box is drawn for pen and paper; a screen reader reads the item text.
    label: (pdf: Parameters<Item['draw']>[0], x: number, y: number) =>
      pdf.tags.artifact(() => {
        pdf.doc.save().lineWidth(theme.strokes.frame).strokeColor(theme.colors.text).rect(x, y + (lineHeight - boxSize) / 2, boxSize, boxSize).stroke().restore();
      }),
  }));
  return listStructure(entries, labelWidth, env, gapBefore, theme.gap * 0.5, 'None');
}
