import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { KitError, problem } from '../../errors.js';
import { displayPath, printProblems, type Cli } from '../io.js';

interface NewArgs {
  id: string;
  lessons?: string;
  source?: string;
  config?: string;
}

export function newCommand(cli: Cli, done: (code: number) => void): CommandModule<object, NewArgs> {
  const say = cli.words.newLesson;
  return {
    command: 'new <id>',
    describe: say.describe,
    builder: (y) =>
      y
        .positional('id', { type: 'string', demandOption: true, describe: say.id })
        .option('lessons', { type: 'string', requiresArg: true, describe: say.lessons })
        .option('source', { type: 'string', requiresArg: true, describe: say.source })
        .option('config', { type: 'string', requiresArg: true, describe: cli.words.options.config }),
    handler: async (args) => {
      // Loaded when the command runs: --help and the other commands do not pay for them.
      const [{ SourceLibrary }, { nodeFiles }, { resolveOptions }, { newLesson }, { kitInput }] = await Promise.all([
        import('../../kit/load-sources.js'),
        import('../../node/node-files.js'),
        import('../../node/options.js'),
        import('../../scaffold/new-lesson.js'),
        import('../kit-input.js'),
      ]);
      const { input, config } = kitInput(cli, { lessons: args.lessons, source: args.source, config: args.config });
      // A new lesson goes into the school's folder, never into the built-in lessons.
      const root = config?.dir ?? cli.cwd;
      const options = resolveOptions({ lessonsDir: join(root, 'lessons'), ...input, lessons: [] });
      // A lesson that names a source text that is not there would not validate: write nothing.
      if (!options.sourceFile && !new SourceLibrary(options.sourceDirs, nodeFiles).fileFor(options.defaultSource)) {
        throw new KitError(problem('newSourceMissing', { source: options.defaultSource }), args.source !== undefined ? 2 : 1);
      }
      const file = newLesson({ id: args.id, lessonsDir: options.lessonsDir, source: options.defaultSource, root });
      cli.out(say.created(displayPath(cli, file)));
      // The same checks as validate (and build): loaded here, they load the fonts.
      const { checkKit } = await import('../../node/check-kit.js');
      const kit = checkKit({ ...options, lessons: [args.id] });
      const failed = kit.failed.find((f) => f.file === file);
      if (failed) {
        cli.err(say.invalid(failed.problems.length));
        printProblems(cli, failed.problems);
        done(1);
        return;
      }
      cli.out(say.valid(args.id));
      done(0);
    },
  };
}
