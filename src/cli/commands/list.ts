import type { CommandModule } from 'yargs';
import { validateKit } from '../../node/library.js';
import { resolveOptions } from '../../node/options.js';
import { lessonArgs, withLessonOptions } from '../common-options.js';
import { kitInput } from '../kit-input.js';
import type { Cli } from '../io.js';

export function listCommand(cli: Cli, done: (code: number) => void): CommandModule<object, object> {
  const say = cli.words.list;
  return {
    command: 'list',
    describe: say.describe,
    builder: (y) => withLessonOptions(y, cli.words),
    handler: (args) => {
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
