import type { MessageDef, Params } from './define.js';
import { accessibilityMessages } from './catalogue/accessibility.js';
import { agendaMessages } from './catalogue/agenda.js';
import { configMessages } from './catalogue/config.js';
import { documentMessages } from './catalogue/document.js';
import { fileMessages } from './catalogue/files.js';
import { glossaryMessages } from './catalogue/glossary.js';
import { imageMessages } from './catalogue/images.js';
import { kitMessages } from './catalogue/kit.js';
import { layoutMessages } from './catalogue/layout.js';
import { lessonMessages } from './catalogue/lesson.js';
import { outputMessages } from './catalogue/output.js';
import { referenceMessages } from './catalogue/references.js';
import { robustnessMessages } from './catalogue/robustness.js';
import { rosterMessages } from './catalogue/roster.js';
import { schemaMessages } from './catalogue/schema.js';
import { sourceMessages } from './catalogue/source.js';
import { templateMessages } from './catalogue/template.js';
import { usageMessages } from './catalogue/usage.js';
import { webMessages } from './catalogue/web.js';
import { yamlMessages } from './catalogue/yaml.js';

/**
 * The area files, in pipeline order: reading files, YAML and schemas, lessons (their
 * agenda, glossary and ¶ references) and sources, templates and the document language (with
 * what keeps it accessible), layout, class lists, config, the kit and its output, the command line and the web app.
 * test/messages checks that no key is in two of them. A new area file goes in this list.
 */
export const MESSAGE_AREAS = [
  fileMessages,
  imageMessages,
  yamlMessages,
  schemaMessages,
  lessonMessages,
  agendaMessages,
  glossaryMessages,
  referenceMessages,
  sourceMessages,
  templateMessages,
  documentMessages,
  accessibilityMessages,
  layoutMessages,
  rosterMessages,
  configMessages,
  kitMessages,
  outputMessages,
  usageMessages,
  webMessages,
  robustnessMessages,
] as const;

/** The area files' messages as one type: every key with its own parameters. */
type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/**
 * Every user-facing message, by key. One file per area under catalogue/; a key is unique
 * across all of them. Several keys may share a code (one kind of problem, worded for where
 * it happens).
 */
export const MESSAGES = Object.assign({}, ...MESSAGE_AREAS) as Merged<typeof MESSAGE_AREAS>;

export type MessageKey = keyof typeof MESSAGES;
export type ParamsOf<K extends MessageKey> = (typeof MESSAGES)[K] extends MessageDef<infer P> ? P : never;

/** Looked up by key at run time (a Problem that came from another thread or a JSON file). */
export function messageDef(key: string): MessageDef<Params> | undefined {
  return Object.hasOwn(MESSAGES, key) ? (MESSAGES as unknown as Record<string, MessageDef<Params>>)[key] : undefined;
}
