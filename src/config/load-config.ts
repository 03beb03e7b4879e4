import { KitError, problem, reword, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readImageFile } from '../input/read-image.js';
import { readTextFile } from '../input/read-text.js';
import type { KitOptionsInput, PageSize } from '../kit/options.js';
import { checkSchema } from '../yaml/check-schema.js';
import { controlCharacterProblems } from '../yaml/control-characters.js';
import { parseYaml, positionOf, type ParsedYaml } from '../yaml/parse.js';
import type { ConfigFile } from './schema.js';
import { isSourcePath } from './source-option.js';

export interface LoadedConfig {
  file: string;
  /** The folder of the config file: its paths and the default folders are relative to it. */
  dir: string;
  /** What the config sets, with absolute paths; unset keys are absent. */
  input: KitOptionsInput;
  /** Files outside the lesson, template and source folders that a build reads (the logo). */
  extraFiles: string[];
}

/**
 * Reads and checks gesprekskit.config.yaml. Every problem points at its line in the config
 * file, including those of the files it names (a logo that is missing or not an image).
 */
export function loadConfig(file: string, files: InputFiles): LoadedConfig {
  const dir = files.dirname(file);
  const text = readTextFile(files, file, 'configFile');
  const problems: Problem[] = [];
  const parsed = parseYaml(text, file, problems);
  if (!parsed) throw new KitError(problems);
  // A file with only comments is an empty config, not an error.
  if (parsed.value === null || parsed.value === undefined) return { file, dir, input: { cwd: dir }, extraFiles: [] };
  problems.push(...checkSchema('config', parsed, 'configFile'));
  if (problems.length === 0) problems.push(...controlCharacterProblems(parsed, 'configFile'));
  if (problems.length > 0) throw new KitError(problems);
  const config = parsed.value as ConfigFile;

  const at = (path: string[]) => ({ file, ...positionOf(parsed, path) });
  const folder = (value: string | undefined, key: string, what: 'lessonsFolder' | 'templatesFolder') => {
    if (value === undefined) return undefined;
    const full = files.resolve(dir, value);
    if (files.kind(full) !== 'folder') {
      problems.push(problem('configFolder', { what, value, full }, at([key])));
    }
    return full;
  };

  const input: KitOptionsInput = { cwd: dir };
  const lessonsDir = folder(config.lessons, 'lessons', 'lessonsFolder');
  if (lessonsDir) input.lessonsDir = lessonsDir;
  const templatesDir = folder(config.templates, 'templates', 'templatesFolder');
  if (templatesDir) input.templatesDir = templatesDir;
  if (config.output !== undefined) input.outDir = files.resolve(dir, config.output);
  if (config.page_size !== undefined) input.pageSize = config.page_size.toUpperCase() as PageSize;
  if (config.font !== undefined) input.font = config.font;
  if (config.large_print !== undefined) input.largePrint = config.large_print;
  if (config.labels !== undefined) input.labels = config.labels;
  if (config.accent !== undefined) input.accent = config.accent.toLowerCase();
  if (config.default_source !== undefined) {
    const value = config.default_source;
    if (isSourcePath(value)) {
      const full = files.resolve(dir, value);
      if (files.kind(full) === 'missing') {
        problems.push(problem('configSource', { value, full }, at(['default_source'])));
      }
      input.sourceFile = full;
    } else {
      input.defaultSource = value;
    }
  }

  const extraFiles: string[] = [];
  const school = config.school ?? {};
  if (config.school) {
    input.school = {
      name: (school.name ?? '').trim(),
      contact: (school.contact ?? '').trim(),
      logo: '',
      places: {
        ...(school.name !== undefined ? { name: at(['school', 'name']) } : {}),
        ...(school.contact !== undefined ? { contact: at(['school', 'contact']) } : {}),
      },
    };
    if (school.logo !== undefined) {
      const logo = files.resolve(dir, school.logo);
      input.school.logo = logo;
      extraFiles.push(logo);
      checkLogo(files, logo, school.logo, parsed, problems);
    }
  }
  if (problems.length > 0) throw new KitError(problems);
  return { file, dir, input, extraFiles };
}

/** A logo that cannot be used is the config's mistake: report it at the "logo:" line. */
function checkLogo(input: InputFiles, file: string, written: string, parsed: ParsedYaml, problems: Problem[]): void {
  try {
    readImageFile(input, file, 'logo', written);
  } catch (e) {
    if (!(e instanceof KitError)) throw e;
    for (const p of e.problems) {
      const at = { ...p, file: parsed.file, ...positionOf(parsed, ['school', 'logo']) };
      problems.push(p.code === 'GK_FILE_NOT_FOUND' ? reword(at, 'configLogoNotFound', { name: written, full: file }) : at);
    }
  }
}
