import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a long class-set render within a bounded heap. Drawing promotes a lot of short-lived
 * page data to the old generation, and V8 lets that grow to several times the live data
 * before collecting it: a 1,000-student file peaked near 500 MB with 90 MB alive. A full
 * collection whenever the heap has grown well past what was alive after the previous one
 * keeps the peak close to the live size, for about 1% more time.
 */
export class HeapGuard {
  private readonly gc = exposeGc();
  private limit: number;

  constructor(private readonly slackBytes = 64 * 1024 * 1024) {
    this.limit = getHeapStatistics().used_heap_size + slackBytes;
  }

  /** Call between units of work; collects only when the heap grew past the limit. */
  check(): void {
    if (!this.gc || getHeapStatistics().used_heap_size < this.limit) return;
    this.gc();
    const live = getHeapStatistics().used_heap_size;
    this.limit = live + Math.max(this.slackBytes, live / 2);
  }
}

let cached: (() => void) | null | undefined;

/** V8's gc(), made callable at run time (Node offers no flag for worker threads). */
function exposeGc(): (() => void) | null {
  if (cached !== undefined) return cached;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    cached = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    cached = null;
  }
  return cached;
}
