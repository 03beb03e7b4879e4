import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

let stamp: string | null | undefined;

/**
 * What the running code is, for cache entries whose meaning depends on our own code (a lesson
 * as the parser and the schema checks accept it). The compiled CLI has the build's stamp
 * (dist/build-stamp.json, a hash of src/); running the sources (tests, tsx), a hash of src/
 * made now. Undefined when neither can be had: such caches are then not used.
 */
export function codeStamp(): string | undefined {
  if (stamp === undefined) stamp = import.meta.url.endsWith('.ts') ? hashSources() : builtStamp();
  return stamp ?? undefined;
}

function builtStamp(): string | null {
  try {
    const { sources } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', 'build-stamp.json'), 'utf8')) as { sources?: unknown };
    return typeof sources === 'string' ? sources : null;
  } catch {
    return null;
  }
}

function hashSources(): string | null {
  try {
    const hash = createHash('sha256');
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else hash.update(path.slice(PACKAGE_ROOT.length)).update(readFileSync(path));
      }
    };
    walk(join(PACKAGE_ROOT, 'src'));
    return `src:${hash.digest('hex')}`;
  } catch {
    return null;
  }
}
