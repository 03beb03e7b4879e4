import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { makeFolders } from '../files/make-folders.js';
import { join, relative, sep } from 'node:path';
import { KitError, problem, type Problem } from '../errors.js';
import { readTextFile } from '../input/read-text.js';
import { ID_PATTERN, isReservedName } from '../lesson/ids.js';
import { nodeFiles } from '../node/node-files.js';
import { PACKAGE_ROOT } from '../node/paths.js';
import { parseYaml } from '../yaml/parse.js';
import { lessonSkeleton } from './lesson-skeleton.js';

export interface NewLessonOptions {
  id: string;
  lessonsDir: string;
  source: string;
  /** The school folder (config folder or working folder): its schema/ is preferred. */
  root: string;
}

/** Writes lessonsDir/<id>.yaml from the skeleton; refuses an existing file or a bad id. */
export function newLesson(options: NewLessonOptions): string {
  const { id, lessonsDir } = options;
  if (!new RegExp(ID_PATTERN).test(id)) {
    throw new KitError(problem('lessonIdInvalid', { id }), 2);
  }
  if (isReservedName(id)) throw new KitError(problem('lessonIdReserved', { id }), 2);
  const file = join(lessonsDir, `${id}.yaml`);
  const other = fileWithId(lessonsDir, id);
  if (other && other !== file) throw new KitError(problem('newIdInUse', { id, other: relative(lessonsDir, other) }, { file: other }));
  if (existsSync(file) || existsSync(join(lessonsDir, `${id}.yml`))) {
    throw new KitError(problem('lessonExists', {}, { file }));
  }
  makeFolders(lessonsDir);
  writeFileSync(file, lessonSkeleton({ id, source: options.source, schemaPath: schemaPath(lessonsDir, options.root) }), { flag: 'wx' });
  return file;
}

/** The editor line points at the school's schema/ when there is one, else at the package's. */
function schemaPath(lessonsDir: string, root: string): string {
  const local = join(root, 'schema', 'lesson.schema.json');
  const target = existsSync(local) ? local : join(PACKAGE_ROOT, 'schema', 'lesson.schema.json');
  return relative(lessonsDir, target).split(sep).join('/');
}

/**
 * A lesson file in the folder that already claims this id, whatever its name (a copy made
 * in the file manager keeps the id of the original). Files that cannot be read or parsed
 * claim nothing.
 */
function fileWithId(lessonsDir: string, id: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(lessonsDir);
  } catch {
    return undefined;
  }
  for (const name of names.filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort()) {
    const file = join(lessonsDir, name);
    try {
      const ignored: Problem[] = [];
      const value = parseYaml(readTextFile(nodeFiles, file, 'lessonFile', lessonsDir), file, ignored)?.value as { id?: unknown } | null | undefined;
      if (value && typeof value === 'object' && value.id === id) return file;
    } catch {
      // unreadable: it claims no id
    }
  }
  return undefined;
}
