import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli, type CliRun } from './cli.js';
import { runningAsRoot } from './files.js';
import { FIXTURES } from './kit.js';

/** The bad-input corpus: test/fixtures/bad/<case>/ (see its README.md). */
export const CORPUS = join(FIXTURES, 'bad');

export interface Case {
  about: string;
  args: string[];
  exit: number;
  /** Environment variables for this run (e.g. SOURCE_DATE_EPOCH). */
  env?: Record<string, string>;
  /**
   * Run in a child process with a time and memory bound, also in the ordinary test run:
   * for cases that would hang or fill the memory if the protection against them broke.
   */
  isolate?: boolean;
  setup?: {
    /** Files too big to keep in git, made at run time. */
    generate?: { path: string; head?: string; repeat: string; bytes: number }[];
    /** Permissions to set after copying (octal), e.g. a folder the user may not read. */
    chmod?: Record<string, string>;
    /** Symbolic links to make: path in the case folder → where it points. */
    symlink?: Record<string, string>;
    /** Named pipes (FIFOs) to make. */
    fifo?: string[];
    /** A command run first, in the same folder (e.g. a build whose PDFs the case then edits). */
    prebuild?: string[];
    /** Text appended to files after the prebuild (a PDF edited in another program). */
    append?: Record<string, string>;
  };
}

export function caseNames(): string[] {
  return readdirSync(CORPUS)
    .filter((n) => existsSync(join(CORPUS, n, 'case.json')))
    .sort();
}

export function readCase(name: string): Case {
  return JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case;
}

/** Copies the case's input into `cwd` and makes what it needs; returns `cwd`. */
export async function prepare(name: string, c: Case, cwd: string): Promise<string> {
  cpSync(join(CORPUS, name, 'input'), cwd, { recursive: true });
  for (const g of c.setup?.generate ?? []) {
    const file = join(cwd, g.path);
    mkdirSync(dirname(file), { recursive: true });
    const head = g.head ?? '';
    writeFileSync(file, head + g.repeat.repeat(Math.ceil((g.bytes - head.length) / g.repeat.length)));
  }
  for (const [path, target] of Object.entries(c.setup?.symlink ?? {})) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    rmSync(join(cwd, path), { recursive: true, force: true });
    symlinkSync(target, join(cwd, path));
  }
  for (const path of c.setup?.fifo ?? []) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    execFileSync('mkfifo', [join(cwd, path)]);
  }
  if (c.setup?.prebuild) {
    const first = await runCli(c.setup.prebuild, cwd);
    if (first.code !== 0) throw new Error(`prebuild failed:\n${first.err}`);
  }
  for (const [path, text] of Object.entries(c.setup?.append ?? {})) appendFileSync(join(cwd, path), text);
  if (c.setup?.chmod && runningAsRoot()) {
    // The command runs as "nobody": it must be able to work in the copy, except where the
    // case takes rights away.
    const open = (dir: string) => {
      chmodSync(dir, 0o777);
      for (const entry of readdirSync(dir)) {
        const full = join(dir, entry);
        if (statSync(full).isDirectory()) open(full);
      }
    };
    open(cwd);
  }
  for (const [path, mode] of Object.entries(c.setup?.chmod ?? {})) chmodSync(join(cwd, path), parseInt(mode, 8));
  return cwd;
}

export function restorePermissions(cwd: string, c: Case): void {
  for (const path of Object.keys(c.setup?.chmod ?? {})) {
    const full = join(cwd, path);
    chmodSync(full, statSync(full).isDirectory() ? 0o755 : 0o644);
  }
}

/** One expected line: exact text, except `{*}` for any text (lists that grow, such as the helpers). */
export function lineMatches(expected: string, actual: string): boolean {
  const pattern = expected
    .split('{*}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** Folders that differ between runs and machines, as placeholders. */
export function normalise(text: string, cwd: string): string {
  return text.replaceAll(cwd, '<cwd>').replaceAll(PACKAGE_ROOT.replace(/\/$/, ''), '<pkg>');
}

export interface BoundedRun extends CliRun {
  /** The run was stopped at the time bound. */
  timedOut: boolean;
  ms: number;
  /** Peak memory of the process, in MB. */
  rssMB: number;
}

export interface Bounds {
  timeoutMs: number;
  /** V8 heap limit of the child, in MB (--max-old-space-size). */
  heapMB: number;
  /** Run the compiled CLI (bin/gesprekskit.js, after npm run build) instead of the sources. */
  compiled?: boolean;
}

const PRELOAD = pathToFileURL(join(PACKAGE_ROOT, 'bench', 'rss-preload.mjs')).href;

/** Runs the CLI in a child process, killed at the time bound, with a heap limit. */
export function runBounded(args: string[], cwd: string, env: Record<string, string>, bounds: Bounds): Promise<BoundedRun> {
  const rssFile = join(cwd, '..', `rss-${process.pid}-${Date.now()}.json`);
  const tsx = pathToFileURL(join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const entry = bounds.compiled ? [join(PACKAGE_ROOT, 'bin', 'gesprekskit.js')] : ['--import', tsx, join(PACKAGE_ROOT, 'src', 'cli', 'run.ts')];
  const child = spawn(process.execPath, [`--max-old-space-size=${bounds.heapMB}`, '--import', PRELOAD, ...entry, ...args], {
    cwd,
    env: { ...process.env, ...env, GESPREKSKIT_BENCH_RSS: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const start = Date.now();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, bounds.timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      let rssMB = 0;
      try {
        rssMB = (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number }).maxRSS / 1024;
        rmSync(rssFile, { force: true });
      } catch {
        // killed before it could write
      }
      resolve({ code: code ?? -1, out: out.replace(/\n$/, ''), err: err.replace(/\n$/, ''), timedOut, ms: Date.now() - start, rssMB });
    });
  });
}
