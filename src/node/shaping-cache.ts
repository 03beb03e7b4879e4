import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadedFaces, SHAPING_VERSION, useShapingStore, type Face, type StoredRun } from '../layout/fonts.js';
import { DiskCache } from './disk-cache.js';

/**
 * Shaped words kept between builds, one file per font file: shaping (fontkit's OpenType
 * layout) was a third of a cold build, and a kit uses the same few thousand words every
 * time. A word's shape depends only on the font file and the libraries, which is what each
 * file is keyed by. The PDFs are the same bytes with or without it (a test checks).
 */

const AREA = 'shaping';
const require = createRequire(import.meta.url);
let versions: string | undefined;

/** fontkit shapes, pdfkit reads the shapes: a new version of either starts afresh. */
function libraryVersions(): string {
  versions ??= ['fontkit', 'pdfkit'].map((name) => `${name}@${libraryVersion(name)}`).join(' ');
  return versions;
}

/** The installed version of a package, read from its package.json (not all export it). */
export function libraryVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '?';
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

const fontHashes = new WeakMap<Face, string>();

function fontHash(face: Face): string {
  let hash = fontHashes.get(face);
  if (!hash) {
    hash = createHash('sha256').update(face.data).digest('hex');
    fontHashes.set(face, hash);
  }
  return hash;
}

/** The file of a face: named by the font file's hash; its key adds the library versions. */
function slot(face: Face) {
  const hash = fontHash(face);
  return { name: hash.slice(0, 32), key: `${hash} ${libraryVersions()} shaping/${SHAPING_VERSION}` };
}

let active: DiskCache | undefined;

/**
 * Faces read earlier builds' words from `dir` (each face on its first word not shaped yet);
 * undefined turns that off for this process (--no-cache).
 */
export function useShapingCache(dir: string | undefined): void {
  active = dir ? new DiskCache(dir) : undefined;
  useShapingStore(
    active && {
      load: (face) => {
        const { name, key } = slot(face);
        return active?.read<Record<string, StoredRun>>(AREA, name, key);
      },
    },
  );
}

/** Writes the words shaped in this process since the start, for every face that has new ones. */
export function saveShapingCache(): void {
  if (!active) return;
  for (const face of loadedFaces()) {
    const words = face.storable();
    if (!words) continue;
    const { name, key } = slot(face);
    // Another thread or process may have stored words meanwhile: keep theirs too.
    const onDisk = active.read<Record<string, StoredRun>>(AREA, name, key);
    if (onDisk) for (const word of Object.keys(onDisk)) if (!Object.hasOwn(words, word)) words[word] = onDisk[word]!;
    active.write(AREA, name, key, words);
    face.markStored(words);
  }
}
