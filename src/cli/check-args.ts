import { KitError, problem } from '../errors.js';

/**
 * A yargs check for flag values yargs lets through. An empty value usually comes from an
 * unset variable in a script (`--out $MAP`); it would otherwise mean "the current folder".
 * A check, not a coerce: yargs passes errors from checks on as they are (a coerce error
 * would lose its message key).
 */
export function nonEmpty(...flags: string[]) {
  return (args: Record<string, unknown>): true => {
    for (const flag of flags) {
      const value = args[flag];
      if (typeof value === 'string' && value.trim() === '') throw new KitError(problem('usageEmptyValue', { flag }), 2);
    }
    return true;
  };
}
