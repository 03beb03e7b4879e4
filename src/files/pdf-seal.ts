import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import { PDF_CREATOR, PDF_SEAL_PLACEHOLDER, PDF_SEAL_PREFIX } from '../layout/pdf-mark.js';

/**
 * The seal that says "gesprekskit wrote this PDF, and nobody changed it since": the SHA-256
 * of the file's own bytes, written into its document info (layout/pdf.ts leaves 64 zeros for
 * it). The hash is taken over the file with the zeros in place, so anyone can check it: put
 * the zeros back and hash. Same input, same bytes: the seal is as reproducible as the rest.
 */

const MARK = Buffer.from(`(${PDF_SEAL_PREFIX}`, 'latin1');
const ZEROS = Buffer.from('0'.repeat(64), 'latin1');
const PLACEHOLDER = Buffer.from(`(${PDF_SEAL_PLACEHOLDER})`, 'latin1');

/** Seals a PDF made in memory: returns the same bytes with the digits filled in. */
export function sealPdf(bytes: Uint8Array): Buffer {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buf.lastIndexOf(PLACEHOLDER);
  if (at === -1) return buf;
  const digest = createHash('sha256').update(buf).digest('hex');
  const out = Buffer.from(buf);
  out.write(digest, at + MARK.length, 'latin1');
  return out;
}

/**
 * Seals a PDF streamed to disk: sees every chunk as it is written, hashes it and notes where
 * the placeholder went; `digits()` then gives what to write at `offset()`.
 */
export class StreamSealer {
  private readonly hash: Hash = createHash('sha256');
  private written = 0;
  private tail = Buffer.alloc(0);
  private at: number | undefined;

  see(chunk: Buffer): void {
    this.hash.update(chunk);
    // The placeholder may straddle two chunks: search the end of the last one with this one.
    const window = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const found = window.lastIndexOf(PLACEHOLDER);
    if (found !== -1) this.at = this.written - this.tail.length + found + MARK.length;
    this.written += chunk.length;
    this.tail = Buffer.from(window.subarray(Math.max(0, window.length - PLACEHOLDER.length + 1)));
  }

  /** Where the digits go, and what they are; undefined when the PDF has no placeholder. */
  result(): { offset: number; digits: Buffer } | undefined {
    if (this.at === undefined) return undefined;
    return { offset: this.at, digits: Buffer.from(this.hash.digest('hex'), 'latin1') };
  }
}

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
