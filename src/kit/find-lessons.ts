import { KitError, problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';

/** The lesson files in a folder: *.yaml and *.yml, not recursing, in name order. */
export function findLessonFiles(dir: string, input: InputFiles): string[] {
  let names: string[];
  try {
    names = input.list(dir, 'the lessons folder');
  } catch (e) {
    if (!(e instanceof KitError)) throw e;
    const p = e.problems[0]!;
    if (p.code === 'GK_FILE_NOT_FOUND') {
      // Only --lessons can name a folder that does not exist: a usage mistake.
      throw new KitError({ ...p, hint: 'Give the folder with your lesson files with --lessons, or run the command in the folder that holds lessons/.' }, 2);
    }
    if (p.code === 'GK_FILE_NOT_FOLDER' && input.kind(dir) === 'file') {
      throw new KitError({ ...p, message: 'the lessons folder is a file, not a folder', hint: 'Give the folder that holds the lesson files with --lessons, not one lesson file.' }, 2);
    }
    if (p.code === 'GK_FILE_NO_ACCESS') {
      throw new KitError({ ...p, message: 'the lessons folder cannot be read (permission denied)', hint: 'Ask your ICT coordinator for read access to this folder, or copy the lessons to a folder of your own.' });
    }
    throw e;
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  if (files.length === 0) {
    throw new KitError(problem('noLessons', {}, { file: dir }));
  }
  return files.map((n) => input.join(dir, n));
}
