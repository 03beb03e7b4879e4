import { join } from 'node:path';
import { buildKit, type BuildResult } from '../../src/node/build-kit.js';
import type { KitOptionsInput } from '../../src/kit/options.js';
import { resolveOptions } from '../../src/node/options.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';

export const LESSON_IDS = ['identiteit', 'groepsdenken', 'nultolerantie'] as const;
export const BUILTIN_LESSONS_DIR = join(PACKAGE_ROOT, 'lessons');
export const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');

/** Builds the shipped kit (or what `input` says) into `outDir`. */
export function buildInto(outDir: string, input: KitOptionsInput = {}): Promise<BuildResult> {
  return buildKit(resolveOptions({ lessonsDir: BUILTIN_LESSONS_DIR, ...input, outDir, cwd: PACKAGE_ROOT }));
}
