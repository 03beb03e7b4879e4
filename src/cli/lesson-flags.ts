import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSourcePath } from '../config/source-option.js';
import { KitError, problem } from '../errors.js';
import type { KitOptionsInput } from '../kit/options.js';
import type { LessonArgs } from './common-options.js';
import type { CliIO } from './io.js';

/** The flags every lesson command shares, as options input (undefined when not given). */
export function lessonFlags(io: CliIO, args: LessonArgs): KitOptionsInput {
  const flags: KitOptionsInput = { lessonsDir: args.lessons, lessons: args.lesson, ...(args.cache === false ? { cache: false } : {}) };
  if (args.source !== undefined) {
    if (isSourcePath(args.source)) {
      const file = resolve(io.cwd, args.source);
      if (!existsSync(file)) {
        throw new KitError(problem('sourceFlagNotFound', {}, { file }), 2);
      }
      flags.sourceFile = file;
    } else {
      flags.defaultSource = args.source;
    }
  }
  return flags;
}
