import { createHash } from 'node:crypto';
import type { ParseStore } from '../kit/parse-store.js';
import { codeStamp } from './code-stamp.js';
import { DiskCache } from './disk-cache.js';

/**
 * The parse store on disk: one entry per file (named by its path, replaced when it changes),
 * keyed by a hash of its text and of gesprekskit's own code (code-stamp.ts), since what a
 * parsed lesson looks like is up to the parser and the schema checks. Undefined without a
 * cache folder (--no-cache) or when the code cannot be identified.
 */
export function parseStore(dir: string | undefined): ParseStore | undefined {
  const stamp = dir ? codeStamp() : undefined;
  if (!dir || !stamp) return undefined;
  const disk = new DiskCache(dir);
  const slot = (file: string) => createHash('sha256').update(file).digest('hex').slice(0, 32);
  const key = (text: string) => `${stamp} ${createHash('sha256').update(text).digest('hex')}`;
  return {
    get: (area, file, text) => disk.read(area, slot(file), key(text)),
    put: (area, file, text, value) => disk.write(area, slot(file), key(text), value),
  };
}
