import { mkdirSync, readFileSync, statSync } from 'node:fs';
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

/** Larger than any kit PDF; a bigger file at the target path is certainly not ours. */
const MAX_OWN_PDF_BYTES = 50 * 1024 * 1024;

/**
 * A build replaces the PDFs an earlier build made, and nothing else: a file at the target
 * path that gesprekskit did not write (a teacher's own worksheet.pdf) is left alone.
 */
export function refuseForeignFile(file: string): void {
  let ours = true;
  try {
    const st = statSync(file);
    if (!st.isFile()) return; // a folder in the way is reported when writing
    ours = st.size <= MAX_OWN_PDF_BYTES && isOurPdf(readFileSync(file));
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

function isOurPdf(bytes: Buffer): boolean {
  // The Creator in the document info, or the same name in the XMP metadata.
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && (bytes.includes(`(${PDF_CREATOR}`) || bytes.includes(`CreatorTool>${PDF_CREATOR}`));
}
