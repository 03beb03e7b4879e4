import { readTextFile } from '../files/read-text.js';
import type { Source } from './model.js';
import { parseSource } from './parse-source.js';

/** `within`: the sources folder it was found in (a link may not lead out); unset for a file the user named. */
export function loadSource(file: string, within?: string): Source {
  return parseSource(readTextFile(file, 'the source text', within), file);
}
