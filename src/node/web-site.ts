import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KitError, problem } from '../errors.js';
import { StagedFolder } from '../files/staged-write.js';
import type { Manifest } from '../web/web-kit.js';
import { BUILT_BUNDLE, bundleWeb } from './bundle-web.js';
import { outputError } from './output-files.js';
import { PACKAGE_ROOT } from './paths.js';
import { shippedFiles } from './shipped-files.js';
import { PLACEHOLDER_SCRIPT, placeholderPage } from './web-page.js';

/** Written into manifest.json: a folder that has it was made by `gesprekskit web` and may be replaced. */
const GENERATOR = 'gesprekskit web';

export interface WebSite {
  dir: string;
  /** Paths relative to dir. */
  files: string[];
  /** Size of the bundle (without the fonts and the kit). */
  bundleBytes: number;
}

/**
 * Writes the static web app: index.html, the bundle, manifest.json, and the shipped lessons,
 * sources, templates, schemas and fonts it loads. Every request the page makes stays on its
 * own origin. The folder is filled under a temporary name and swapped in whole, and only a
 * folder an earlier `gesprekskit web` made (or an empty one) is replaced.
 */
export async function writeWebSite(dir: string): Promise<WebSite> {
  refuseForeignFolder(dir);
  const bundle = await webBundle();
  const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const kit = shippedFiles();
  const manifest: Manifest & { generator: string } = {
    generator: GENERATOR,
    version,
    bundle: 'gesprekskit.js',
    files: kit.map((f) => ({ path: f.path, bytes: statSync(f.file).size })),
  };
  const files: [string, Uint8Array | string][] = [
    ['index.html', placeholderPage(version)],
    ['page.js', PLACEHOLDER_SCRIPT],
    ['gesprekskit.js', bundle],
    ['manifest.json', JSON.stringify(manifest, null, 2) + '\n'],
    ...kit.map((f): [string, Uint8Array] => [f.path, readFileSync(f.file)]),
  ];
  let staged: StagedFolder;
  try {
    mkdirSync(dirname(dir), { recursive: true });
    staged = new StagedFolder(dir);
  } catch (e) {
    throw outputError(e, dir);
  }
  try {
    for (const [path, content] of files) {
      const target = join(staged.tmp, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    staged.commit();
  } catch (e) {
    staged.discard();
    throw outputError(e, dir);
  }
  return { dir, files: files.map(([path]) => path), bundleBytes: bundle.length };
}

/** The bundle: built by `npm run build`, or made now when gesprekskit runs from its sources. */
async function webBundle(): Promise<Uint8Array> {
  if (import.meta.url.endsWith('.ts')) return bundleWeb();
  if (!existsSync(BUILT_BUNDLE)) throw new KitError(problem('webBundleMissing', {}, { file: BUILT_BUNDLE }));
  return readFileSync(BUILT_BUNDLE);
}

function refuseForeignFolder(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') throw new KitError(problem('webFolderNotOurs', {}, { file: dir }));
    throw outputError(e, dir);
  }
  if (names.length === 0) return;
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { generator?: unknown };
    if (manifest.generator === GENERATOR) return;
  } catch {
    // no manifest of ours: someone else's folder
  }
  throw new KitError(problem('webFolderNotOurs', {}, { file: dir }));
}
