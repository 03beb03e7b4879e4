import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KitError, problem } from '../errors.js';
import { StagedFolder } from '../files/staged-write.js';
import type { Manifest } from '../web/web-kit.js';
import { BUILT_BUNDLE, builtWeb, bundleWeb, SERVICE_WORKER_BODY } from './bundle-web.js';
import { outputError } from './output-files.js';
import { PACKAGE_ROOT } from './paths.js';
import { shippedFiles } from './shipped-files.js';
import { sitePage } from './web-page.js';

/** Written into manifest.json: a folder that has it was made by `gesprekskit web` and may be replaced. */
export const GENERATOR = 'gesprekskit web';

export interface WebSite {
  dir: string;
  /** Paths relative to dir. */
  files: string[];
  /** Size of the bundle (without the fonts and the kit). */
  bundleBytes: number;
}

/** manifest.json as `gesprekskit web` writes it. */
export type SiteManifest = Manifest & { generator: string };

/** Every file of the site by its path (with "/"), and the manifest apart. */
export interface SiteFiles {
  files: Map<string, Uint8Array>;
  manifest: SiteManifest;
  version: string;
}

/**
 * The static web app: index.html, the page's script and style, the kit worker and the
 * pipeline bundle, pdf.js, manifest.json, the shipped lessons, sources, templates, schemas
 * and fonts, and sw.js, which keeps all of them for offline use. Every request the page
 * makes stays on its own origin.
 */
export async function siteFiles(): Promise<SiteFiles> {
  const app = await webApp();
  const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const kit = shippedFiles().map((f) => ({ path: f.path, bytes: readFileSync(f.file) }));
  const manifest: SiteManifest = {
    generator: GENERATOR,
    version,
    bundle: 'gesprekskit.js',
    files: kit.map((f) => ({ path: f.path, bytes: f.bytes.length })),
  };
  const files = new Map<string, Uint8Array>();
  files.set('index.html', new TextEncoder().encode(sitePage(version)));
  for (const [path, bytes] of app) if (path !== SERVICE_WORKER_BODY) files.set(path, bytes);
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'));
  for (const f of kit) files.set(f.path, f.bytes);
  files.set('sw.js', serviceWorker(files, app.get(SERVICE_WORKER_BODY)!));
  return { files, manifest, version };
}

/**
 * sw.js: the list of every file and a hash of all of them in front of the service worker's
 * code. Any change to the site changes sw.js, so browsers fetch the new site once.
 */
function serviceWorker(files: Map<string, Uint8Array>, body: Uint8Array): Uint8Array {
  const hash = createHash('sha256');
  const paths = [...files.keys()].sort();
  for (const path of paths) hash.update(path).update('\0').update(files.get(path)!);
  const site = { version: hash.digest('hex').slice(0, 16), files: ['./', ...paths] };
  return new TextEncoder().encode(`const SITE = ${JSON.stringify(site)};\n${new TextDecoder().decode(body)}`);
}

/**
 * Writes the site into `dir`. The folder is filled under a temporary name and swapped in
 * whole, and only a folder an earlier `gesprekskit web` made (or an empty one) is replaced.
 */
export async function writeWebSite(dir: string): Promise<WebSite> {
  refuseForeignFolder(dir);
  const { files } = await siteFiles();
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
  return { dir, files: [...files.keys()], bundleBytes: files.get('gesprekskit.js')!.length };
}

/** The app's files: built by `npm run build`, or made now when gesprekskit runs from its sources. */
async function webApp(): Promise<Map<string, Uint8Array>> {
  if (import.meta.url.endsWith('.ts')) return bundleWeb();
  if (!existsSync(BUILT_BUNDLE)) throw new KitError(problem('webBundleMissing', {}, { file: BUILT_BUNDLE }));
  return builtWeb();
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
