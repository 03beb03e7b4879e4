import { formatProblem, KitError, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { TemplateEnvironment } from '../template/environment.js';
import type { KitLesson, LoadedKit } from './load-lessons.js';
import type { KitOptions } from './options.js';
import { PIECES } from './pieces.js';
import { measurePiece } from './render-piece.js';
import { checkSchoolText } from './school-text.js';
import type { ParseStore } from './parse-store.js';
import { validateKit } from './validate-kit.js';

/**
 * The layout checks of earlier runs, kept by the shell (src/node/check-cache.ts keeps them
 * on disk): a lesson whose text, source text, templates and fonts are what they were when it
 * was checked has the same problems again. `get` answers only when all of those are the same.
 */
export interface CheckStore {
  get(lesson: KitLesson): Problem[] | undefined;
  put(lesson: KitLesson, problems: Problem[]): void;
}

/**
 * What `validate` checks: everything `build` would refuse, without drawing. The lessons are
 * loaded and checked against their sources (validateKit), then every piece of every lesson
 * goes through its template and is measured as the build lays it out, so a card too long,
 * a character no font has or a template that does not end fail here as they would there.
 * One set of checks: the build runs the same code on its way to drawing.
 */
export function checkKit(options: KitOptions, input: InputFiles, store?: ParseStore, checks?: CheckStore): LoadedKit {
  return checkLessons(validateKit(options, input, store), options, input, checks);
}

/** The layout checks of checkKit, for lessons validateKit loaded. */
export function checkLessons(kit: LoadedKit, options: KitOptions, input: InputFiles, checks?: CheckStore): LoadedKit {
  if (kit.lessons.length === 0) return kit;
  checkSchoolText(options, input);
  // Compiled when a lesson needs checking (each kept check was made with these templates).
  let templates: TemplateEnvironment | undefined;
  const result: LoadedKit = { lessons: [], failed: [...kit.failed] };
  for (const lesson of kit.lessons) {
    let problems = checks?.get(lesson);
    if (!problems) {
      templates ??= new TemplateEnvironment(options.templateDirs, input, options.labels);
      problems = [];
      for (const piece of PIECES.filter((p) => !p.when || p.when(lesson.lesson))) {
        try {
          measurePiece(lesson, piece, templates, options, input);
        } catch (e) {
          if (!(e instanceof KitError)) throw e;
          problems.push(...e.problems);
        }
      }
      checks?.put(lesson, problems);
    }
    if (problems.length === 0) {
      result.lessons.push(lesson);
      continue;
    }
    // Pieces share text: an emoji in the intro fails the worksheet and the teacher guide alike.
    const unique = [...new Map(problems.map((p) => [formatProblem(p, 'en'), p])).values()];
    result.failed.push({ name: lesson.lesson.id, file: lesson.file, problems: unique });
  }
  return result;
}
