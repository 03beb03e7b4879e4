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
      const [{ validateKit }, { resolveOptions }, { kitInput }] = await Promise.all([import('../../node/library.js'), import('../../node/options.js'), import('../kit-input.js')]);
      const kit = validateKit(resolveOptions(kitInput(cli, { ...lessonArgs(args, cli.words), lesson: undefined }).input));
      const rows = kit.lessons.map((l) => [l.lesson.id, l.lesson.title, l.lesson.theme, say.minutes(l.lesson.duration)]);
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
