import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { KitError } from '../errors.js';
import { PDF_CREATOR } from '../layout/pdf.js';

/**
 * The output side of a build: where PDFs may go, and file system errors in words. A build
 * writes <out>/<lesson>/<piece>.pdf and nothing else, and replaces only PDFs it made.
 */

/** The output folder must exist or be creatable before anything is rendered. */
export function prepareOutDir(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw outputError(e, outDir);
  }
}

/** A file system error while writing output, in words, with what to do about it. */
export function outputError(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const problem = (message: string, hint: string) =>
    new KitError({ code: 'GK_OUTPUT_WRITE', file: path, message, hint });
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return problem('cannot write here (permission denied)', 'Choose an output folder of your own with --out, or ask your ICT coordinator for write access.');
    case 'EROFS':
      return problem('cannot write here: the disk is read-only', 'Choose an output folder on a writable disk with --out.');
    case 'ENOTDIR':
    case 'EEXIST':
      return problem('cannot create the output folder: a file with that name is in the way', 'Choose another output folder with --out, or move that file away.');
    case 'EISDIR':
      return problem('cannot write the PDF: a folder with that name is in the way', 'Move or rename that folder; gesprekskit does not remove folders it did not make.');
    case 'ENOSPC':
    case 'EDQUOT':
      return problem('cannot write the PDF: the disk is full', 'Free up space or choose another output folder with --out; the previous PDFs are unchanged.');
    default:
      return code ? problem(`cannot write the output: ${(e as Error).message}`, 'Check that the output folder exists and that no other program has the PDF open.') : e;
  }
}

/**
 * A build replaces the PDFs an earlier build made, and nothing else: a file at the target
 * path that gesprekskit did not write (a teacher's own worksheet.pdf) is left alone.
 */
export function refuseForeignFile(file: string): void {
  let ours = true;
  try {
    const st = statSync(file);
    if (!st.isFile()) return; // a folder in the way is reported when writing
    ours = isOurPdf(file, st.size);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw outputError(e, file);
  }
  if (!ours) {
    throw new KitError({
      code: 'GK_OUTPUT_NOT_OURS',
      file,
      message: 'a file that gesprekskit did not make is in the way; it is not overwritten',
      hint: 'Move or rename that file, or build into another folder with --out.',
    });
  }
}

const CHUNK = 1 << 20;

/**
 * The Creator in the document info, or the same name in the XMP metadata. Both are written
 * near the end of the file; a class set for a whole school is tens of megabytes, so the file
 * is read from the end in chunks instead of at once.
 */
function isOurPdf(file: string, size: number): boolean {
  const needles = [`(${PDF_CREATOR}`, `CreatorTool>${PDF_CREATOR}`].map((n) => Buffer.from(n, 'latin1'));
  const overlap = Math.max(...needles.map((n) => n.length));
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    if (readSync(fd, head, 0, 5, 0) < 5 || head.toString('latin1') !== '%PDF-') return false;
    const chunk = Buffer.alloc(CHUNK + overlap);
    for (let end = size; end > 0; end -= CHUNK) {
      const start = Math.max(0, end - CHUNK);
      const length = Math.min(end + overlap, size) - start;
      const read = readSync(fd, chunk, 0, length, start);
      const view = chunk.subarray(0, read);
      if (needles.some((n) => view.includes(n))) return true;
    }
    return false;
  } finally {
    closeSync(fd);
  }
}
