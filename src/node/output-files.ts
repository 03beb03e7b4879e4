import { lstatSync } from 'node:fs';
import { KitError, problem } from '../errors.js';
import { makeFolders } from '../files/make-folders.js';
import { provenance, type Provenance } from '../files/pdf-seal.js';
import { removeStaleTemps } from '../files/temp-names.js';

/**
 * The output side of a build: where PDFs may go, and file system errors in words. A build
 * writes <out>/<lesson>/<piece>.pdf and nothing else, and replaces only PDFs it made.
 */

/** The output folder must exist or be creatable before anything is rendered. */
export function prepareOutDir(outDir: string): void {
  try {
    makeFolders(outDir);
  } catch (e) {
    throw outputError(e, outDir);
  }
}

/** A file system error while writing output, in words, with what to do about it. */
export function outputError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const at = { file: path };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new KitError(problem('outputNoPermission', {}, at));
    case 'EROFS':
      return new KitError(problem('outputReadOnly', {}, at));
    case 'ENOTDIR':
    case 'EEXIST':
      return new KitError(problem('outputFileInTheWay', {}, at));
    case 'EISDIR':
      return new KitError(problem('outputFolderInTheWay', {}, at));
    case 'ELOOP':
      return new KitError(problem('outputSymlink', {}, at));
    case 'ENOENT':
      return new KitError(problem('outputCannotCreate', {}, at));
    case 'ENOSPC':
    case 'EDQUOT':
      return new KitError(problem('outputDiskFull', {}, at));
    default:
      return code ? new KitError(problem('outputFailed', { detail: (e as Error).message }, at)) : e;
  }
}

/**
 * A build replaces the PDFs an earlier build made, and nothing else: a file at the target
 * path that gesprekskit did not write (a teacher's own worksheet.pdf), or one of ours that
 * was changed since (its seal no longer matches its bytes), is left alone.
 */
export function refuseForeignFile(file: string): void {
  let whose: Provenance;
  try {
    const st = lstatSync(file);
    if (st.isDirectory()) return; // a folder in the way is reported when writing
    whose = st.isSymbolicLink() ? 'foreign' : provenance(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw outputError(e, file);
  }
  if (whose === 'ours') return;
  const key = whose === 'changed' ? 'outputChanged' : whose === 'unsealed' ? 'outputUnsealed' : 'outputNotOurs';
  throw new KitError(problem(key as 'outputNotOurs', {}, { file }));
}

/**
 * A lesson's output folder, checked before anything is drawn for it: it may not be a
 * symbolic link (output/abc → elsewhere would make a build write outside the output
 * folder), and temporary files a killed build left in it are cleaned up.
 */
export function checkLessonFolder(dir: string): void {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (st?.isSymbolicLink()) throw new KitError(problem('outputSymlink', {}, { file: dir }));
  if (st?.isDirectory()) removeStaleTemps(dir);
}
