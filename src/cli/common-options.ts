import type { Argv } from 'yargs';
import type { CliWords } from '../messages/cli-words.js';
import { nonEmpty } from './check-args.js';

/** Flags shared by the commands that read lessons; the positional is named in the CLI's language. */
export function withLessonOptions<T>(y: Argv<T>, words: CliWords) {
  return y
    .positional(words.args.lesson, { type: 'string', array: true, describe: words.options.lesson })
    .option('lessons', { type: 'string', requiresArg: true, describe: words.options.lessons })
    .option('source', { type: 'string', requiresArg: true, describe: words.options.source })
    .option('config', { type: 'string', requiresArg: true, describe: words.options.config })
    .check(nonEmpty('lessons', 'source', 'config'));
}

export interface LessonArgs {
  lesson?: string[];
  lessons?: string;
  source?: string;
  config?: string;
}

/** The flags as LessonArgs, whatever the lesson positional is called in this language. */
export function lessonArgs(args: Record<string, unknown>, words: CliWords): LessonArgs {
  const pick = (k: string) => (typeof args[k] === 'string' ? (args[k] as string) : undefined);
  const lesson = args[words.args.lesson];
  return {
    ...(Array.isArray(lesson) ? { lesson: lesson.map(String) } : {}),
    ...(pick('lessons') !== undefined ? { lessons: pick('lessons') } : {}),
    ...(pick('source') !== undefined ? { source: pick('source') } : {}),
    ...(pick('config') !== undefined ? { config: pick('config') } : {}),
  };
}
