import { KitError, problem } from '../errors.js';

/**
 * Checks for flag values yargs lets through. An empty value usually comes from an unset
 * variable in a script (`--out $MAP`); it would otherwise mean "the current folder".
 */
export function nonEmpty(flag: string) {
  return <T extends string | undefined>(value: T): T => {
    if (typeof value === 'string' && value.trim() === '') {
      throw new KitError(problem('usageEmptyValue', { flag }), 2);
    }
    return value;
  };
}
