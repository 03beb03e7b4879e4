import { createHash } from 'node:crypto';
import { lstatSync, openSync, readdirSync, readSync, closeSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary files and folders of a build are named `.<target>.gk<host>.<pid>[.<n>].tmp`
 * (folders being replaced get `.old` after that). A build that is killed (SIGKILL, a power
 * cut) cannot remove them; the next build that writes into the same folder removes those it
 * can prove are its own and stale: the name has this form, it holds only (partial) PDFs,
 * and the process that made it is gone (same computer, process id no longer running), or
 * it is more than a day old (another computer writing to a shared folder).
 */

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

/** The temporary name for `base` (a file name) in this process; `n` keeps several apart. */
export function tempName(base: string, n?: number): string {
  return `.${base}.gk${HOST}.${process.pid}${n !== undefined ? `.${n}` : ''}.tmp`;
}

/** Ours: `.x.gkHOST.PID[.N].tmp[.old]`, or the form before the host was added, `.x.PID[.N].tmp`. */
const OURS = /^\..+?(?:\.gk([0-9a-f]{6}))?\.(\d+)(?:\.\d+)?\.tmp(?:\.old)?$/;
const A_DAY = 24 * 60 * 60 * 1000;

/** Removes our stale temporary files and folders from `dir`; returns what was removed. */
export function removeStaleTemps(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = OURS.exec(name);
    if (!m) continue;
    const full = join(dir, name);
    const st = lstatSync(full, { throwIfNoEntry: false });
    if (!st || st.isSymbolicLink()) continue;
    const sameHost = m[1] === undefined || m[1] === HOST;
    const stale = sameHost ? !running(Number(m[2])) : now - st.mtimeMs > A_DAY;
    if (!stale) continue;
    const onlyPdfs = st.isFile() ? isPartialPdf(full) : st.isDirectory() ? holdsOnlyPdfs(full) : false;
    if (!onlyPdfs) continue;
    try {
      rmSync(full, { recursive: true, force: true });
      removed.push(full);
    } catch {
      // not ours to fight over: left for next time
    }
  }
  return removed;
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Empty (killed before the first byte) or starting like a PDF. */
function isPartialPdf(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    const n = readSync(fd, head, 0, 5, 0);
    return n === 0 || head.subarray(0, n).toString('latin1') === '%PDF-'.slice(0, n);
  } finally {
    closeSync(fd);
  }
}

function holdsOnlyPdfs(dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.pdf') || !isPartialPdf(join(dir, entry.name))) return false;
  }
  return true;
}
