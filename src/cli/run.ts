import { main } from './main.js';

// Ctrl+C or a kill stops the build between two files, never in the middle of writing one:
// files are written synchronously, and a handled signal waits for the event loop.
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
  process.once(signal, () => {
    process.stderr.write('gesprekskit: stopped. PDFs already written are complete; the others keep their previous version.\n');
    process.exit(SIGNAL_EXIT[signal]);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
