import { KitError } from '../errors.js';
import type { InputFiles, PathKind, ReadRules, ShippedKit } from './input-files.js';
import { basename, dirname, extname, isAbsolute, join, normalize, relativeFrom, resolveFrom } from './posix-path.js';
import { ioProblem, tooLargeProblem } from './read-text.js';
import type { Noun } from '../messages/nouns.js';

export interface MemoryFilesOptions {
  /** Where relative paths start; default "/". */
  cwd?: string;
  /** Where the shipped kit was put; default under "/gesprekskit". */
  shipped?: ShippedKit;
}

/** The shipped kit's place in memory, as `gesprekskit web` lays it out on the site. */
export function shippedAt(root: string): ShippedKit {
  return {
    lessons: join(root, 'lessons'),
    sources: join(root, 'lessons', 'sources'),
    templates: join(root, 'templates'),
    schemas: join(root, 'schema'),
    font: (spec) => join(root, 'fonts', basename(spec)),
  };
}

/**
 * Files held in memory under POSIX paths: what the browser fetched or the user opened,
 * put here before a build (the pipeline reads synchronously). Folders exist implicitly,
 * as the parents of the files.
 */
export class MemoryFiles implements InputFiles {
  readonly sep = '/';
  readonly shipped: ShippedKit;
  private readonly cwd: string;
  private readonly files = new Map<string, Uint8Array>();
  private readonly folders = new Map<string, Set<string>>();

  constructor(options: MemoryFilesOptions = {}) {
    this.cwd = normalize(options.cwd ?? '/');
    this.shipped = options.shipped ?? shippedAt('/gesprekskit');
    this.folders.set('/', new Set());
  }

  /** Adds or replaces a file; text is stored as UTF-8. */
  write(path: string, content: Uint8Array | string): void {
    const full = this.resolve(path);
    if (this.folders.has(full)) throw new Error(`${full} is a folder`);
    this.files.set(full, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    let child = full;
    for (let dir = dirname(full); ; dir = dirname(dir)) {
      if (this.files.has(dir)) throw new Error(`${dir} is a file`);
      let names = this.folders.get(dir);
      if (!names) this.folders.set(dir, (names = new Set()));
      names.add(basename(child));
      if (dir === '/') break;
      child = dir;
    }
  }

  /** Removes a file (a folder left empty stays). */
  remove(path: string): void {
    const full = this.resolve(path);
    if (this.files.delete(full)) this.folders.get(dirname(full))?.delete(basename(full));
  }

  /** Every file below a folder, as absolute paths. */
  filesUnder(dir: string): string[] {
    const root = this.resolve(dir);
    const prefix = root === '/' ? '/' : root + '/';
    return [...this.files.keys()].filter((f) => f.startsWith(prefix)).sort();
  }

  readBytes(path: string, rules: ReadRules): Uint8Array {
    const full = this.resolve(path);
    const data = this.files.get(full);
    if (!data) {
      const code = this.folders.has(full) ? 'EISDIR' : this.underFile(full) ? 'ENOTDIR' : 'ENOENT';
      throw new KitError(ioProblem({ code }, path, rules.what, rules.name));
    }
    if (data.length > rules.maxBytes) {
      throw new KitError(rules.tooLarge ? rules.tooLarge(data.length) : tooLargeProblem(path, rules.what, data.length, rules.maxBytes, rules.name));
    }
    return data;
  }

  kind(path: string): PathKind {
    const full = this.resolve(path);
    if (this.files.has(full)) return 'file';
    return this.folders.has(full) ? 'folder' : 'missing';
  }

  list(dir: string, what: Noun): string[] {
    const full = this.resolve(dir);
    const names = this.folders.get(full);
    if (!names) {
      const code = this.files.has(full) || this.underFile(full) ? 'ENOTDIR' : 'ENOENT';
      throw new KitError(ioProblem({ code }, dir, what));
    }
    return [...names].sort();
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
    return relativeFrom(this.cwd, from, to);
  }

  resolve(...parts: string[]): string {
    return resolveFrom(this.cwd, ...parts);
  }

  isAbsolute(path: string): boolean {
    return isAbsolute(path);
  }

  /** Whether some parent of the path is a file. */
  private underFile(full: string): boolean {
    for (let dir = dirname(full); dir !== '/'; dir = dirname(dir)) if (this.files.has(dir)) return true;
    return false;
  }
}
