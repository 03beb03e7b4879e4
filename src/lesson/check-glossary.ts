import { problem, type Problem } from '../errors.js';
import type { Source } from '../source/model.js';
import { positionOf } from '../yaml/parse.js';
import { suggest } from '../yaml/suggest.js';
import type { LoadedLesson } from './load-lesson.js';
import type { Lesson } from './schema.js';

/**
 * One explanation per word across lessons: a word the source text's glossary explains is
 * listed without "explanation"; a word it does not explain brings its own.
 */
export function checkGlossary(loaded: LoadedLesson, source: Source, problems: Problem[]): void {
  const { lesson, yaml, file } = loaded;
  const glossary = source.meta.glossary ?? [];
  const terms = glossary.map((g) => g.term);
  (lesson.vocabulary ?? []).forEach((v, i) => {
    const shared = terms.includes(v.term);
    if (v.explanation === undefined && !shared) {
      problems.push(
        problem(
          'termUnknown',
          { term: v.term, source: source.meta.id, guess: suggest(v.term, terms) ?? '', hasGlossary: glossary.length > 0 },
          { file, ...positionOf(yaml, ['vocabulary', i, 'term']) },
        ),
      );
    } else if (v.explanation !== undefined && shared) {
      problems.push(problem('termExplainedTwice', { term: v.term, source: source.meta.id }, { file, ...positionOf(yaml, ['vocabulary', i, 'explanation']) }));
    }
  });
}

/** The explanation a lesson prints for a word: its own, else the source text's. */
export function explanationOf(term: { term: string; explanation?: string | undefined }, source: Source): string {
  return term.explanation ?? source.meta.glossary?.find((g) => g.term === term.term)?.explanation ?? '';
}

/**
 * The words a youth session explains: those in what the leader reads aloud or retells. A
 * session that reads three paragraphs does not need the whole worksheet's glossary.
 */
export function youthVocabulary(lesson: Lesson, source: Source): NonNullable<Lesson['vocabulary']> {
  const vocabulary = lesson.vocabulary ?? [];
  const youth = lesson.youth_session;
  if (!youth?.read_aloud) return vocabulary;
  const heard = [...youth.read_aloud.map((n) => source.paragraphs[n - 1]?.text ?? ''), youth.retelling ?? ''].join(' ').toLowerCase();
  return vocabulary.filter((v) => heard.includes(v.term.toLowerCase()));
}
