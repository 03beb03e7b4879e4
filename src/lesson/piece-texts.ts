import { findQuote } from '../source/find-quote.js';
import { youthVocabulary } from './check-glossary.js';
import type { Source } from '../source/model.js';
import type { Lesson } from './schema.js';

/**
 * Which lesson texts each printed piece shows, and which paragraphs of the source it prints
 * for its reader to look things up in. It mirrors the built-in templates (test/lesson/
 * piece-texts.test.ts renders them to hold the two together), so a lesson can be checked
 * before anything is drawn: a "¶22" on a worksheet that does not print ¶22 sends a student
 * looking for a paragraph that is not on the sheet.
 */

export type Path = readonly (string | number)[];

export interface PrintedText {
  path: Path;
  text: string;
}

/** The pieces a lesson prints, by the id they have in src/kit/pieces.ts. */
export type PieceId = 'worksheet' | 'slides' | 'cards' | 'signs' | 'teacher-guide' | 'youth-session';

export interface PieceTexts {
  piece: PieceId;
  /** Every lesson text the piece prints, where it is in the lesson file. */
  texts: PrintedText[];
  /** Paragraphs the piece prints in full or quotes from; 'all' when it prints the whole source text. */
  printed: ReadonlySet<number> | 'all';
  /** The lesson field that decides which paragraphs this piece prints: what to extend. */
  printedFrom: 'excerpts' | 'read_aloud' | 'none' | 'source';
}

/** Keys whose values are identifiers or choices, never printed as text. */
const NOT_PRINTED = new Set(['$schema', 'id', 'kind', 'activity', 'answer', 'source']);

/** Every printed string under `value`, with its path. */
function stringsUnder(value: unknown, path: Path, out: PrintedText[]): PrintedText[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => stringsUnder(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_PRINTED.has(k)) stringsUnder(v, [...path, k], out);
  }
  return out;
}

/** The strings of the named fields of `obj` (at `path`), in the order given. */
function fields(obj: object | undefined, path: Path, names: readonly string[], out: PrintedText[]): void {
  if (!obj) return;
  for (const name of names) stringsUnder((obj as Record<string, unknown>)[name], [...path, name], out);
}

/** The paragraphs the excerpts print whole or quote from, as the pieces number them. */
function excerptParagraphs(lesson: Lesson, source: Source): Set<number> {
  const printed = new Set<number>();
  for (const ex of lesson.excerpts) {
    for (const n of ex.paragraphs ?? []) printed.add(n);
    // A quote without "paragraph" is printed with the number of the paragraph it is found in.
    const n = ex.quote === undefined ? undefined : (ex.paragraph ?? findQuote(source, ex.quote)?.n);
    if (n !== undefined) printed.add(n);
  }
  return printed;
}

const WORKSHEET_ACTIVITY = ['title', 'summary', 'steps', 'statements', 'charts', 'scale', 'organiser'] as const;
const SLIDES_ACTIVITY = ['title', 'steps', 'statements'] as const;
const CARDS_ACTIVITY = ['title', 'statements', 'roles', 'scenarios', 'checklist', 'pocket_card'] as const;
// The youth session prints the identity webs of its activities on a copy sheet at the back.
const YOUTH_ACTIVITY = ['title', 'summary', 'statements', 'roles', 'scenarios', 'checklist', 'corners', 'charts'] as const;

