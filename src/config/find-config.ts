import { KitError, problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';

export const CONFIG_FILE_NAME = 'gesprekskit.config.yaml';

/**
 * The config file to use: the one given with --config (which must exist), else
 * gesprekskit.config.yaml in the working folder, else none (built-in defaults).
 */
export function findConfigFile(input: InputFiles, cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = input.resolve(cwd, explicit);
    const kind = input.kind(file);
    if (kind === 'missing') {
      throw new KitError(problem('configNotFound', {}, { file }), 2);
    }
    if (kind === 'folder') {
      const inside = input.join(file, CONFIG_FILE_NAME);
      if (input.kind(inside) !== 'missing') return inside;
      throw new KitError(problem('configFolderWithout', { name: CONFIG_FILE_NAME }, { file }), 2);
    }
    return file;
  }
  const local = input.join(cwd, CONFIG_FILE_NAME);
  return input.kind(local) !== 'missing' ? local : undefined;
}
