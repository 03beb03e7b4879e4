/**
 * The one user-facing error type. Everything a teacher can get wrong (a lesson, a template,
 * a source text, a config file, a command-line flag) ends up here, with a position and a hint.
 * Anything else that throws is a bug in gesprekskit and keeps its stack trace.
 */

export interface Problem {
  /** Stable code, e.g. "GK_SCHEMA_UNKNOWN_KEY"; test/fixtures/bad shows them with their messages. */
  code: string;
  message: string;
  /** Path of the file the problem is in, as the user gave it (relative when possible). */
  file?: string;
  /** 1-based line and column. */
  line?: number;
  col?: number;
  /** How to fix it, in one sentence. */
  hint?: string;
}

export class KitError extends Error {
  readonly problems: readonly Problem[];
  /** 1 for invalid input, 2 for wrong usage of the command line. */
  readonly exitCode: 1 | 2;

  constructor(problems: Problem | readonly Problem[], exitCode: 1 | 2 = 1) {
    const list = Array.isArray(problems) ? [...problems] : [problems as Problem];
    if (list.length === 0) throw new Error('KitError needs at least one problem');
    super(list.map(formatProblem).join('\n'));
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
export function formatProblem(p: Problem): string {
  let where = '';
  if (p.file) {
    where = p.file;
    if (p.line !== undefined) {
      where += `:${p.line}`;
      if (p.col !== undefined) where += `:${p.col}`;
    }
    where += ': ';
  }
  // One line each: text quoted from a lesson may hold line breaks.
  const oneLine = (t: string) => t.replace(/\s*\n\s*/g, ' ');
  const head = `${where}${oneLine(p.message)} [${p.code}]`;
  return p.hint ? `${head}\n  hint: ${oneLine(p.hint)}` : head;
}
