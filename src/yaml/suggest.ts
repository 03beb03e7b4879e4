import { closest, distance } from 'fastest-levenshtein';

/** "did you mean …?" for a likely typo, or nothing when no candidate is close enough. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, candidates.map((c) => c.toLowerCase()));
  const limit = Math.max(2, Math.floor(word.length / 3));
  if (distance(lower, best) > limit) return undefined;
  return candidates.find((c) => c.toLowerCase() === best);
}
