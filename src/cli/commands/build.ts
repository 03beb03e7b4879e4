import type { CommandModule } from 'yargs';
import type { CliIO } from '../io.js';
import type { LessonArgs } from '../common-options.js';

export function buildCommand(io: CliIO, done: (code: number) => void): CommandModule<object, LessonArgs> {
  return {
    command: 'build [lesson..]',
    describe: 'Build the PDFs of the lessons into output/<lesson-id>/',
    handler: () => {
      io.err('not yet');
      done(1);
    },
  };
}
