/**
 * Renaming a lesson's new PDFs into place must not be cut in half by Ctrl+C: the lesson
 * would end up part old, part new. When the CLI runs its work in a thread of its own
 * (cli/run.ts), the main thread may end the process at any moment, so it first waits for
 * a commit in progress, and a commit never starts once stopping has begun. The state is a
 * shared integer: 0 idle, 1 committing, 2 stopping.
 */
let state: Int32Array | undefined;

export const IDLE = 0;
export const COMMITTING = 1;
export const STOPPING = 2;

/** Called in the working thread with the buffer the main thread shares. */
export function installCommitGuard(shared: Int32Array): void {
  state = shared;
}

/** Thrown instead of committing once the process is being stopped. */
export class StoppingError extends Error {
  constructor() {
    super('stopping');
  }
}

/** Runs a commit (a few renames) so that a stop waits for it or comes before it. */
export function asOneStep<T>(commit: () => T): T {
  if (!state) return commit();
  if (Atomics.compareExchange(state, 0, IDLE, COMMITTING) !== IDLE) throw new StoppingError();
  try {
    return commit();
  } finally {
    Atomics.store(state, 0, IDLE);
    Atomics.notify(state, 0);
  }
}

/**
 * In the main thread, when a stop is asked for: waits until no commit is in progress and
 * marks the state stopping, so none starts. A commit is a few renames: milliseconds.
 */
export function stopCommits(shared: Int32Array, timeoutMs = 5000): void {
  const until = Date.now() + timeoutMs;
  while (Atomics.compareExchange(shared, 0, IDLE, STOPPING) === COMMITTING && Date.now() < until) {
    Atomics.wait(shared, 0, COMMITTING, 50);
  }
}
