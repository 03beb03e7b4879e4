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
      const [{ rememberedResult }, { lessonFlags }, { defaultCacheDir }] = await Promise.all([import('../../node/result-cache.js'), import('../lesson-flags.js'), import('../../node/disk-cache.js')]);
      const lessons = lessonArgs(args, cli.words);
      const flags = { ...lessonFlags(cli, lessons), ...layoutFlags(args as LayoutArgs) };
      const key = { cwd: cli.cwd, config: lessons.config, flags, epoch: process.env.SOURCE_DATE_EPOCH };
      // The same checks as build, without drawing; loaded only when something they read
      // changed since the last validate (measuring loads the fonts).
      const kit = await rememberedResult(flags.cache === false ? undefined : defaultCacheDir(), 'validate', key, async (files) =>
        (await import('../../node/check-kit.js')).checkAnswer(files, cli.cwd, lessons.config, flags),
      );
      for (const l of kit.lessons) cli.out(say.ok(l.id, displayPath(cli, l.file)));
      for (const f of kit.failed) {
        cli.out(say.invalid(f.name, displayPath(cli, f.file), f.problems.length));
        printProblems(cli, f.problems);
      }
      done(kit.failed.length > 0 ? 1 : 0);
    },
  };
}
