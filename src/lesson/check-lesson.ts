import type { Problem } from '../errors.js';
import { closestParagraph, findQuote, firstDifference } from '../source/find-quote.js';
import type { Source } from '../source/model.js';
import { positionIn, positionOf } from '../yaml/parse.js';
import { checkAgenda } from './check-agenda.js';
import { checkGlossary } from './check-glossary.js';
import { checkReferences } from './check-references.js';
import type { LoadedLesson } from './load-lesson.js';

const PARAGRAPH_REF = /¶\s*(\d+)/g;

/**
 * The checks that need the source text or look across fields: quotes verbatim, ¶ numbers
 * that exist, agendas that add up, activity references, hints on text-dependent questions.
 */
export function checkLesson(loaded: LoadedLesson, source: Source, problems: Problem[]): void {
  const { lesson, yaml, file } = loaded;
  const at = (path: (string | number)[], message: string, code: string, hint?: string) =>
    problems.push({ code, file, ...positionOf(yaml, path), message, hint });
  const last = source.paragraphs.length;
  const paragraphHint = `The source text "${source.meta.id}" has ¶1 to ¶${last}, numbered in order from its first paragraph; use a number in that range.`;

  lesson.excerpts.forEach((ex, i) => {
    const hasParagraphs = ex.paragraphs !== undefined;
    const hasQuote = ex.quote !== undefined;
    if (hasParagraphs === hasQuote) {
      at(['excerpts', i], `excerpt ${i + 1} needs either "paragraphs" or "quote" (exactly one)`, 'GK_LESSON_EXCERPT_FORM',
        'Use "paragraphs: [3, 4]" for whole paragraphs, or "quote: …" for a citation.');
      return;
    }
    ex.paragraphs?.forEach((n, k) => {
      if (n > last) at(['excerpts', i, 'paragraphs', k], `¶${n} does not exist; the source text has ¶1 to ¶${last}`, 'GK_LESSON_PARAGRAPH', paragraphHint);
    });
    if (ex.paragraph !== undefined && ex.paragraph > last) {
      at(['excerpts', i, 'paragraph'], `¶${ex.paragraph} does not exist; the source text has ¶1 to ¶${last}`, 'GK_LESSON_PARAGRAPH', paragraphHint);
      return;
    }
    if (ex.quote !== undefined) checkQuote(ex.quote, ex.paragraph, ['excerpts', i, 'quote']);
  });

  function checkQuote(quote: string, n: number | undefined, path: (string | number)[]) {
    if (findQuote(source, quote, n)) return;
    const elsewhere = n !== undefined ? findQuote(source, quote) : undefined;
    if (elsewhere) {
      at(path, `this quote is in ¶${elsewhere.n}, not in ¶${n}`, 'GK_LESSON_QUOTE_PARAGRAPH', `Change "paragraph" to ${elsewhere.n}.`);
      return;
    }
    const near = n !== undefined ? source.paragraphs[n - 1] : closestParagraph(source, quote);
    const diff = near ? firstDifference(near.text, quote) : undefined;
    at(
      path,
      `quote not found in the source text ${source.meta.id}${near ? `; closest is ¶${near.n}` : ''}${diff ? `, which differs at "${diff}"` : ''}`,
      'GK_LESSON_QUOTE',
      'Quotes must be word for word; mark left-out words with "…".',
    );
  }

  // Every ¶ number mentioned anywhere in the lesson must exist in the source.
  walkStrings(lesson, [], (value, path) => {
    for (const m of value.matchAll(PARAGRAPH_REF)) {
      const n = Number(m[1]);
      if (n < 1 || n > last) {
        problems.push({ code: 'GK_LESSON_PARAGRAPH', file, ...positionIn(yaml, path, m[0]), message: `¶${n} does not exist; the source text has ¶1 to ¶${last}`, hint: paragraphHint });
      }
    }
  });

  lesson.questions.forEach((q, i) => {
    if (q.kind !== 'text-dependent') return;
    if (!q.hint || !/¶\s*\d+/.test(q.hint)) {
      at(['questions', i, q.hint ? 'hint' : 'kind'], `question ${i + 1} is text-dependent but its hint does not cite a paragraph`, 'GK_LESSON_HINT',
        'Add a teacher hint that says where the answer is, e.g. "¶4: vader, Europeaan, …".');
    }
  });

  const activityIds = new Set<string>();
  (lesson.activities ?? []).forEach((a, i) => {
    if (activityIds.has(a.id)) at(['activities', i, 'id'], `two activities have the id "${a.id}"`, 'GK_LESSON_DUPLICATE_ID', 'Give each activity its own id.');
    activityIds.add(a.id);
  });
  const checkActivityRef = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !activityIds.has(id)) {
      at(path, `there is no activity with the id "${id}"`, 'GK_LESSON_ACTIVITY_REF',
        activityIds.size ? `Use one of: ${[...activityIds].join(', ')}.` : 'Add the activity under "activities", or remove this line.');
    }
  };

  checkAgenda(loaded, problems);
  lesson.agenda.forEach((p, i) => checkActivityRef(p.activity, ['agenda', i, 'activity']));
  lesson.follow_up?.agenda.forEach((p, i) => checkActivityRef(p.activity, ['follow_up', 'agenda', i, 'activity']));

  const youth = lesson.youth_session;
  if (youth) {
    youth.agenda.forEach((p, i) => checkActivityRef(p.activity, ['youth_session', 'agenda', i, 'activity']));
    youth.read_aloud?.forEach((n, k) => {
      if (n > last) at(['youth_session', 'read_aloud', k], `¶${n} does not exist; the source text has ¶1 to ¶${last}`, 'GK_LESSON_PARAGRAPH',
        `Check the number against ${source.file}.`);
    });
  }
  checkGlossary(loaded, source, problems);
  checkReferences(loaded, source, problems);
}

function walkStrings(value: unknown, path: (string | number)[], visit: (s: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
}
