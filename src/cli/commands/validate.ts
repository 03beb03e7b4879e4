import type { CommandModule } from 'yargs';
import { lessonArgs, withLessonOptions } from '../common-options.js';
import { displayPath, printProblems, type Cli } from '../io.js';

export function validateCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.validate;
  return {
    command: `validate [${cli.words.args.lesson}..]`,
    describe: say.describe,
    builder: (y) => withLessonOptions(y, cli.words),
    handler: async (args) => {
      // Loaded when the command runs: --help and the other commands do not pay for them.
      const [{ validateKit }, { resolveOptions }, { kitInput }] = await Promise.all([import('../../node/library.js'), import('../../node/options.js'), import('../kit-input.js')]);
      const kit = validateKit(resolveOptions(kitInput(cli, lessonArgs(args, cli.words)).input));
      for (const l of kit.lessons) cli.out(say.ok(l.lesson.id, displayPath(cli, l.file)));
      for (const f of kit.failed) {
        cli.out(say.invalid(f.name, displayPath(cli, f.file), f.problems.length));
        printProblems(cli, f.problems);
      }
      done(kit.failed.length > 0 ? 1 : 0);
    },
  };
}
