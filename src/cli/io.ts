import { relative, isAbsolute } from 'node:path';
import { formatProblem, type Problem } from '../errors.js';
import { CLI_WORDS, type CliWords } from '../messages/cli-words.js';
import type { Lang } from '../messages/define.js';

/** Where the CLI writes; tests swap it for buffers. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  /** Ends long-running commands (build --watch); without it they stop on Ctrl+C. */
  signal?: AbortSignal;
  /** The environment that picks the language (GESPREKSKIT_LANG, LANG, …); process.env when absent. */
  env?: Record<string, string | undefined>;
}

/** The CLI as it speaks to the user: where it writes, and in which language. */
export interface Cli extends CliIO {
  lang: Lang;
  words: CliWords;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  get cwd() {
    return process.cwd();
  },
  env: process.env,
};

export function speaking(io: CliIO, lang: Lang): Cli {
  return {
    out: (line) => io.out(line),
    err: (line) => io.err(line),
    get cwd() {
      return io.cwd;
    },
    ...(io.signal ? { signal: io.signal } : {}),
    ...(io.env ? { env: io.env } : {}),
    lang,
    words: CLI_WORDS[lang],
  };
}

/** Paths inside the working folder are shown relative to it, as the user typed them. */
export function displayPath(io: CliIO, file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Each problem at its place; one that has no file in it is said by the program, like a compiler does. */
export function printProblems(cli: Cli, problems: readonly Problem[]): void {
  for (const p of problems) cli.err(p.file ? formatProblem({ ...p, file: displayPath(cli, p.file) }, cli.lang) : `gesprekskit: ${formatProblem(p, cli.lang)}`);
}
