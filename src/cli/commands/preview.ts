import type { CommandModule } from 'yargs';
import { KitError, problem } from '../../errors.js';
import type { Cli } from '../io.js';
import { untilStopped } from '../until-stopped.js';

interface PreviewArgs {
  port: number;
  open: boolean;
}

/** The port the preview listens on when none is given. */
const DEFAULT_PORT = 4310;

export function previewCommand(cli: Cli, done: (code: number) => void): CommandModule<object, PreviewArgs> {
  const say = cli.words.preview;
  return {
    command: 'preview',
    describe: say.describe,
    builder: (y) =>
      y
        .option('port', { type: 'number', requiresArg: true, default: DEFAULT_PORT, describe: say.port })
        .option('open', { type: 'boolean', default: true, describe: say.open })
        .check((a) => {
          const port = a.port;
          if (!(Number.isInteger(port) && (port === 0 || (port >= 1024 && port <= 65535)))) throw new KitError(problem('previewPortNotAllowed', { port: Number(port) }), 2);
          return true;
        }),
    handler: async (args) => {
      // Loaded here: only this command serves the web app and watches a folder.
      const { startPreview } = await import('../../node/preview-server.js');
      const server = await startPreview({ dir: cli.cwd, port: args.port });
      server.on('change', (files) => cli.out(cli.words.watch.changed(files.join(', '))));
      await server.ready;
      cli.out(say.listening(server.url));
      cli.out(say.follows);
      if (args.open) {
        const { openBrowser } = await import('../../node/open-browser.js');
        if (!openBrowser(server.url)) cli.out(say.openYourself);
      }
      await untilStopped(cli.signal);
      await server.close();
      done(0);
    },
  };
}
