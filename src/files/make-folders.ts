import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** More levels than any real path to create; /proc/… and friends are caught long before. */
const MAX_NEW_LEVELS = 32;

/**
 * Creates a folder and the missing folders above it, one level at a time. Node's own
 * `mkdirSync(path, { recursive: true })` loops forever at full speed on paths such as
 * /proc/x (the kernel answers ENOENT for the folder it was just told to make); here each
 * level is made once and the first error is thrown as it is (ENOENT, EACCES, ENOTDIR, …).
 */
export function makeFolders(path: string): void {
  const missing: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${p}'`), { code: 'ENOTDIR', path: p });
      break;
    }
    missing.push(p);
    if (p === dirname(p) || missing.length > MAX_NEW_LEVELS) throw Object.assign(new Error(`ENOENT: cannot create '${path}'`), { code: 'ENOENT', path });
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * A folder inside the output folder that we write into: created when missing, and refused
 * (code ELOOP) when it is a symbolic link, which would make us write somewhere else.
 */
export function realSubfolder(dir: string): void {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (st?.isSymbolicLink()) throw Object.assign(new Error(`ELOOP: symbolic link in the way, '${dir}'`), { code: 'ELOOP', path: dir, dest: dir });
  if (st && !st.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, '${dir}'`), { code: 'ENOTDIR', path: dir, dest: dir });
  if (!st) {
    try {
      mkdirSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      realSubfolder(dir);
    }
  }
}
