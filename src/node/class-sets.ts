import { dirname, join } from 'node:path';
import { lstatSync, readdirSync } from 'node:fs';
import { KitError, problem } from '../errors.js';
import { stagedName, StagedFolder } from '../files/staged-write.js';
import { CLASS_SET_PIECE, classSetFileName, rosterFills, SINGLES_PER_JOB, singleFileNames } from '../kit/class-set.js';
import { pieceById } from '../kit/find-piece.js';
import type { KitLesson } from '../kit/load-lessons.js';
import type { KitOptions } from '../kit/options.js';
import type { RenderJob } from '../kit/render-jobs.js';
import type { Roster } from '../roster/load-roster.js';
import { lessonOutDir } from './build-kit.js';
import { checkLessonFolder, outputError, refuseForeignFile } from './output-files.js';
import type { LessonPlan } from './run-jobs.js';

export { CLASS_SET_PIECE, SINGLES_PER_JOB };

/** Print file of a class set: output/<lesson>/worksheets-<list>.pdf; per student in a folder of that name. */
export function classSetTarget(outDir: string, lessonId: string, roster: Roster): string {
  return join(lessonOutDir(outDir, lessonId), classSetFileName(roster));
}

/**
 * Per lesson: one print file with every student, and with `split` one file per student.
 * The jobs check every name against the fonts and the name field before drawing.
 */
export function planClassSets(lessons: readonly KitLesson[], roster: Roster, options: KitOptions): LessonPlan[] {
  const piece = pieceById(CLASS_SET_PIECE);
  const fills = rosterFills(roster);
  const names = singleFileNames(roster);
  return lessons.map((lesson, i) => {
    let target: string;
    try {
      target = classSetTarget(options.outDir, lesson.lesson.id, roster);
      checkLessonFolder(dirname(target));
      refuseForeignFile(target);
      if (options.split) refuseForeignFolder(target.replace(/\.pdf$/, ''));
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      return { lesson, jobs: [], error: e };
    }
    const jobs: RenderJob[] = [{ kind: 'copies', lesson: i, piece: piece.id, roster: roster.file, fills, target, tmp: stagedName(target) }];
    if (!options.split) return { lesson, jobs };
    let folder: StagedFolder;
    try {
      folder = new StagedFolder(target.replace(/\.pdf$/, ''));
    } catch (e) {
      const failure = outputError(e, target.replace(/\.pdf$/, ''));
      if (!(failure instanceof KitError)) throw failure;
      return { lesson, jobs: [], error: failure };
    }
    const files = fills.map((fill, k) => ({ fill, file: join(folder.tmp, names[k]!) }));
    for (let k = 0; k < files.length; k += SINGLES_PER_JOB) {
      jobs.push({ kind: 'singles', lesson: i, piece: piece.id, roster: roster.file, files: files.slice(k, k + SINGLES_PER_JOB) });
    }
    return { lesson, jobs, folders: [folder] };
  });
}

/**
 * The folder of single copies is replaced as a whole, so it may hold only PDFs an earlier
 * build made: a folder of the teacher's own files by that name is left alone.
 */
function refuseForeignFolder(dir: string): void {
  const st = lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return;
  const foreign = (file: string) =>
    new KitError(problem('outputFolderNotOurs', {}, { file }));
  if (!st.isDirectory()) throw foreign(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (!entry.isFile() || !entry.name.endsWith('.pdf')) throw foreign(file);
    refuseForeignFile(file);
  }
}
