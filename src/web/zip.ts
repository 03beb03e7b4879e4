import { zipSync } from 'fflate';

/** A fixed time for every file in a ZIP: the same PDFs give the same ZIP. */
const ZIP_TIME = new Date(2026, 0, 1);

/**
 * The PDFs of a build as one ZIP, laid out as the CLI's output folder
 * (identiteit/worksheet.pdf, identiteit/worksheets-klas-3b/01-sara.pdf, …). Stored, not
 * compressed again: PDF streams are compressed already, and storing is instant.
 */
export function zipFiles(files: readonly { path: string; bytes: Uint8Array }[]): Uint8Array {
  const tree: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  for (const f of files) tree[f.path] = [f.bytes, { level: 0, mtime: ZIP_TIME }];
  return zipSync(tree);
}
