import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a module in a worker thread. The installed CLI runs compiled JavaScript. Tests and
 * `tsx` run the TypeScript sources; tsx's loader does not follow into worker threads, so
 * the worker registers it first.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.href.endsWith('.ts')) return new Worker(entry, options);
  // The ESM entry of tsx's API (its CommonJS twin sits next to it; mocha's tsx has no import.meta.resolve).
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/** This module's sibling, in the same form (.ts under tsx, .js when compiled). */
export function sibling(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}
