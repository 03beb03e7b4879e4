import { checkKit as checkKitIn } from '../kit/check-kit.js';
import type { LoadedKit } from '../kit/load-lessons.js';
import type { KitOptions } from '../kit/options.js';
import { saveBuildCaches, useBuildCaches } from './caches.js';
import { nodeFiles } from './node-files.js';
import { parseStore } from './parse-cache.js';

/**
 * What `validate` checks on this machine's files: everything `build` would refuse, without
 * drawing (kit/check-kit.ts). Its own module: it loads the fonts, which `list` never needs.
 */
export function checkKit(options: KitOptions): LoadedKit {
  // Measuring text uses the words and templates earlier runs kept, and keeps new ones.
  useBuildCaches(options);
  const kit = checkKitIn(options, nodeFiles, parseStore(options.cacheDir));
  saveBuildCaches();
  return kit;
}
