import type { CommandModule } from 'yargs';
import { validateKit } from '../../node/library.js';
import { resolveOptions } from '../../node/options.js';
import { lessonArgs, withLessonOptions } from '../common-options.js';
import { kitInput } from '../kit-input.js';
import { displayPath, printProblems, type Cli } from '../io.js';

export function validateCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.validate;
  return {
    command: `validate [${cli.words.args.lesson}..]`,
    describe: say.describe,
    builder: (y) => withLessonOptions(y, cli.words),
    handler: (args) => {
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
