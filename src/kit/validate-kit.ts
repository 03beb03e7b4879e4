import type { InputFiles } from '../input/input-files.js';
import { loadLessons, type LoadedKit } from './load-lessons.js';
import { SourceLibrary } from './load-sources.js';
import type { KitOptions } from './options.js';
import type { ParseStore } from './parse-store.js';

/** Loads and checks the lessons the options select; nothing is written (but to the store). */
export function validateKit(options: KitOptions, input: InputFiles, store?: ParseStore): LoadedKit {
  return loadLessons({
    lessonsDir: options.lessonsDir,
    only: options.lessons,
    sources: new SourceLibrary(options.sourceDirs, input, options.sourceFile ? [options.sourceFile] : [], store),
    defaultSource: options.defaultSource,
    input,
    ...(store ? { store } : {}),
  });
}
