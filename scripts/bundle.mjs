// The command-line program as a few files (npm run build, after tsc): dist/cli.js, the
// render thread dist/render-worker.js, and the chunks they share, dist/chunk-*.js. Loading
// one file costs a fraction of loading the ~300 modules it is made of: that was a third of
// `gesprekskit --help` and about 170 ms of every build and every render thread. A command
// still loads only what it uses (dynamic imports become chunks). The library (dist/index.js)
// stays as tsc compiled it.
//
// The outputs sit directly in dist/, so code that finds files next to itself
// (new URL('..', import.meta.url) in src/paths.ts, './render-worker.js' in render-pool.ts)
// finds the same files as from dist/<folder>/.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

for (const f of readdirSync(DIST)) if (/^chunk-.*\.js$/.test(f)) rmSync(join(DIST, f));

await build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli/run.ts', 'render-worker': 'src/kit/render-worker.ts' },
  outdir: DIST,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yargs finds its translations next to its own files: it stays a package of its own.
  external: ['yargs'],
  alias: { 'tiny-inflate': './scripts/shims/tiny-inflate.cjs', '@noble/ciphers/aes': './scripts/shims/lazy-aes.mjs' },
  // Bundled CommonJS packages call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __gesprekskitRequire } from 'node:module';\nconst require = __gesprekskitRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
