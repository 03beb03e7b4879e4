import type { Roster } from '../roster/load-roster.js';
import { safeName } from '../roster/safe-name.js';
import type { Fill } from './render-jobs.js';

/** The piece a class list personalises: the student worksheet, with its name field. */
export const CLASS_SET_PIECE = 'worksheet';
/** Students per job when writing one file per student: small enough to share among threads. */
export const SINGLES_PER_JOB = 25;

/** The print file of a class set, in the lesson's folder: worksheets-<list>.pdf. */
export function classSetFileName(roster: Roster): string {
  return `worksheets-${roster.name}.pdf`;
}

/** What each student's name field shows, in list order, with the row for messages. */
export function rosterFills(roster: Roster): Fill[] {
  return roster.students.map((s) => ({ name: s.name, class: s.class, line: s.line }));
}

/**
 * The file names of one PDF per student, in a folder named like the print file: numbered
 * in list order, so two students with the same name still get their own file.
 */
export function singleFileNames(roster: Roster): string[] {
  const width = Math.max(2, String(roster.students.length).length);
  return roster.students.map((s, k) => `${String(k + 1).padStart(width, '0')}${safeName(s.name) ? `-${safeName(s.name)}` : ''}.pdf`);
}
