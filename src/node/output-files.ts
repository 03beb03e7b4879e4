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
  const worded = (message: string, hint: string) =>
    new KitError({ code: 'GK_OUTPUT_WRITE', file: path, message, hint });
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return worded('cannot write here (permission denied)', 'Choose an output folder of your own with --out, or ask your ICT coordinator for write access.');
    case 'EROFS':
      return worded('cannot write here: the disk is read-only', 'Choose an output folder on a writable disk with --out.');
    case 'ENOTDIR':
    case 'EEXIST':
      return worded('cannot create the output folder: a file with that name is in the way', 'Choose another output folder with --out, or move that file away.');
    case 'EISDIR':
      return worded('cannot write the PDF: a folder with that name is in the way', 'Move or rename that folder; gesprekskit does not remove folders it did not make.');
    case 'ELOOP':
      return new KitError(problem('outputSymlink', {}, { file: path }));
    case 'ENOENT':
      return new KitError(problem('outputCannotCreate', {}, { file: path }));
    case 'ENOSPC':
    case 'EDQUOT':
      return worded('cannot write the PDF: the disk is full', 'Free up space or choose another output folder with --out; the previous PDFs are unchanged.');
    default:
      return code ? worded(`cannot write the output: ${(e as Error).message}`, 'Check that the output folder exists and that no other program has the PDF open.') : e;
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
