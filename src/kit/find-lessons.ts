import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KitError, problem, reword } from '../errors.js';
import { ioProblem } from '../files/read-text.js';

/** The lesson files in a folder: *.yaml and *.yml, not recursing, in name order. */
export function findLessonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const p = ioProblem(e, dir, 'lessonsFolder');
    if (p.code === 'GK_FILE_NOT_FOUND') {
      // Only --lessons can name a folder that does not exist: a usage mistake.
      throw new KitError(reword(p, 'lessonsFolderMissing', {}), 2);
    }
    if (p.code === 'GK_FILE_NOT_FOLDER' && isFile(dir)) {
      throw new KitError(reword(p, 'lessonsFolderIsFile', {}), 2);
    }
    if (p.code === 'GK_FILE_NO_ACCESS') {
      throw new KitError(reword(p, 'lessonsFolderNoAccess', {}));
    }
    throw new KitError(p);
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  if (files.length === 0) {
    throw new KitError(problem('noLessons', {}, { file: dir }));
  }
  return files.map((n) => join(dir, n));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
