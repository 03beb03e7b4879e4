import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';

export function ruleItems(width: number, env: LayoutEnv, gapBefore: number): Item[] {
  return [
    item(
      env.theme.gap,
      (pdf, x, y) =>
        pdf.tags.artifact(() => {
          pdf.doc.save().lineWidth(env.theme.strokes.rule).strokeColor(env.theme.colors.rule).moveTo(x, y + env.theme.gap / 2).lineTo(x + width, y + env.theme.gap / 2).stroke().restore();
        }),
      { gapBefore },
    ),
  ];
}
