import { KitError, problem } from '../errors.js';
import { DEFAULT_EPOCH, resolveKitOptions, type KitOptions, type KitOptionsInput } from '../kit/options.js';
import type { InputFiles } from '../input/input-files.js';
import { defaultCacheDir } from './disk-cache.js';
import { nodeFiles } from './node-files.js';

/** The last second a PDF date (four-digit year) can hold: 9999-12-31T23:59:59Z. */
const MAX_EPOCH = 253402300799;

/**
 * The creation date written into every PDF: SOURCE_DATE_EPOCH (reproducible builds, whole
 * seconds since 1970) when set, else a fixed date. Anything else that is not such a number
 * is a usage mistake, not a silent fallback (a typo would change every PDF's date unseen).
 */
export function creationDateFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return new Date(DEFAULT_EPOCH * 1000);
  const epoch = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(Number.isSafeInteger(epoch) && epoch <= MAX_EPOCH)) {
    throw new KitError(problem('sourceDateEpoch', { value: raw.length > 40 ? raw.slice(0, 40) + '…' : raw }), 2);
  }
  return new Date(epoch * 1000);
}

/**
 * Options for a build on this machine: paths from the working folder, the date from the
 * environment. `files`: how to look at the file system (a run whose looks are noted).
 */
export function resolveOptions(input: KitOptionsInput = {}, files: InputFiles = nodeFiles): KitOptions {
  const cache = input.cache === false ? {} : { cacheDir: input.cacheDir ?? defaultCacheDir() };
  return resolveKitOptions({ ...input, ...cache, creationDate: input.creationDate ?? creationDateFromEnv() }, files, input.cwd ?? process.cwd());
}
