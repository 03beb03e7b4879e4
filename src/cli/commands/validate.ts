import type { CommandModule } from 'yargs';
import { layoutFlags, lessonArgs, withLayoutOptions, withLessonOptions, type LayoutArgs } from '../common-options.js';
import { displayPath, printProblems, type Cli } from '../io.js';

export function validateCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.validate;
  return {
    command: `validate [${cli.words.args.lesson}..]`,
    describe: say.describe,
    builder: (y) => withLayoutOptions(withLessonOptions(y, cli.words), cli.words),
    handler: async (args) => {
      // The same checks as build, without drawing; loaded here: measuring loads the fonts.
      const [{ checkKit }, { resolveOptions }, { kitInput }] = await Promise.all([import('../../node/check-kit.js'), import('../../node/options.js'), import('../kit-input.js')]);
      const kit = checkKit(resolveOptions(kitInput(cli, lessonArgs(args, cli.words), layoutFlags(args as LayoutArgs)).input));
      for (const l of kit.lessons) cli.out(say.ok(l.lesson.id, displayPath(cli, l.file)));
      for (const f of kit.failed) {
        cli.out(say.invalid(f.name, displayPath(cli, f.file), f.problems.length));
        printProblems(cli, f.problems);
      }
      done(kit.failed.length > 0 ? 1 : 0);
    },
  };
}
