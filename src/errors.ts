/**
 * The one user-facing error type. Everything a teacher can get wrong (a lesson, a template,
 * a source text, a config file, a command-line flag) ends up here, with a position and a hint.
 * Anything else that throws is a bug in gesprekskit and keeps its stack trace.
 *
 * A Problem names its message by key (src/messages/catalogue.ts) with plain-data parameters;
 * the words are chosen only when it is shown, in the reader's language.
 */
import { messageDef, type MessageKey, type ParamsOf } from './messages/catalogue.js';
import { HINT_LABEL, type Lang, type Words } from './messages/define.js';

export interface Problem {
  /** Stable code, e.g. "GK_SCHEMA_UNKNOWN_KEY"; test/fixtures/bad shows them with their messages. */
  code: string;
  /**
   * The message in the catalogue, and what fills it in. There are no words here: they are
   * chosen when the problem is shown, in the reader's language.
   */
  key: string;
  params: Record<string, unknown>;
  /** Path of the file the problem is in, as the user gave it (relative when possible). */
  file?: string;
  /** 1-based line and column. */
  line?: number;
  col?: number;
}

/** Where a problem is: a file, and a position in it when known. */
export interface Where {
  file?: string;
  line?: number;
  col?: number;
}

/** A Problem from the catalogue: `problem('noLessons', {}, { file: dir })`. */
export function problem<K extends MessageKey>(key: K, params: ParamsOf<K>, where: Where = {}): Problem {
  const def = messageDef(key)!;
  const p: Problem = { code: def.code, key, params: params as Record<string, unknown> };
  if (where.file !== undefined) p.file = where.file;
  if (where.line !== undefined) p.line = where.line;
  if (where.col !== undefined) p.col = where.col;
  return p;
}

/** The same place, another message: a general problem worded for where it happened. */
export function reword<K extends MessageKey>(p: Problem, key: K, params: ParamsOf<K>): Problem {
  return problem(key, params, p);
}

/** The problem's words in a language. */
export function describeProblem(p: Problem, lang: Lang): Words {
  const def = messageDef(p.key);
  if (def) return def.words((p.params ?? {}) as never)[lang];
  // A key this version does not know (a problem saved by another version): at least the code.
  return { message: p.code };
}

export class KitError extends Error {
  readonly problems: readonly Problem[];
  /** 1 for invalid input, 2 for wrong usage of the command line. */
  readonly exitCode: 1 | 2;

  constructor(problems: Problem | readonly Problem[], exitCode: 1 | 2 = 1) {
    const list = Array.isArray(problems) ? [...problems] : [problems as Problem];
    if (list.length === 0) throw new Error('KitError needs at least one problem');
    super(list.map((p) => formatProblem(p, 'en')).join('\n'));
    this.name = 'KitError';
    this.problems = list;
    this.exitCode = exitCode;
  }

  get code(): string {
    return this.problems[0]!.code;
  }

  /**
   * `instanceof KitError` also holds for a KitError made by a second copy of this module:
   * the build pipeline is loaded lazily with import(), which under the CommonJS loader the
   * tests use can instantiate a module twice.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === KitError && value instanceof Error && value.name === 'KitError' && Array.isArray((value as { problems?: unknown }).problems);
  }
}

export function isKitError(e: unknown): e is KitError {
  return e instanceof KitError;
}

/** `file:line:col: message` followed by an indented hint, like compilers print. */
export function formatProblem(p: Problem, lang: Lang): string {
  let where = '';
  if (p.file) {
    where = p.file;
    if (p.line !== undefined) {
      where += `:${p.line}`;
      if (p.col !== undefined) where += `:${p.col}`;
    }
    where += ': ';
  }
  const words = describeProblem(p, lang);
  // One line each: text quoted from a lesson may hold line breaks.
  const oneLine = (t: string) => t.replace(/\s*\n\s*/g, ' ');
  const head = `${where}${oneLine(words.message)} [${p.code}]`;
  return words.hint ? `${head}\n  ${HINT_LABEL[lang]}: ${oneLine(words.hint)}` : head;
}
