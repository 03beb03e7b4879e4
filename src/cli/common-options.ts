import type { Argv } from 'yargs';
import { LABEL_LANGUAGES, type KitOptionsInput, type LabelLanguage, type PageSize } from '../kit/options.js';
import { FONT_CHOICES, type FontChoice } from '../layout/font-choices.js';
import { nonEmpty } from './check-args.js';

/** Flags shared by the commands that read lessons. */
export function withLessonOptions<T>(y: Argv<T>) {
  return y
    .positional('lesson', { type: 'string', array: true, describe: 'Lesson ids (default: all lessons)' })
    .option('lessons', { type: 'string', requiresArg: true, coerce: nonEmpty('lessons'), describe: 'Folder with the lesson files (default: ./lessons, else the built-in lessons)' })
    .option('source', { type: 'string', requiresArg: true, coerce: nonEmpty('source'), describe: 'Source text for lessons that name none: an id, or the path of a .md file' })
    .option('config', { type: 'string', requiresArg: true, coerce: nonEmpty('config'), describe: 'Config file (default: ./gesprekskit.config.yaml when it exists)' });
}

export interface LessonArgs {
  lesson?: string[];
  lessons?: string;
  source?: string;
  config?: string;
}

/**
 * Flags that change how pieces are laid out: build uses them, and validate too, so that it
 * checks what that build would refuse (a card that fits in normal print may not in large).
 */
export function withLayoutOptions<T>(y: Argv<T>) {
  return y
    .option('templates', { type: 'string', requiresArg: true, coerce: nonEmpty('templates'), describe: 'Folder with your own templates, layered over the built-in ones' })
    .option('page-size', { type: 'string', requiresArg: true, choices: ['a4', 'letter'], describe: 'Paper size', defaultDescription: 'a4' })
    .option('large-print', { type: 'boolean', describe: 'Large print: body text 16 pt, more room to write' })
    .option('font', { type: 'string', requiresArg: true, choices: [...FONT_CHOICES], describe: 'Typeface', defaultDescription: 'noto-sans' })
    .option('labels', { type: 'string', requiresArg: true, choices: [...LABEL_LANGUAGES], describe: 'Language of the fixed words on the sheets (Naam, pagina 1 van 3, headings)', defaultDescription: 'nl' });
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
