import { writeFileSync } from 'node:fs';
import { StagedFile } from '../files/staged-write.js';
import type { JobOutput, OutputStream } from '../kit/render-jobs.js';
import { outputError } from './output-files.js';

/**
 * Files the render jobs write on this machine: a class set streamed to its temporary name,
 * one student's copy written into the staged folder; run-jobs.ts commits them. A full disk
 * or a folder without write permission becomes a worded problem about the file the user
 * will look for, not an internal error.
 */
export const nodeJobOutput: JobOutput = {
  stream: (tmp) => {
    const target = targetOf(tmp);
    const file = worded(() => new StagedFile(tmp), target);
    const stream: OutputStream = {
      tmp: file.tmp,
      get bytes() {
        return file.bytes;
      },
      write: (chunk) => worded(() => file.write(chunk), target),
      close: () => worded(() => file.close(), target),
      discard: () => file.discard(),
    };
    return stream;
  },
  write: (file, bytes) => worded(() => writeFileSync(file, bytes), file),
};

/** The file a temporary name stands for: ".worksheets-3b.pdf.gkab12cd.123.4.tmp" → "worksheets-3b.pdf". */
export function targetOf(tmp: string): string {
  return tmp.replace(/([/\\])\.([^/\\]+?)(?:\.gk[0-9a-f]{6})?\.[\d.]+\.tmp$/, '$1$2');
}

function worded<T>(act: () => T, path: string): T {
  try {
    return act();
  } catch (e) {
    throw outputError(e, path);
  }
}
