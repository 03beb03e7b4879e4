import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';

/** "Naam: ____  Klas: ____  Datum: ____" at the top of a worksheet. */
export function namefieldItems(width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme, labels } = env;
  const fields = [
    { label: labels.name, share: 0.5 },
    { label: labels.class, share: 0.2 },
    { label: labels.date, share: 0.3 },
  ];
  const style = { ...theme.body, bold: true };
  const gutter = 12;
  const usable = width - gutter * (fields.length - 1);
  const blocks = fields.map((f) => layoutText([{ text: `${f.label}:` }], style, usable * f.share, env.fonts));
  const lineHeight = blocks[0]!.lineHeight;
  const height = lineHeight + 8;
  return [
    item(
      height,
      (pdf, x, y) => {
        let cx = x;
        fields.forEach((f, i) => {
          const block = blocks[i]!;
          const w = usable * f.share;
          const line = block.lines[0]!;
          pdf.tags.leaf('P', () => drawLine(pdf, block, line, cx, y + 4));
          const lineY = y + 4 + block.baseline + 3;
          pdf.tags.artifact(() => {
            pdf.doc.save().lineWidth(0.6).strokeColor(theme.colors.writing).moveTo(cx + line.width + 4, lineY).lineTo(cx + w, lineY).stroke().restore();
          });
          cx += w + gutter;
        });
      },
      { gapBefore },
    ),
  ];
}
