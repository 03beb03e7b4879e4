import { dirname, join } from 'node:path';
import { lstatSync, readdirSync } from 'node:fs';
import { KitError } from '../errors.js';
import { stagedName, StagedFolder } from '../files/staged-write.js';
import type { Roster } from '../roster/load-roster.js';
import { safeName } from '../roster/safe-name.js';
import { lessonOutDir } from './build-kit.js';
import { pieceById } from './find-piece.js';
import type { KitLesson } from './load-lessons.js';
import type { KitOptions } from './options.js';
import type { RenderJob } from './render-jobs.js';
import { checkLessonFolder, outputError, refuseForeignFile } from './output-files.js';
import type { LessonPlan } from './run-jobs.js';

/** The piece a class list personalises: the student worksheet, with its name field. */
export const CLASS_SET_PIECE = 'worksheet';
/** Students per job when writing one file per student: small enough to share among threads. */
export const SINGLES_PER_JOB = 25;

/** Print file of a class set: output/<lesson>/worksheets-<list>.pdf; per student in a folder of that name. */
export function classSetTarget(outDir: string, lessonId: string, roster: Roster): string {
  return join(lessonOutDir(outDir, lessonId), `worksheets-${roster.name}.pdf`);
}

/**
 * Per lesson: one print file with every student, and with `split` one file per student.
 * The jobs check every name against the fonts and the name field before drawing.
 */
export function planClassSets(lessons: readonly KitLesson[], roster: Roster, options: KitOptions): LessonPlan[] {
  const piece = pieceById(CLASS_SET_PIECE);
  const fills = roster.students.map((s) => ({ name: s.name, class: s.class, line: s.line }));
  const width = Math.max(2, String(roster.students.length).length);
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
    // Numbered in list order: two students with the same name still get their own file.
    const files = roster.students.map((s, k) => ({
      fill: fills[k]!,
      file: join(folder.tmp, `${String(k + 1).padStart(width, '0')}${safeName(s.name) ? `-${safeName(s.name)}` : ''}.pdf`),
    }));
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
    new KitError({
      code: 'GK_OUTPUT_NOT_OURS',
      file,
      message: 'a file or folder that gesprekskit did not make is in the way; it is not replaced',
      hint: 'Move or rename it, or build into another folder with --out.',
    });
  if (!st.isDirectory()) throw foreign(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (!entry.isFile() || !entry.name.endsWith('.pdf')) throw foreign(file);
    refuseForeignFile(file);
  }
}
