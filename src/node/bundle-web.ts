import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

const WEB_SRC = join(PACKAGE_ROOT, 'src', 'web');
/** The browser build's entry: src/web/gesprekskit.ts and the pipeline under it. */
export const WEB_ENTRY = join(WEB_SRC, 'gesprekskit.ts');
/** Where `npm run build` puts the web app's files, for the installed `gesprekskit web` to copy. */
export const BUILT_WEB = join(PACKAGE_ROOT, 'dist', 'browser');
/** The bundle of the pipeline, in BUILT_WEB. */
export const BUILT_BUNDLE = join(BUILT_WEB, 'gesprekskit.js');

/** The service worker's code, without the list of files that `gesprekskit web` puts in front. */
export const SERVICE_WORKER_BODY = 'sw-body.js';

/**
 * The web app's own files, by their path in the site:
 * - gesprekskit.js: the pipeline (the same src/ modules as the CLI), an ES module;
 * - kit-worker.js: runs it in a Web Worker for the page (it imports ./gesprekskit.js);
 * - app.js and page.css: the page itself, small, with no pipeline in it;
 * - sw-body.js: the service worker that keeps the site for offline use;
 * - pdfjs/: pdf.js (legacy build, for older tablets) and its worker, to draw the preview;
 *   named .js, not .mjs: many web servers send .mjs with a type browsers refuse for modules.
 * esbuild and pdfjs-dist are development dependencies: this runs in `npm run build` and when
 * gesprekskit runs from its sources; an installed gesprekskit reads BUILT_WEB instead.
 */
export async function bundleWeb(): Promise<Map<string, Uint8Array>> {
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    outdir: 'out',
  } as const;
  const modules = await esbuild.build({
    ...common,
    entryPoints: { gesprekskit: WEB_ENTRY, 'kit-worker': join(WEB_SRC, 'kit-worker.ts'), app: join(WEB_SRC, 'app', 'main.ts') },
    format: 'esm',
    alias: {
      // csv-parse's own browser build of the same parser (it carries its Buffer shim).
      'csv-parse/sync': 'csv-parse/browser/esm/sync',
    },
    plugins: [
      {
        // The worker loads the site's gesprekskit.js at run time: one copy of the pipeline.
        name: 'site-modules',
        setup(build) {
          build.onResolve({ filter: /^\.\/gesprekskit\.js$/ }, (args) => (args.importer.endsWith('kit-worker.ts') ? { path: './gesprekskit.js', external: true } : undefined));
        },
      },
    ],
  });
  const worker = await esbuild.build({ ...common, entryPoints: { 'sw-body': join(WEB_SRC, 'service-worker.ts') }, format: 'iife' });
  const files = new Map<string, Uint8Array>();
  for (const out of [...modules.outputFiles, ...worker.outputFiles]) files.set(relative('out', relative(process.cwd(), out.path)).split(sep).join('/'), out.contents);
  files.set('page.css', readFileSync(join(WEB_SRC, 'app', 'page.css')));
  const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  files.set('pdfjs/pdf.min.js', readFileSync(join(pdfjs, 'legacy', 'build', 'pdf.min.mjs')));
  files.set('pdfjs/pdf.worker.min.js', readFileSync(join(pdfjs, 'legacy', 'build', 'pdf.worker.min.mjs')));
  files.set('pdfjs/LICENSE', readFileSync(join(pdfjs, 'LICENSE')));
  for (const name of ['gesprekskit.js', 'kit-worker.js', 'app.js', SERVICE_WORKER_BODY]) if (!files.has(name)) throw new Error(`esbuild wrote no ${name}`);
  return files;
}

/** The web app's files as `npm run build` left them in BUILT_WEB. */
export function builtWeb(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else files.set(relative(BUILT_WEB, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(BUILT_WEB);
  return files;
}
