import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildResult } from '../../src/node/build-kit.js';
import type { KitOptionsInput } from '../../src/kit/options.js';
import { buildInto } from './kit.js';

/**
 * The shipped kit built once per test run and variant, shared by every test file that
 * reads it: building is the slow part, and all of them check the same PDFs.
 */
export const VARIANTS = {
  default: {},
  'large-print': { largePrint: true },
  letter: { pageSize: 'LETTER' },
  atkinson: { font: 'atkinson-hyperlegible' },
} satisfies Record<string, KitOptionsInput>;

export type Variant = keyof typeof VARIANTS;

export interface SharedBuild {
  dir: string;
  result: BuildResult;
}

const builds = new Map<Variant, Promise<SharedBuild>>();
const dirs: string[] = [];
process.once('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

export function sharedBuild(variant: Variant): Promise<SharedBuild> {
  let p = builds.get(variant);
  if (!p) {
    const dir = mkdtempSync(join(tmpdir(), `gesprekskit-${variant}-`));
    dirs.push(dir);
    p = buildInto(dir, VARIANTS[variant] as KitOptionsInput).then((result) => ({ dir, result }));
    builds.set(variant, p);
  }
  return p;
}
