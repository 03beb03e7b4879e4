import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { indent, keepTogether, wrap, type Item } from '../items.js';
import { stackHeight } from '../stack.js';
import { textItems } from './text-items.js';

type Checklist = Extract<Block, { type: 'checklist' }>;

/** Items with an empty tick box in front, to tick by hand. */
export function checklistItems(block: Checklist, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const boxSize = theme.body.size * 0.95;
  const labelWidth = boxSize + theme.body.size * 0.7;
  const all: Item[] = [];
  block.items.forEach((content, k) => {
    const inner = indent(textItems(content, theme.body, width - labelWidth, env, { tag: 'LBody' }), labelWidth);
    inner[0]!.gapBefore = k === 0 ? gapBefore : theme.gap * 0.5;
    const lineHeight = theme.body.size * theme.body.leading;
    let li: PDFKit.PDFStructureElement | undefined;
    all.push(
      ...wrap(inner, {
        before: (pdf, x, y) => {
          li = pdf.tags.open('LI');
          pdf.tags.artifact(() => {
            pdf.doc.save().lineWidth(0.9).strokeColor('#333333').rect(x, y + (lineHeight - boxSize) / 2, boxSize, boxSize).stroke().restore();
          });
        },
        after: (pdf) => pdf.tags.close(li!),
      }),
    );
  });
  if (block.items.length <= 8 && stackHeight(all) <= env.page.height * 0.3) keepTogether(all);
  let list: PDFKit.PDFStructureElement | undefined;
  return wrap(all, {
    before: (pdf) => {
      list = pdf.tags.open('L');
    },
    after: (pdf) => pdf.tags.close(list!),
  });
}
