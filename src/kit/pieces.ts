import type { Orientation } from '../layout/geometry.js';
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
  /** Heading levels that become PDF bookmarks. */
  outlineLevels: number;
  /** Built only when the lesson has what it needs. */
  when?: (lesson: { youth_session?: unknown }) => boolean;
}

export const PIECES: readonly Piece[] = [
  { id: 'worksheet', template: 'worksheet', file: 'worksheet.pdf', label: 'Werkblad', audience: 'student', orientation: 'portrait', outlineLevels: 0 },
  { id: 'teacher-guide', template: 'teacher-guide', file: 'teacher-guide.pdf', label: 'Lerarenhandleiding', audience: 'teacher', orientation: 'portrait', outlineLevels: 2 },
  {
    id: 'youth-session',
    template: 'youth-session',
    file: 'youth-session.pdf',
    label: 'Jeugdwerksessie',
    // The youth worker is the "teacher" here: the guide needs the hints, notes and agenda.
    audience: 'teacher',
    orientation: 'portrait',
    outlineLevels: 2,
    when: (lesson) => lesson.youth_session !== undefined,
  },
];
