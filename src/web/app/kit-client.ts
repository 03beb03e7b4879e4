import type { ShownProblem } from '../web-kit.js';
import type { KitApi, KitRequest, KitResponse } from '../worker-protocol.js';

/** Problems in the user's files (located, worded): the kit's answer when a file is wrong. */
export class ProblemsError extends Error {
  constructor(readonly problems: ShownProblem[]) {
    super(problems.map((p) => p.text).join('\n'));
  }
}

/** A bug in gesprekskit (in the worker): shown as such, never as the user's mistake. */
export class KitBug extends Error {}

type Answer<K extends keyof KitApi> = Awaited<ReturnType<KitApi[K]>>;

/**
 * The page's side of the kit worker: each call is a request, answered in order. A request
 * rejects with ProblemsError for a mistake in a file, KitBug for anything else.
 */
export class KitClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; progress?: (done: number, total: number) => void }>();

  constructor(url: URL) {
    this.worker = new Worker(url, { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<KitResponse>) => this.answer(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      const error = new KitBug(event.message || 'the kit worker stopped');
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
  }

  /** How many times the working folder changed: builds made before read other files. */
  writes = 0;

  call<K extends keyof KitApi>(method: K, ...args: Parameters<KitApi[K]>): Promise<Answer<K>> {
    if (method === 'write' || method === 'reloadSchool') this.writes++;
    return this.request(method, args);
  }

  /** A call that reports progress (a class set) while it runs. */
  withProgress<K extends keyof KitApi>(progress: (done: number, total: number) => void, method: K, ...args: Parameters<KitApi[K]>): Promise<Answer<K>> {
    return this.request(method, args, progress);
  }

  private request<K extends keyof KitApi>(method: K, args: unknown[], progress?: (done: number, total: number) => void): Promise<Answer<K>> {
    const id = this.next++;
    return new Promise<Answer<K>>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(progress ? { progress } : {}) });
      const message: KitRequest = { id, method, args };
      this.worker.postMessage(message);
    });
  }

  private answer(data: KitResponse): void {
    const w = this.waiting.get(data.id);
    if (!w) return;
    if ('progress' in data) {
      w.progress?.(...data.progress);
      return;
    }
    this.waiting.delete(data.id);
    if ('result' in data) w.resolve(data.result);
    else if ('problems' in data) w.reject(new ProblemsError(data.problems));
    else w.reject(new KitBug(data.bug));
  }
}
