import { watchKit, type WatchOptions, type WatchRound, type WatchState } from '../node/watch-kit.js';
import { printBuild } from './print-build.js';
import { untilStopped } from './until-stopped.js';
import { displayPath, printProblems, type Cli } from './io.js';

/**
 * `build --watch`: prints each rebuild like a normal build, and problems as they come,
 * until Ctrl+C (or, in tests, until io.signal is aborted).
 */
export async function watchBuild(cli: Cli, options: WatchOptions): Promise<void> {
  const say = cli.words.watch;
  const watcher = watchKit(options);
  let first = true;
  watcher.on('build', (round: WatchRound) => {
    if (!first) cli.out(say.changed(round.changed.map((f) => displayPath(cli, f)).join(', ')));
    first = false;
    printProblems(cli, round.problems);
    printBuild(cli, round.files, round.failed, false, round.warnings);
    if (round.problems.length > 0 || round.failed.length > 0) cli.err(say.notAll);
  });
  watcher.on('error', (e: Error) => {
    cli.err(cli.words.internalError(e.message));
    cli.err(say.keepsGoing);
  });
  await watcher.ready;
  const tell = (watched: readonly string[], missing: readonly string[]) => {
    cli.out(say.watching(watched.length));
    cli.out(say.watched(watched.map((p) => displayPath(cli, p)).join(', ')));
    if (missing.length > 0) cli.err(say.missing(missing.map((p) => displayPath(cli, p)).join(', ')));
  };
  tell(watcher.watched(), watcher.missing());
  watcher.on('watching', (state: WatchState) => tell(state.watched, state.missing));
  await untilStopped(cli.signal);
  await watcher.close();
}
