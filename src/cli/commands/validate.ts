import type { CommandModule } from 'yargs';
import { resolveOptions } from '../../node/options.js';
import { layoutFlags, withLayoutOptions, withLessonOptions, type LayoutArgs, type LessonArgs } from '../common-options.js';
import { kitInput } from '../kit-input.js';
import { displayPath, printProblems, type CliIO } from '../io.js';

export function validateCommand(io: CliIO, done: (code: number) => void): CommandModule<object, LessonArgs & LayoutArgs> {
  return {
    command: 'validate [lesson..]',
    describe: 'Check lesson files (and their quotes against the source text) without building',
    builder: (y) => withLayoutOptions(withLessonOptions(y)),
    handler: async (args) => {
      // Loaded here: measuring loads the fonts, which list and --help never need.
      const { checkKit } = await import('../../node/check-kit.js');
      const kit = checkKit(resolveOptions(kitInput(io, args, layoutFlags(args)).input));
      for (const l of kit.lessons) io.out(`ok      ${l.lesson.id} (${displayPath(io, l.file)})`);
      for (const f of kit.failed) {
        io.out(`invalid ${f.name} (${displayPath(io, f.file)}): ${f.problems.length} problem${f.problems.length === 1 ? '' : 's'}`);
        printProblems(io, f.problems);
      }
      done(kit.failed.length > 0 ? 1 : 0);
    },
  };
}
