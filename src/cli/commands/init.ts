import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { CONFIG_FILE_NAME } from '../../config/find-config.js';
import { displayPath, type Cli } from '../io.js';

interface InitArgs {
  school?: string;
  logo?: string;
}

export function initCommand(cli: Cli, done: (code: number) => void): CommandModule<object, InitArgs> {
  const say = cli.words.init;
  const dirArg = cli.words.args.dir;
  return {
    command: `init [${dirArg}]`,
    describe: say.describe,
    builder: (y) =>
      y
        .positional(dirArg, { type: 'string', describe: say.dir, default: '.' })
        .option('school', { type: 'string', requiresArg: true, describe: say.school })
        .option('logo', { type: 'string', requiresArg: true, describe: say.logo }),    handler: async (args) => {
      // Loaded here: checking the school name loads the fonts, which other commands never need.
      const { initSchool } = await import('../../scaffold/init-school.js');
      const dir = (args as Record<string, unknown>)[dirArg];
      const result = initSchool({
        dir: resolve(cli.cwd, typeof dir === 'string' ? dir : '.'),
        ...(args.school !== undefined ? { school: args.school } : {}),
        ...(args.logo ? { logo: resolve(cli.cwd, args.logo) } : {}),
      });
      for (const f of result.created) cli.out(say.created(f));
      for (const f of result.skipped) cli.out(say.skipped(f));
      const where = result.dir === resolve(cli.cwd) ? '.' : displayPath(cli, result.dir);
      cli.out('');
      cli.out(say.summary(result.created.length, result.skipped.length, where));
      cli.out(say.next(where, CONFIG_FILE_NAME));
      done(0);
    },
  };
}
