import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { realSubfolder } from './make-folders.js';
import { tempName } from './temp-names.js';
import { basename, dirname, join } from 'node:path';
import { StreamSealer } from '../layout/pdf-seal.js';

const FLUSH_AT = 1 << 20;

/**
 * Temporary files and folders of a build in progress. A Ctrl+C ends the process between
 * two steps (see cli/run.ts); whatever is still staged then is removed on the way out, so
 * an interrupted build leaves no half-made files behind.
 */
const staged = new Set<string>();
let cleanupInstalled = false;
/** When the work runs in a thread of its own, the main thread is told too (cli/run.ts). */
let reporter: ((path: string, pending: boolean) => void) | undefined;

export function reportTemps(report: (path: string, pending: boolean) => void): void {
  reporter = report;
}

function track(path: string): void {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    process.on('exit', () => {
      for (const p of staged) rmSync(p, { recursive: true, force: true });
    });
  }
  staged.add(path);
  reporter?.(path, true);
}

let counter = 0;

/** A temporary name next to `target`, unique in this process, and marked for cleanup. */
export function stagedName(target: string): string {
  const tmp = join(dirname(target), tempName(basename(target), ++counter));
  track(tmp);
  return tmp;
}

/** The file or folder is in place, or gone: no cleanup needed. */
export function settled(path: string): void {
  staged.delete(path);
  reporter?.(path, false);
}

/**
 * A big file streamed to a temporary name chosen by stagedName (in any thread), committed
 * later with the lesson's other files (files/write-atomic.ts). Opened exclusively: nothing
 * planted at the temporary path is followed or overwritten.
 */
export class StagedFile {
  private fd: number | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** The PDF's seal is filled in when the file is complete (files/pdf-seal.ts). */
  private readonly sealer = new StreamSealer();
  bytes = 0;

  constructor(readonly tmp: string) {
    realSubfolder(dirname(tmp));
    try {
      this.fd = openSync(tmp, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      rmSync(tmp, { force: true });
      this.fd = openSync(tmp, 'wx');
    }
  }

  readonly write = (chunk: Uint8Array): void => {
    this.sealer.see(chunk);
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  };

  /** Writes what is buffered and closes the file; it stays under its temporary name. */
  close(): void {
    if (this.fd === undefined) return;
    this.flush();
    const seal = this.sealer.result();
    if (seal) writeSync(this.fd, seal.digits, 0, seal.digits.length, seal.offset);
    closeSync(this.fd);
    this.fd = undefined;
  }

  discard(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.tmp, { force: true });
  }

  private flush(): void {
    if (this.fd === undefined || this.pendingBytes === 0) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    let off = 0;
    while (off < data.length) off += writeSync(this.fd, data, off);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * A folder filled under a temporary name and swapped in by commit(), so it never mixes old
 * and new files (a student who left the class does not keep a stale PDF).
 */
export class StagedFolder {
  readonly tmp: string;

  constructor(readonly target: string) {
    this.tmp = stagedName(target);
    realSubfolder(dirname(target));
    mkdirSync(this.tmp);
  }

  commit(): void {
    const old = `${this.tmp}.old`;
    const hadOld = existsSync(this.target);
    if (hadOld) renameSync(this.target, old);
    try {
      renameSync(this.tmp, this.target);
    } catch (e) {
      if (hadOld) renameSync(old, this.target);
      throw e;
    }
    settled(this.tmp);
    rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    rmSync(this.tmp, { recursive: true, force: true });
    settled(this.tmp);
  }
}
