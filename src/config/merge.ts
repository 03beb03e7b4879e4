import type { InputFiles } from '../input/input-files.js';
import type { KitOptionsInput } from '../kit/options.js';
import { findConfigFile } from './find-config.js';
import { loadConfig, type LoadedConfig } from './load-config.js';

/** Paths a user types on the command line are relative to the folder they type it in. */
const PATH_KEYS = ['lessonsDir', 'templatesDir', 'outDir', 'sourceFile'] as const;

/**
 * Built-in defaults ◀ config file ◀ command-line flags. Flags that were not given
 * (undefined) leave the config's value; a source given on the command line replaces the
 * config's, whether either is an id or a file.
 */
export function mergeInputs(config: KitOptionsInput | undefined, flags: KitOptionsInput, flagsCwd: string, files: InputFiles): KitOptionsInput {
  const merged: Record<string, unknown> = { ...config };
  const given = Object.entries(flags).filter(([, v]) => v !== undefined);
  if (given.some(([k]) => k === 'sourceFile' || k === 'defaultSource')) {
    delete merged.sourceFile;
    delete merged.defaultSource;
  }
  for (const [key, value] of given) {
    merged[key] = (PATH_KEYS as readonly string[]).includes(key) ? files.resolve(flagsCwd, value as string) : value;
  }
  merged.cwd ??= flagsCwd;
  return merged as KitOptionsInput;
}

export interface ConfiguredInput {
  input: KitOptionsInput;
  /** The config file used, if any. */
  config?: LoadedConfig;
}

/** Finds and loads the config (if any) and lays the flags over it. */
export function configuredInput(cwd: string, configPath: string | undefined, flags: KitOptionsInput, files: InputFiles): ConfiguredInput {
  const file = findConfigFile(files, cwd, configPath);
  const config = file ? loadConfig(file, files) : undefined;
  return { input: mergeInputs(config?.input, flags, cwd, files), ...(config ? { config } : {}) };
}
