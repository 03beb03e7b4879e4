import { writeFileSync } from 'node:fs';
import { StagedFile } from '../files/staged-write.js';
import type { JobOutput } from '../kit/render-jobs.js';

/**
 * Files the render jobs write on this machine: a class set streamed to its temporary name,
 * one student's copy written into the staged folder; run-jobs.ts commits them.
 */
export const nodeJobOutput: JobOutput = {
  stream: (tmp) => new StagedFile(tmp),
  write: (file, bytes) => writeFileSync(file, bytes),
};
