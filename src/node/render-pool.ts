import type { Worker } from 'node:worker_threads';
import { KitError, type Problem } from '../errors.js';
import type { KitOptions } from '../kit/options.js';
import type { RenderContext, RenderedFile, RenderJob } from '../kit/render-jobs.js';
import { sibling, startWorker } from './start-worker.js';

/** A worker thread, or the main thread's own renderer. */
export interface JobRunner {
  run(job: RenderJob): Promise<RenderedFile[]>;
  /** After the last job (keeps what the runner learnt for the next run). */
  finish?(): void | Promise<void>;
}

/** A job's files, or the KitError that stopped it, or (a bug) any other error. */
export type JobOutcome = { files: RenderedFile[] } | { error: KitError } | { bug: unknown };

/** What crosses the thread boundary: KitErrors as problems, bugs as message and stack. */
type WireError = { problems: Problem[]; exitCode: 1 | 2 } | { message: string; stack?: string };
export type ToWorker = { type: 'context'; context: RenderContext } | { type: 'job'; id: number; job: RenderJob } | { type: 'finish' };
export type FromWorker = { type: 'done'; id: number; files: RenderedFile[] } | { type: 'failed'; id: number; error: WireError } | { type: 'finished' };

export function toWire(e: unknown): WireError {
  if (e instanceof KitError) return { problems: [...e.problems], exitCode: e.exitCode };
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: err.message, stack: err.stack };
}

function fromWire(w: WireError): KitError | Error {
  if ('problems' in w) return new KitError(w.problems, w.exitCode);
  const err = new Error(w.message);
  if (w.stack) err.stack = w.stack;
  return err;
}

/**
 * Worker threads that render jobs next to the main thread. Started before the lessons are
 * read, so the workers load pdfkit and parse fonts while the main thread validates. Each
 * worker renders the same bytes the main thread would: the output never depends on the
 * thread count.
 */
export class RenderPool {
  private readonly workers: PoolWorker[] = [];

  constructor(options: KitOptions, size: number) {
    for (let i = 0; i < size; i++) this.workers.push(new PoolWorker(options));
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Runs the jobs, biggest first, each on whichever runner (a worker, or this thread) is free,
   * and reports each outcome as it comes. Never rejects: after a bug no job starts, and the
   * caller cleans up what the others wrote.
   */
  async run(context: RenderContext, jobs: readonly RenderJob[], local: JobRunner | undefined, done: (i: number, outcome: JobOutcome) => void): Promise<void> {
    for (const w of this.workers) w.post({ type: 'context', context });
    const runners: JobRunner[] = [...this.workers, ...(local ? [local] : [])];
    const order = jobs.map((job, i) => ({ i, weight: jobWeight(job) })).sort((a, b) => b.weight - a.weight || a.i - b.i);
    let next = 0;
    let broken = false;
    await Promise.all(
      runners.map(async (w) => {
        while (next < order.length && !broken) {
          const { i } = order[next++]!;
          const outcome: JobOutcome = await w.run(jobs[i]!).then(
            (files) => ({ files }),
            (e: unknown) => (e instanceof KitError ? { error: e } : { bug: e }),
          );
          if ('bug' in outcome) broken = true;
          done(i, outcome);
          // This thread draws without waiting for anything: let the workers' answers in, or
          // they would get their next job only when this thread has none left.
          if (w === local) await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    // The workers first: this thread then adds its words to theirs in the shaping cache.
    await Promise.all(this.workers.map((w) => w.finish()));
    await local?.finish?.();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}

function jobWeight(job: RenderJob): number {
  switch (job.kind) {
    case 'piece':
      return 1;
    case 'copies':
      return job.fills.length;
    case 'singles':
      return job.files.length * 1.3;
  }
}

function spawn(workerData: unknown): Worker {
  return startWorker(sibling(import.meta.url, 'render-worker'), { workerData });
}

class PoolWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (f: RenderedFile[]) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  private failure: unknown;

  constructor(options: KitOptions) {
    this.worker = spawn({ options });
    this.worker.on('message', (m: FromWorker) => {
      if (m.type === 'finished') {
        this.finished?.();
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === 'done') p.resolve(m.files);
      else p.reject(fromWire(m.error));
    });
    const fail = (e: unknown) => {
      this.failure = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.finished?.();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (this.pending.size > 0) fail(new Error(`a render thread stopped (exit code ${code})`));
      this.failure ??= new Error(`a render thread stopped (exit code ${code})`);
      this.finished?.();
    });
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private finished: (() => void) | undefined;

  /** Lets the worker save its shaping cache; resolves when it did (or cannot answer). */
  finish(): Promise<void> {
    if (this.failure) return Promise.resolve();
    return new Promise((resolve) => {
      this.finished = () => {
        this.finished = undefined;
        resolve();
      };
      this.post({ type: 'finish' });
    });
  }

  run(job: RenderJob): Promise<RenderedFile[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'job', id, job });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
