import { KitError, problem, type Problem } from '../errors.js';
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
export function readTextFile(input: InputFiles, file: string, what: string, within?: string): string {
  return decodeText(input.readBytes(file, { what, maxBytes: MAX_TEXT_FILE_BYTES, ...(within !== undefined ? { within } : {}) }), file, what);
}

/** A file over its size limit, read through any InputFiles. */
export function tooLargeProblem(file: string, what: string, bytes: number, maxBytes: number): Problem {
  return {
    code: 'GK_FILE_TOO_LARGE',
    file,
    message: `${what} is too large: ${Math.ceil(bytes / 1024)} KB, and the limit is ${maxBytes / 1024} KB`,
    hint: 'Check that this is the right file (not a PDF, picture or export); split a very long text into several files.',
  };
}

/** The text of a file's bytes, refusing binary files, UTF-16, other encodings and empty files. */
export function decodeText(bytes: Uint8Array, file: string, what: string): string {
  // Notepad's "Unicode" is UTF-16 with a byte order mark: say so, not "binary".
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new KitError(problem('fileUtf16', { what }, { file, line: 1, col: 1 }));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1 && looksLikeUtf16(bytes)) throw new KitError(problem('fileUtf16', { what }, { file, line: 1, col: 1 }));
  if (nul !== -1) {
    throw new KitError({
      code: 'GK_FILE_BINARY',
      file,
      ...lineColAt(bytes, nul),
      message: `${what} looks like a binary file (it contains a NUL byte), not text`,
      hint: 'Save it as plain text (UTF-8) from your editor, not as a Word or PDF file.',
    });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new KitError({
      code: 'GK_FILE_ENCODING',
      file,
      ...lineColAt(bytes, firstInvalidUtf8(bytes)),
      message: `${what} is not valid UTF-8 text`,
      hint: 'Save the file with the encoding "UTF-8" (in Notepad: Save as… → Encoding: UTF-8).',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new KitError({
      code: 'GK_FILE_EMPTY',
      file,
      message: `${what} is empty`,
      hint: 'Fill it in, or remove it from the folder.',
    });
  }
  return text;
}

/** A file system error (its `code`: ENOENT, EISDIR, …) in words; InputFiles of any kind use these codes. */
export function ioProblem(e: unknown, file: string, what: string): Problem {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return { code: 'GK_FILE_NOT_FOUND', file, message: `${what} does not exist`, hint: 'Check the path and the spelling of the file name.' };
    case 'ENOTDIR':
      return { code: 'GK_FILE_NOT_FOLDER', file, message: `${what} cannot be opened: part of its path is a file, not a folder`, hint: 'Check the path: every part before the last must be a folder.' };
    case 'EISDIR':
      return { code: 'GK_FILE_IS_FOLDER', file, message: `${what} is a folder, not a file`, hint: 'Give the path of a file inside it.' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'GK_FILE_NO_ACCESS', file, message: `${what} cannot be read (permission denied)`, hint: 'Ask your ICT coordinator to give you read access, or copy the file to your own folder.' };
    default:
      return { code: 'GK_FILE_UNREADABLE', file, message: `${what} cannot be read: ${(e as Error).message}`, hint: 'Check that the file exists and is not locked by another program.' };
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