/** What each piece of a lesson prints, as the built-in templates print it. */
export function pieceTexts(lesson: Lesson, source: Source): PieceTexts[] {
  const fromExcerpts = excerptParagraphs(lesson, source);
  const activities = lesson.activities ?? [];
  const eachActivity = (names: readonly string[], out: PrintedText[], only?: ReadonlySet<string>) =>
    activities.forEach((a, i) => {
      if (!only || only.has(a.id)) fields(a, ['activities', i], names, out);
    });

  const common: PrintedText[] = [];
  fields(lesson, [], ['title', 'essential_question'], common);
  fields(lesson, [], ['ground_rules'], common);
  const excerptTexts = (out: PrintedText[]) => lesson.excerpts.forEach((ex, i) => fields(ex, ['excerpts', i], ['title', 'quote'], out));
  excerptTexts(common);

  const worksheet: PrintedText[] = [...common];
  fields(lesson, [], ['intro'], worksheet);
  (lesson.vocabulary ?? []).forEach((v, i) => fields(v, ['vocabulary', i], ['term', 'explanation'], worksheet));
  lesson.questions.forEach((q, i) => fields(q, ['questions', i], ['prompt'], worksheet));
  eachActivity(WORKSHEET_ACTIVITY, worksheet);

  const slides: PrintedText[] = [...common];
  lesson.questions.forEach((q, i) => fields(q, ['questions', i], ['prompt'], slides));
  eachActivity(SLIDES_ACTIVITY, slides);
  fields(lesson, [], ['exit_ticket'], slides);

  const cards: PrintedText[] = [];
  fields(lesson, [], ['title', 'exit_ticket'], cards);
  // An activity's title labels its cards; without any, it is not on the sheet.
  activities.forEach((a, i) => {
    const names = CARDS_ACTIVITY.filter((k) => k !== 'title' && (a[k]?.length ?? 0) > 0);
    if (names.length > 0) fields(a, ['activities', i], ['title', ...names], cards);
  });

  // The signs of four corners and the barometer, labelled with their activity's title.
  const signs: PrintedText[] = [];
  activities.forEach((a, i) => {
    if (a.kind === 'four-corners' || a.kind === 'barometer' || a.corners?.length) fields(a, ['activities', i], ['title', 'corners'], signs);
  });

  // The teacher guide prints every field but the youth session, and the whole source text.
  const guide: PrintedText[] = [];
  for (const [key, value] of Object.entries(lesson)) if (key !== 'youth_session') stringsUnder(value, [key], guide);

  const pieces: PieceTexts[] = [
    { piece: 'worksheet', texts: worksheet, printed: fromExcerpts, printedFrom: 'excerpts' },
    { piece: 'slides', texts: slides, printed: fromExcerpts, printedFrom: 'excerpts' },
    { piece: 'cards', texts: cards, printed: new Set(), printedFrom: 'none' },
    { piece: 'signs', texts: signs, printed: new Set(), printedFrom: 'none' },
    { piece: 'teacher-guide', texts: guide, printed: 'all', printedFrom: 'source' },
  ];

  const youth = lesson.youth_session;
  if (youth) {
    const texts: PrintedText[] = [];
    // Without a title of its own, the session is headed by the lesson's title.
    if (youth.title === undefined) fields(lesson, [], ['title'], texts);
    // The intro introduces the text unless the session tells the story in its own words.
    fields(lesson, [], youth.retelling ? ['essential_question', 'ground_rules'] : ['essential_question', 'intro', 'ground_rules'], texts);
    // Only the words of what is read aloud or retold (see youthVocabulary).
    const heard = new Set(youthVocabulary(lesson, source));
    (lesson.vocabulary ?? []).forEach((v, i) => {
      if (heard.has(v)) fields(v, ['vocabulary', i], ['term', 'explanation'], texts);
    });
    for (const [key, value] of Object.entries(youth)) stringsUnder(value, ['youth_session', key], texts);
    // Without questions of its own, the session asks the lesson's questions (without their hints).
    if (!youth.questions) lesson.questions.forEach((q, i) => fields(q, ['questions', i], ['prompt'], texts));
    const used = new Set(youth.agenda.flatMap((p) => (p.activity ? [p.activity] : [])));
    eachActivity(YOUTH_ACTIVITY, texts, used);
    fields(lesson.teacher, ['teacher'], ['responding'], texts);
    // Without paragraphs of its own to read aloud, the session prints the lesson's excerpts.
    if (!youth.read_aloud) excerptTexts(texts);
    pieces.push(
      youth.read_aloud
        ? { piece: 'youth-session', texts, printed: new Set(youth.read_aloud), printedFrom: 'read_aloud' }
        : { piece: 'youth-session', texts, printed: fromExcerpts, printedFrom: 'excerpts' },
    );
  }
  return pieces;
}
