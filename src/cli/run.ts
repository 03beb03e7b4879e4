import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { stopCommits } from '../files/commit-guard.js';
import { CLI_WORDS } from '../messages/cli-words.js';
import { PACKAGE_ROOT } from '../node/paths.js';
import { sibling, startWorker } from '../node/start-worker.js';
import { writesNothing } from './direct.js';
import { cliLanguage } from './language.js';

/**
 * The command-line entry. The work (reading, rendering, writing) runs in a thread of its
 * own, so this thread stays free for Ctrl+C and SIGTERM whatever the work is doing: a long
 * synchronous render or a read no longer delays the stop. A stop waits for a lesson whose
 * files are being renamed into place (milliseconds; a lesson is replaced whole or not at
 * all), removes the temporary files the work reported, and ends the process: within a
 * second at any point (npm run bench measures it). Commands that write nothing run in this
 * thread instead (see direct.ts).
 */
const argv = process.argv.slice(2);
// The version needs no thread and no command-line parser (answered within ~1.3 × \`node -e 0\`).
if (argv.length === 1 && argv[0] === '--version') {
  process.stdout.write(`${(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  process.exit(0);
}
if (writesNothing(argv)) {
  // Nothing to clean up on Ctrl+C: run here, with the signals' default (see direct.ts).
  // A reader that went away (`| head`) ends the output, not the command with a stack trace.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const { main } = await import('./main.js');
  process.exitCode = await main(argv);
} else {
  runInThread();
}

function runInThread(): void {
  const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

  const state = new Int32Array(new SharedArrayBuffer(4));
  const temps = new MessageChannel();
  const pending = new Set<string>();
  const note = (m: { path: string; pending: boolean }) => (m.pending ? pending.add(m.path) : pending.delete(m.path));
  temps.port1.on('message', note);
  temps.port1.unref();

  const worker = startWorker(sibling(import.meta.url, 'run-worker'), {
    workerData: { argv, state, temps: temps.port2 },
    transferList: [temps.port2],
    stdout: false,
    stderr: false,
  });

  for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
    process.once(signal, () => {
      stopCommits(state);
      // Temporary files the work reported just before the signal are still in the port.
      for (let m = receiveMessageOnPort(temps.port1); m; m = receiveMessageOnPort(temps.port1)) note(m.message as { path: string; pending: boolean });
      for (const p of pending) rmSync(p, { recursive: true, force: true });
      process.stderr.write(CLI_WORDS[cliLanguage(argv, process.env)].stopped + '\n');
      process.exit(SIGNAL_EXIT[signal]);
    });
  }

  worker.on('message', (m: { exitCode?: number }) => {
    if (typeof m.exitCode === 'number') process.exitCode = m.exitCode;
  });
  worker.on('error', (e: Error) => {
    const words = CLI_WORDS[cliLanguage(argv, process.env)];
    process.stderr.write(`${words.internalError(e.message)}\n`);
    process.exitCode = 70;
  });
  worker.on('exit', () => {
    for (const p of pending) rmSync(p, { recursive: true, force: true });
  });
}
