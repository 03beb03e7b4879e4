import { createHash } from 'node:crypto';
import type { KitOptions } from '../kit/options.js';
import { useSha256, type Sha256 } from '../layout/pdf-seal.js';
import { saveShapingCache, useShapingCache } from './shaping-cache.js';
import { useTemplateCache } from './template-cache.js';

/**
 * Readies a thread that draws or checks: turns on (or, without a cache folder, off) the caches
 * it reads and writes, and seals its PDFs with Node's own SHA-256.
 */
export function prepareBuildThread(options: Pick<KitOptions, 'cacheDir'>): void {
  useSha256(nodeSha256);
  useShapingCache(options.cacheDir);
  useTemplateCache(options.cacheDir);
}

/** Keeps what this thread learnt (shaped words) for later runs. */
export function saveBuildCaches(): void {
  saveShapingCache();
}

/** Node's native SHA-256 in the shape pdf-seal.ts takes. */
const nodeSha256: Sha256 = Object.assign((data: Uint8Array) => createHash('sha256').update(data).digest(), {
  create() {
    const hash = createHash('sha256');
    return {
      update(data: Uint8Array) {
        hash.update(data);
      },
      digest: () => hash.digest(),
    };
  },
});
