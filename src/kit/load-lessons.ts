import { KitError, problem, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { idFromFileName, isReservedName } from '../lesson/ids.js';
import type { ParamsOf } from '../messages/catalogue.js';
import { checkLesson } from '../lesson/check-lesson.js';
import { loadLesson, type LoadedLesson } from '../lesson/load-lesson.js';
import { loadLessonStored, type ParseStore } from './parse-store.js';
import type { Source } from '../source/model.js';
import { positionOf } from '../yaml/parse.js';
import { suggest } from '../yaml/suggest.js';
import { findLessonFiles } from './find-lessons.js';
import type { SourceLibrary } from './load-sources.js';

export interface KitLesson extends LoadedLesson {
  source: Source;
}

export interface LessonProblems {
  /** The lesson id when the file got far enough to have one, else the file name. */
  name: string;
  file: string;
  problems: Problem[];
}

export interface LoadedKit {
  lessons: KitLesson[];
  /** Lessons that could not be loaded, each with all its problems. */
  failed: LessonProblems[];
}

export interface LoadOptions {
  lessonsDir: string;
  /** Lesson ids to keep; all when empty. */
  only?: readonly string[];
  sources: SourceLibrary;
  defaultSource: string;
  input: InputFiles;
  /** Lessons parsed by earlier runs (unchanged files); without it every file is parsed. */
  store?: ParseStore;
}

/**
 * Loads every lesson in the folder and checks it against its source text. A broken lesson
 * does not stop the others: its problems are returned next to the lessons that loaded.
 */
export function loadLessons(options: LoadOptions): LoadedKit {
  const { input } = options;
  const files = findLessonFiles(options.lessonsDir, input);
  const lessons: KitLesson[] = [];
  const failed: LessonProblems[] = [];
  const loadedFiles = files.map((file) => {
    const problems: Problem[] = [];
    return { file, problems, loaded: options.store ? loadLessonStored(file, problems, input, options.store) : loadLesson(file, problems, input) };
  });
  // Every file that claims an id, so that two claims fail both, whatever their order.
  const claims = new Map<string, string[]>();
  for (const { file, loaded } of loadedFiles) {
    if (loaded) claims.set(loaded.lesson.id, [...(claims.get(loaded.lesson.id) ?? []), file]);
  }
  for (const { file, problems, loaded } of loadedFiles) {
    if (!loaded) {
      failed.push({ name: idFromFileName(input.basename(file)), file, problems });
      continue;
    }
    const id = loaded.lesson.id;
    problems.push(...idProblems(loaded, claims.get(id) ?? [], input));
    const source = resolveSource(loaded, options, problems);
    if (source) checkLesson(loaded, source, problems);
    if (problems.length > 0 || !source) failed.push({ name: id, file, problems });
    else lessons.push({ ...loaded, source });
  }
  return select(lessons, failed, options.only ?? []);
}

/** The id must be the file's name, not reserved on Windows, and used by this file only. */
function idProblems(loaded: LoadedLesson, claimedBy: readonly string[], input: InputFiles): Problem[] {
  const { id } = loaded.lesson;
  // Found only when there is a problem: a lesson from the parse store has no syntax tree
  // until something asks for a position (parsing it again is most of what list would cost).
  const at = () => ({ file: loaded.file, ...positionOf(loaded.yaml, ['id']) });
  const problems: Problem[] = [];
  if (isReservedName(id)) problems.push(problem('lessonIdReserved', { id }, at()));
  const fileName = input.basename(loaded.file);
  if (idFromFileName(fileName) !== id) problems.push(problem('lessonIdNotFileName', { id, fileName }, at()));
  const others = claimedBy.filter((f) => f !== loaded.file).map((f) => input.basename(f));
  if (others.length > 0) problems.push(problem('lessonDuplicateId', { id, others }, at()));
  return problems;
}

function resolveSource(loaded: LoadedLesson, options: LoadOptions, problems: Problem[]): Source | undefined {
  const id = loaded.lesson.source ?? options.defaultSource;
  try {
    return options.sources.get(id);
  } catch (e) {
    if (!(e instanceof KitError)) throw e;
    for (const p of e.problems) {
      if (p.file) problems.push(p);
      // A missing source is the lesson's mistake when it names one: point at its "source:" line.
      else if (loaded.lesson.source !== undefined) problems.push({ ...p, file: loaded.file, ...positionOf(loaded.yaml, ['source']) });
      else if (p.key === 'sourceNotFound') problems.push(problem('defaultSourceNotFound', p.params as ParamsOf<'defaultSourceNotFound'>, { file: loaded.file }));
      else problems.push({ ...p, file: loaded.file });
    }
    return undefined;
  }
}

function select(lessons: KitLesson[], failed: LessonProblems[], only: readonly string[]): LoadedKit {
  if (only.length === 0) return { lessons, failed };
  const known = [...lessons.map((l) => l.lesson.id), ...failed.map((f) => f.name)];
  const missing = only.filter((id) => !known.includes(id));
  if (missing.length > 0) {
    throw new KitError(
      missing.map((id) => {
        const guess = suggest(id, known);
        return problem('unknownLesson', { id, known, ...(guess ? { guess } : {}) });
      }),
      2,
    );
  }
  return {
    lessons: lessons.filter((l) => only.includes(l.lesson.id)),
    failed: failed.filter((f) => only.includes(f.name)),
  };
}
