import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

/** The browser build's entry: src/web/gesprekskit.ts and the pipeline under it. */
export const WEB_ENTRY = join(PACKAGE_ROOT, 'src', 'web', 'gesprekskit.ts');
/** Where `npm run build` puts the bundle, for the installed `gesprekskit web` to copy. */
export const BUILT_BUNDLE = join(PACKAGE_ROOT, 'dist', 'browser', 'gesprekskit.js');

/**
 * Bundles the browser build with esbuild into one ES module, in memory. esbuild is a
 * development dependency: this runs in `npm run build` and when gesprekskit runs from its
 * sources; an installed gesprekskit copies BUILT_BUNDLE instead.
 */
export async function bundleWeb(): Promise<Uint8Array> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [WEB_ENTRY],
    outfile: 'gesprekskit.js',
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    alias: {
      // csv-parse's own browser build of the same parser (it carries its Buffer shim).
      'csv-parse/sync': 'csv-parse/browser/esm/sync',
    },
  });
  const [bundle] = result.outputFiles;
  if (!bundle) throw new Error('esbuild wrote no bundle');
  return bundle.contents;
}
