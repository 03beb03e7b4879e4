import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { indent, wrap, type Item } from '../items.js';
import { blocksToItems } from './index.js';
import { textItems } from './text-items.js';

type Tip = Extract<Block, { type: 'tip' }>;

/** A shaded box for the teacher (or a tip on a worksheet); its title stays with its text. */
export function tipItems(block: Tip, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const pad = theme.body.size * 0.8;
  const innerWidth = width - 2 * pad;
  // A heading one level below the section the tip stands in (document/headings.ts).
  const tag = `H${block.level ?? 2}`;
  const title = block.title ? textItems([{ text: block.title }], { ...theme.body, bold: true }, innerWidth, env, { tag, keepAll: true }) : [];
  const body = blocksToItems(block.children, innerWidth, env);
  if (title.length > 0 && body[0]) body[0].gapBefore = theme.gap * 0.4;
  const inner = indent([...title, ...body], pad);
  if (inner.length === 0) return [];
  // Short tips never split; long ones may, with the box continued on the next page.
  if (inner.length <= 4) inner.slice(0, -1).forEach((it) => (it.keepWithNext = true));
  let el: PDFKit.PDFStructureElement | undefined;
  const items = wrap(inner, {
    padTop: pad * 0.8,
    padBottom: pad * 0.8,
    decorate: (pdf, x, y, h, first, last) =>
      pdf.tags.artifact(() => {
        const { doc } = pdf;
        doc.save().rect(x, y, width, h).fill(theme.colors.tipFill);
        doc.rect(x, y, 3, h).fill(theme.colors.accent);
        if (first) doc.moveTo(x, y).lineTo(x + width, y);
        if (last) doc.moveTo(x, y + h).lineTo(x + width, y + h);
        doc.lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule).stroke().restore();
      }),
    before: (pdf) => {
      el = pdf.tags.open('Div');
    },
    after: (pdf) => pdf.tags.close(el!),
  });
  items[0]!.gapBefore = gapBefore;
  return items;
}
