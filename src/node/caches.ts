import type { KitOptions } from '../kit/options.js';
import { saveShapingCache, useShapingCache } from './shaping-cache.js';
import { useTemplateCache } from './template-cache.js';

/** Turns on (or, without a cache folder, off) the caches a build reads and writes in this thread. */
export function useBuildCaches(options: Pick<KitOptions, 'cacheDir'>): void {
  useShapingCache(options.cacheDir);
  useTemplateCache(options.cacheDir);
}

/** Keeps what this thread learnt (shaped words) for later runs. */
export function saveBuildCaches(): void {
  saveShapingCache();
}
