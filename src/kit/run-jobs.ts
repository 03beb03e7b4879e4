import { renameSync, rmSync } from 'node:fs';
import { KitError } from '../errors.js';
import type { StagedFolder } from '../files/staged-write.js';
import type { BuildResult, BuiltFile } from './build-kit.js';
import type { TemplateEnvironment } from '../template/environment.js';
import type { KitLesson } from './load-lessons.js';
import type { RenderContext, RenderedFile, RenderJob } from './render-jobs.js';
import type { JobOutcome, RenderPool } from './render-pool.js';

/** The work for one lesson; its files are committed together or not at all. */
export interface LessonPlan {
  lesson: KitLesson;
  jobs: RenderJob[];
  /** Folders the jobs write into (one PDF per student), swapped in on success. */
  folders?: StagedFolder[];
  /** Found while planning: the lesson is not built. */
  error?: KitError;
}

/**
 * Renders every job (on the pool's threads, or here), then per lesson: when all its jobs
 * succeeded, moves its files into place; otherwise removes them, so the lesson's previous
 * PDFs stay as they were, and reports its problems.
 */
export async function runPlans(context: RenderContext, plans: readonly LessonPlan[], pool: RenderPool | undefined, templates?: TemplateEnvironment): Promise<BuildResult> {
  const jobs = plans.flatMap((p) => p.jobs);
  // With a pool, this thread draws too (one thread fewer to start and warm up).
  const outcomes = pool && jobs.length > 1 ? await pool.run(context, jobs, await localRenderer(context, templates)) : await runHere(context, jobs, templates);
  const bug = outcomes.find((o) => 'bug' in o);
  if (bug) {
    for (const o of outcomes) if ('files' in o) for (const f of o.files) if (f.tmp) rmSync(f.tmp, { force: true });
    for (const plan of plans) for (const folder of plan.folders ?? []) folder.discard();
    throw (bug as { bug: unknown }).bug;
  }
  const files: BuiltFile[] = [];
  const failed: BuildResult['failed'] = [];
  let k = 0;
  for (const plan of plans) {
    const mine = outcomes.slice(k, k + plan.jobs.length);
    const pieces = plan.jobs.map((j) => j.piece);
    k += plan.jobs.length;
    const written = mine.flatMap((o) => ('files' in o ? o.files : []));
    const errors = [...(plan.error ? [plan.error] : []), ...mine.flatMap((o) => ('error' in o ? [o.error] : []))];
    const id = plan.lesson.lesson.id;
    if (errors.length > 0) {
      for (const f of written) if (f.tmp) rmSync(f.tmp, { force: true });
      for (const folder of plan.folders ?? []) folder.discard();
      failed.push({ name: id, file: plan.lesson.file, problems: errors.flatMap((e) => [...e.problems]) });
      continue;
    }
    for (const f of written) if (f.tmp) renameSync(f.tmp, f.target);
    for (const folder of plan.folders ?? []) folder.commit();
    mine.forEach((o, j) => {
      for (const f of (o as { files: RenderedFile[] }).files) files.push(builtFile(id, pieces[j]!, f, plan.folders));
    });
  }
  return { files, failed };
}

async function localRenderer(context: RenderContext, templates?: TemplateEnvironment) {
  const { Renderer } = await import('./render-jobs.js');
  return new Renderer(context, templates);
}

async function runHere(context: RenderContext, jobs: readonly RenderJob[], templates?: TemplateEnvironment): Promise<JobOutcome[]> {
  // Loaded only when this thread draws.
  const { Renderer } = await import('./render-jobs.js');
  const renderer = new Renderer(context, templates);
  const out: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      out.push({ files: await renderer.run(job) });
    } catch (e) {
      out.push(e instanceof KitError ? { error: e } : { bug: e });
      if (!(e instanceof KitError)) break;
    }
  }
  return out;
}

/** Files written inside a staged folder are reported at their final place. */
function builtFile(lesson: string, piece: string, f: RenderedFile, folders: StagedFolder[] | undefined): BuiltFile {
  let file = f.target;
  for (const folder of folders ?? []) if (file.startsWith(folder.tmp)) file = folder.target + file.slice(folder.tmp.length);
  return { lesson, piece, file, pages: f.pages, bytes: f.bytes, ...(f.copies !== undefined ? { copies: f.copies } : {}) };
}
