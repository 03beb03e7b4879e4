import type { Medium, Orientation } from '../layout/geometry.js';
import type { Lesson } from '../lesson/schema.js';
import type { Audience } from '../template/view-model.js';

/**
 * The printed products of a lesson. Adding one = a template + an entry here, no layout code.
 * `audience: 'student'` pieces get a view without teacher data.
 */
export interface Piece {
  id: string;
  /** Template name (templates/<template>.hbs). */
  template: string;
  file: string;
  label: string;
  audience: Audience;
  orientation: Orientation;
  /** 'projector': 16:9 slides in large type, whatever the paper size (default 'paper'). */
  medium?: Medium;
  /** Headings of levels outlineTop (default 1) to outlineLevels become PDF bookmarks, nested by level. */
  outlineLevels: number;
  outlineTop?: number;
  /** Built only when the lesson has what it needs. */
  when?: (lesson: Lesson) => boolean;
  /** Every page on a sheet of its own, also when printed double-sided (a blank back after each page). */
  oneSided?: boolean;
  /** Becomes a PDF form with build --fillable. */
  fillable?: boolean;
}

/** Something to cut out: statement, role and scenario cards, observer lists, exit tickets. */
function hasCards(lesson: Lesson): boolean {
  const printable = (lesson.activities ?? []).some((a) => a.statements?.length || a.roles?.length || a.scenarios?.length || a.checklist?.length);
  return printable || (lesson.exit_ticket?.length ?? 0) > 0;
}

/** Something to hang up: the corners of four corners, the ends of a barometer. */
function hasSigns(lesson: Lesson): boolean {
  return (lesson.activities ?? []).some((a) => a.kind === 'four-corners' || a.kind === 'barometer' || a.corners?.length);
}

export const PIECES: readonly Piece[] = [
  { id: 'worksheet', template: 'worksheet', file: 'worksheet.pdf', label: 'Werkblad', audience: 'student', orientation: 'portrait', outlineLevels: 0, fillable: true },
  { id: 'teacher-guide', template: 'teacher-guide', file: 'teacher-guide.pdf', label: 'Lerarenhandleiding', audience: 'teacher', orientation: 'portrait', outlineLevels: 3, outlineTop: 2 },
  { id: 'cards', template: 'cards', file: 'cards.pdf', label: 'Kaartjes', audience: 'student', orientation: 'portrait', outlineLevels: 0, when: hasCards },
  // Signs in a file of their own, landscape, one per sheet: on the wall each is its own page.
  { id: 'signs', template: 'signs', file: 'signs.pdf', label: 'Borden', audience: 'student', orientation: 'landscape', outlineLevels: 0, when: hasSigns, oneSided: true },
  { id: 'slides', template: 'slides', file: 'slides.pdf', label: 'Dia’s', audience: 'student', orientation: 'landscape', medium: 'projector', outlineLevels: 2 },
  {
    id: 'youth-session',
    template: 'youth-session',
    file: 'youth-session.pdf',
    label: 'Jeugdwerksessie',
    // The youth worker is the "teacher" here: the guide needs the hints, notes and agenda.
    audience: 'teacher',
    orientation: 'portrait',
    outlineLevels: 3,
    outlineTop: 2,
    when: (lesson) => lesson.youth_session !== undefined,
  },
];
