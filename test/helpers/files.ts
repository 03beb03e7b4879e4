import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder (relative path → bytes), to check what a command changed. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else files.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** Temporary files a write left behind (ours are named .<name>.<pid>.tmp). */
export function leftoverTempFiles(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((f) => /(^|\/)\.[^/]+\.\d+\.tmp$/.test(f));
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
