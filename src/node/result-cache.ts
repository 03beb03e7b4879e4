import type { InputFiles } from '../input/input-files.js';
import { sha256Hex } from './cache-keys.js';
import { codeStamp } from './code-stamp.js';
import { DiskCache } from './disk-cache.js';
import { nodeFiles } from './node-files.js';
import { RecordingFiles, sameReads, type Read } from './recording-files.js';

/**
 * What `list` and `validate` found, kept with every look at the file system it took (see
 * recording-files.ts): the lessons folder, each lesson, the source texts, the config file,
 * the templates and fonts. When all of those look the same today, the answer is the same,
 * and it is given without loading the YAML parser, the schema checks, the templates or the
 * fonts: a few hashes instead of a few hundred milliseconds. Anything that differs (an edit,
 * a new file, a deleted one, another version of gesprekskit) means the work is done again.
 *
 * `compute` runs with an InputFiles that notes what it reads; it must read nothing but
 * through it, and its result must follow from what it read and from `key` alone (the
 * command, its flags, the working folder). A compute that throws keeps nothing.
 */
export async function rememberedResult<T>(cacheDir: string | undefined, command: string, key: unknown, compute: (files: InputFiles) => T | Promise<T>): Promise<T> {
  const stamp = cacheDir ? codeStamp() : undefined;
  if (!cacheDir || !stamp) return compute(nodeFiles);
  const disk = new DiskCache(cacheDir);
  const fullKey = JSON.stringify([command, stamp, process.version, key]);
  const name = sha256Hex(fullKey).slice(0, 32);
  const kept = disk.read<{ reads: Read[]; result: T }>('results', name, fullKey);
  if (kept && sameReads(nodeFiles, kept.reads)) return kept.result;
  const files = new RecordingFiles(nodeFiles);
  const result = await compute(files);
  if (files.keep) disk.write('results', name, fullKey, { reads: files.reads, result });
  return result;
}
