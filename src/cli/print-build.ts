import { dirname, sep } from 'node:path';
import type { BuiltFile } from '../node/build-kit.js';
import type { LessonProblems } from '../kit/load-lessons.js';
import { displayPath, printProblems, type CliIO } from './io.js';

/**
 * One line per PDF (path, pages, size), then each lesson that failed with its problems.
 * With a class list, a print file also says how many students it holds, and the files of
 * single students are summed up per folder.
 */
export function printBuild(io: CliIO, files: readonly BuiltFile[], failed: readonly LessonProblems[], classSets = false): void {
  const folders = new Map<string, BuiltFile[]>();
  for (const f of files) {
    if (classSets && f.copies === undefined) {
      const dir = dirname(f.file);
      folders.set(dir, [...(folders.get(dir) ?? []), f]);
      continue;
    }
    const students = f.copies !== undefined ? `  ${f.copies} student${f.copies === 1 ? '' : 's'}` : '';
    io.out(`${displayPath(io, f.file)}  ${f.pages} page${f.pages === 1 ? '' : 's'}  ${formatSize(f.bytes)}${students}`);
  }
  for (const [dir, list] of folders) {
    const pages = list.reduce((n, f) => n + f.pages, 0);
    const bytes = list.reduce((n, f) => n + f.bytes, 0);
    io.out(`${displayPath(io, dir)}${sep}  ${list.length} files  ${pages} pages  ${formatSize(bytes)}`);
  }
  for (const f of failed) {
    io.err(`not built: ${f.name} (${displayPath(io, f.file)}), ${f.problems.length} problem${f.problems.length === 1 ? '' : 's'}:`);
    printProblems(io, f.problems);
  }
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
