import { KitError, problem, type Problem } from '../errors.js';
import type { Noun } from '../messages/nouns.js';
import type { InputFiles } from './input-files.js';

/** Lesson, source, template and config files are small; anything bigger is a mistake. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a user-edited text file, turning every way it can be unusable (missing, a folder,
 * not a regular file, a link out of its folder, too big, binary, UTF-16, not UTF-8, empty)
 * into a KitError that says what to do about it. `within`: the folder the file was found
 * in, which a symbolic link may not lead out of.
 */
export function readTextFile(input: InputFiles, file: string, what: Noun, within?: string): string {
  return decodeText(input.readBytes(file, { what, maxBytes: MAX_TEXT_FILE_BYTES, ...(within !== undefined ? { within } : {}) }), file, what);
}

/** A file over its size limit, read through any InputFiles. */
export function tooLargeProblem(file: string, what: Noun, bytes: number, maxBytes: number, name?: string): Problem {
  return problem('fileTooLarge', { what, ...(name !== undefined ? { name } : {}), kb: Math.ceil(bytes / 1024), limitKb: maxBytes / 1024 }, { file });
}

/** The text of a file's bytes, refusing binary files, UTF-16, other encodings and empty files. */
export function decodeText(bytes: Uint8Array, file: string, what: Noun): string {
  // Notepad's "Unicode" is UTF-16 with a byte order mark: say so, not "binary".
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new KitError(problem('fileUtf16', { what }, { file, line: 1, col: 1 }));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1 && looksLikeUtf16(bytes)) throw new KitError(problem('fileUtf16', { what }, { file, line: 1, col: 1 }));
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

/**
 * A file system error (its `code`: ENOENT, EISDIR, …) in words; InputFiles of any kind use
 * these codes. `name`: the path as the user wrote it, when that helps (a logo in the config).
 */
export function ioProblem(e: unknown, file: string, what: Noun, name?: string): Problem {
  const code = (e as { code?: string }).code;
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

function lineColAt(bytes: Uint8Array, offset: number): { line: number; col: number } {
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

function firstInvalidUtf8(bytes: Uint8Array): number {
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

/** UTF-16 without a byte order mark: ASCII text with a NUL byte next to every character. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 400) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) >= 0.4 * (n / 2) && Math.min(even, odd) <= 0.05 * (n / 2);
}
