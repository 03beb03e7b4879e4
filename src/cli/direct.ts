import { isLang } from '../messages/lang.js';

/**
 * Command lines simple enough to need no command-line parser: a command that writes nothing,
 * alone or with --lang. Loading yargs and declaring every command costs more than node
 * itself takes to start (about 60 ms); `gesprekskit list` then costs little more than that.
 * Anything else (another flag, a lesson name, a typo) goes through yargs as always, so what
 * yargs would say about it is unchanged. The arguments handed on are those yargs would give.
 */
/** Every command of the CLI (main.ts declares them to yargs; a test checks the two agree). */
export const COMMAND_NAMES: readonly string[] = ['build', 'validate', 'list', 'schema', 'init', 'new', 'web', 'preview'];

export type DirectCommand = 'list' | 'validate';

const DIRECT: readonly string[] = ['list', 'validate'] satisfies DirectCommand[];

export function directCommand(argv: readonly string[]): DirectCommand | undefined {
  const [command, ...rest] = argv;
  if (command === undefined || !DIRECT.includes(command)) return undefined;
  if (rest.length === 0) return command as DirectCommand;
  if (rest.length === 1 && rest[0]!.startsWith('--lang=') && isLang(rest[0]!.slice('--lang='.length))) return command as DirectCommand;
  if (rest.length === 2 && rest[0] === '--lang' && isLang(rest[1])) return command as DirectCommand;
  return undefined;
}

/**
 * Whether a command line runs in the process's own thread instead of a work thread: commands
 * that write no file (list, validate, schema) and requests for help. A work thread exists
 * so that Ctrl+C can clean up half-written files at once; these leave none, so the signal's
 * default (end the process there and then) is right for them, and the thread's start-up
 * (~25 ms, its own copy of Node) is saved.
 */
export function writesNothing(argv: readonly string[]): boolean {
  const dash = argv.indexOf('--');
  const args = dash === -1 ? argv : argv.slice(0, dash);
  if (args.includes('--help') || args.includes('-h')) return true;
  return args[0] === 'list' || args[0] === 'validate' || args[0] === 'schema';
}
