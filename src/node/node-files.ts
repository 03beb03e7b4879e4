import { readdirSync, statSync } from 'node:fs';
import { readBounded } from '../files/bounded-read.js';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { KitError } from '../errors.js';
import type { InputFiles, PathKind, ReadRules, ShippedKit } from '../input/input-files.js';
import { ioProblem, tooLargeProblem } from '../input/read-text.js';
import { BUILTIN_LESSONS, BUILTIN_SCHEMAS, BUILTIN_SOURCES, BUILTIN_TEMPLATES } from './paths.js';
import type { Noun } from '../messages/nouns.js';

const require = createRequire(import.meta.url);

/** The kit in the installed package; fonts come from their npm packages. */
const SHIPPED: ShippedKit = {
  lessons: BUILTIN_LESSONS,
  sources: BUILTIN_SOURCES,
  templates: BUILTIN_TEMPLATES,
  schemas: BUILTIN_SCHEMAS,
  font: (spec) => require.resolve(spec),
};

/** The CLI's inputs: the file system, with the platform's paths. */
export class NodeFiles implements InputFiles {
  readonly sep = sep;
  readonly shipped = SHIPPED;

  /**
   * Regular files only (a FIFO would block, /dev/zero never ends), the size checked before
   * reading and the read itself bounded, and a file found in a folder kept inside it after
   * following links (src/files/bounded-read.ts).
   */
  readBytes(path: string, rules: ReadRules): Uint8Array {
    try {
      return readBounded(path, {
        what: rules.what,
        maxBytes: rules.maxBytes,
        tooLarge: rules.tooLarge ?? ((bytes) => tooLargeProblem(path, rules.what, bytes, rules.maxBytes, rules.name)),
        ...(rules.within !== undefined ? { within: rules.within } : {}),
      });
    } catch (e) {
      if (e instanceof KitError) throw e;
      throw new KitError(ioProblem(e, path, rules.what, rules.name));
    }
  }

  kind(path: string): PathKind {
    try {
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) return 'missing';
      return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
    } catch {
      // ENOTDIR (a file where a folder should be), EACCES on a parent: nothing usable there.
      return 'missing';
    }
  }

  list(dir: string, what: Noun): string[] {
    try {
      return readdirSync(dir).sort();
    } catch (e) {
      throw new KitError(ioProblem(e, dir, what));
    }
  }

  join(...parts: string[]): string {
    return join(...parts);
  }

  dirname(path: string): string {
    return dirname(path);
  }

  basename(path: string, ext?: string): string {
    return basename(path, ext);
  }

  extname(path: string): string {
    return extname(path);
  }

  relative(from: string, to: string): string {
    return relative(from, to);
  }

  resolve(...parts: string[]): string {
    return resolve(...parts);
  }

  isAbsolute(path: string): boolean {
    return isAbsolute(path);
  }
}

/** The one instance the CLI, the library API and the render threads use. */
export const nodeFiles = new NodeFiles();
