import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { KitError, problem } from '../../errors.js';
import { SourceLibrary } from '../../kit/load-sources.js';
import { nodeFiles } from '../../node/node-files.js';
import { resolveOptions } from '../../node/options.js';
import { newLesson } from '../../scaffold/new-lesson.js';
import { displayPath, printProblems, type CliIO } from '../io.js';
import { kitInput } from '../kit-input.js';

interface NewArgs {
  id: string;
  lessons?: string;
  source?: string;
  config?: string;
}

export function newCommand(io: CliIO, done: (code: number) => void): CommandModule<object, NewArgs> {
  return {
    command: 'new <id>',
    describe: 'Write a commented lesson skeleton (that validates) into the lessons folder',
    builder: (y) =>
      y
        .positional('id', { type: 'string', demandOption: true, describe: 'Lesson id: lowercase letters, digits and dashes' })
        .option('lessons', { type: 'string', requiresArg: true, describe: 'Lessons folder (default: from the config, else ./lessons)' })
        .option('source', { type: 'string', requiresArg: true, describe: 'Source text of the lesson: an id, or the path of a .md file' })
        .option('config', { type: 'string', requiresArg: true, describe: 'Config file (default: ./gesprekskit.config.yaml when it exists)' }),
    handler: async (args) => {
      const { input, config } = kitInput(io, { lessons: args.lessons, source: args.source, config: args.config });
      // A new lesson goes into the school's folder, never into the built-in lessons.
      const root = config?.dir ?? io.cwd;
      const options = resolveOptions({ lessonsDir: join(root, 'lessons'), ...input, lessons: [] });
      // A lesson that names a source text that is not there would not validate: write nothing.
      if (!options.sourceFile && !new SourceLibrary(options.sourceDirs, nodeFiles).fileFor(options.defaultSource)) {
        throw new KitError(problem('newSourceMissing', { source: options.defaultSource }), args.source !== undefined ? 2 : 1);
      }
      const file = newLesson({ id: args.id, lessonsDir: options.lessonsDir, source: options.defaultSource, root });
      io.out(`created  ${displayPath(io, file)}`);
      const { checkKit } = await import('../../node/check-kit.js');
      const kit = checkKit({ ...options, lessons: [args.id] });
      const failed = kit.failed.find((f) => f.file === file);
      if (failed) {
        io.err(`The new lesson does not validate yet (${failed.problems.length} problem${failed.problems.length === 1 ? '' : 's'}):`);
        printProblems(io, failed.problems);
        done(1);
        return;
      }
      io.out(`It validates. Fill it in, then run "npx gesprekskit validate ${args.id}" and "npx gesprekskit build ${args.id}".`);
      done(0);
    },
  };
}
