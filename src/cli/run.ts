import { CLI_WORDS } from '../messages/cli-words.js';
import { cliLanguage } from './language.js';
import { main } from './main.js';

const argv = process.argv.slice(2);

// Ctrl+C or a kill stops the build between two files, never in the middle of writing one:
// files are written synchronously, and a handled signal waits for the event loop.
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
for (const signal of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
  process.once(signal, () => {
    process.stderr.write(CLI_WORDS[cliLanguage(argv, process.env)].stopped + '\n');
    process.exit(SIGNAL_EXIT[signal]);
  });
}

main(argv).then((code) => {
  process.exitCode = code;
});
