import type { Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import { parseLesson, readLessonText, type LoadedLesson } from '../lesson/load-lesson.js';
import type { Lesson } from '../lesson/schema.js';
import type { Source } from '../source/model.js';
import { parseSource } from '../source/parse-source.js';
import { parseYaml, type ParsedYaml } from '../yaml/parse.js';

/**
 * Files parsed by an earlier run, kept by the shell (src/node/parse-cache.ts keeps them on
 * disk): parsing YAML is most of what list and validate do, about 100 ms for the three
 * built-in lessons in a fresh process. Only files without problems are kept, each under its
 * path, valid while its text is exactly the same.
 */
export interface ParseStore {
  get<T>(area: 'lessons' | 'sources', file: string, text: string): T | undefined;
  put(area: 'lessons' | 'sources', file: string, text: string, value: unknown): void;
}

/** loadLesson, taking the parsed lesson from the store when its text is unchanged. */
export function loadLessonStored(file: string, problems: Problem[], input: InputFiles, store: ParseStore): LoadedLesson | undefined {
  const text = readLessonText(file, problems, input);
  if (text === undefined) return undefined;
  const hit = store.get<Lesson>('lessons', file, text);
  if (hit) return { file, lesson: hit, yaml: parsedLater(text, file, hit) };
  const before = problems.length;
  const loaded = parseLesson(text, file, problems, input);
  if (loaded && problems.length === before && plainData(loaded.lesson)) store.put('lessons', file, text, loaded.lesson);
  return loaded;
}

/** loadSource, taking the parsed source text from the store when its text is unchanged. */
export function loadSourceStored(file: string, input: InputFiles, store: ParseStore, within?: string): Source {
  const text = readTextFile(input, file, 'sourceText', within);
  const hit = store.get<Source>('sources', file, text);
  if (hit && hit.file === file) return hit;
  const source = parseSource(text, file, input);
  if (plainData(source)) store.put('sources', file, text, source);
  return source;
}

/**
 * A stored lesson's YAML: its text at once, its syntax tree (needed only to point at a line
 * in a problem) parsed on first use. The text parsed without problems before.
 */
function parsedLater(text: string, file: string, value: unknown): ParsedYaml {
  let parsed: ParsedYaml | undefined;
  const full = () => (parsed ??= parseYaml(text, file, [])!);
  return {
    file,
    text,
    value,
    get doc() {
      return full().doc;
    },
    position: (offset) => full().position(offset),
  };
}

/** Only what JSON keeps exactly (finite numbers, plain objects and arrays) is stored. */
function plainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(plainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(plainData);
  return false;
}
