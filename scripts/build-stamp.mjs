// The fingerprint of what `npm run build` compiles: every file under src/, the tsconfig
// files and the installed libraries (package.json and package-lock.json: the bundle holds
// their code), by content. `npm run build` writes it to dist/build-stamp.json after compiling;
// `npm start` compares it to skip compiling when nothing changed (see scripts/start.mjs).
// Plain JavaScript, so it runs before anything is compiled.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STAMP_FILE = join(ROOT, 'dist', 'build-stamp.json');

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Hash of the compiler's inputs: names and contents, in a fixed order. */
export function sourceStamp() {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(ROOT, 'src')), ...['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'].map((f) => join(ROOT, f)).filter((f) => existsSync(f))].sort();
  for (const file of files) {
    hash.update(relative(ROOT, file).split('\\').join('/') + '\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The stamp of the last build, or undefined when there is none (or it cannot be read). */
export function builtStamp() {
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8')).sources;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(STAMP_FILE, JSON.stringify({ sources: sourceStamp() }) + '\n');
}
