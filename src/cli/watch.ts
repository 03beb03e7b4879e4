import { watchKit, type WatchOptions, type WatchRound } from '../node/watch-kit.js';
import { printBuild } from './print-build.js';
import { displayPath, printProblems, type CliIO } from './io.js';

/**
 * `build --watch`: prints each rebuild like a normal build, and problems as they come,
 * until Ctrl+C (or, in tests, until io.signal is aborted).
 */
export async function watchBuild(io: CliIO, options: WatchOptions): Promise<void> {
  const watcher = watchKit(options);
  let first = true;
  watcher.on('build', (round: WatchRound) => {
    if (!first) io.out(`changed: ${round.changed.map((f) => displayPath(io, f)).join(', ')}`);
    first = false;
    printProblems(io, round.problems);
    printBuild(io, round.files, round.failed);
    if (round.problems.length > 0 || round.failed.length > 0) io.err('Not everything was built; previous PDFs kept. Fix the file and save it again.');
  });
  watcher.on('error', (e: Error) => {
    io.err(`gesprekskit: internal error: ${e.message}`);
    io.err('This is a bug in gesprekskit; please report this message. The watcher keeps going.');
  });
  await watcher.ready;
  io.out(`Watching ${watcher.watched().length} folders and files for changes. Press Ctrl+C to stop.`);
  await untilStopped(io.signal);
  await watcher.close();
}

/** Until Ctrl+C (or, in tests, until the signal is aborted): for commands that keep running. */
export function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
