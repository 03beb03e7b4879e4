import { closeSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { realSubfolder } from './make-folders.js';
import { tempName } from './temp-names.js';

/**
 * Writes next to the target and renames into place, so a failed or interrupted build never
 * leaves a half-written PDF and never destroys the previous one.
 */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  writeFilesAtomic([{ file, data }]);
}

/** A file already written under a temporary name next to its target (a big PDF streamed to disk). */
export interface StagedTemp {
  file: string;
  tmp: string;
}

/**
 * Writes several files as one step: every temporary file is written first, and only when
 * all of them are complete are they renamed into place. If any write fails (disk full, no
 * permission), the temporary files are removed and every target keeps its old contents.
 * Everything here is synchronous, so a Ctrl+C (handled on the event loop) lands before or
 * after it, never in the middle.
 */
export function writeFilesAtomic(files: readonly ({ file: string; data: Uint8Array } | StagedTemp)[]): void {
  const written: { tmp: string; file: string }[] = [];
  try {
    for (const entry of files) {
      if ('tmp' in entry) {
        written.push(entry);
        continue;
      }
      const { file, data } = entry;
      const dir = dirname(file);
      // One level below a folder that exists, never through a symbolic link.
      realSubfolder(dir);
      const tmp = join(dir, tempName(basename(file)));
      writeExclusive(tmp, data);
      written.push({ tmp, file });
    }
    // A rename can still fail when a folder stands where a file goes: find out before
    // replacing anything.
    for (const { file } of files) {
      if (lstatSync(file, { throwIfNoEntry: false })?.isDirectory()) {
        throw Object.assign(new Error(`EISDIR: illegal operation on a directory, rename '${file}'`), { code: 'EISDIR', path: file, dest: file });
      }
    }
  } catch (e) {
    for (const w of written) rmSync(w.tmp, { force: true });
    throw e;
  }
  for (const [i, w] of written.entries()) {
    try {
      renameSync(w.tmp, w.file);
    } catch (e) {
      for (const rest of written.slice(i)) rmSync(rest.tmp, { force: true });
      throw e;
    }
  }
}

/**
 * Creates the file, refusing to follow anything already at that path (a symlink planted
 * there would otherwise make us overwrite its target). A leftover of our own from a run
 * that was killed with the same process id is removed first.
 */
function writeExclusive(tmp: string, data: Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(tmp, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    rmSync(tmp, { force: true });
    fd = openSync(tmp, 'wx');
  }
  try {
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    closeSync(fd);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // the close itself failed above; the file is removed either way
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}
