import { rmSync } from 'node:fs';
import { formatProblem, KitError, type Problem } from '../errors.js';
import { settled, type StagedFolder } from '../files/staged-write.js';
import { asOneStep } from '../files/commit-guard.js';
import { writeFilesAtomic } from '../files/write-atomic.js';
import type { KitLesson } from '../kit/load-lessons.js';
import type { RenderContext, RenderedFile, RenderJob } from '../kit/render-jobs.js';
import type { TemplateEnvironment } from '../template/environment.js';
import type { BuildResult, BuiltFile } from './build-kit.js';
import { nodeJobOutput } from './job-output.js';
import { nodeFiles } from './node-files.js';
import { outputError } from './output-files.js';
import type { PdfCache } from './pdf-cache.js';
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
 * Renders every job (on the pool's threads, with this one, or on this one alone). As soon
 * as all jobs of a lesson are done its files are committed together, or, when one failed,
 * removed: the lesson's previous PDFs stay as they were, and its problems are reported.
 */
export async function runPlans(context: RenderContext, plans: readonly LessonPlan[], pool: RenderPool | undefined, templates?: TemplateEnvironment, pdfs?: PdfCache): Promise<BuildResult> {
  const jobs = plans.flatMap((p) => p.jobs);
  const owner: number[] = plans.flatMap((p, k) => p.jobs.map(() => k));
  const outcomes: (JobOutcome | undefined)[] = new Array(jobs.length);
  const remaining = plans.map((p) => p.jobs.length);
  const results = plans.map((): { files: BuiltFile[]; failed?: BuildResult['failed'][number] } => ({ files: [] }));
  let bug: { bug: unknown } | undefined;
  const done = (i: number, outcome: JobOutcome) => {
    outcomes[i] = outcome;
    if ('bug' in outcome) bug ??= outcome;
    const k = owner[i]!;
    if (--remaining[k]! === 0 && !bug) results[k] = settle(plans[k]!, outcomes.slice(jobStart(plans, k), jobStart(plans, k) + plans[k]!.jobs.length) as JobOutcome[]);
  };
  // Lessons without jobs (refused while planning) are settled at once.
  plans.forEach((plan, k) => {
    if (plan.jobs.length === 0) results[k] = settle(plan, []);
  });
  // Pieces drawn before from the same input come from the PDF cache; the others are drawn
  // and kept for next time.
  const toDraw: number[] = [];
  jobs.forEach((job, i) => {
    const hit = job.kind === 'piece' && pdfs?.get(context.lessons[job.lesson]!, job.piece);
    if (hit && job.kind === 'piece') done(i, { files: [{ target: job.target, data: hit.data, pages: hit.pages, bytes: hit.data.length, warnings: hit.warnings }] });
    else toDraw.push(i);
  });
  const drawn = (k: number, outcome: JobOutcome) => {
    const i = toDraw[k]!;
    const job = jobs[i]!;
    const file = 'files' in outcome ? outcome.files[0] : undefined;
    if (pdfs && job.kind === 'piece' && file?.data) pdfs.put(context.lessons[job.lesson]!, job.piece, { data: file.data, pages: file.pages, warnings: file.warnings ?? [] });
    done(i, outcome);
  };
  const drawJobs = toDraw.map((i) => jobs[i]!);
  if (drawJobs.length > 0) {
    if (pool && drawJobs.length > 1) await pool.run(context, drawJobs, await localRenderer(context, templates), drawn);
    else await runHere(context, drawJobs, templates, drawn);
  }
  if (bug) {
    for (const o of outcomes) if (o && 'files' in o) for (const f of o.files) if (f.tmp) discardTemp(f.tmp);
    for (const plan of plans) for (const folder of plan.folders ?? []) folder.discard();
    throw bug.bug;
  }
  const warnings = new Map<string, Problem>();
  for (const o of outcomes) if (o && 'files' in o) for (const f of o.files) for (const w of f.warnings ?? []) warnings.set(formatProblem(w, 'en'), w);
  return { files: results.flatMap((r) => r.files), failed: results.flatMap((r) => (r.failed ? [r.failed] : [])), warnings: [...warnings.values()] };
}

function jobStart(plans: readonly LessonPlan[], k: number): number {
  return plans.slice(0, k).reduce((n, p) => n + p.jobs.length, 0);
}

/** Commits a finished lesson's files, or discards them and reports its problems. */
function settle(plan: LessonPlan, outcomes: readonly JobOutcome[]): { files: BuiltFile[]; failed?: BuildResult['failed'][number] } {
  const id = plan.lesson.lesson.id;
  const written = outcomes.flatMap((o) => ('files' in o ? o.files : []));
  const errors = [...(plan.error ? [plan.error] : []), ...outcomes.flatMap((o) => ('error' in o ? [o.error] : []))];
  if (errors.length === 0) {
    try {
      // One step for Ctrl+C: the lesson's files are all replaced, or none.
      asOneStep(() => {
        writeFilesAtomic(written.filter((f) => f.data || f.tmp).map((f) => (f.tmp ? { file: f.target, tmp: f.tmp } : { file: f.target, data: f.data! })));
        for (const f of written) if (f.tmp) settled(f.tmp);
        for (const folder of plan.folders ?? []) folder.commit();
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { dest?: string };
      const failure = outputError(e, err.dest ?? err.path?.replace(/\/\.([^/\\]+?)(?:\.gk[0-9a-f]{6})?\.[\d.]+\.tmp$/, '/$1') ?? plan.lesson.file);
      if (!(failure instanceof KitError)) throw failure;
      errors.push(failure);
    }
  }
  if (errors.length > 0) {
    for (const f of written) if (f.tmp) discardTemp(f.tmp);
    for (const folder of plan.folders ?? []) folder.discard();
    // Pieces share text: an emoji in the intro fails the worksheet and the teacher guide alike.
    const problems = [...new Map(errors.flatMap((e) => e.problems).map((p) => [formatProblem(p, 'en'), p])).values()];
    return { files: [], failed: { name: id, file: plan.lesson.file, problems } };
  }
  const files: BuiltFile[] = [];
  outcomes.forEach((o, j) => {
    for (const f of (o as { files: RenderedFile[] }).files) files.push(builtFile(id, plan.jobs[j]!.piece, f, plan.folders));
  });
  return { files };
}

function discardTemp(tmp: string): void {
  rmSync(tmp, { force: true });
  settled(tmp);
}

async function localRenderer(context: RenderContext, templates?: TemplateEnvironment) {
  // Loaded only when this thread draws.
  const [{ Renderer }, { prepareBuildThread, saveBuildCaches }] = await Promise.all([import('../kit/render-jobs.js'), import('./caches.js')]);
  prepareBuildThread(context.options);
  // After the last job, the words shaped here are kept for the next run.
  return Object.assign(new Renderer(context, nodeFiles, nodeJobOutput, templates), { finish: saveBuildCaches });
}

async function runHere(context: RenderContext, jobs: readonly RenderJob[], templates: TemplateEnvironment | undefined, done: (i: number, o: JobOutcome) => void): Promise<void> {
  const renderer = await localRenderer(context, templates);
  for (const [i, job] of jobs.entries()) {
    try {
      done(i, { files: await renderer.run(job) });
    } catch (e) {
      done(i, e instanceof KitError ? { error: e } : { bug: e });
      if (!(e instanceof KitError)) return;
    }
    // Drawing never waits for I/O: let a Ctrl+C in between two jobs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  renderer.finish();
}

/** Files written inside a staged folder are reported at their final place. */
function builtFile(lesson: string, piece: string, f: RenderedFile, folders: StagedFolder[] | undefined): BuiltFile {
  let file = f.target;
  for (const folder of folders ?? []) if (file.startsWith(folder.tmp)) file = folder.target + file.slice(folder.tmp.length);
  return { lesson, piece, file, pages: f.pages, bytes: f.bytes, ...(f.copies !== undefined ? { copies: f.copies } : {}) };
}
