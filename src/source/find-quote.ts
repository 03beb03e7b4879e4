import type { Source, SourceParagraph } from './model.js';

/**
 * Typographic variants that may differ between a quote and the source without changing a
 * word: single or double, curly or straight quotation marks and apostrophes, dashes, spaces.
 */
export function normalizeForQuote(s: string): string {
  return s
    .replace(/[‘’‚‛′`´“”„‟″«»"]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a quote at its omission marks: "…", "...", "[…]", "(…)". */
export function quoteParts(quote: string): string[] {
  return normalizeForQuote(quote)
    .split(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/)
    .map((p) => p.trim().replace(/^'|'$/g, '').trim())
    .filter((p) => p.length > 0);
}

function containsInOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * The paragraph that holds the quote verbatim (omissions marked with … allowed), or
 * undefined. When `n` is given only that paragraph is searched.
 */
export function findQuote(source: Source, quote: string, n?: number): SourceParagraph | undefined {
  const parts = quoteParts(quote);
  if (parts.length === 0) return undefined;
  const candidates = n === undefined ? source.paragraphs : source.paragraphs.filter((p) => p.n === n);
  return candidates.find((p) => containsInOrder(normalizeForQuote(p.text), parts));
}

/** The paragraph sharing most words with a quote that was not found, to point the user at. */
export function closestParagraph(source: Source, quote: string): SourceParagraph | undefined {
  const words = new Set(wordsOf(quote));
  let best: SourceParagraph | undefined;
  let bestScore = 0;
  for (const p of source.paragraphs) {
    const score = wordsOf(p.text).filter((w) => words.has(w)).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return bestScore >= Math.min(3, words.size) ? best : undefined;
}

/**
 * The first place where the quote departs from the paragraph, to show in a message: up to
 * four words of the quote, as the lesson writes them (its own quotation marks and dashes).
 */
export function firstDifference(paragraphText: string, quote: string): string | undefined {
  const text = normalizeForQuote(paragraphText);
  const { normal, origin } = normalizeWithOrigin(quote);
  let from = 0;
  for (const part of quoteParts(quote)) {
    const partAt = normal.indexOf(part, from);
    from = partAt === -1 ? from : partAt + part.length;
    if (text.includes(part)) continue;
    const words = part.split(' ');
    let k = 0;
    while (k < words.length && text.includes(words.slice(0, k + 1).join(' '))) k++;
    const shown = words.slice(k, k + 4).join(' ');
    if (partAt === -1) return shown;
    const start = partAt + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
    const end = start + shown.length;
    return quote.slice(origin[start], origin[end - 1]! + 1);
  }
  return undefined;
}

/** normalizeForQuote, and for each character of the result its index in the original. */
function normalizeWithOrigin(s: string): { normal: string; origin: number[] } {
  let normal = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = normalizeForQuote(`x${s[i]}x`).slice(1, -1);
    if (c === '') continue;
    // Runs of white space become one space (the first of the run).
    if (c === ' ' && normal.endsWith(' ')) continue;
    normal += c;
    origin.push(i);
  }
  const lead = normal.length - normal.trimStart().length;
  const kept = normal.trim();
  return { normal: kept, origin: origin.slice(lead, lead + kept.length) };
}

function wordsOf(s: string): string[] {
  return normalizeForQuote(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
}
