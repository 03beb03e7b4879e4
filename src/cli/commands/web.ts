import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { nonEmpty } from '../check-args.js';
import { displayPath, type CliIO } from '../io.js';

interface WebArgs {
  out?: string;
}

export function webCommand(io: CliIO, done: (code: number) => void): CommandModule<object, WebArgs> {
  return {
    command: 'web',
    describe: 'Write the web app (a static site: no install, nothing leaves the device) into output/web/',
    builder: (y) => y.option('out', { type: 'string', requiresArg: true, coerce: nonEmpty('out'), describe: 'Folder for the site', defaultDescription: 'output/web' }),
    handler: async (args) => {
      // Loaded here: only this command bundles or copies the browser build.
      const { writeWebSite } = await import('../../node/web-site.js');
      const site = await writeWebSite(resolve(io.cwd, args.out ?? 'output/web'));
      io.out(`${displayPath(io, site.dir)}  ${site.files.length} files  (the app: ${(site.bundleBytes / 1024).toFixed(0)} KB)`);
      io.out('Put this folder on any web server (a school intranet, or a small server on a USB stick); browsers do not run it from a file:// address.');
      done(0);
    },
  };
}
