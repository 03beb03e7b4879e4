import type { CommandModule } from 'yargs';
import { KitError, problem } from '../../errors.js';
import type { CliIO } from '../io.js';
import { untilStopped } from '../watch.js';

interface PreviewArgs {
  port: number;
  open: boolean;
}

/** The port the preview listens on when none is given (src/node/preview-server.ts). */
const DEFAULT_PORT = 4310;

export function previewCommand(io: CliIO, done: (code: number) => void): CommandModule<object, PreviewArgs> {
  return {
    command: 'preview',
    describe: 'Show the web app with the lessons, templates, source texts and config of this folder on http://127.0.0.1 and follow every saved change',
    builder: (y) =>
      y
        .option('port', { type: 'number', requiresArg: true, default: DEFAULT_PORT, describe: 'Port on 127.0.0.1' })
        .option('open', { type: 'boolean', default: true, describe: 'Open the page in the browser (--no-open: only print its address)' })
        .check((a) => {
          const port = a.port;
          if (!(Number.isInteger(port) && (port === 0 || (port >= 1024 && port <= 65535)))) throw new KitError(problem('previewPortNotAllowed', { port: Number(port) }), 2);
          return true;
        }),
    handler: async (args) => {
      // Loaded here: only this command serves the web app and watches a folder.
      const { startPreview } = await import('../../node/preview-server.js');
      const server = await startPreview({ dir: io.cwd, port: args.port });
      server.on('change', (files) => io.out(`changed: ${files.join(', ')}`));
      await server.ready;
      io.out(`gesprekskit preview: ${server.url}`);
      io.out('The page shows the lessons, templates, source texts and config of this folder, and follows every change you save. Press Ctrl+C to stop.');
      if (args.open) {
        const { openBrowser } = await import('../../node/open-browser.js');
        if (!openBrowser(server.url)) io.out('Open that address in a browser on this computer.');
      }
      await untilStopped(io.signal);
      await server.close();
      done(0);
    },
  };
}
