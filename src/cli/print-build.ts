import { dirname, sep } from 'node:path';
import type { Problem } from '../errors.js';
import type { BuiltFile } from '../node/build-kit.js';
import type { LessonProblems } from '../kit/load-lessons.js';
import { displayPath, printProblems, type Cli } from './io.js';

/**
 * One line per PDF (path, pages, size), then each lesson that failed with its problems.
 * With a class list, a print file also says how many students it holds, and the files of
 * single students are summed up per folder. Warnings (a template that makes the PDFs harder
 * to read with a screen reader) come last, each once.
 */
export function printBuild(cli: Cli, files: readonly BuiltFile[], failed: readonly LessonProblems[], classSets = false, warnings: readonly Problem[] = []): void {
  const say = cli.words.build;
  const folders = new Map<string, BuiltFile[]>();
  for (const f of files) {
    if (classSets && f.copies === undefined) {
      const dir = dirname(f.file);
      folders.set(dir, [...(folders.get(dir) ?? []), f]);
      continue;
    }
    cli.out(say.pdf(displayPath(cli, f.file), f.pages, cli.words.size(f.bytes), f.copies));
  }
  for (const [dir, list] of folders) {
    const pages = list.reduce((n, f) => n + f.pages, 0);
    const bytes = list.reduce((n, f) => n + f.bytes, 0);
    cli.out(say.folder(`${displayPath(cli, dir)}${sep}`, list.length, pages, cli.words.size(bytes)));
  }
  for (const f of failed) {
    cli.err(say.notBuilt(f.name, displayPath(cli, f.file), f.problems.length));
    printProblems(cli, f.problems);
  }
  if (warnings.length > 0) {
    cli.err(say.warnings(warnings.length));
    printProblems(cli, warnings);
  }
}
