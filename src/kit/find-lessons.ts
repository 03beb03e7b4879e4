import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../errors.js';
import { ioProblem } from '../files/read-text.js';

/** The lesson files in a folder: *.yaml and *.yml, not recursing, in name order. */
export function findLessonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const p = ioProblem(e, dir, 'the lessons folder');
    if (p.code === 'GK_FILE_IS_FOLDER') throw e;
    throw new KitError({ ...p, hint: p.code === 'GK_FILE_NOT_FOUND' ? 'Give the folder with your lesson files with --lessons, or run the command in the folder that holds lessons/.' : p.hint });
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  if (files.length === 0) {
    throw new KitError({
      code: 'GK_NO_LESSONS',
      file: dir,
      message: 'this folder holds no lesson files (*.yaml)',
      hint: 'Create one with "gesprekskit new <id>", or point --lessons at the right folder.',
    });
  }
  return files.map((n) => join(dir, n));
}
