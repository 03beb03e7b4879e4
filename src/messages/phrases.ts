import type { Lang } from './define.js';

/**
 * Small pieces of wording that many messages share, so they read the same everywhere.
 */

/** '; bedoelde je "title"?' after a name that does not exist, when a close one does. */
export function didYouMean(guess: string | undefined, lang: Lang): string {
  if (!guess) return '';
  return lang === 'nl' ? `; bedoelde je "${guess}"?` : `; did you mean "${guess}"?`;
}

/** "a, b of c" / "a, b or c". */
export function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${items[items.length - 1]}`;
}

/** '"a", "b"': names as written in a file. */
export function quotedList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}

/** "1 fout", "3 fouten": the count and the word in the right number. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
