import { escapeMarkdown } from '../document/markdown-escape.js';
import { explanationOf, youthVocabulary } from '../lesson/check-glossary.js';
import type { AgendaPhase, Lesson, QuestionKind } from '../lesson/schema.js';
import { findQuote } from '../source/find-quote.js';
import type { Source } from '../source/model.js';
import type { LabelLanguage } from '../kit/options.js';
import { translate } from './translations.js';

/**
 * What templates see. Built from a lesson and its source; every string is escaped for the
 * document language, and every optional list exists (possibly empty), so templates can run
 * in Handlebars' strict mode and a typo in a field name is an error, not a blank.
 *
 * Student pieces get a view without teacher-only fields (hints, teacher notes, agenda):
 * what a student template does not receive, it cannot print.
 */

export type Audience = 'student' | 'teacher';

const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  'text-dependent': 'Vragen bij de tekst',
  interpretive: 'Denkvragen',
  personal: 'Jouw mening',
};

export const FOUR_CORNERS = ['Helemaal eens', 'Eens', 'Oneens', 'Helemaal oneens'];
export const BAROMETER_ENDS = ['Helemaal oneens', 'Helemaal eens'];

export interface ViewOptions {
  audience: Audience;
  piece: { id: string; label: string };
  /** School details from the config (name, contact), already escaped; empty strings when not set. */
  school?: { name: string; contact: string };
  /** Language of the fixed wording (question groups, default boards, piece name); nl when not set. */
  language?: LabelLanguage;
}

const e = (s: string | undefined) => (s === undefined ? '' : escapeMarkdown(s));
const list = (l: readonly string[] | undefined) => (l ?? []).map(e);

