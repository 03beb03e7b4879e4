import { sha256 } from '@noble/hashes/sha2';

/** Written as Creator into every PDF. */
export const PDF_CREATOR = 'gesprekskit';

/**
 * "This PDF is ours, as we wrote it": an entry in the document info (layout/pdf.ts) holding
 * the SHA-256 of the file itself, taken with these zeros in place of the digits. A build
 * only replaces a PDF whose seal matches its bytes (src/files/pdf-seal.ts checks), so a
 * foreign file, or one of ours changed afterwards, is left alone. Sealing is part of the
 * pipeline, in both shells: the same input gives the same sealed bytes. SHA-256 comes from
 * @noble/hashes (pure JavaScript, synchronous, the same in Node and a browser).
 */
export const PDF_SEAL_KEY = 'GesprekskitSeal';
export const PDF_SEAL_PREFIX = 'gesprekskit-sha256:';
export const PDF_SEAL_PLACEHOLDER = PDF_SEAL_PREFIX + '0'.repeat(64);

/** SHA-256 in one go, or chunk by chunk (the shape of @noble/hashes' sha256). */
export interface Sha256 {
  (data: Uint8Array): Uint8Array;
  create(): { update(data: Uint8Array): unknown; digest(): Uint8Array };
}

let digest: Sha256 = sha256;

/**
 * The Node shell hands in Node's own SHA-256 (src/node/caches.ts): the same digest, about
 * 15 times faster than JavaScript on the ~1.2 MB of a default kit (20 ms a build).
 */
export function useSha256(native: Sha256 | undefined): void {
  digest = native ?? sha256;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** What precedes the digits in the file: the info string "(gesprekskit-sha256:". */
export const SEAL_MARK = ascii(`(${PDF_SEAL_PREFIX}`);
const PLACEHOLDER = ascii(`(${PDF_SEAL_PLACEHOLDER})`);

function hex(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length * 2);
  const digits = ascii('0123456789abcdef');
  bytes.forEach((b, i) => {
    out[2 * i] = digits[b >> 4]!;
    out[2 * i + 1] = digits[b & 15]!;
  });
  return out;
}

/** Where `needle` last occurs in `hay`, or -1. */
export function lastIndexOf(hay: Uint8Array, needle: Uint8Array, from = hay.length - needle.length): number {
  outer: for (let i = Math.min(from, hay.length - needle.length); i >= 0; i--) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Seals a PDF made in memory: the same bytes with the digits filled in. */
export function sealPdf(bytes: Uint8Array): Uint8Array {
  const at = lastIndexOf(bytes, PLACEHOLDER);
  if (at === -1) return bytes;
  const out = Uint8Array.from(bytes);
  out.set(hex(digest(bytes)), at + SEAL_MARK.length);
  return out;
}

/**
 * Seals a PDF that is streamed out: sees every chunk as it is written, hashes it and notes
 * where the placeholder went; `result()` then says what to write where.
 */
export class StreamSealer {
  private readonly hash = digest.create();
  private written = 0;
  private tail = new Uint8Array(0);
  private at: number | undefined;

  see(chunk: Uint8Array): void {
    this.hash.update(chunk);
    // The placeholder may straddle two chunks: search the end of the last one with this one.
    const window = new Uint8Array(this.tail.length + chunk.length);
    window.set(this.tail);
    window.set(chunk, this.tail.length);
    const found = lastIndexOf(window, PLACEHOLDER);
    if (found !== -1) this.at = this.written - this.tail.length + found + SEAL_MARK.length;
    this.written += chunk.length;
    this.tail = window.slice(Math.max(0, window.length - PLACEHOLDER.length + 1));
  }

  /** Where the digits go, and what they are; undefined when the PDF has no placeholder. */
  result(): { offset: number; digits: Uint8Array } | undefined {
    if (this.at === undefined) return undefined;
    return { offset: this.at, digits: hex(this.hash.digest()) };
  }
}
