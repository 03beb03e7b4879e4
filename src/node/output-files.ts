import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { KitError, problem } from '../errors.js';
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
    case 'ENOSPC':
    case 'EDQUOT':
      return new KitError(problem('outputDiskFull', {}, at));
    default:
      return code ? new KitError(problem('outputFailed', { detail: (e as Error).message }, at)) : e;
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
    throw new KitError(problem('outputNotOurs', {}, { file }));
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
