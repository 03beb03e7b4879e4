import type { Problem } from '../errors.js';
import type { Noun } from '../messages/nouns.js';

/**
 * Everything the pipeline reads comes through this one small, synchronous interface:
 * lessons, source texts, templates and their partials, the config file, the school logo,
 * a class list, the shipped JSON Schemas and the fonts. The CLI reads the file system
 * (src/node/node-files.ts); the browser reads files fetched or opened before a build
 * (src/input/memory-files.ts). Decoding (UTF-8, empty files, image checks) happens above
 * it, in the core, so both shells turn the same bytes into the same errors.
 */
export interface InputFiles {
  /**
   * The bytes of a regular file, at most `rules.maxBytes`. Every way the file cannot be
   * read (missing, a folder, too large, no access, a link out of `rules.within`) is a
   * KitError that names the file with `rules.what`.
   */
  readBytes(path: string, rules: ReadRules): Uint8Array;
  /** What is at a path, without reading it. */
  kind(path: string): PathKind;
  /**
   * The names in a folder (not recursive, hidden names included), sorted. A KitError from
   * ioProblem's codes (GK_FILE_NOT_FOUND, GK_FILE_NOT_FOLDER, GK_FILE_NO_ACCESS, …) when
   * it is not a readable folder.
   */
  list(dir: string, what: Noun): string[];

  // Path operations: the core never imports node:path. Node's follow the platform (Windows
  // paths included); the browser's are POSIX.
  join(...parts: string[]): string;
  dirname(path: string): string;
  /** The last part of a path, without `ext` when it ends with it. */
  basename(path: string, ext?: string): string;
  /** The extension with its dot (".yaml"), or "". */
  extname(path: string): string;
  relative(from: string, to: string): string;
  /** An absolute path: later parts resolved against earlier ones, the first against the working folder. */
  resolve(...parts: string[]): string;
  isAbsolute(path: string): boolean;
  /** The separator between folder names ("/", or "\\" on Windows). */
  readonly sep: string;

  /** Where the kit that comes with gesprekskit is: lessons, sources, templates, schemas, fonts. */
  readonly shipped: ShippedKit;
}

export type PathKind = 'file' | 'folder' | 'missing' | 'other';

export interface ReadRules {
  /** What the file is, for messages ("lessonFile": "het lesbestand", "the lesson file"). */
  what: Noun;
  /** Its path as the user wrote it, when messages should show it (a logo named in the config). */
  name?: string;
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** The folder the file was found in: after following links it must still be inside it. */
  within?: string;
  /** The problem for a file over the limit, when the caller words it its own way. */
  tooLarge?: (bytes: number) => Problem;
}

/** Paths of what gesprekskit ships, as the InputFiles that carries them can read them. */
export interface ShippedKit {
  lessons: string;
  sources: string;
  templates: string;
  /** The folder with lesson.schema.json, config.schema.json and source.schema.json. */
  schemas: string;
  /** The path of a font file, given as its npm package path ("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"). */
  font(spec: string): string;
}
