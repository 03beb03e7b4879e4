import { KitError, problem } from '../errors.js';

/**
 * Mistakes yargs would let through, found before it parses: an option given twice (yargs
 * makes a list of it, which no option expects: the last --source would silently win or
 * both would be glued together) and words after "--" (which yargs would silently drop).
 */
export function checkArgv(argv: readonly string[]): void {
  const dash = argv.indexOf('--');
  if (dash !== -1) throw new KitError(problem('argsAfterDashDash', { args: argv.slice(dash + 1).join(' ') }), 2);
  const seen = new Set<string>();
  for (const arg of argv) {
    if (!arg.startsWith('--') || arg === '--') continue;
    let name = arg.slice(2).split('=')[0]!;
    if (name.startsWith('no-')) name = name.slice(3);
    if (seen.has(name)) throw new KitError(problem('optionTwice', { option: name }), 2);
    seen.add(name);
  }
}
