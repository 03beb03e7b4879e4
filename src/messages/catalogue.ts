import type { MessageDef, Params } from './define.js';
import { agendaMessages } from './catalogue/agenda.js';
import { glossaryMessages } from './catalogue/glossary.js';
import { kitMessages } from './catalogue/kit.js';
import { robustnessMessages } from './catalogue/robustness.js';
import { webMessages } from './catalogue/web.js';
import { referenceMessages } from './catalogue/references.js';

/**
 * Every user-facing message, by key. One file per area under catalogue/; a key is unique
 * across all of them. Several keys may share a code (one kind of problem, worded for where
 * it happens).
 */
export const MESSAGES = {
  ...agendaMessages,
  ...glossaryMessages,
  ...kitMessages,
  ...robustnessMessages,
  ...webMessages,
  ...referenceMessages,
};

export type MessageKey = keyof typeof MESSAGES;
export type ParamsOf<K extends MessageKey> = (typeof MESSAGES)[K] extends MessageDef<infer P> ? P : never;

/** Looked up by key at run time (a Problem that came from another thread or a JSON file). */
export function messageDef(key: string): MessageDef<Params> | undefined {
  return Object.hasOwn(MESSAGES, key) ? (MESSAGES as unknown as Record<string, MessageDef<Params>>)[key] : undefined;
}
