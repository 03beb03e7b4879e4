/**
 * Grading language a youth-work session must not use: whole words or word stems, so that
 * "standpunten" or "actiepunten" (¶29) do not count but "punten", "cijfers" or "beoordelen" do.
 */
export const GRADING_WORDS =
  /(?<!\p{L})(punten|cijfers?|scores?|toets\p{L}*|examen\p{L}*|quoter\p{L}*|beoordel\p{L}*|evalu\p{L}*|rapport\p{L}*)(?!\p{L})/iu;

/** Keys whose values are identifiers or enum values, not text a reader sees. */
const NOT_TEXT = new Set(['$schema', 'id', 'kind', 'activity', 'answer', 'source']);

/** Every text a reader sees in a loaded lesson (or part of one), depth first. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : stringsOf(v)));
  }
  return [];
}
