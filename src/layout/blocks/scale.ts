import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, keepTogether, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';
import { textItems } from './text-items.js';

type Scale = Extract<Block, { type: 'scale' }>;

/** "helemaal oneens … helemaal eens": circles on a line to mark an opinion by hand. */
export function scaleItems(block: Scale, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme, labels } = env;
  const n = block.labels.length;
  const cell = width / n;
  const radius = theme.body.size * 0.75;
  const laid = block.labels.map((l) => layoutText([{ text: l }], { ...theme.small, color: theme.colors.text }, cell - 6, env.fonts));
  const labelHeight = Math.max(...laid.map((t) => t.lines.length * t.lineHeight));
  const height = radius * 2 + 8 + labelHeight;
  const alt = labels.scaleAlt.replace('{labels}', block.labels.join(', '));
  const statement = block.statement ? textItems([{ text: block.statement, bold: true }], theme.body, width, env, { gapBefore }) : [];
  const scale = item(
    height,
    (pdf, x, y) => {
      const el = pdf.tags.element('Figure', { alt });
      pdf.tags.content(el, 'Figure', () => {
        const { doc } = pdf;
        const cy = y + radius + 1;
        doc.save().lineWidth(theme.strokes.frame).strokeColor(theme.colors.rule).moveTo(x + cell / 2, cy).lineTo(x + width - cell / 2, cy).stroke();
        for (let k = 0; k < n; k++) {
          doc.circle(x + cell * k + cell / 2, cy, radius).fillAndStroke('#ffffff', theme.colors.text);
        }
        doc.restore();
        laid.forEach((t, k) => t.lines.forEach((l, li) => drawLine(pdf, t, l, x + cell * k + 3, y + radius * 2 + 8 + li * t.lineHeight, 'center', cell - 6)));
      });
      el.end();
      // A fillable worksheet: one radio button on each circle, one choice for the whole scale.
      const cy = y + radius + 1;
      pdf.form?.radioGroup({
        name: [env.section ?? '', labels.scaleName],
        tooltip: block.statement ?? alt,
        choices: block.labels.map((label, k) => ({ label, box: { x: x + cell * k + cell / 2 - radius, y: cy - radius, width: 2 * radius, height: 2 * radius } })),
      });
    },
    { gapBefore: statement.length ? env.theme.gap * 0.6 : gapBefore },
  );
  return keepTogether([...statement, scale]);
}
