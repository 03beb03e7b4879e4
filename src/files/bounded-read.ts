import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { relative, isAbsolute, resolve } from 'node:path';
import { KitError, problem, type Problem } from '../errors.js';
import type { Noun } from '../messages/nouns.js';

/**
 * The low-level rules for reading a file a user pointed us at, in one place (the Node
 * implementation of the input interface calls these):
 * - only a regular file is read: a FIFO would block forever, /dev/zero never ends, a device
 *   or socket is never a lesson;
 * - the size is checked before anything is read, and the read itself stops at the limit
 *   (a file that grows while it is read cannot outrun it);
 * - a file found inside a folder (a template, partial, lesson or source text) must still be
 *   inside that folder once symbolic links are resolved, so a link cannot smuggle
 *   /etc/passwd into a PDF. A file the user named explicitly may be anywhere.
 */

export interface ReadRules {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** Which file it is, for the words of messages ("lessonFile"). */
  what: Noun;
  /** The folder the file was found in: it must stay inside it after resolving links. */
  within?: string;
  /** The problem for a file over the limit, when the caller words it its own way. */
  tooLarge?: (bytes: number) => Problem;
}

/** Why a file cannot be read at all, before its contents are looked at. */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: 'not-regular' | 'too-large' | 'outside',
    readonly detail: { kind?: string; bytes?: number; real?: string },
  ) {
    super(reason);
  }
}

/**
 * Reads a whole file under the rules above. File-system errors (ENOENT, EACCES, …) are
 * thrown as they are, for the caller to word; a broken rule throws a KitError.
 */
export function readBounded(file: string, rules: ReadRules): Buffer {
  const path = rules.within !== undefined ? containedPath(file, rules.within, rules.what) : file;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR', path: file });
    if (!st.isFile()) {
      throw new KitError(problem('fileNotRegular', { what: rules.what, kind: fileKind(st) }, { file }));
    }
    if (st.size > rules.maxBytes) throw tooLarge(file, rules, st.size);
    // Read at most one byte past the limit: a file that grew since fstat is still caught.
    const buffer = Buffer.alloc(Math.min(st.size, rules.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > rules.maxBytes) throw tooLarge(file, rules, length);
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(file: string, rules: ReadRules, bytes: number): KitError {
  if (rules.tooLarge) return new KitError(rules.tooLarge(bytes));
  return new KitError(problem('fileTooLarge', { what: rules.what, kb: Math.ceil(bytes / 1024), limitKb: Math.floor(rules.maxBytes / 1024) }, { file }));
}

function fileKind(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * The real path of a file found inside `folder`, refusing one that a symbolic link takes
 * outside it. Missing files are left for the read to report (ENOENT).
 */
export function containedPath(file: string, folder: string, what: Noun): string {
  let real: string;
  let realFolder: string;
  try {
    real = realpathSync(file);
    realFolder = realpathSync(folder);
  } catch {
    return file;
  }
  if (!isInside(real, realFolder)) {
    throw new KitError(problem('fileOutsideFolder', { what, real, folder: resolve(folder) }, { file }));
  }
  return real;
}

/** Whether `path` is `folder` itself or somewhere below it (both absolute, resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
