import type { InputFiles } from '../input/input-files.js';
import { readImageFile } from '../input/read-image.js';
import type { Brand } from '../layout/brand.js';
import type { KitOptions } from './options.js';

const cache = new Map<string, Uint8Array>();

/**
 * The school's name and logo for the page headers, or nothing when neither is set. The logo
 * is checked once per file version (every piece asks, and watch mode rebuilds often): the
 * bytes are read again each time, and checked only when they changed.
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
      if (sameBytes(hit, input.readBytes(file, { what: 'schoolLogo', maxBytes: hit.length }))) return hit;
    } catch {
      // changed, grown or gone: read and checked below, where a problem is reported in words
    }
  }
  const image = readImageFile(input, file, 'schoolLogo');
  cache.set(file, image.data);
  return image.data;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
