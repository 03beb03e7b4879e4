import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

/**
 * Files gesprekskit keeps between runs to skip work whose result cannot change (shaped
 * words, see shaping-cache.ts). Only ever a shortcut: deleting the folder, a damaged or
 * foreign file, a newer format or a full disk make the next run do the work again, never
 * change what it makes. `--no-cache` leaves it alone.
 */

/** Bumped when what is stored changes meaning; older files are then ignored. */
const FORMAT = 'gesprekskit-cache/1';

/**
 * $XDG_CACHE_HOME/gesprekskit when set, else node_modules/.cache/gesprekskit next to the
 * installed package (where other tools keep theirs, and `npm ci` clears it).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'gesprekskit');
  const parent = dirname(PACKAGE_ROOT.replace(/[\\/]$/, ''));
  const modules = basename(parent) === 'node_modules' ? parent : join(PACKAGE_ROOT, 'node_modules');
  return join(modules, '.cache', 'gesprekskit');
}

export class DiskCache {
  constructor(readonly dir: string) {}

  private file(area: string, name: string): string {
    return join(this.dir, area, `${name}.json`);
  }

  /** What was stored under this name with exactly this key, else undefined. */
  read<T>(area: string, name: string, key: string): T | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(area, name), 'latin1');
    } catch {
      return undefined;
    }
    try {
      // Line 1: what the file is; line 2: the data, whose checksum line 1 holds.
      const nl = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, nl)) as { format?: unknown; key?: unknown; sum?: unknown };
      const body = text.slice(nl + 1);
      if (header.format !== FORMAT || header.key !== key || header.sum !== checksum(body)) return undefined;
      return JSON.parse(Buffer.from(body, 'latin1').toString('utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /** Stores data under a name, replacing the file in one step (readers never see half of it). */
  write(area: string, name: string, key: string, data: unknown): void {
    const file = this.file(area, name);
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const body = Buffer.from(JSON.stringify(data), 'utf8');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, Buffer.concat([Buffer.from(JSON.stringify({ format: FORMAT, key, sum: checksum(body.toString('latin1')) }) + '\n'), body]));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written (read-only folder, full disk) only means no shortcut.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Not even readable: nothing was written there either.
      }
    }
  }
}

function checksum(latin1: string): string {
  return createHash('sha256').update(latin1, 'latin1').digest('hex');
}
