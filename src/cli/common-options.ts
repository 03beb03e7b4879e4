import type { Argv } from 'yargs';
import { nonEmpty, sourceId } from './check-args.js';

/** Flags shared by the commands that read lessons. */
export function withLessonOptions<T>(y: Argv<T>) {
  return y
    .positional('lesson', { type: 'string', array: true, describe: 'Lesson ids (default: all lessons)' })
    .option('lessons', { type: 'string', requiresArg: true, coerce: nonEmpty('lessons'), describe: 'Folder with the lesson files (default: ./lessons, else the built-in lessons)' })
    .option('source', { type: 'string', requiresArg: true, coerce: sourceId, describe: 'Default source text id for lessons that name none' });
}

export interface LessonArgs {
  lesson?: string[];
  lessons?: string;
  source?: string;
}
