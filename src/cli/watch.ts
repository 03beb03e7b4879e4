import { watchKit, type WatchOptions, type WatchRound, type WatchState } from '../node/watch-kit.js';
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
  const say = (watched: readonly string[], missing: readonly string[]) => {
    io.out(`Watching ${watched.length} folders and files for changes: ${watched.map((p) => displayPath(io, p)).join(', ')}. Press Ctrl+C to stop.`);
    if (missing.length > 0) io.err(`Not there now (watched again when it returns): ${missing.map((p) => displayPath(io, p)).join(', ')}`);
  };
  say(watcher.watched(), watcher.missing());
  watcher.on('watching', (state: WatchState) => say(state.watched, state.missing));
  await stopped(io.signal);
  await watcher.close();
}

function stopped(signal: AbortSignal | undefined): Promise<void> {
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
