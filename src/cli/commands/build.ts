import type { CommandModule } from 'yargs';
import { buildKit } from '../../kit/build-kit.js';
import { resolveOptions, type PageSize } from '../../kit/options.js';
import { FONT_CHOICES, type FontChoice } from '../../layout/fonts.js';
import { nonEmpty } from '../check-args.js';
import { withLessonOptions, type LessonArgs } from '../common-options.js';
import { displayPath, printProblems, type CliIO } from '../io.js';

interface BuildArgs extends LessonArgs {
  out?: string;
  templates?: string;
  'page-size'?: string;
  'large-print'?: boolean;
  font?: string;
}

export function buildCommand(io: CliIO, done: (code: number) => void): CommandModule<object, BuildArgs> {
  return {
    command: 'build [lesson..]',
    describe: 'Build the PDFs of the lessons into output/<lesson-id>/',
    builder: (y) =>
      withLessonOptions(y)
        .option('out', { type: 'string', requiresArg: true, coerce: nonEmpty('out'), describe: 'Output folder', default: undefined, defaultDescription: 'output' })
        .option('templates', { type: 'string', requiresArg: true, coerce: nonEmpty('templates'), describe: 'Folder with your own templates, layered over the built-in ones' })
        .option('page-size', { type: 'string', requiresArg: true, choices: ['a4', 'letter'], describe: 'Paper size', defaultDescription: 'a4' })
        .option('large-print', { type: 'boolean', describe: 'Large print: body text 16 pt, more room to write' })
        .option('font', { type: 'string', requiresArg: true, choices: [...FONT_CHOICES], describe: 'Typeface', defaultDescription: 'noto-sans' }),
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
      });
      const result = await buildKit(options);
      for (const f of result.files) {
        io.out(`${displayPath(io, f.file)}  ${f.pages} page${f.pages === 1 ? '' : 's'}  ${formatSize(f.bytes)}`);
      }
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

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
