import { readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { FONT_FILES } from '../layout/fonts.js';
import { nodeFiles } from './node-files.js';
import { PACKAGE_ROOT } from './paths.js';

/** A file of the shipped kit: where it is on disk, and its path in a site or in memory. */
export interface ShippedFile {
  /** Relative, with "/": lessons/identiteit.yaml, templates/partials/glossary.hbs, fonts/NotoSans_400Regular.ttf. */
  path: string;
  /** Absolute path on this machine. */
  file: string;
}

/**
 * Everything a build can read from the package itself, laid out as shippedAt() in
 * src/input/memory-files.ts expects it: the lessons and their sources, the templates, the
 * JSON Schemas and the font files. `gesprekskit web` copies them into the site; the browser
 * loads them into memory before a build.
 */
export function shippedFiles(): ShippedFile[] {
  const under = (dir: string, keep: (name: string) => boolean): ShippedFile[] =>
    walk(join(PACKAGE_ROOT, dir))
      .filter((f) => keep(basename(f)))
      .map((file) => ({ path: relative(PACKAGE_ROOT, file).split(sep).join('/'), file }));
  const fonts = Object.values(FONT_FILES)
    .flatMap((faces) => Object.values(faces))
    .map((spec) => ({ path: `fonts/${basename(spec)}`, file: nodeFiles.shipped.font(spec) }));
  return [
    ...under('lessons', (n) => /\.(ya?ml|md)$/i.test(n) && n !== 'README.md'),
    ...under('templates', (n) => n.endsWith('.hbs')),
    ...under('schema', (n) => n.endsWith('.schema.json')),
    ...fonts,
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
