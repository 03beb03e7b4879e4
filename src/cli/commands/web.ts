import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { nonEmpty } from '../check-args.js';
import { displayPath, type Cli } from '../io.js';

interface WebArgs {
  out?: string;
}

export function webCommand(cli: Cli, done: (code: number) => void): CommandModule<object, WebArgs> {
  const say = cli.words.web;
  return {
    command: 'web',
    describe: say.describe,
    builder: (y) => y.option('out', { type: 'string', requiresArg: true, describe: say.out, defaultDescription: say.outDefault }).check(nonEmpty('out')),
    handler: async (args) => {
      // Loaded here: only this command bundles or copies the browser build.
      const { writeWebSite } = await import('../../node/web-site.js');
      const site = await writeWebSite(resolve(cli.cwd, args.out ?? 'output/web'));
      cli.out(say.written(displayPath(cli, site.dir), site.files.length, Math.round(site.bundleBytes / 1024)));
      cli.out(say.serve);
      done(0);
    },
  };
}
