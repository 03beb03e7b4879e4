import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KitError, problem } from '../errors.js';
import { ID_PATTERN } from '../lesson/ids.js';
import { PACKAGE_ROOT } from '../node/paths.js';
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
  const file = join(lessonsDir, `${id}.yaml`);
  if (existsSync(file) || existsSync(join(lessonsDir, `${id}.yml`))) {
    throw new KitError(problem('lessonExists', {}, { file }));
  }
  mkdirSync(lessonsDir, { recursive: true });
  writeFileSync(file, lessonSkeleton({ id, source: options.source, schemaPath: schemaPath(lessonsDir, options.root) }), { flag: 'wx' });
  return file;
}

/** The editor line points at the school's schema/ when there is one, else at the package's. */
function schemaPath(lessonsDir: string, root: string): string {
  const local = join(root, 'schema', 'lesson.schema.json');
  const target = existsSync(local) ? local : join(PACKAGE_ROOT, 'schema', 'lesson.schema.json');
  return relative(lessonsDir, target).split(sep).join('/');
}
