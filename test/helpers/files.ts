import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every regular file under a folder (relative path → bytes), to check what a command
 * changed. Links and special files (a FIFO, a link to /dev/zero) are not followed.
 */
export function snapshot(dir: string, { whileWriting = false } = {}): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  // A folder that a running build writes to: a temp file may be renamed between listing and reading.
  const vanished = (e: unknown) => whileWriting && (e as NodeJS.ErrnoException).code === 'ENOENT';
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      try {
        const st = lstatSync(full);
        if (st.isDirectory()) walk(full);
        else if (st.isFile()) files.set(relative(dir, full), readFileSync(full));
      } catch (e) {
        if (!vanished(e)) throw e;
      }
    }
  };
  walk(dir);
  return files;
}

/** Temporary files a write left behind (ours are named .<name>.<pid>.tmp). */
export function leftoverTempFiles(dir: string): string[] {
  return [...snapshot(dir, { whileWriting: true }).keys()].filter((f) => /(^|\/)\.[^/]+\.\d+\.tmp(\.old)?(\/|$)/.test(f));
}

/** Runs `fn` as an unprivileged user when the tests run as root, so file permissions apply. */
export async function withoutRoot<T>(fn: () => Promise<T>): Promise<T> {
  const isRoot = typeof process.geteuid === 'function' && process.geteuid() === 0;
  if (!isRoot) return fn();
  const nobody = 65534;
  process.seteuid!(nobody);
  try {
    return await fn();
  } finally {
    process.seteuid!(0);
  }
}

export function runningAsRoot(): boolean {
  return typeof process.geteuid === 'function' && process.geteuid() === 0;
}
