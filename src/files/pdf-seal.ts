import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { PDF_CREATOR, SEAL_MARK } from '../layout/pdf-seal.js';

/**
 * Checking the seal that says "gesprekskit wrote this PDF, and nobody changed it since"
 * (layout/pdf-seal.ts makes it): the SHA-256 of the file's own bytes, taken with zeros in
 * the place of the digits. Put the zeros back, hash, compare.
 */

const MARK = Buffer.from(SEAL_MARK);
const ZEROS = Buffer.from('0'.repeat(64), 'latin1');

export type Provenance = 'ours' | 'changed' | 'unsealed' | 'foreign';

const CHUNK = 1 << 20;

/**
 * Whose is the PDF at this path? `ours`: sealed by gesprekskit and unchanged since.
 * `changed`: sealed, but its bytes no longer match (edited, merged, re-saved). `unsealed`:
 * names gesprekskit as its creator but has no seal (an older version, or a copy that kept
 * the name). `foreign`: anything else. Read in chunks: a class set can be tens of megabytes.
 */
export function provenance(file: string): Provenance {
  // O_NOFOLLOW: a symbolic link at the target is never ours.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return 'foreign';
    const size = st.size;
    const head = Buffer.alloc(5);
    if (readSync(fd, head, 0, 5, 0) < 5 || head.toString('latin1') !== '%PDF-') return 'foreign';
    const seal = findLast(fd, size, MARK);
    if (seal === undefined) return findLast(fd, size, Buffer.from(`(${PDF_CREATOR}`, 'latin1')) !== undefined ? 'unsealed' : 'foreign';
    const digitsAt = seal + MARK.length;
    const digits = Buffer.alloc(65);
    if (readSync(fd, digits, 0, 65, digitsAt) < 65 || digits[64] !== 0x29 /* ) */) return 'changed';
    // The placeholder never filled in: made by gesprekskit, but not written by a build.
    if (digits.subarray(0, 64).equals(ZEROS)) return 'unsealed';
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(CHUNK);
    for (let start = 0; start < size; start += CHUNK) {
      const n = readSync(fd, chunk, 0, Math.min(CHUNK, size - start), start);
      const view = chunk.subarray(0, n);
      // The digits are hashed as the zeros they were when the hash was taken.
      const from = Math.max(digitsAt, start);
      const to = Math.min(digitsAt + 64, start + n);
      if (from < to) {
        const copy = Buffer.from(view);
        ZEROS.copy(copy, from - start, from - digitsAt, to - digitsAt);
        hash.update(copy);
      } else hash.update(view);
    }
    return hash.digest('hex') === digits.subarray(0, 64).toString('latin1') ? 'ours' : 'changed';
  } finally {
    closeSync(fd);
  }
}

/** Offset of the last occurrence of `needle`, reading the file backwards in chunks. */
function findLast(fd: number, size: number, needle: Buffer): number | undefined {
  const buf = Buffer.alloc(CHUNK + needle.length);
  for (let end = size; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    const length = Math.min(end + needle.length, size) - start;
    const n = readSync(fd, buf, 0, length, start);
    const at = buf.subarray(0, n).lastIndexOf(needle);
    if (at !== -1) return start + at;
  }
  return undefined;
}
