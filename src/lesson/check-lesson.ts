import { problem, type Problem } from '../errors.js';
import type { MessageKey, ParamsOf } from '../messages/catalogue.js';
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
  const at = <K extends MessageKey>(path: (string | number)[], key: K, params: ParamsOf<K>) => problems.push(problem(key, params, { file, ...positionOf(yaml, path) }));
  const last = source.paragraphs.length;
  const missing = (n: number) => ({ n, last, source: source.meta.id });

  lesson.excerpts.forEach((ex, i) => {
    const hasParagraphs = ex.paragraphs !== undefined;
    const hasQuote = ex.quote !== undefined;
    if (hasParagraphs === hasQuote) {
      at(['excerpts', i], 'lessonExcerptForm', { n: i + 1 });
      return;
    }
    ex.paragraphs?.forEach((n, k) => {
      if (n > last) at(['excerpts', i, 'paragraphs', k], 'lessonParagraph', missing(n));
    });
    if (ex.paragraph !== undefined && ex.paragraph > last) {
      at(['excerpts', i, 'paragraph'], 'lessonParagraph', missing(ex.paragraph));
      return;
    }
    if (ex.quote !== undefined) checkQuote(ex.quote, ex.paragraph, ['excerpts', i, 'quote']);
  });

  function checkQuote(quote: string, n: number | undefined, path: (string | number)[]) {
    if (findQuote(source, quote, n)) return;
    const elsewhere = n !== undefined ? findQuote(source, quote) : undefined;
    if (elsewhere) {
      at(path, 'lessonQuoteParagraph', { found: elsewhere.n, given: n! });
      return;
    }
    const near = n !== undefined ? source.paragraphs[n - 1] : closestParagraph(source, quote);
    const diff = near ? firstDifference(near.text, quote) : undefined;
    at(path, 'lessonQuote', { source: source.meta.id, ...(near ? { near: near.n } : {}), ...(diff ? { diff } : {}) });
  }

  // Every ¶ number mentioned anywhere in the lesson must exist in the source.
  walkStrings(lesson, [], (value, path) => {
    for (const m of value.matchAll(PARAGRAPH_REF)) {
      const n = Number(m[1]);
      if (n < 1 || n > last) {
        problems.push(problem('lessonParagraph', missing(n), { file, ...positionIn(yaml, path, m[0]) }));
      }
    }
  });

  lesson.questions.forEach((q, i) => {
    if (q.kind !== 'text-dependent') return;
    if (!q.hint || !/¶\s*\d+/.test(q.hint)) {
      at(['questions', i, q.hint ? 'hint' : 'kind'], 'lessonHint', { n: i + 1 });
    }
  });

  const activityIds = new Set<string>();
  (lesson.activities ?? []).forEach((a, i) => {
    if (activityIds.has(a.id)) at(['activities', i, 'id'], 'lessonDuplicateActivity', { id: a.id });
    activityIds.add(a.id);
  });
  const checkActivityRef = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !activityIds.has(id)) {
      at(path, 'lessonActivityRef', { id, known: [...activityIds] });
    }
  };

  checkAgenda(loaded, problems);
  lesson.agenda.forEach((p, i) => checkActivityRef(p.activity, ['agenda', i, 'activity']));
  lesson.follow_up?.agenda.forEach((p, i) => checkActivityRef(p.activity, ['follow_up', 'agenda', i, 'activity']));

  const youth = lesson.youth_session;
  if (youth) {
    youth.agenda.forEach((p, i) => checkActivityRef(p.activity, ['youth_session', 'agenda', i, 'activity']));
    youth.read_aloud?.forEach((n, k) => {
      if (n > last) at(['youth_session', 'read_aloud', k], 'lessonReadAloudParagraph', { n, last, file: source.file });
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
