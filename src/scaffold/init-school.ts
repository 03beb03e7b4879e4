import { lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { makeFolders } from '../files/make-folders.js';
import { glyphProblem } from '../kit/school-text.js';
import { CONTROL_CHARACTER, codePointName } from '../yaml/control-characters.js';
import { KitError, problem } from '../errors.js';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../config/find-config.js';
import { readImageFile } from '../input/read-image.js';
import { DEFAULT_SOURCE_ID } from '../kit/options.js';
import { nodeFiles } from '../node/node-files.js';
import { BUILTIN_SOURCES, BUILTIN_TEMPLATES, PACKAGE_ROOT } from '../node/paths.js';
import { shippedSchema } from '../yaml/shipped-schema.js';
import { configText } from './config-text.js';

export const SCAFFOLD_DIR = join(PACKAGE_ROOT, 'scaffold');

export interface InitOptions {
  dir: string;
  /** School name written into the config. */
  school?: string;
  /** A PNG or JPEG to copy into the folder as the school's logo. */
  logo?: string;
}

export interface InitResult {
  dir: string;
  /** Paths relative to dir, in the order they were considered. */
  created: string[];
  skipped: string[];
}

type Content = () => string | Uint8Array;

/**
 * Sets up a school folder: config, copies of the built-in templates to edit, an example
 * lesson with its source text, the JSON Schemas for editors and a README. An existing file
 * is never touched (written with the exclusive flag, so not even a race overwrites one).
 */
export function initSchool(options: InitOptions): InitResult {
  const dir = resolve(options.dir);
  const existing = lstatSync(dir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new KitError(problem('initTargetIsFile', {}, { file: dir }), 2);
  if (options.school !== undefined) checkSchoolName(options.school);
  // Check the logo before writing anything: a bad one should not leave half a folder.
  const logo = options.logo ? readImageFile(nodeFiles, resolve(options.logo), 'logoFlag') : undefined;
  const logoName = logo ? `logo.${logo.format === 'png' ? 'png' : 'jpg'}` : undefined;

  const files: [string, Content][] = [
    [CONFIG_FILE_NAME, () => configText({ ...(options.school ? { school: options.school } : {}), ...(logoName ? { logo: logoName } : {}) })],
    ['README.md', () => readFileSync(join(SCAFFOLD_DIR, 'README.md'))],
  ];
  if (logo && logoName) files.push([logoName, () => logo.data]);
  files.push(
    ['lessons/voorbeeld.yaml', () => readFileSync(join(SCAFFOLD_DIR, 'lessons', 'voorbeeld.yaml'))],
    [`lessons/sources/${DEFAULT_SOURCE_ID}.md`, () => readFileSync(join(BUILTIN_SOURCES, `${DEFAULT_SOURCE_ID}.md`))],
    ['schema/lesson.schema.json', () => JSON.stringify(shippedSchema('lesson', nodeFiles), null, 2) + '\n'],
    ['schema/config.schema.json', () => JSON.stringify(shippedSchema('config', nodeFiles), null, 2) + '\n'],
  );
  for (const file of filesUnder(BUILTIN_TEMPLATES)) {
    files.push([join('templates', relative(BUILTIN_TEMPLATES, file)), () => readFileSync(file)]);
  }

  const result: InitResult = { dir, created: [], skipped: [] };
  for (const [name, content] of files) {
    const target = join(dir, name);
    try {
      makeFolders(dirname(target));
      writeFileSync(target, content(), { flag: 'wx' });
      result.created.push(name);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        result.skipped.push(name);
        continue;
      }
      if (code === 'ENOTDIR') throw new KitError(problem('initTargetIsFile', {}, { file: firstFileOnPath(dir, dirname(target)) }), 2);
      if (code) throw new KitError(problem('initCannotWrite', { code }, { file: dirname(target) }));
      throw e;
    }
  }
  return result;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}


/** The file standing where a folder must go (the folder itself, or one above the file). */
function firstFileOnPath(root: string, dir: string): string {
  for (let d = dir; d.length >= root.length; d = dirname(d)) {
    const st = lstatSync(d, { throwIfNoEntry: false });
    if (st && !st.isDirectory()) return d;
    if (d === dirname(d)) break;
  }
  return dir;
}


/** The longest school name the config file accepts (config/schema.ts). */
const MAX_SCHOOL_NAME = 80;

/** A --school name the config file would then refuse is refused now, before writing anything. */
function checkSchoolName(name: string): void {
  const fail = (reason: string, code = '') => new KitError(problem('initSchoolName', { reason, max: MAX_SCHOOL_NAME, code }), 2);
  if (name.trim() === '') throw fail('empty');
  if ([...name].length > MAX_SCHOOL_NAME) throw fail('long');
  const control = CONTROL_CHARACTER.exec(name);
  if (control) throw fail('control', codePointName(control[0]));
  const glyph = glyphProblem(name.trim(), true, 'noto-sans', nodeFiles);
  if (glyph) {
    const missing = [...name].find((ch) => glyphProblem(ch, true, 'noto-sans', nodeFiles));
    throw fail('glyph', missing ? `"${missing}" (${codePointName(missing)})` : '');
  }
}
