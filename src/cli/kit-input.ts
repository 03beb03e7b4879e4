import type { ConfiguredInput } from '../config/merge.js';
import type { KitOptionsInput } from '../kit/options.js';
import { configuredInput } from '../node/library.js';
import type { LessonArgs } from './common-options.js';
import type { CliIO } from './io.js';
import { lessonFlags } from './lesson-flags.js';

export { lessonFlags } from './lesson-flags.js';

/** Defaults ◀ config file (found in the working folder or given with --config) ◀ flags. */
export function kitInput(io: CliIO, args: LessonArgs, extra: KitOptionsInput = {}): ConfiguredInput {
  return configuredInput(io.cwd, args.config, { ...lessonFlags(io, args), ...extra });
}
