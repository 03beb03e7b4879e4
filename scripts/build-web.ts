// npm run build: writes the browser bundle to dist/browser/gesprekskit.js (see src/node/bundle-web.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUILT_BUNDLE, bundleWeb } from '../src/node/bundle-web.js';

const bundle = await bundleWeb();
mkdirSync(dirname(BUILT_BUNDLE), { recursive: true });
writeFileSync(BUILT_BUNDLE, bundle);
console.log(`${BUILT_BUNDLE}: ${(bundle.length / 1024).toFixed(0)} KB`);
