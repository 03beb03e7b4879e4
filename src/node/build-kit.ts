import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { KitError, problem, type Problem } from '../errors.js';
import { loadRoster, type Roster } from '../roster/load-roster.js';
import { TemplateEnvironment } from '../template/environment.js';
import { brandOf } from '../kit/brand.js';
import { findLessonFiles } from '../kit/find-lessons.js';
import type { KitLesson, LessonProblems } from '../kit/load-lessons.js';
import type { KitOptions } from '../kit/options.js';
import { PIECES, type Piece } from '../kit/pieces.js';
import { checkSchoolText } from '../kit/school-text.js';
import { validateKit } from '../kit/validate-kit.js';
import { prepareBuildThread } from './caches.js';
import { planClassSets, SINGLES_PER_JOB } from './class-sets.js';
import { nodeFiles } from './node-files.js';
import { checkLessonFolder, prepareOutDir, refuseForeignFile } from './output-files.js';
import { parseStore } from './parse-cache.js';
import { PdfCache } from './pdf-cache.js';
import { RenderPool } from './render-pool.js';
import { runPlans, type LessonPlan } from './run-jobs.js';

export interface BuiltFile {
  lesson: string;
  piece: string;
  file: string;
  pages: number;
  bytes: number;
  /** Class sets: the number of students in the file. */
  copies?: number;
}

export interface BuildResult {
  files: BuiltFile[];
  /** Lessons that could not be built, with all their problems. Their old PDFs are untouched. */
  failed: LessonProblems[];
  /**
   * What in the templates makes the PDFs harder to read with a screen reader, each once
   * (it is the same for every lesson). Those PDFs are made, without the PDF/UA claim.
   */
  warnings: Problem[];
}

/**
 * Builds every selected lesson into outDir/<lesson-id>/<piece>.pdf (with a class list:
 * outDir/<lesson-id>/worksheets-<list>.pdf). All files of a lesson are written under
 * temporary names first and renamed into place only when all succeeded: a broken lesson
 * leaves its previous PDFs as they were and does not stop the others.
 */
export async function buildKit(options: KitOptions): Promise<BuildResult> {
  prepareBuildThread(options);
  const roster = options.roster ? loadRoster(options.roster, nodeFiles) : undefined;
  // Extra render threads start now, loading pdfkit and fonts while the lessons are read here.
  const workers = renderThreads(options, roster) - 1;
  const pool = workers > 0 ? new RenderPool(options, workers) : undefined;
  try {
    const kit = validateKit(options, nodeFiles, parseStore(options.cacheDir));
    // A broken logo or a school name that cannot print concerns every lesson: report it
    // once, at the config file, before anything is built.
    brandOf(options, nodeFiles);
    checkSchoolText(options, nodeFiles);
    // Compiled here even when threads render: a template syntax error stops the build at once.
    const templates = new TemplateEnvironment(options.templateDirs, nodeFiles, options.labels);
    prepareOutDir(options.outDir);
    const plans = roster ? planClassSets(kit.lessons, roster, options) : kit.lessons.map(piecePlan(options));
    const result = await runPlans(renderContext(kit.lessons, options), plans, pool, templates, roster ? undefined : PdfCache.open(options));
    // A bad name fails every lesson alike: report it once, as the class list's problem.
    const rosterProblems = roster ? result.failed.flatMap((f) => f.problems).filter((p) => p.file === roster.file) : [];
    if (rosterProblems.length > 0) throw new KitError(uniqueProblems(rosterProblems));
    return { files: result.files, failed: [...kit.failed, ...result.failed], warnings: result.warnings };
  } finally {
    await pool?.close();
  }
}

/** Decides whether a piece needs drawing; watch mode skips pieces whose document did not change. */
export type PieceFilter = (lesson: KitLesson, piece: Piece, target: string) => boolean;

