import { findConfigFile as findConfigIn } from '../config/find-config.js';
import { loadConfig as loadConfigFrom, type LoadedConfig } from '../config/load-config.js';
import { configuredInput as configuredInputFrom, mergeInputs as mergeInputsFrom, type ConfiguredInput } from '../config/merge.js';
import type { LoadedKit } from '../kit/load-lessons.js';
import type { KitOptions, KitOptionsInput } from '../kit/options.js';
import { validateKit as validateKitFrom } from '../kit/validate-kit.js';
import { nodeFiles } from './node-files.js';
import { parseStore } from './parse-cache.js';

/**
 * The library API on this machine's files: the core functions (which read through an
 * InputFiles) bound to the file system, with the signatures the CLI and other programs use.
 */

/** Loads and checks the lessons the options select; nothing is written. */
export function validateKit(options: KitOptions): LoadedKit {
  return validateKitFrom(options, nodeFiles, parseStore(options.cacheDir));
}

export function loadConfig(file: string): LoadedConfig {
  return loadConfigFrom(file, nodeFiles);
}

export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  return findConfigIn(nodeFiles, cwd, explicit);
}

export function mergeInputs(config: KitOptionsInput | undefined, flags: KitOptionsInput, flagsCwd: string): KitOptionsInput {
  return mergeInputsFrom(config, flags, flagsCwd, nodeFiles);
}

export function configuredInput(cwd: string, configPath: string | undefined, flags: KitOptionsInput): ConfiguredInput {
  return configuredInputFrom(cwd, configPath, flags, nodeFiles);
}
