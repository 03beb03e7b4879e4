import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';

/** Handwriting lines, about 9 mm apart; decoration only (an artifact for screen readers). */
export function linesItems(count: number, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const step = env.theme.writingLine;
  return [
    item(
      count * step,
      (pdf, x, y) =>
        pdf.tags.artifact(() => {
          const { doc } = pdf;
          doc.save().lineWidth(env.theme.strokes.writing).strokeColor(env.theme.colors.writing);
          for (let k = 1; k <= count; k++) doc.moveTo(x, y + k * step).lineTo(x + width, y + k * step);
          doc.stroke().restore();
        }),
      { gapBefore },
    ),
  ];
}
