import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yargs from 'yargs';
import { KitError } from '../errors.js';
import { PACKAGE_ROOT } from '../node/paths.js';
import { escapeForTerminal } from '../yaml/control-characters.js';
import { checkArgv } from './check-argv.js';
import { buildCommand } from './commands/build.js';
import { initCommand } from './commands/init.js';
import { newCommand } from './commands/new.js';
import { listCommand } from './commands/list.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { webCommand } from './commands/web.js';
import { printProblems, processIO, type CliIO } from './io.js';

class UsageError extends Error {}

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Runs the command line and returns the exit code: 0 ok, 1 invalid input, 2 wrong usage.
 * The only place that turns errors into terminal output.
 */
export async function main(argv: readonly string[], rawIO: CliIO = processIO): Promise<number> {
  // Nothing reaches the terminal raw: a title with "\e[31m" in it is shown as \x1b[31m.
  const io: CliIO = { ...rawIO, out: (l) => rawIO.out(escapeForTerminal(l)), err: (l) => rawIO.err(escapeForTerminal(l)) };
  let code = 0;
  const done = (c: number) => {
    code = c;
  };
  const debug = argv.includes('--debug');
  const cli = yargs()
    .scriptName('gesprekskit')
    .locale('en')
    .usage('$0 <command> [options]\n\nPrintable discussion kits (worksheets, teacher guides, cards, slides) from lesson files.')
    .command(buildCommand(io, done))
    .command(validateCommand(io, done))
    .command(listCommand(io, done))
    .command(schemaCommand(io, done))
    .command(initCommand(io, done))
    .command(newCommand(io, done))
    .command(webCommand(io, done))
    .option('debug', { type: 'boolean', describe: 'Show internal details (stack traces) on errors' })
    .demandCommand(1, 'Name a command: build, validate, list, schema, init, new or web.')
    .recommendCommands()
    .strict()
    .version(version())
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((msg, err) => {
      // yargs reports its own validation failures as YError: those are usage mistakes.
      if (err && err.name !== 'YError') throw err;
      throw new UsageError(msg ?? err?.message ?? 'wrong usage');
    });
  try {
    // With a parse callback yargs neither prints nor exits: --help and --version text comes
    // back here and goes through `io` like everything else.
    checkArgv(argv);
    let text = '';
    await cli.parseAsync([...argv], {}, (_err, _argv, output) => {
      text = output;
    });
    if (text) io.out(text);
    return code;
  } catch (e) {
    if (e instanceof KitError) {
      printProblems(io, e.problems);
      if (debug) io.err(e.stack ?? '');
      return e.exitCode;
    }
    if (e instanceof UsageError) {
      io.err(`gesprekskit: ${e.message}`);
      io.err('Run "gesprekskit --help" for the commands and options.');
      return 2;
    }
    io.err(`gesprekskit: internal error: ${(e as Error).message}`);
    io.err(debug ? ((e as Error).stack ?? '') : 'This is a bug in gesprekskit. Run again with --debug and report what it prints.');
    return 70;
  }
}
