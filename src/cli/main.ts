import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitError, problem } from '../errors.js';
import { LANGUAGES } from '../messages/define.js';
import { PACKAGE_ROOT } from '../node/paths.js';
import { checkArgv } from './check-argv.js';
import { directCommand } from './direct.js';
import { helpKey, keepHelp, keptHelp } from './help-cache.js';
import { buildCommand } from './commands/build.js';
import { initCommand } from './commands/init.js';
import { newCommand } from './commands/new.js';
import { previewCommand } from './commands/preview.js';
import { listCommand } from './commands/list.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { webCommand } from './commands/web.js';
import { escapeForTerminal } from './terminal-text.js';
import { printProblems, processIO, speaking, type Cli, type CliIO } from './io.js';
import { cliLanguage } from './language.js';

class UsageError extends Error {}

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Runs the command line and returns the exit code: 0 ok, 1 invalid input, 2 wrong usage.
 * The only place that turns errors into terminal output. It speaks the language of
 * --lang, GESPREKSKIT_LANG or the locale, Dutch by default (cli/language.ts).
 */
export async function main(argv: readonly string[], rawIO: CliIO = processIO): Promise<number> {
  // Nothing reaches the terminal raw: a title with "\e[31m" in it is shown as \x1b[31m.
  const io: CliIO = { ...rawIO, out: (l) => rawIO.out(escapeForTerminal(l)), err: (l) => rawIO.err(escapeForTerminal(l)) };
  let code = 0;
  const done = (c: number) => {
    code = c;
  };
  const debug = argv.includes('--debug');
  const cli = speaking(io, cliLanguage(argv, io.env ?? process.env));
  // The version needs no command-line parser: answered before yargs is even loaded.
  if (argv.length === 1 && argv[0] === '--version') {
    cli.out(version());
    return 0;
  }
  const { words } = cli;
  try {
    // `list` and `validate` as typed most of the time: no parser needed (see direct.ts).
    const direct = directCommand(argv);
    if (direct) {
      const command = direct === 'list' ? listCommand(cli, done) : validateCommand(cli, done);
      const lang = cliLanguage(argv, {});
      await command.handler({ _: [direct], $0: 'gesprekskit', ...(argv.length > 1 ? { lang } : {}) });
      return code;
    }
    // Help as yargs wrote it last time for this same request (see help-cache.ts).
    const width = Math.min(100, process.stdout.columns || 100);
    const help = helpKey(argv, cli.lang, width);
    const kept = help && keptHelp(help);
    if (kept) {
      cli.out(kept);
      return 0;
    }
    const { output, exitCode } = await parsed(argv, cli, width, done, () => code);
    if (output) cli.out(output);
    if (help && output && exitCode === 0) keepHelp(help, output);
    return exitCode;
  } catch (e) {
    if (e instanceof KitError) {
      printProblems(cli, e.problems);
      if (debug) cli.err(e.stack ?? '');
      return e.exitCode;
    }
    if (e instanceof UsageError) {
      printProblems(cli, [problem('usage', { detail: e.message })]);
      return 2;
    }
    cli.err(words.internalError((e as Error).message));
    cli.err(debug ? ((e as Error).stack ?? '') : words.bug);
    return 70;
  }
}

/** The command line through yargs: every command, its checks, --help. */
async function parsed(argv: readonly string[], cli: Cli, width: number, done: (code: number) => void, code: () => number): Promise<{ output: string; exitCode: number }> {
  // Each command loads what it needs when it runs (see commands/): here only the parser.
  const { default: yargs } = await import('yargs');
  const { words } = cli;
  const parser = yargs()
    .scriptName('gesprekskit')
    .locale(cli.lang)
    // y18n takes { one, other } for plurals too; the type of updateStrings says only strings.
    .updateStrings(words.yargs as Record<string, string>)
    .usage(words.usage)
    .command(buildCommand(cli, done))
    .command(validateCommand(cli, done))
    .command(listCommand(cli, done))
    .command(schemaCommand(cli, done))
    .command(initCommand(cli, done))
    .command(newCommand(cli, done))
    .command(webCommand(cli, done))
    .command(previewCommand(cli, done))
    .option('lang', { type: 'string', requiresArg: true, choices: [...LANGUAGES], describe: words.options.lang })
    .option('debug', { type: 'boolean', describe: words.options.debug })
    .demandCommand(1, words.noCommand)
    .recommendCommands()
    .strict()
    .version(version())
    .help()
    .alias('h', 'help')
    .wrap(width)
    .fail((msg, err) => {
      // yargs reports its own validation failures as YError: those are usage mistakes.
      if (err && err.name !== 'YError') throw err;
      throw new UsageError(msg ?? err?.message ?? '');
    });
  // Before it runs a command, yargs lays out the whole help text, in case the command fails
  // and shows it: 20-30 ms of every build. gesprekskit never shows help after a command
  // started (a failure is a problem with a pointer to --help), so that text is not made.
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (internal?.cacheHelpMessage) internal.cacheHelpMessage = () => undefined;
  // With a parse callback yargs neither prints nor exits: --help and --version text comes
  // back here and goes through `io` like everything else.
  checkArgv(argv);
  let output = '';
  await parser.parseAsync([...argv], {}, (_err, _argv, text) => {
    output = text;
  });
  return { output, exitCode: code() };
}
