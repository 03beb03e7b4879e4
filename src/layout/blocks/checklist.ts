import { plainText, type Block } from '../../document/model.js';
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
  const entries = block.items.map((content, k) => ({
    items: textItems(content, theme.body, width - labelWidth, env, { tag: 'LBody' }),
    // The box is drawn for pen and paper; a screen reader reads the item text. A fillable
    // worksheet puts a check box over it, as the item's label (LI > Lbl > Form).
    label: (pdf: Parameters<Item['draw']>[0], x: number, y: number) => {
      const top = y + (lineHeight - boxSize) / 2;
      pdf.tags.artifact(() => {
        pdf.doc.save().lineWidth(theme.strokes.frame).strokeColor(theme.colors.text).rect(x, top, boxSize, boxSize).stroke().restore();
      });
      if (pdf.form?.available) {
        const lbl = pdf.tags.open('Lbl');
        pdf.form.checkbox({ x, y: top, width: boxSize, height: boxSize }, { name: [env.section ?? '', k + 1], tooltip: plainText(content) });
        pdf.tags.close(lbl);
      }
    },
  }));
  return listStructure(entries, labelWidth, env, gapBefore, theme.gap * 0.5, 'None');
}
