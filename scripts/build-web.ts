// npm run build: writes the web app (bundle, worker, page, pdf.js) to dist/browser/ (see src/node/bundle-web.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILT_WEB, bundleWeb } from '../src/node/bundle-web.js';

const files = await bundleWeb();
rmSync(BUILT_WEB, { recursive: true, force: true });
for (const [path, bytes] of files) {
  const target = join(BUILT_WEB, ...path.split('/'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
for (const name of ['gesprekskit.js', 'app.js', 'kit-worker.js']) {
  const bytes = files.get(name)!;
  console.log(`${join(BUILT_WEB, name)}: ${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzip)`);
}
