import type { CommandModule } from 'yargs';
import { KitError, problem } from '../../errors.js';
import type { KitOptionsInput } from '../../kit/options.js';
import { findConfigFile } from '../../node/library.js';
import { resolveOptions } from '../../node/options.js';
import { nonEmpty } from '../check-args.js';
import { layoutFlags, withLayoutOptions, withLessonOptions, type LayoutArgs, type LessonArgs } from '../common-options.js';
import type { CliIO } from '../io.js';
import { kitInput } from '../kit-input.js';
import { printBuild } from '../print-build.js';

interface BuildArgs extends LessonArgs, LayoutArgs {
  out?: string;
  watch?: boolean;
  roster?: string;
  split?: boolean;
  threads?: string;
}

/** --threads: a whole number from 1 to 64, as typed ("veel", "0" and "1000" are refused). */
function threadCount(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(Number.isInteger(n) && n >= 1 && n <= 64)) throw new KitError(problem('threadsInvalid', { value: text }), 2);
  return n;
}

export function buildCommand(io: CliIO, done: (code: number) => void): CommandModule<object, BuildArgs> {
  return {
    command: 'build [lesson..]',
    describe: 'Build the PDFs of the lessons into output/<lesson-id>/',
    builder: (y) =>
      withLayoutOptions(withLessonOptions(y))
        .option('out', { type: 'string', requiresArg: true, coerce: nonEmpty('out'), describe: 'Output folder', default: undefined, defaultDescription: 'output' })
        .option('watch', { type: 'boolean', describe: 'Keep running and rebuild when a lesson, template, source or config file changes' })
        .option('roster', { type: 'string', requiresArg: true, coerce: nonEmpty('roster'), describe: 'Class list (CSV with a "naam" column, optionally "klas"): worksheets with each student\'s name, one print file per lesson' })
        .option('split', { type: 'boolean', implies: 'roster', describe: 'With --roster: also one PDF per student' })
        .option('threads', { type: 'string', requiresArg: true, describe: 'Threads that render PDFs', defaultDescription: 'one; one per core for big class lists' })
        .check((a) => {
          // Usage mistakes as KitErrors (exit 2): a plain Error here would count as a bug.
          if (a.watch && a.roster) throw new KitError(problem('watchWithRoster', {}), 2);
          threadCount(a.threads);
          return true;
        }),
    handler: async (args) => {
      const flags: KitOptionsInput = {
        outDir: args.out,
        ...layoutFlags(args),
        roster: args.roster,
        split: args.split,
        threads: threadCount(args.threads),
      };
      // Loaded here, not at the top: validate and list never need pdfkit, fontkit or markdown-it.
      if (args.watch) {
        const { watchBuild } = await import('../watch.js');
        const configFile = findConfigFile(io.cwd, args.config);
        const load = () => {
          const { input, config } = kitInput(io, args, flags);
          return { options: resolveOptions(input), files: config?.extraFiles ?? [] };
        };
        await watchBuild(io, { load, ...(configFile ? { configFile } : {}) });
        done(0);
        return;
      }
      const { buildKit } = await import('../../node/build-kit.js');
      const options = resolveOptions(kitInput(io, args, flags).input);
      const result = await buildKit(options);
      printBuild(io, result.files, result.failed, !!options.roster);
      if (result.failed.length > 0) {
        io.err(`${result.files.length} PDFs written; ${result.failed.length} lesson${result.failed.length === 1 ? '' : 's'} not built (previous PDFs kept).`);
      }
      done(result.failed.length > 0 ? 1 : 0);
    },
  };
}
