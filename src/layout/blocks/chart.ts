import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';

type Chart = Extract<Block, { type: 'chart' }>;

/**
 * An identity web: a name in the middle, boxes around it joined by lines, some filled in,
 * some empty to write in. Drawn as vectors and tagged as one Figure with alt text.
 */
export function chartItems(block: Chart, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme, labels } = env;
  const k = theme.body.size / 11;
  const count = Math.max(1, block.items.length + block.empty);
  const boxW = Math.min(118 * k, width / 3.6);
  const boxH = 44 * k;
  const height = Math.min(count <= 6 ? 200 * k : 250 * k, 420);
  const centerW = 128 * k;
  const centerH = 46 * k;
  const center = layoutText([{ text: block.center, bold: true }], { ...theme.body, bold: true }, centerW - 12, env.fonts);
  const texts = block.items.map((t) => layoutText([{ text: t }], theme.small, boxW - 8, env.fonts));
  const itemList = block.items.length ? `: ${block.items.join(', ')}` : '';
  const alt =
    block.alt ??
    labels.chartAlt.replace('{center}', block.center).replace('{items}', itemList).replace('{empty}', String(block.empty));

  return [
    item(
      height,
      (pdf, x, y) => {
        const { doc } = pdf;
        const cx = x + width / 2;
        const cy = y + height / 2;
        const rx = width / 2 - boxW / 2 - 2;
        const ry = height / 2 - boxH / 2 - 2;
        const el = pdf.tags.element('Figure', { alt });
        pdf.tags.content(el, 'Figure', () => {
          doc.save().lineWidth(theme.strokes.rule).strokeColor(theme.colors.rule);
          const spots = spotsOf(cx, cy, rx, ry, count);
          for (const s of spots) doc.moveTo(cx, cy).lineTo(s.x, s.y).stroke();
          doc.ellipse(cx, cy, centerW / 2, centerH / 2).fillAndStroke(theme.colors.tipFill, theme.colors.rule);
          spots.forEach((s, i) => {
            doc.roundedRect(s.x - boxW / 2, s.y - boxH / 2, boxW, boxH, 5).fillAndStroke('#ffffff', theme.colors.rule);
            const t = texts[i];
            if (t) {
              const th = t.lines.length * t.lineHeight;
              t.lines.slice(0, 3).forEach((l, li) => drawLine(pdf, t, l, s.x - boxW / 2 + 4, s.y - th / 2 + li * t.lineHeight, 'center', boxW - 8));
            }
          });
          doc.restore();
          const ch = center.lines.length * center.lineHeight;
          center.lines.forEach((l, li) => drawLine(pdf, center, l, cx - centerW / 2 + 6, cy - ch / 2 + li * center.lineHeight, 'center', centerW - 12));
        });
        el.end();
        // A fillable worksheet: a text field in every empty box, after the figure in reading order.
        spotsOf(cx, cy, rx, ry, count).forEach((s, i) => {
          if (i < block.items.length) return;
          const n = i - block.items.length + 1;
          pdf.form?.text(
            { x: s.x - boxW / 2 + 3, y: s.y - boxH / 2 + 3, width: boxW - 6, height: boxH - 6 },
            { name: [env.section ?? '', block.center, n], tooltip: labels.fieldWebBox.replace('{center}', block.center).replace('{n}', String(n)), multiline: true },
          );
        });
      },
      { gapBefore },
    ),
  ];
}

/** The centres of the boxes around the middle, clockwise from the top. */
function spotsOf(cx: number, cy: number, rx: number, ry: number, count: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
  });
}
