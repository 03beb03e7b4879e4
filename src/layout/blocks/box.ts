import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';
import { answerField } from './lines.js';

type Box = Extract<Block, { type: 'box' }>;

/** A write-in box, as tall as `lines` handwriting lines, with an optional label inside. */
export function boxItems(block: Box, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const pad = 6;
  const label = block.label ? layoutText([{ text: block.label }], theme.small, width - 2 * pad, env.fonts) : undefined;
  const labelHeight = label ? label.lines.length * label.lineHeight : 0;
  const height = block.lines * theme.writingLine + labelHeight;
  return [
    item(
      height,
      (pdf, x, y) => {
        pdf.tags.artifact(() => {
          pdf.doc.save().lineWidth(theme.strokes.frame).strokeColor(theme.colors.rule).roundedRect(x, y, width, height, 4).stroke().restore();
        });
        if (label) {
          pdf.tags.leaf('P', () => label.lines.forEach((l, k) => drawLine(pdf, label, l, x + pad, y + pad / 2 + k * label.lineHeight)));
        }
        pdf.form?.text({ x: x + 2, y: y + labelHeight + 2, width: width - 4, height: height - labelHeight - 4 }, answerField(env, true));
      },
      { gapBefore },
    ),
  ];
}
