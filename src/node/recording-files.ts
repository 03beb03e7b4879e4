import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { KitError } from '../errors.js';
import type { InputFiles, PathKind, ReadRules } from '../input/input-files.js';
import type { Noun } from '../messages/nouns.js';

/**
 * One look at the file system a result depended on, and what it saw: the bytes of a file
 * (as a hash), what is at a path, the names in a folder, or the problem instead. Replaying
 * the same looks and seeing the same things means the result is still what a fresh run
 * would compute (see result-cache.ts).
 */
export type Read =
  | { op: 'bytes'; path: string; what: Noun; maxBytes: number; within?: string; name?: string; seen: string }
  | { op: 'kind'; path: string; seen: PathKind }
  | { op: 'list'; path: string; what: Noun; seen: string };

/**
 * Font files are large (up to 1 MB each, a dozen of them) and only change when npm installs
 * another version of their package, which writes a new file: they are known by size, time
 * and inode instead of by their bytes.
 */
const BY_STAT: readonly Noun[] = ['fontFile'];

function hashOf(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('base64');
}

function problemsSeen(e: unknown): string {
  if (e instanceof KitError) return `error:${hashOf(JSON.stringify(e.problems))}`;
  throw e;
}

function statSeen(path: string): string {
  const st = statSync(path, { bigint: true });
  return `stat:${st.size}:${st.mtimeNs}:${st.ino}:${st.dev}`;
}

function seenBytes(files: InputFiles, path: string, rules: ReadRules): { data?: Uint8Array; seen: string } {
  try {
    const data = files.readBytes(path, rules);
    return { data, seen: BY_STAT.includes(rules.what) ? statSeen(path) : `sha256:${hashOf(data)}` };
  } catch (e) {
    return { seen: problemsSeen(e) };
  }
}

function seenList(files: InputFiles, path: string, what: Noun): { names?: string[]; seen: string } {
  try {
    const names = files.list(path, what);
    return { names, seen: `names:${hashOf(names.join('\0'))}` };
  } catch (e) {
    return { seen: problemsSeen(e) };
  }
}

/**
 * The InputFiles of a run whose result is kept for later (result-cache.ts): everything
 * read goes to `inner` as always, and is noted in `reads`, failures included (a missing
 * lesson folder is part of the answer too).
 */
export class RecordingFiles implements InputFiles {
  readonly reads: Read[] = [];
  /** False when the run depended on something it could not note: its result is not kept. */
  keep = true;
  readonly sep: string;
  readonly shipped: InputFiles['shipped'];

  constructor(private readonly inner: InputFiles) {
    this.sep = inner.sep;
    this.shipped = inner.shipped;
  }

  readBytes(path: string, rules: ReadRules): Uint8Array {
    const { data, seen } = seenBytes(this.inner, path, rules);
    this.reads.push({ op: 'bytes', path, what: rules.what, maxBytes: rules.maxBytes, ...(rules.within !== undefined ? { within: rules.within } : {}), ...(rules.name !== undefined ? { name: rules.name } : {}), seen });
    // The same call again, for the same bytes or the same error (with the caller's own words).
    return data ?? this.inner.readBytes(path, rules);
  }

  /**
   * Notes a file the run depends on but read earlier in this process (a font is parsed once
   * per process): known by size, time and inode, like every font file.
   */
  noteFile(path: string, what: Noun, maxBytes: number): void {
    if (this.reads.some((r) => r.op === 'bytes' && r.path === path)) return;
    let seen: string;
    try {
      seen = statSeen(path);
    } catch {
      seen = 'error:stat';
    }
    this.reads.push({ op: 'bytes', path, what, maxBytes, seen });
  }

  kind(path: string): PathKind {
    const seen = this.inner.kind(path);
    this.reads.push({ op: 'kind', path, seen });
    return seen;
  }

  list(dir: string, what: Noun): string[] {
    const { names, seen } = seenList(this.inner, dir, what);
    this.reads.push({ op: 'list', path: dir, what, seen });
    return names ?? this.inner.list(dir, what);
  }

  join(...parts: string[]): string {
    return this.inner.join(...parts);
  }
  dirname(path: string): string {
    return this.inner.dirname(path);
  }
  basename(path: string, ext?: string): string {
    return this.inner.basename(path, ext);
  }
  extname(path: string): string {
    return this.inner.extname(path);
  }
  relative(from: string, to: string): string {
    return this.inner.relative(from, to);
  }
  resolve(...parts: string[]): string {
    return this.inner.resolve(...parts);
  }
  isAbsolute(path: string): boolean {
    return this.inner.isAbsolute(path);
  }
}

/** Whether every read would see today what it saw then (stops at the first difference). */
export function sameReads(files: InputFiles, reads: readonly Read[]): boolean {
  for (const read of reads) {
    let seen: string;
    try {
      if (read.op === 'kind') seen = files.kind(read.path);
      else if (read.op === 'list') seen = seenList(files, read.path, read.what).seen;
      else if (BY_STAT.includes(read.what) && read.seen.startsWith('stat:')) seen = statSeen(read.path);
      else seen = seenBytes(files, read.path, { what: read.what, maxBytes: read.maxBytes, ...(read.within !== undefined ? { within: read.within } : {}), ...(read.name !== undefined ? { name: read.name } : {}) }).seen;
    } catch {
      return false;
    }
    if (seen !== read.seen) return false;
  }
  return true;
}
