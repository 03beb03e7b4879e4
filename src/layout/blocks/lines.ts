import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';

/**
 * Handwriting lines, about 9 mm apart; decoration only (an artifact for screen readers). In a
 * fillable worksheet a multi-line text field takes their place, with the question as its
 * tooltip, in a frame: typed text runs at its own line distance and would cross the lines.
 */
export function linesItems(count: number, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const step = env.theme.writingLine;
  return [
    item(
      count * step,
      (pdf, x, y) => {
        if (pdf.form?.available) {
          const box = { x, y: y + 3, width, height: count * step - 1 };
          pdf.tags.artifact(() => {
            pdf.doc.save().lineWidth(env.theme.strokes.frame).strokeColor(env.theme.colors.rule).roundedRect(box.x, box.y, box.width, box.height, 3).stroke().restore();
          });
          pdf.form.text({ x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 }, answerField(env, count > 1));
          return;
        }
        pdf.tags.artifact(() => {
          const { doc } = pdf;
          doc.save().lineWidth(env.theme.strokes.writing).strokeColor(env.theme.colors.writing);
          for (let k = 1; k <= count; k++) doc.moveTo(x, y + k * step).lineTo(x + width, y + k * step);
          doc.stroke().restore();
        });
      },
      { gapBefore },
    ),
  ];
}

/** The form field of an answer space: named after its question, the question as its tooltip. */
export function answerField(env: LayoutEnv, multiline: boolean) {
  return {
    name: env.answer?.name ?? [env.section ?? '', env.labels.fieldAnswer],
    tooltip: env.answer?.label ?? env.labels.fieldAnswer,
    multiline,
  };
}
