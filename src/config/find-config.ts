import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KitError, problem } from '../errors.js';

export const CONFIG_FILE_NAME = 'gesprekskit.config.yaml';

/**
 * The config file to use: the one given with --config (which must exist), else
 * gesprekskit.config.yaml in the working folder, else none (built-in defaults).
 */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) {
      throw new KitError(problem('configNotFound', {}, { file }), 2);
    }
    if (statSync(file).isDirectory()) {
      const inside = join(file, CONFIG_FILE_NAME);
      if (existsSync(inside)) return inside;
      throw new KitError(problem('configFolderWithout', { name: CONFIG_FILE_NAME }, { file }), 2);
    }
    return file;
  }
  const local = join(cwd, CONFIG_FILE_NAME);
  return existsSync(local) ? local : undefined;
}
