/**
 * How a user-facing message is written down: one definition per message, with its stable
 * code and its words in every language side by side, so a translation can never go missing
 * without the type checker (and test/messages) noticing.
 */

export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** What the user reads: the problem, and in one sentence what to do about it. */
export interface Words {
  message: string;
  hint?: string;
}

export type Bilingual = Record<Lang, Words>;

/** Parameters travel with a Problem (also between threads): plain data only. */
export type Params = Record<string, string | number | boolean | readonly string[] | readonly number[] | undefined>;

export interface MessageDef<P extends Params = Params> {
  /** Stable code, e.g. "GK_FILE_NOT_FOUND": the same in every language, searchable. */
  code: string;
  words: (params: P) => Bilingual;
}

export function message<P extends Params = Record<string, never>>(code: string, words: (params: P) => Bilingual): MessageDef<P> {
  return { code, words };
}

/** The label before a hint: "lessons/x.yaml:3:1: … [GK_…]" then "  tip: …". */
export const HINT_LABEL: Record<Lang, string> = { nl: 'tip', en: 'hint' };
