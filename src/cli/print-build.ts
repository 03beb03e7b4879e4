import type { BuiltFile } from '../kit/build-kit.js';
import type { LessonProblems } from '../kit/load-lessons.js';
import { displayPath, printProblems, type CliIO } from './io.js';

/** One line per PDF (path, pages, size), then each lesson that failed with its problems. */
export function printBuild(io: CliIO, files: readonly BuiltFile[], failed: readonly LessonProblems[]): void {
  for (const f of files) {
    io.out(`${displayPath(io, f.file)}  ${f.pages} page${f.pages === 1 ? '' : 's'}  ${formatSize(f.bytes)}`);
  }
  for (const f of failed) {
    io.err(`not built: ${f.name} (${displayPath(io, f.file)}), ${f.problems.length} problem${f.problems.length === 1 ? '' : 's'}:`);
    printProblems(io, f.problems);
  }
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
