import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KitError } from '../errors.js';

export const CONFIG_FILE_NAME = 'gesprekskit.config.yaml';

/**
 * The config file to use: the one given with --config (which must exist), else
 * gesprekskit.config.yaml in the working folder, else none (built-in defaults).
 */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) {
      throw new KitError(
        { code: 'GK_CONFIG_NOT_FOUND', file, message: 'the config file given with --config does not exist', hint: `Check the path, or create one with "gesprekskit init".` },
        2,
      );
    }
    if (statSync(file).isDirectory()) {
      const inside = join(file, CONFIG_FILE_NAME);
      if (existsSync(inside)) return inside;
      throw new KitError(
        { code: 'GK_CONFIG_NOT_FOUND', file, message: `this folder has no ${CONFIG_FILE_NAME}`, hint: 'Give the path of the config file itself, or create one with "gesprekskit init".' },
        2,
      );
    }
    return file;
  }
  const local = join(cwd, CONFIG_FILE_NAME);
  return existsSync(local) ? local : undefined;
}
