import type { LayoutEnv, NameFill } from '../env.js';
import { item, type Item } from '../items.js';
import { drawLine, layoutText, type TextBlock } from '../text.js';
import type { TextStyle } from '../theme.js';

/** Space between a label and the start of its writing line, and before a filled-in value. */
const LINE_GAP = 4;
const VALUE_PAD = 3;
/** A long name is set smaller to stay on its line, down to this share of the body size. */
const MIN_VALUE_SCALE = 0.6;

interface Field {
  label: string;
  share: number;
  value?: (fill: NameFill) => string;
}

const FIELDS = (env: LayoutEnv): Field[] => [
  { label: env.labels.name, share: 0.5, value: (f) => f.name },
  { label: env.labels.class, share: 0.2, value: (f) => f.class },
  { label: env.labels.date, share: 0.3 },
];

interface FieldLayout {
  field: Field;
  block: TextBlock;
  x: number;
  width: number;
  /** Room on the writing line for a filled-in value. */
  room: number;
}

function fieldLayouts(width: number, env: LayoutEnv): FieldLayout[] {
  const fields = FIELDS(env);
  const style = { ...env.theme.body, bold: true };
  const gutter = 12;
  const usable = width - gutter * (fields.length - 1);
  let x = 0;
  return fields.map((field) => {
    const w = usable * field.share;
    // With its space: a screen reader reads "Naam: Sara Peeters", not "Naam:Sara Peeters".
    const block = layoutText([{ text: `${field.label}: ` }], style, w, env.fonts);
    const out = { field, block, x, width: w, room: w - block.lines[0]!.width - LINE_GAP - 2 * VALUE_PAD };
    x += w + gutter;
    return out;
  });
}

/**
 * A filled-in value (a student's name or class) set on its writing line: regular weight, and
 * smaller when it is long, so it never runs past the line. Throws missingGlyphError for
 * characters no font can print; the name itself does not change the field's height.
 */
function valueBlock(value: string, layout: FieldLayout, env: LayoutEnv): TextBlock | undefined {
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const base: TextStyle = { ...env.theme.body, bold: false };
  let block = layoutText([{ text }], base, Number.MAX_SAFE_INTEGER, env.fonts);
  const natural = block.lines[0]!.width;
  if (natural > layout.room) {
    const size = Math.max(base.size * MIN_VALUE_SCALE, (base.size * layout.room) / natural);
    block = layoutText([{ text }], { ...base, size }, Number.MAX_SAFE_INTEGER, env.fonts);
  }
  return block;
}

/**
 * Checks that a name and class can be printed in the name field: every character in some
 * font, and short enough to stay on the line at the smallest size. Throws a KitError
 * (missing glyphs) or returns the value that is too long and the label of its field.
 */
export function checkNameFill(fill: NameFill, width: number, env: LayoutEnv): TooLongFill | undefined {
  for (const layout of fieldLayouts(width, env)) {
    const text = layout.field.value?.(fill);
    if (!text) continue;
    const block = valueBlock(text, layout, env);
    if (block && block.lines[0]!.width > layout.room + 0.01) return { value: text, field: layout.field.label };
  }
  return undefined;
}

/** A name or class too long for its line: the value, and the field's label as printed ("Naam"). */
export interface TooLongFill {
  value: string;
  field: string;
}

/**
 * "Naam: ____  Klas: ____  Datum: ____" at the top of a worksheet. When the layout is
 * given a name fill (class lists), the current student's name and class are printed on
 * their lines as real text, in the same structure element as the label, so a screen
 * reader reads "Naam: Sara Peeters".
 */
export function namefieldItems(width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const layouts = fieldLayouts(width, env);
  const lineHeight = layouts[0]!.block.lineHeight;
  const height = lineHeight + 8;
  return [
    item(
      height,
      (pdf, x, y) => {
        const fill = env.nameFill?.current;
        for (const layout of layouts) {
          const { block } = layout;
          const line = block.lines[0]!;
          const cx = x + layout.x;
          const baselineY = y + 4 + block.baseline;
          const text = fill ? layout.field.value?.(fill) : undefined;
          const value = text ? valueBlock(text, layout, env) : undefined;
          const lineY = baselineY + 3;
          const p = pdf.tags.open('P');
          pdf.tags.content(p, 'P', () => {
            drawLine(pdf, block, line, cx, y + 4);
            // Same baseline as the label: the value sits on the writing line (a fillable
            // worksheet has it in the field instead, where the student can change it).
            if (value && !pdf.form) drawLine(pdf, value, value.lines[0]!, cx + line.width + LINE_GAP + VALUE_PAD, baselineY - value.baseline);
          });
          // The field reads as part of the label's paragraph: "Naam: [Naam, Sara Peeters]".
          const start = cx + line.width + LINE_GAP;
          pdf.form?.text(
            { x: start, y: lineY - block.lineHeight, width: cx + layout.width - start, height: block.lineHeight },
            { name: [layout.field.label], tooltip: layout.field.label, multiline: false, ...(text ? { value: text, size: value?.style.size ?? theme.body.size } : {}) },
          );
          pdf.tags.close(p);
          pdf.tags.artifact(() => {
            pdf.doc.save().lineWidth(theme.strokes.writing).strokeColor(theme.colors.writing).moveTo(cx + line.width + LINE_GAP, lineY).lineTo(cx + layout.width, lineY).stroke().restore();
          });
        }
      },
      { gapBefore },
    ),
  ];
}
