import { KitError, problem, reword } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';

/** The lesson files in a folder: *.yaml and *.yml, not recursing, in name order. */
export function findLessonFiles(dir: string, input: InputFiles): string[] {
  let names: string[];
  try {
    names = input.list(dir, 'lessonsFolder');
  } catch (e) {
    if (!(e instanceof KitError)) throw e;
    const p = e.problems[0]!;
    if (p.code === 'GK_FILE_NOT_FOUND') {
      // Only --lessons can name a folder that does not exist: a usage mistake.
      throw new KitError(reword(p, 'lessonsFolderMissing', {}), 2);
    }
    if (p.code === 'GK_FILE_NOT_FOLDER' && input.kind(dir) === 'file') {
      throw new KitError(reword(p, 'lessonsFolderIsFile', {}), 2);
    }
    if (p.code === 'GK_FILE_NO_ACCESS') {
      throw new KitError(reword(p, 'lessonsFolderNoAccess', {}));
    }
    throw e;
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  if (files.length === 0) {
    throw new KitError(problem('noLessons', {}, { file: dir }));
  }
  return files.map((n) => input.join(dir, n));
}
