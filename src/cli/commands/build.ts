import type { CommandModule } from 'yargs';
import type { KitOptionsInput } from '../../kit/options.js';
import { KitError, problem } from '../../errors.js';
import { nonEmpty } from '../check-args.js';
import { layoutFlags, lessonArgs, withLayoutOptions, withLessonOptions, type LayoutArgs } from '../common-options.js';
import type { Cli } from '../io.js';

interface BuildArgs extends LayoutArgs {
  out?: string;
  watch?: boolean;
  roster?: string;
  split?: boolean;
  threads?: number;
  fillable?: boolean;
}

export function buildCommand(cli: Cli, done: (code: number) => void): CommandModule<object, BuildArgs> {
  const say = cli.words.build;
  return {
    command: `build [${cli.words.args.lesson}..]`,
    describe: say.describe,
    builder: (y) =>
      withLayoutOptions(withLessonOptions(y, cli.words), cli.words)
        .option('out', { type: 'string', requiresArg: true, describe: say.out, default: undefined, defaultDescription: say.outDefault })
        .option('watch', { type: 'boolean', describe: say.watch })
        .option('roster', { type: 'string', requiresArg: true, describe: say.roster })
        .option('split', { type: 'boolean', describe: say.split })
        .option('fillable', { type: 'boolean', describe: say.fillable })
        .option('threads', { type: 'number', requiresArg: true, describe: say.threads, defaultDescription: say.threadsDefault })
        .check(nonEmpty('out', 'roster'))
        .check((a) => {
          if (a.threads !== undefined && !(Number.isInteger(a.threads) && a.threads >= 1 && a.threads <= 64)) throw new KitError(problem('usageThreads', {}), 2);
          if (a.watch && a.roster) throw new KitError(problem('usageWatchRoster', {}), 2);
          if (a.split && !a.roster) throw new KitError(problem('usageSplitWithoutRoster', {}), 2);
          return true;
        }),
    handler: async (args) => {
      const lessons = lessonArgs(args as unknown as Record<string, unknown>, cli.words);
      const flags: KitOptionsInput = {
        outDir: args.out,
        ...layoutFlags(args),
        roster: args.roster,
        split: args.split,
        threads: args.threads,
        fillable: args.fillable,
      };
      // Loaded here, not at the top: --help and the other commands do not pay for them, and
      // list never loads pdfkit, fontkit or markdown-it.
      const [{ resolveOptions }, { kitInput }] = await Promise.all([import('../../node/options.js'), import('../kit-input.js')]);
      if (args.watch) {
        const [{ watchBuild }, { findConfigFile }] = await Promise.all([import('../watch.js'), import('../../node/library.js')]);
        const configFile = findConfigFile(cli.cwd, lessons.config);
        const load = () => {
          const { input, config } = kitInput(cli, lessons, flags);
          return { options: resolveOptions(input), files: config?.extraFiles ?? [] };
        };
        await watchBuild(cli, { load, ...(configFile ? { configFile } : {}) });
        done(0);
        return;
      }
      const [{ buildKit }, { printBuild }] = await Promise.all([import('../../node/build-kit.js'), import('../print-build.js')]);
      const options = resolveOptions(kitInput(cli, lessons, flags).input);
      const result = await buildKit(options);
      printBuild(cli, result.files, result.failed, !!options.roster, result.warnings);
      if (result.failed.length > 0) cli.err(say.summary(result.files.length, result.failed.length));
      done(result.failed.length > 0 ? 1 : 0);
    },
  };
}
