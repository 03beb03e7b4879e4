import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { installCommitGuard } from '../files/commit-guard.js';
import { reportTemps } from '../files/staged-write.js';
import { main } from './main.js';

/** The CLI's work, in the thread cli/run.ts starts: runs the command and posts its exit code. */
const { argv, state, temps } = workerData as { argv: string[]; state: Int32Array; temps: MessagePort };
installCommitGuard(state);
reportTemps((path, pending) => temps.postMessage({ path, pending }));
main(argv).then((exitCode) => {
  parentPort!.postMessage({ exitCode });
  temps.close();
});
