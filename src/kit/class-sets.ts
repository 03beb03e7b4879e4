import { join } from 'node:path';
import { KitError, type Problem } from '../errors.js';
import { StagedFolder } from '../files/staged-write.js';
import { nameFillChecker } from '../layout/render-copies.js';
import type { Roster } from '../roster/load-roster.js';
import { safeName } from '../roster/safe-name.js';
import { lessonOutDir, renderOptions } from './build-kit.js';
import type { KitLesson } from './load-lessons.js';
import type { KitOptions } from './options.js';
import { pieceById, type RenderJob } from './render-jobs.js';
import type { LessonPlan } from './run-jobs.js';

/** The piece a class list personalises: the student worksheet, with its name field. */
export const CLASS_SET_PIECE = 'worksheet';
/** Students per job when writing one file per student: small enough to share among threads. */
const SINGLES_PER_JOB = 25;

/** Print file of a class set: output/<lesson>/worksheets-<list>.pdf; per student in a folder of that name. */
export function classSetTarget(outDir: string, lessonId: string, roster: Roster): string {
  return join(lessonOutDir(outDir, lessonId), `worksheets-${roster.name}.pdf`);
}

/**
 * Checks every name against the fonts and the name field (once, before anything is drawn,
 * so a bad row stops the build with its line), then plans per lesson: one print file with
 * every student, and with `split` one file per student.
 */
export function planClassSets(lessons: readonly KitLesson[], roster: Roster, options: KitOptions): LessonPlan[] {
  const piece = pieceById(CLASS_SET_PIECE);
  checkNames(roster, nameFillChecker(renderOptions(piece, options)));
  const fills = roster.students.map((s) => ({ name: s.name, class: s.class }));
  const width = Math.max(2, String(roster.students.length).length);
  return lessons.map((lesson, i) => {
    const target = classSetTarget(options.outDir, lesson.lesson.id, roster);
    const jobs: RenderJob[] = [{ kind: 'copies', lesson: i, piece: piece.id, fills, target }];
    if (!options.split) return { lesson, jobs };
    const folder = new StagedFolder(target.replace(/\.pdf$/, ''));
    // Numbered in list order: two students with the same name still get their own file.
    const files = roster.students.map((s, k) => ({
      fill: fills[k]!,
      file: join(folder.tmp, `${String(k + 1).padStart(width, '0')}${safeName(s.name) ? `-${safeName(s.name)}` : ''}.pdf`),
    }));
    for (let k = 0; k < files.length; k += SINGLES_PER_JOB) {
      jobs.push({ kind: 'singles', lesson: i, piece: piece.id, files: files.slice(k, k + SINGLES_PER_JOB) });
    }
    return { lesson, jobs, folders: [folder] };
  });
}

function checkNames(roster: Roster, check: (fill: { name: string; class: string }) => string | undefined): void {
  const problems: Problem[] = [];
  for (const s of roster.students) {
    const at = { file: roster.file, line: s.line };
    try {
      const tooLong = check({ name: s.name, class: s.class });
      if (tooLong) {
        problems.push({ code: 'GK_ROSTER_TOO_LONG', ...at, message: `${tooLong}, even in small print`, hint: 'Shorten it (e.g. leave out a middle name) in the class list.' });
      }
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      problems.push(...e.problems.map((p) => ({ ...p, ...at })));
    }
    if (problems.length >= 20) break;
  }
  if (problems.length > 0) throw new KitError(problems);
}
