import type { CommandModule } from 'yargs';
import { validateKit } from '../../node/library.js';
import { resolveOptions } from '../../node/options.js';
import { withLessonOptions, type LessonArgs } from '../common-options.js';
import { kitInput } from '../kit-input.js';
import type { CliIO } from '../io.js';

export function listCommand(io: CliIO, done: (code: number) => void): CommandModule<object, LessonArgs> {
  return {
    command: 'list',
    describe: 'Show each lesson: id, title, theme and duration',
    builder: (y) => withLessonOptions(y),
    handler: (args) => {
      const kit = validateKit(resolveOptions(kitInput(io, { ...args, lesson: undefined }).input));
      const rows = kit.lessons.map((l) => [l.lesson.id, l.lesson.title, l.lesson.theme, `${l.lesson.duration} min`]);
      for (const f of kit.failed) rows.push([f.name, '(has errors: run "gesprekskit validate")', '', '']);
      const header = ['id', 'title', 'theme', 'duration'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
      io.out(line(header));
      for (const r of rows) io.out(line(r));
      done(0);
    },
  };
}
