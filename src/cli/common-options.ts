import type { Argv } from 'yargs';
import { LABEL_LANGUAGES, type KitOptionsInput, type LabelLanguage, type PageSize } from '../kit/options.js';
import { FONT_CHOICES, type FontChoice } from '../layout/font-choices.js';
import type { CliWords } from '../messages/cli-words.js';
import { nonEmpty } from './check-args.js';

/** Flags shared by the commands that read lessons; the positional is named in the CLI's language. */
export function withLessonOptions<T>(y: Argv<T>, words: CliWords) {
  return y
    .positional(words.args.lesson, { type: 'string', array: true, describe: words.options.lesson })
    .option('lessons', { type: 'string', requiresArg: true, describe: words.options.lessons })
    .option('source', { type: 'string', requiresArg: true, describe: words.options.source })
    .option('config', { type: 'string', requiresArg: true, describe: words.options.config })
    .option('cache', { type: 'boolean', describe: words.options.cache })
    .check(nonEmpty('lessons', 'source', 'config'));
}

export interface LessonArgs {
  lesson?: string[];
  lessons?: string;
  source?: string;
  config?: string;
  cache?: boolean;
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
    ...(args.cache === false ? { cache: false } : {}),
  };
}

/**
 * Flags that change how pieces are laid out: build has them, and validate too, so that it
 * checks what that build would refuse (a card that fits in normal print may not in large).
 */
export function withLayoutOptions<T>(y: Argv<T>, words: CliWords) {
  const say = words.build;
  return y
    .option('templates', { type: 'string', requiresArg: true, describe: say.templates })
    .option('page-size', { type: 'string', requiresArg: true, choices: ['a4', 'letter'], describe: say.pageSize, defaultDescription: 'a4' })
    .option('large-print', { type: 'boolean', describe: say.largePrint })
    .option('font', { type: 'string', requiresArg: true, choices: [...FONT_CHOICES], describe: say.font, defaultDescription: 'noto-sans' })
    .option('labels', { type: 'string', requiresArg: true, choices: [...LABEL_LANGUAGES], describe: say.labels, defaultDescription: 'nl' })
    .check(nonEmpty('templates'));
}

export interface LayoutArgs {
  templates?: string;
  'page-size'?: string;
  'large-print'?: boolean;
  font?: string;
  labels?: string;
}

export function layoutFlags(args: LayoutArgs): KitOptionsInput {
  return {
    templatesDir: args.templates,
    pageSize: args['page-size'] ? (args['page-size'].toUpperCase() as PageSize) : undefined,
    largePrint: args['large-print'],
    font: args.font as FontChoice | undefined,
    labels: args.labels as LabelLanguage | undefined,
  };
}
