import type { CommandModule } from 'yargs';
import { lessonArgs, withLessonOptions } from '../common-options.js';
import type { Cli } from '../io.js';

export function listCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.list;
  return {
    command: 'list',
    describe: say.describe,
    builder: (y) => withLessonOptions(y, cli.words),
    handler: async (args) => {
      // Loaded when the command runs: --help and the other commands do not pay for them.
      const [{ rememberedResult }, { lessonFlags }, { defaultCacheDir }] = await Promise.all([import('../../node/result-cache.js'), import('../lesson-flags.js'), import('../../node/disk-cache.js')]);
      const lessons = { ...lessonArgs(args, cli.words), lesson: undefined };
      const flags = lessonFlags(cli, lessons);
      const key = { cwd: cli.cwd, config: lessons.config, flags, epoch: process.env.SOURCE_DATE_EPOCH };
      // The same answer as last time while nothing it read changed: no YAML is parsed then.
      const kit = await rememberedResult(flags.cache === false ? undefined : defaultCacheDir(), 'list', key, async (files) =>
        (await import('../../node/list-answer.js')).listAnswer(files, cli.cwd, lessons.config, flags),
      );
      const rows = kit.lessons.map((l) => [l.id, l.title, l.theme, say.minutes(l.duration)]);
      for (const f of kit.failed) rows.push([f.name, say.hasErrors, '', '']);
      const header = [...say.header];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
      cli.out(line(header));
      for (const r of rows) cli.out(line(r));
      done(0);
    },
  };
}
