import { dirname, sep } from 'node:path';
import type { CommandModule } from 'yargs';
import type { BuiltFile } from '../../kit/build-kit.js';
import { resolveOptions, type PageSize } from '../../kit/options.js';
import { FONT_CHOICES, type FontChoice } from '../../layout/font-choices.js';
import { withLessonOptions, type LessonArgs } from '../common-options.js';
import { displayPath, printProblems, type CliIO } from '../io.js';

interface BuildArgs extends LessonArgs {
  out?: string;
  templates?: string;
  'page-size'?: string;
  'large-print'?: boolean;
  font?: string;
  roster?: string;
  split?: boolean;
  threads?: number;
}

export function buildCommand(io: CliIO, done: (code: number) => void): CommandModule<object, BuildArgs> {
  return {
    command: 'build [lesson..]',
    describe: 'Build the PDFs of the lessons into output/<lesson-id>/',
    builder: (y) =>
      withLessonOptions(y)
        .option('out', { type: 'string', requiresArg: true, describe: 'Output folder', default: undefined, defaultDescription: 'output' })
        .option('templates', { type: 'string', requiresArg: true, describe: 'Folder with your own templates, layered over the built-in ones' })
        .option('page-size', { type: 'string', requiresArg: true, choices: ['a4', 'letter'], describe: 'Paper size', defaultDescription: 'a4' })
        .option('large-print', { type: 'boolean', describe: 'Large print: body text 16 pt, more room to write' })
        .option('font', { type: 'string', requiresArg: true, choices: [...FONT_CHOICES], describe: 'Typeface', defaultDescription: 'noto-sans' })
        .option('roster', { type: 'string', requiresArg: true, describe: 'Class list (CSV with a "naam" column, optionally "klas"): worksheets with each student\'s name, one print file per lesson' })
        .option('split', { type: 'boolean', implies: 'roster', describe: 'With --roster: also one PDF per student' })
        .option('threads', { type: 'number', requiresArg: true, describe: 'Threads that render PDFs', defaultDescription: 'one; one per core for big class lists' })
        .check((a) => {
          if (a.threads !== undefined && !(Number.isInteger(a.threads) && a.threads >= 1 && a.threads <= 64)) throw new Error('--threads must be a whole number from 1 to 64');
          return true;
        }),
    handler: async (args) => {
      const options = resolveOptions({
        cwd: io.cwd,
        lessonsDir: args.lessons,
        lessons: args.lesson,
        outDir: args.out,
        templatesDir: args.templates,
        defaultSource: args.source,
        pageSize: args['page-size'] ? (args['page-size'].toUpperCase() as PageSize) : undefined,
        largePrint: args['large-print'],
        font: args.font as FontChoice | undefined,
        roster: args.roster,
        split: args.split,
        threads: args.threads,
      });
      // Loaded here, not at the top: validate and list never need pdfkit, fontkit or markdown-it.
      const { buildKit } = await import('../../kit/build-kit.js');
      const result = await buildKit(options);
      printFiles(io, result.files, !!options.roster);
      for (const f of result.failed) {
        io.err(`not built: ${f.name} (${displayPath(io, f.file)}), ${f.problems.length} problem${f.problems.length === 1 ? '' : 's'}:`);
        printProblems(io, f.problems);
      }
      if (result.failed.length > 0) {
        io.err(`${result.files.length} PDFs written; ${result.failed.length} lesson${result.failed.length === 1 ? '' : 's'} not built (previous PDFs kept).`);
      }
      done(result.failed.length > 0 ? 1 : 0);
    },
  };
}

/** One line per file; a class set's per-student files as one line per folder. */
function printFiles(io: CliIO, files: readonly BuiltFile[], classSets: boolean): void {
  const folders = new Map<string, BuiltFile[]>();
  for (const f of files) {
    // With a class list, every file that is not a print file is one student's copy.
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
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
