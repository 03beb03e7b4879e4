import type { InputFiles } from '../input/input-files.js';
import { loadLessons, type LoadedKit } from './load-lessons.js';
import { SourceLibrary } from './load-sources.js';
import type { KitOptions } from './options.js';

/** Loads and checks the lessons the options select; nothing is written. */
export function validateKit(options: KitOptions, input: InputFiles): LoadedKit {
  return loadLessons({
    lessonsDir: options.lessonsDir,
    only: options.lessons,
    sources: new SourceLibrary(options.sourceDirs, input, options.sourceFile ? [options.sourceFile] : []),
    defaultSource: options.defaultSource,
    input,
  });
}