export function buildView(lesson: Lesson, source: Source, options: ViewOptions) {
  const teacher = options.audience === 'teacher';
  const tr = (dutch: string) => translate(options.language ?? 'nl', dutch);
  const trs = (dutch: readonly string[]) => dutch.map(tr);
  const paragraph = (n: number) => {
    const p = source.paragraphs[n - 1]!;
    return { n: p.n, role: p.kind, text: e(p.text) };
  };

  let number = 0;
  const questions = lesson.questions.map((q) => ({
    number: ++number,
    kind: q.kind,
    kindLabel: tr(QUESTION_KIND_LABELS[q.kind]),
    prompt: e(q.prompt),
    answer: q.answer ?? 'lines',
    size: q.size ?? 3,
    hint: teacher ? e(q.hint) : '',
  }));
  const questionGroups = (Object.keys(QUESTION_KIND_LABELS) as QuestionKind[])
    .map((kind) => ({ kind, label: tr(QUESTION_KIND_LABELS[kind]), questions: questions.filter((q) => q.kind === kind) }))
    .filter((g) => g.questions.length > 0);

  const activities = (lesson.activities ?? []).map((a) => ({
    id: a.id,
    title: e(a.title),
    kind: a.kind,
    summary: e(a.summary),
    steps: list(a.steps),
    teacher: teacher ? list(a.teacher) : [],
    statements: list(a.statements),
    corners: a.corners ? list(a.corners) : trs(a.kind === 'four-corners' ? FOUR_CORNERS : a.kind === 'barometer' ? BAROMETER_ENDS : []),
    roles: (a.roles ?? []).map((r) => ({ name: e(r.name), description: e(r.description) })),
    scenarios: (a.scenarios ?? []).map((s) => ({ title: e(s.title), text: e(s.text) })),
    checklist: list(a.checklist),
    charts: (a.charts ?? []).map((c) => ({ center: e(c.center), items: list(c.items), empty: c.empty ?? 0 })),
    organiser: a.organiser ? { columns: list(a.organiser.columns), rows: a.organiser.rows ?? 3 } : null,
    scale: e(a.scale),
    pocket_card: list(a.pocket_card),
  }));

  // The plan of a period, minute by minute; `if_short` says what to drop when time runs out.
  const timeline = (phases: readonly AgendaPhase[]) => {
    let clock = 0;
    return phases.map((p) => {
      const start = clock;
      clock += p.minutes;
      return { phase: e(p.phase), minutes: p.minutes, start, end: clock, teacher: e(p.teacher), students: e(p.students), activity: p.activity ?? '', if_short: e(p.if_short) };
    });
  };
  const agenda = teacher ? timeline(lesson.agenda) : [];
  const followUp =
    teacher && lesson.follow_up
      ? {
          title: e(lesson.follow_up.title),
          summary: e(lesson.follow_up.summary),
          agenda: timeline(lesson.follow_up.agenda),
          minutes: lesson.follow_up.agenda.reduce((s, p) => s + p.minutes, 0),
        }
      : null;

  const excerpts = lesson.excerpts.map((ex) => ({
    title: e(ex.title),
    paragraphs: (ex.paragraphs ?? []).map(paragraph),
    quote: e(ex.quote),
    ref: ex.paragraph ?? (ex.quote ? (findQuote(source, ex.quote)?.n ?? 0) : 0),
  }));

  const t = lesson.teacher ?? {};
  const youth = lesson.youth_session;
  let youthClock = 0;

  return {
    piece: { ...options.piece, label: tr(options.piece.label) },
    audience: options.audience,
    school: options.school ?? { name: '', contact: '' },
    lesson: {
      id: lesson.id,
      title: e(lesson.title),
      theme: e(lesson.theme),
      audience: e(lesson.audience),
      duration: lesson.duration,
      // Minutes the agenda fills: a 50-minute period has about 45 usable minutes.
      planned: lesson.planned ?? lesson.duration,
      essential_question: e(lesson.essential_question),
      objectives: list(lesson.objectives),
      curriculum: teacher ? list(lesson.curriculum) : [],
      intro: e(lesson.intro),
    },
    source: {
      title: e(source.meta.title),
      kind: source.meta.kind,
      interviewee: e(source.meta.interviewee),
      interviewee_role: e(source.meta.interviewee_role),
      publisher: e(source.meta.publisher),
      author: e(source.meta.author),
      date: e(source.meta.date),
      attribution: e(source.meta.attribution),
      // The whole text and the notes about it, for the teacher guide's appendix.
      paragraphs: teacher ? source.paragraphs.map((p) => paragraph(p.n)) : [],
      teacher_notes: teacher ? (source.meta.teacher_notes ?? []).map((n) => ({ title: e(n.title), text: e(n.text) })) : [],
    },
    excerpts,
    vocabulary: (lesson.vocabulary ?? []).map((v) => ({ term: e(v.term), explanation: e(explanationOf(v, source)) })),
    questions,
    questionGroups,
    activities,
    agenda,
    agendaIfShort: agenda.filter((p) => p.if_short !== ''),
    followUp,
    ground_rules: list(lesson.ground_rules),
    exit_ticket: list(lesson.exit_ticket),
    teacher: {
      preparation: teacher ? list(t.preparation) : [],
      background: teacher ? list(t.background) : [],
      responding: teacher ? list(t.responding) : [],
      guardrails: teacher ? list(t.guardrails) : [],
      language_learners: teacher ? list(t.language_learners) : [],
      fast_finishers: teacher ? list(t.fast_finishers) : [],
      extension: teacher ? list(t.extension) : [],
      sources: teacher ? list(t.sources) : [],
      aftercare: teacher ? list(t.aftercare) : [],
      notes: teacher ? (t.notes ?? []).map((n) => ({ title: e(n.title), text: e(n.text) })) : [],
    },
    youth:
      teacher && youth
        ? {
            title: e(youth.title ?? lesson.title),
            duration: youth.duration,
            group_size: e(youth.group_size),
            space: e(youth.space),
            materials: list(youth.materials),
            energizer: { title: e(youth.energizer.title), minutes: youth.energizer.minutes ?? 0, steps: list(youth.energizer.steps) },
            agenda: youth.agenda.map((p) => {
              const start = youthClock;
              youthClock += p.minutes;
              return { phase: e(p.phase), minutes: p.minutes, start, end: youthClock, leader: e(p.leader), participants: e(p.participants), activity: p.activity ?? '' };
            }),
            notes: list(youth.notes),
            aftercare: list(youth.aftercare),
            retelling: e(youth.retelling),
            vocabulary: youthVocabulary(lesson, source).map((v) => ({ term: e(v.term), explanation: e(explanationOf(v, source)) })),
            // The session's own talk questions, else the lesson's, without the answer hints.
            questions: youth.questions
              ? youth.questions.map((q, i) => ({ number: i + 1, prompt: e(q.prompt), listen_for: e(q.listen_for) }))
              : questions.map((q) => ({ number: q.number, prompt: q.prompt, listen_for: '' })),
            // What the leader reads aloud: the session's own choice of paragraphs, else the lesson's excerpts.
            excerpts: youth.read_aloud
              ? [{ title: '', paragraphs: youth.read_aloud.map(paragraph), quote: '', ref: 0 }]
              : excerpts,
            // The activities the session uses, in the order it first uses them.
            activities: [...new Set(youth.agenda.flatMap((p) => (p.activity ? [p.activity] : [])))]
              .map((id) => activities.find((a) => a.id === id))
              .filter((a) => a !== undefined),
          }
        : null,
  };
}

export type LessonView = ReturnType<typeof buildView>;
