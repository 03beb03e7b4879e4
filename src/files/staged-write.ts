import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

const FLUSH_AT = 1 << 20;

/**
 * A file written in pieces next to its target and moved into place only by commit(): a
 * big print file streams to disk as it is made, and a failed build leaves the previous
 * file as it was. Several staged files can be committed together (all pieces of a lesson).
 */
export class StagedFile {
  readonly tmp: string;
  private fd: number | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  bytes = 0;

  constructor(readonly target: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${uniqueSuffix()}.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  readonly write = (chunk: Buffer): void => {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes >= FLUSH_AT) this.flush();
  };

  /** Writes what is buffered and closes the file; it stays under its temporary name. */
  close(): void {
    if (this.fd === undefined) return;
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
  }

  commit(): void {
    this.close();
    renameSync(this.tmp, this.target);
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
    mkdirSync(dirname(target), { recursive: true });
    this.tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${uniqueSuffix()}.tmp`);
    mkdirSync(this.tmp);
  }

  commit(): void {
    const old = `${this.tmp}.old`;
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.tmp, this.target);
    rmSync(old, { recursive: true, force: true });
  }

  discard(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

let counter = 0;
/** Worker threads share the process id: a counter and the thread id keep names apart. */
function uniqueSuffix(): string {
  return `${threadId}-${++counter}`;
}
