/**
 * Waits for the event loop's next turn, so finished pages can flow out (and a Ctrl+C or a
 * click can land) between two copies of a class set. Node's setImmediate comes soonest; a
 * browser has no setImmediate, and setTimeout(0) waits at least a few milliseconds there,
 * so a message to itself is used instead.
 */
export function nextTurn(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel() as unknown as { port1: BrowserPort; port2: BrowserPort };
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** The part of a browser's MessagePort used here (Node's types describe Node's own). */
interface BrowserPort {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
