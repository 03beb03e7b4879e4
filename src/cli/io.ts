import { relative, isAbsolute } from 'node:path';
import { formatProblem, type Problem } from '../errors.js';
import type { Lang } from '../messages/define.js';

/** Where the CLI writes; tests swap it for buffers. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  /** Ends long-running commands (build --watch); without it they stop on Ctrl+C. */
  signal?: AbortSignal;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  get cwd() {
    return process.cwd();
  },
};

/** Paths inside the working folder are shown relative to it, as the user typed them. */
export function displayPath(io: CliIO, file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function printProblems(io: CliIO, problems: readonly Problem[], lang: Lang = 'en'): void {
  for (const p of problems) io.err(formatProblem(p.file ? { ...p, file: displayPath(io, p.file) } : p, lang));
}
