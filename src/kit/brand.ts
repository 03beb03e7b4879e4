import { statSync } from 'node:fs';
import { fitLogo } from '../files/fit-logo.js';
import { readImageFile } from '../files/read-image.js';
import type { Brand } from '../layout/brand.js';
import type { KitOptions } from './options.js';

const cache = new Map<string, { stamp: string; data: Buffer }>();

/**
 * The school's name and logo for the page headers, or nothing when neither is set. The logo
 * is read, checked and (when big) made smaller once per file version (watch mode rebuilds often; a changed file
 * has a new size or time and is read again).
 */
export function brandOf(options: KitOptions): Brand | undefined {
  const { name, logo } = options.school;
  if (!name && !logo) return undefined;
  return logo ? { name, logo: readLogo(logo) } : { name };
}

function readLogo(file: string): Buffer {
  let stamp = '';
  try {
    const s = statSync(file);
    stamp = `${s.size}:${s.mtimeMs}`;
  } catch {
    // readImageFile below reports the missing file in words.
  }
  const hit = cache.get(file);
  if (hit && stamp && hit.stamp === stamp) return hit.data;
  // Made smaller once here, not embedded at full size in every PDF.
  const image = fitLogo(readImageFile(file, 'the school logo'));
  cache.set(file, { stamp, data: image.data });
  return image.data;
}
