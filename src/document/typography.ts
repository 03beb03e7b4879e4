import type { Block, RichText } from './model.js';

/** Units that belong with the number before them: "5 min", "50 jaar", "22 procent". */
const UNITS =
  'min|minuut|minuten|minutes?|uur|uren|hours?|u|sec|seconde|seconden|seconds?|dag|dagen|days?|week|weken|weeks?|maand|maanden|months?|jaar|jaren|years?|procent|percent|%|km|m|cm|mm|kg|g|pt|euro|€';
const NUMBER_UNIT = new RegExp(`(\\d) (?=(?:${UNITS})(?![\\p{L}\\p{N}]))`, 'giu');
const CURRENCY_NUMBER = /(€) (?=\d)/gu;

/**
 * Keeps a number with its unit on one line: the space between them becomes a no-break space
 * ("(5 min)" never breaks into "(5" and "min)"). It still reads and copies as a space.
 */
export function keepNumbersWithUnits(blocks: Block[]): void {
  const fix = (content: RichText) => {
    for (const inline of content) inline.text = inline.text.replace(NUMBER_UNIT, '$1\u00a0').replace(CURRENCY_NUMBER, '$1\u00a0');
  };
  const walk = (list: Block[]) => {
    for (const b of list) {
      if (b.type === 'paragraph' || b.type === 'heading') fix(b.content);
      else if (b.type === 'checklist') b.items.forEach(fix);
      else if (b.type === 'table') [b.header, ...b.rows].forEach((row) => row.forEach(fix));
      if (b.type === 'list') b.items.forEach(walk);
      else if ('children' in b) walk(b.children);
    }
  };
  walk(blocks);
}
