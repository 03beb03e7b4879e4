import { problem, type Problem } from '../errors.js';
import { positionOf } from '../yaml/parse.js';
import type { LoadedLesson } from './load-lesson.js';

const sum = (phases: readonly { minutes: number }[]) => phases.reduce((s, p) => s + p.minutes, 0);

/**
 * The minutes of a lesson add up. Without "planned" the agenda fills "duration" exactly; with
 * it, the agenda fills "planned" (a 50-minute period has about 45 usable minutes) and
 * "planned" fits in "duration". A follow-up period is one more lesson of the same size.
 */
export function checkAgenda(loaded: LoadedLesson, problems: Problem[]): void {
  const { lesson, yaml, file } = loaded;
  const at = (path: (string | number)[]) => ({ file, ...positionOf(yaml, path) });

  const total = sum(lesson.agenda);
  const { planned, duration } = lesson;
  if (planned === undefined) {
    if (total !== duration) problems.push(problem('agendaSum', { total, duration }, at(['agenda'])));
  } else {
    if (planned > duration) problems.push(problem('plannedOverDuration', { planned, duration }, at(['planned'])));
    if (total !== planned) problems.push(problem('agendaPlanned', { total, planned }, at(['agenda'])));
  }

  const followUp = lesson.follow_up;
  if (followUp) {
    const limit = Math.min(planned ?? duration, duration);
    const extra = sum(followUp.agenda);
    if (extra > limit) problems.push(problem('followUpTooLong', { total: extra, limit }, at(['follow_up', 'agenda'])));
  }

  const youth = lesson.youth_session;
  if (youth) {
    const ytotal = sum(youth.agenda);
    if (ytotal !== youth.duration) problems.push(problem('youthAgendaSum', { total: ytotal, duration: youth.duration }, at(['youth_session', 'agenda'])));
  }
}
