import { createHash } from 'node:crypto';
import type { KitOptions } from '../kit/options.js';

/** Hex SHA-256, the digest every cache key here is made of. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The options a kept result depends on, as a JSON text: all of them but `ignored` (what only
 * picks the lessons or says where files go). Each cache names its own list, because they
 * differ: a PDF depends on the creation date, the layout checks do not.
 */
export function optionsKey(options: KitOptions, ignored: ReadonlySet<keyof KitOptions>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(options).filter(([k]) => !ignored.has(k as keyof KitOptions))));
}
