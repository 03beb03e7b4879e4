// The command-line program as a few files (npm run build, after tsc): dist/bundle/gesprekskit.js
// and its threads (run-worker.js: the command's work; render-worker.js), and the chunks they share. Loading one file
// costs a fraction of loading the ~300 modules it is made of: about 160 ms of CPU less in
// every build and in every render thread. A command still loads only what it uses (dynamic
// imports become chunks). The library (dist/index.js) stays as tsc compiled it.
//
// dist/bundle/ is as deep as dist/node/, so code that finds files from its own place
// (new URL('../..', import.meta.url) in src/node/paths.ts, './render-worker.js' in
// render-pool.ts) finds the same files from the bundle.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist', 'bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { gesprekskit: 'src/cli/run.ts', 'run-worker': 'src/cli/run-worker.ts', 'render-worker': 'src/node/render-worker.ts' },
  outdir: OUT,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yargs finds its translations next to its own files: it stays a package of its own.
  external: ['yargs'],
  alias: { 'tiny-inflate': './scripts/shims/tiny-inflate.cjs', '@noble/ciphers/aes': './scripts/shims/lazy-aes.mjs', 'brotli/decompress.js': './scripts/shims/lazy-brotli.cjs' },
  // Bundled CommonJS packages call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __gesprekskitRequire } from 'node:module';\nconst require = __gesprekskitRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
