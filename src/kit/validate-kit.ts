import { loadLessons, type LoadedKit } from './load-lessons.js';
import { SourceLibrary } from './load-sources.js';
import type { KitOptions } from './options.js';
import { ParseCache } from './parse-cache.js';

/** Loads and checks the lessons the options select; nothing is written (but the cache). */
export function validateKit(options: KitOptions): LoadedKit {
  const cache = new ParseCache(options.cacheDir);
  return loadLessons({
    lessonsDir: options.lessonsDir,
    only: options.lessons,
    sources: new SourceLibrary(options.sourceDirs, cache),
    defaultSource: options.defaultSource,
    cache,
  });
}
