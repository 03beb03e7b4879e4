import { readFileSync } from 'node:fs';
import { KitError, problem, type Problem } from '../errors.js';
import type { Noun } from '../messages/nouns.js';

/** Lesson, source, template and config files are small; anything bigger is a mistake. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a user-edited text file, turning every way it can be unusable (missing, a folder,
 * too big, binary, not UTF-8, empty) into a KitError that says what to do about it.
 */
export function readTextFile(file: string, what: Noun): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new KitError(ioProblem(e, file, what));
  }
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new KitError(problem('fileTooLarge', { what, kb: Math.ceil(bytes.length / 1024), limitKb: MAX_TEXT_FILE_BYTES / 1024 }, { file }));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new KitError(problem('fileBinary', { what }, { file, ...lineColAt(bytes, nul) }));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new KitError(problem('fileEncoding', { what }, { file, ...lineColAt(bytes, firstInvalidUtf8(bytes)) }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new KitError(problem('fileEmpty', { what }, { file }));
  }
  return text;
}

/** A file that cannot be opened, in words; `name` is the path as the user wrote it, when that helps. */
export function ioProblem(e: unknown, file: string, what: Noun, name?: string): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  const p = name === undefined ? { what } : { what, name };
  switch (code) {
    case 'ENOENT':
      return problem('fileNotFound', p, { file });
    case 'ENOTDIR':
      return problem('fileNotFolder', p, { file });
    case 'EISDIR':
      return problem('fileIsFolder', p, { file });
    case 'EACCES':
    case 'EPERM':
      return problem('fileNoAccess', p, { file });
    default:
      return problem('fileUnreadable', { ...p, detail: (e as Error).message }, { file });
  }
}

function lineColAt(bytes: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
