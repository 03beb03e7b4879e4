import type { InputFiles } from '../input/input-files.js';
import { fitLogo } from '../input/fit-logo.js';
import { readImageFile } from '../input/read-image.js';
import type { Brand } from '../layout/brand.js';
import type { KitOptions } from './options.js';

/** Per logo file: the bytes as read, and as embedded (made smaller when big). */
const cache = new Map<string, { original: Uint8Array; embedded: Uint8Array }>();

/**
 * The school's name and logo for the page headers, or nothing when neither is set. The logo
 * is checked once per file version (every piece asks, and watch mode rebuilds often): the
 * bytes are read again each time, and checked only when they changed. A big logo is made
 * smaller once here, not embedded at full size in every PDF.
 */
export function brandOf(options: KitOptions, input: InputFiles): Brand | undefined {
  const { name, logo } = options.school;
  if (!name && !logo) return undefined;
  return logo ? { name, logo: readLogo(logo, input) } : { name };
}

function readLogo(file: string, input: InputFiles): Uint8Array {
  const hit = cache.get(file);
  if (hit) {
    try {
      if (sameBytes(hit.original, input.readBytes(file, { what: 'schoolLogo', maxBytes: hit.original.length }))) return hit.embedded;
    } catch {
      // changed, grown or gone: read and checked below, where a problem is reported in words
    }
  }
  const image = readImageFile(input, file, 'schoolLogo');
  const embedded = fitLogo(image).data;
  cache.set(file, { original: image.data, embedded });
  return embedded;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
