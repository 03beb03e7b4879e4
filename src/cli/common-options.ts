import type { Argv } from 'yargs';
import { nonEmpty } from './check-args.js';

/** Flags shared by the commands that read lessons. */
export function withLessonOptions<T>(y: Argv<T>) {
  return y
    .positional('lesson', { type: 'string', array: true, describe: 'Lesson ids (default: all lessons)' })
    .option('lessons', { type: 'string', requiresArg: true, coerce: nonEmpty('lessons'), describe: 'Folder with the lesson files (default: ./lessons, else the built-in lessons)' })
    .option('source', { type: 'string', requiresArg: true, coerce: nonEmpty('source'), describe: 'Source text for lessons that name none: an id, or the path of a .md file' })
    .option('config', { type: 'string', requiresArg: true, coerce: nonEmpty('config'), describe: 'Config file (default: ./gesprekskit.config.yaml when it exists)' })
    .option('cache', { type: 'boolean', describe: 'Reuse the work of earlier runs (parsed lessons, shaped words); --no-cache neither reads nor writes the cache', defaultDescription: 'true' });
}

export interface LessonArgs {
  lesson?: string[];
  lessons?: string;
  source?: string;
  config?: string;
  cache?: boolean;
}
