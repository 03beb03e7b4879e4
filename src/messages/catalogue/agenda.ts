import { message } from '../define.js';

/** Messages about the minutes of a lesson: the agenda, the planned minutes, a follow-up period. */
export const agendaMessages = {
  agendaSum: message<{ total: number; duration: number }>('GK_LESSON_AGENDA_SUM', (p) => {
    // Planning fewer minutes than the period is allowed on purpose; more never is.
    const under = Number(p.total) < Number(p.duration);
    return {
      nl: {
        message: `het lesverloop telt op tot ${p.total} minuten, maar "duration" is ${p.duration}`,
        hint: `Pas de minuten van de fasen aan tot ze samen ${p.duration} zijn, of pas "duration" aan.${under ? ` Plan je bewust minder dan de lesperiode (bv. 45 van de 50 minuten), zet dan "planned: ${p.total}".` : ''}`,
      },
      en: {
        message: `the agenda adds up to ${p.total} minutes, but "duration" is ${p.duration}`,
        hint: `Change the minutes of the phases so they add up to ${p.duration}, or change "duration".${under ? ` To plan fewer minutes than the period on purpose (e.g. 45 of 50), add "planned: ${p.total}".` : ''}`,
      },
    };
  }),
  agendaPlanned: message<{ total: number; planned: number }>('GK_LESSON_AGENDA_SUM', (p) => ({
    nl: {
      message: `het lesverloop telt op tot ${p.total} minuten, maar "planned" is ${p.planned}`,
      hint: `Pas de minuten van de fasen aan tot ze samen ${p.planned} zijn, of pas "planned" aan.`,
    },
    en: {
      message: `the agenda adds up to ${p.total} minutes, but "planned" is ${p.planned}`,
      hint: `Change the minutes of the phases so they add up to ${p.planned}, or change "planned".`,
    },
  })),
  plannedOverDuration: message<{ planned: number; duration: number }>('GK_LESSON_PLANNED', (p) => ({
    nl: {
      message: `"planned" is ${p.planned} minuten, meer dan de ${p.duration} minuten van "duration"`,
      hint: `Plan hoogstens ${p.duration} minuten. Wat niet past, kan naar een tweede lesuur ("follow_up").`,
    },
    en: {
      message: `"planned" is ${p.planned} minutes, more than the ${p.duration} minutes of "duration"`,
      hint: `Plan at most ${p.duration} minutes. What does not fit can go into a second period ("follow_up").`,
    },
  })),
  followUpTooLong: message<{ total: number; limit: number }>('GK_LESSON_AGENDA_SUM', (p) => ({
    nl: {
      message: `het tweede lesuur ("follow_up") telt op tot ${p.total} minuten, meer dan de ${p.limit} minuten van één les`,
      hint: `Kort de fasen in tot samen hoogstens ${p.limit} minuten, of schrap een fase.`,
    },
    en: {
      message: `the second period ("follow_up") adds up to ${p.total} minutes, more than the ${p.limit} minutes of one lesson`,
      hint: `Shorten the phases to at most ${p.limit} minutes together, or drop a phase.`,
    },
  })),
  youthAgendaSum: message<{ total: number; duration: number }>('GK_LESSON_AGENDA_SUM', (p) => ({
    nl: {
      message: `het verloop van de jeugdwerksessie telt op tot ${p.total} minuten, maar haar "duration" is ${p.duration}`,
      hint: `Pas de minuten aan tot ze samen ${p.duration} zijn, of pas "duration" aan.`,
    },
    en: {
      message: `the youth-session agenda adds up to ${p.total} minutes, but its "duration" is ${p.duration}`,
      hint: `Change the minutes so they add up to ${p.duration}, or change "duration".`,
    },
  })),
};
