import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { CONFIG_FILE_NAME } from '../../config/find-config.js';
import { displayPath, type CliIO } from '../io.js';

interface InitArgs {
  dir?: string;
  school?: string;
  logo?: string;
}

export function initCommand(io: CliIO, done: (code: number) => void): CommandModule<object, InitArgs> {
  return {
    command: 'init [dir]',
    describe: 'Set up a school folder: config, templates to edit, an example lesson, a README',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', describe: 'Folder to set up (created if needed)', default: '.' })
        .option('school', { type: 'string', requiresArg: true, describe: 'School name, written into the config' })
        .option('logo', { type: 'string', requiresArg: true, describe: 'PNG or JPEG logo, copied into the folder' }),
    handler: async (args) => {
      // Loaded here: checking the school name loads the fonts, which other commands never need.
      const { initSchool } = await import('../../scaffold/init-school.js');
      const result = initSchool({
        dir: resolve(io.cwd, args.dir ?? '.'),
        ...(args.school !== undefined ? { school: args.school } : {}),
        ...(args.logo ? { logo: resolve(io.cwd, args.logo) } : {}),
      });
      for (const f of result.created) io.out(`created  ${f}`);
      for (const f of result.skipped) io.out(`skipped  ${f} (already exists, left as it is)`);
      const where = result.dir === resolve(io.cwd) ? '.' : displayPath(io, result.dir);
      io.out('');
      io.out(`${result.created.length} files created, ${result.skipped.length} skipped in ${where}.`);
      io.out(
        where === '.'
          ? `Next: edit ${CONFIG_FILE_NAME} and run "npx gesprekskit build". README.md says what to edit.`
          : `Next: cd ${where}, edit ${CONFIG_FILE_NAME} and run "npx gesprekskit build". README.md there says what to edit.`,
      );
      done(0);
    },
  };
}
