import { createHash } from 'node:crypto';
import type { Problem } from '../errors.js';
import { readTextFile } from '../files/read-text.js';
import { parseLesson, type LoadedLesson } from '../lesson/load-lesson.js';
import type { Lesson } from '../lesson/schema.js';
import { parseSource } from '../source/parse-source.js';
import type { Source } from '../source/model.js';
import { parseYaml, type ParsedYaml } from '../yaml/parse.js';
import { codeStamp } from './code-stamp.js';
import { DiskCache } from './disk-cache.js';

/**
 * Lessons and source texts as parsed and schema-checked by an earlier run, while their text
 * is unchanged. Parsing YAML is most of what list and validate do: about 100 ms for the three
 * built-in lessons in a fresh process, however fast the machine's disk. A file is kept only
 * when it had no problems, under its path (one entry per file, replaced when it changes),
 * keyed by a hash of its text and of gesprekskit's own code (code-stamp.ts). Checks that
 * involve other files (quotes against the source, duplicate ids) still run every time.
 */
export class ParseCache {
  private readonly disk: DiskCache | undefined;
  private readonly stamp: string | undefined;

  constructor(dir: string | undefined) {
    this.stamp = dir ? codeStamp() : undefined;
    this.disk = dir && this.stamp ? new DiskCache(dir) : undefined;
  }

  /** Reads and parses a lesson file, or takes it from the cache. Problems as loadLesson gives them. */
  lesson(file: string, problems: Problem[]): LoadedLesson | undefined {
    let text: string;
    try {
      text = readTextFile(file, 'the lesson file');
    } catch (e) {
      if (e instanceof Error && 'problems' in e) {
        for (const p of (e as { problems: Problem[] }).problems) {
          // Lesson files are found by their name: a folder called x.yaml is in the way.
          problems.push(p.code === 'GK_FILE_IS_FOLDER' ? { ...p, hint: 'Rename the folder so its name does not end in .yaml, or move it out of the lessons folder.' } : p);
        }
        return undefined;
      }
      throw e;
    }
    const key = this.key(text);
    const hit = key && this.disk?.read<Lesson>('lessons', slotOf(file), key);
    if (hit) return { file, lesson: hit, yaml: parsedLater(text, file, hit) };
    const before = problems.length;
    const loaded = parseLesson(text, file, problems);
    if (loaded && key && problems.length === before && plainData(loaded.lesson)) this.disk?.write('lessons', slotOf(file), key, loaded.lesson);
    return loaded;
  }

  /** Reads and parses a source text, or takes it from the cache; throws its problems as loadSource does. */
  source(file: string): Source {
    const text = readTextFile(file, 'the source text');
    const key = this.key(text);
    const hit = key && this.disk?.read<Source>('sources', slotOf(file), key);
    if (hit && hit.file === file) return hit;
    const source = parseSource(text, file);
    if (key && plainData(source)) this.disk?.write('sources', slotOf(file), key, source);
    return source;
  }

  private key(text: string): string | undefined {
    return this.stamp && `${this.stamp} ${createHash('sha256').update(text).digest('hex')}`;
  }
}

function slotOf(file: string): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 32);
}

/**
 * A cached lesson's YAML: its text and positions at once, its syntax tree (needed only to
 * point at a line in a problem) parsed on first use. The text parsed without problems before.
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

/** Only what JSON keeps exactly (finite numbers, plain objects and arrays) goes into the cache. */
function plainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(plainData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(plainData);
  return false;
}
