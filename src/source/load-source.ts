import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import type { Source } from './model.js';
import { parseSource } from './parse-source.js';

/** `within`: the sources folder it was found in (a link may not lead out); unset for a file the user named. */
export function loadSource(file: string, input: InputFiles, within?: string): Source {
  return parseSource(readTextFile(input, file, 'sourceText', within), file, input);
}