/** Every piece of a lesson, one job each, written to outDir/<lesson-id>/<piece>.pdf. */
function piecePlan(options: KitOptions, wanted?: PieceFilter) {
  return (lesson: KitLesson, i: number): LessonPlan => {
    try {
      const outDir = lessonOutDir(options.outDir, lesson.lesson.id);
      const pieces = PIECES.filter((piece) => (!piece.when || piece.when(lesson.lesson)) && (!wanted || wanted(lesson, piece, join(outDir, piece.file))));
      checkLessonFolder(outDir);
      const targets = pieces.map((piece) => join(outDir, piece.file));
      // Every file in the way at once, so one round of moving files away is enough.
      const inTheWay = targets.flatMap((target) => {
        try {
          refuseForeignFile(target);
          return [];
        } catch (e) {
          if (!(e instanceof KitError)) throw e;
          return [...e.problems];
        }
      });
      if (inTheWay.length > 0) throw new KitError(inTheWay);
      return { lesson, jobs: pieces.map((piece, k) => ({ kind: 'piece', lesson: i, piece: piece.id, target: targets[k]! })) };
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      return { lesson, jobs: [], error: e };
    }
  };
}

function uniqueProblems(list: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.line}:${p.key}:${JSON.stringify(p.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Pages from which every core draws: a big class set. */
const PAGES_WORTH_A_THREAD = 2000;

/**
 * Threads that draw, this one included. Each thread pays its own start (modules, fonts, the
 * cached words and templates, and above all warming up the code): about 0.6 s of CPU for the
 * default kit, more than a second thread saves there even on a quiet machine (measured: 1.32 s
 * with one thread, 1.49 s with two). So without --threads only big class sets use more.
 */
function renderThreads(options: KitOptions, roster: Roster | undefined): number {
  let lessons = options.lessons.length;
  if (lessons === 0) {
    try {
      lessons = findLessonFiles(options.lessonsDir, nodeFiles).length;
    } catch {
      return 1;
    }
  }
  const jobs = roster ? lessons * (1 + (options.split ? Math.ceil(roster.students.length / SINGLES_PER_JOB) : 0)) : lessons * PIECES.length;
  if (options.threads !== undefined) return Math.max(1, Math.min(options.threads, jobs));
  const pages = roster ? lessons * roster.students.length * 8 * (options.split ? 2 : 1) : lessons * PIECES.length * 10;
  return pages < PAGES_WORTH_A_THREAD ? 1 : Math.min(availableParallelism(), jobs);
}

export interface LessonsBuild {
  templates: TemplateEnvironment;
  /** Render threads next to this one, kept between builds (watch mode). */
  pool?: RenderPool;
  /** Changes when the templates do: render threads keep theirs compiled until then. */
  templatesEpoch?: number;
  /** Pieces to draw; all when not given. */
  wanted?: PieceFilter;
}

/**
 * Builds the pieces of some lessons, committing each lesson's files together: the same path
 * as buildKit, for watch mode, which rebuilds one lesson at a time.
 */
export function buildLessons(lessons: readonly KitLesson[], options: KitOptions, how: LessonsBuild): Promise<BuildResult> {
  // The output folder may have been deleted since the last round.
  prepareOutDir(options.outDir);
  const context = { ...renderContext(lessons, options), ...(how.templatesEpoch !== undefined ? { templatesEpoch: how.templatesEpoch } : {}) };
  return runPlans(context, lessons.map(piecePlan(options, how.wanted)), how.pool, how.templates, PdfCache.open(options));
}

function renderContext(lessons: readonly KitLesson[], options: KitOptions) {
  return { options, lessons: lessons.map(({ file, lesson, source, yaml }) => ({ file, lesson, source, yamlText: yaml.text })) };
}

/** The lesson's output folder, refusing any id that would point outside outDir. */
export function lessonOutDir(outDir: string, id: string): string {
  const root = resolve(outDir);
  const dir = resolve(root, id);
  const rel = relative(root, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep) || id.includes('/') || id.includes('\\')) {
    throw new KitError(problem('outputOutside', { id }));
  }
  return dir;
}
