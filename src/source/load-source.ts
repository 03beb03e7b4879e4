import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import type { Source } from './model.js';
import { parseSource } from './parse-source.js';

export function loadSource(file: string, input: InputFiles): Source {
  return parseSource(readTextFile(input, file, 'sourceText'), file, input);
}
