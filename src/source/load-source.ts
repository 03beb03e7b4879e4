import { readTextFile } from '../files/read-text.js';
import type { Source } from './model.js';
import { parseSource } from './parse-source.js';

export function loadSource(file: string): Source {
  return parseSource(readTextFile(file, 'sourceText'), file);
}
