import { DEFAULT_EPOCH, resolveKitOptions, type KitOptions, type KitOptionsInput } from '../kit/options.js';
import { defaultCacheDir } from './disk-cache.js';
import { nodeFiles } from './node-files.js';

/** The creation date written into every PDF: SOURCE_DATE_EPOCH when set, else a fixed date. */
export function creationDateFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date((Number.isFinite(epoch) && epoch > 0 ? epoch : DEFAULT_EPOCH) * 1000);
}

/** Options for a build on this machine: paths from the working folder, the date from the environment. */
export function resolveOptions(input: KitOptionsInput = {}): KitOptions {
  const cache = input.cache === false ? {} : { cacheDir: input.cacheDir ?? defaultCacheDir() };
  return resolveKitOptions({ ...input, ...cache, creationDate: input.creationDate ?? creationDateFromEnv() }, nodeFiles, input.cwd ?? process.cwd());
}
