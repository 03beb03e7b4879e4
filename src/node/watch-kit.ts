import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { KitError, type Problem } from '../errors.js';
import { brandOf } from '../kit/brand.js';
import type { LessonProblems } from '../kit/load-lessons.js';
import type { KitOptions } from '../kit/options.js';
import { validateKit } from '../kit/validate-kit.js';
import { TemplateEnvironment } from '../template/environment.js';
import { checkSchoolText } from '../kit/school-text.js';
import { pieceDocument } from '../kit/render-piece.js';
import { buildLessons, type BuiltFile, type PieceFilter } from './build-kit.js';
import { prepareBuildThread } from './caches.js';
import { nodeFiles } from './node-files.js';
import { parseStore } from './parse-cache.js';
import { RenderPool } from './render-pool.js';

export interface WatchSetup {
  options: KitOptions;
  /** Files a build reads besides lessons, templates and sources (the school logo). */
  files?: string[];
}

export interface WatchOptions {
  /** Reads config and flags (again): at the start and whenever the config or the logo changes. */
  load: () => WatchSetup;
  /** Watched even while it is broken and load() fails, so fixing it resumes the builds. */
  configFile?: string;
  /** Quiet time after the last change before a rebuild, so an editor's save counts once (15 ms). */
  settleMs?: number;
}

/** One rebuild: what started it and what came of it. */
export interface WatchRound {
  /** The files whose change started this round; empty for the first build. */
  changed: string[];
  /** Whether every lesson was rebuilt (first build, template, source, config or logo change). */
  full: boolean;
  files: BuiltFile[];
  /** Lessons that could not be built; their previous PDFs are kept. */
  failed: LessonProblems[];
  /** Problems that stop every lesson: the config, a template, the logo, the lessons folder. */
  problems: Problem[];
  /** Templates that make the PDFs harder to read with a screen reader (see BuildResult). */
  warnings: Problem[];
}

/** What is watched now, and what the setup names but does not exist (a deleted folder). */
export interface WatchState {
  watched: string[];
  missing: string[];
}

export interface KitWatcher {
  on(event: 'build', listener: (round: WatchRound) => void): this;
  /** The watched folders and files changed: one disappeared, or came back. */
  on(event: 'watching', listener: (state: WatchState) => void): this;
  /** A bug in gesprekskit (never a mistake in a file): the watcher keeps going. */
  on(event: 'error', listener: (error: Error) => void): this;
  once(event: 'build', listener: (round: WatchRound) => void): this;
  off(event: 'build', listener: (round: WatchRound) => void): this;
  once(event: 'watching', listener: (state: WatchState) => void): this;
  /** Resolves when the first build is done and changes are being watched. */
  readonly ready: Promise<void>;
  /** The folders and files being watched. */
  watched(): string[];
  /** Folders and files the setup names that do not exist now; watched again when they return. */
  missing(): string[];
  close(): Promise<void>;
}

type Change = 'config' | 'template' | 'source' | 'lesson' | 'returned';

/** How often to look for watched folders that were deleted and come back. */
const RETURN_CHECK_MS = 500;

/**
 * chokidar reports a file's change at once, then drops that file's change events for 50 ms:
 * a second save in that window is never reported. Each round looks at its files again once
 * the window has passed (see verify).
 */
const CHOKIDAR_QUIET_MS = 50;

/** What a file holds now, to tell whether it changed since: its bytes' hash, or what is there instead. */
function fingerprint(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'unreadable';
  }
}

/**
 * Builds the kit, then rebuilds what a change touches: a lesson file rebuilds that lesson;
 * a template, source text, config file or logo rebuilds all lessons. Of those, only the
 * pieces whose document changed are drawn again (a new question leaves the slides alone),
 * on this thread and a render thread kept from round to round, with the templates compiled
 * once until one changes. A broken file is reported and the watcher goes on; its lesson
 * keeps its previous PDFs.
 */
export function watchKit(watchOptions: WatchOptions): KitWatcher {
  return new Watcher(watchOptions);
}

class Watcher extends EventEmitter implements KitWatcher {
  readonly ready: Promise<void>;
  private setup: WatchSetup | undefined;
  private fs: FSWatcher | undefined;
  private paths = new Set<string>();
  private readonly pending = new Map<string, Change>();
  /** When chokidar last reported each file. */
  private readonly reportedAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;
  /** Compiled until a template or the config changes. */
  private templates: TemplateEnvironment | undefined;
  private templatesEpoch = 0;
  /** A render thread next to this one, started once per setup. */
  private pool: RenderPool | undefined;
  /** Each PDF written by this watcher: a hash of the document it was drawn from. */
  private readonly drawn = new Map<string, string>();

  constructor(private readonly opts: WatchOptions) {
    super();
    this.ready = this.start();
  }

  watched(): string[] {
    return this.named().filter((p) => existsSync(p));
  }

  missing(): string[] {
    return this.named().filter((p) => !existsSync(p));
  }

  /** Everything the current setup reads, whether it exists or not. */
  private named(): string[] {
    const s = this.setup;
    const paths = s ? [s.options.lessonsDir, ...s.options.templateDirs, ...s.options.sourceDirs, ...(s.files ?? [])] : [];
    if (this.opts.configFile) paths.push(this.opts.configFile);
    return [...new Set(paths.map((p) => resolve(p)))];
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    clearInterval(this.returns);
    await this.ready.catch(() => undefined);
    await this.running;
    await this.fs?.close();
    await this.pool?.close();
  }

  private async start(): Promise<void> {
    await this.run([], true);
    if (this.closed) return;
    await this.rewatch();
    // A watched folder that is deleted is gone for the file watcher too, and a new one by the
    // same name is not picked up: look for such changes, and watch again what returns.
    this.returns = setInterval(() => void this.checkReturns(), RETURN_CHECK_MS);
    this.returns.unref();
  }

  private returns: NodeJS.Timeout | undefined;
  private checking = false;

  private async checkReturns(): Promise<void> {
    if (this.checking || this.closed || !this.fs) return;
    this.checking = true;
    try {
      const now = this.watched();
      const returned = now.filter((p) => !this.paths.has(p));
      const gone = [...this.paths].filter((p) => !now.includes(p));
      if (returned.length === 0 && gone.length === 0) return;
      await this.rewatch();
      this.emit('watching', { watched: this.watched(), missing: this.missing() } satisfies WatchState);
      // What came back may hold anything: rebuild everything, as after a template change.
      for (const p of returned) this.pending.set(p, 'returned');
      if (returned.length > 0) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.settled(), this.opts.settleMs ?? 100);
      }
    } finally {
      this.checking = false;
    }
  }

  /**
   * Watches what the current setup reads. After a config change the same watcher gets the
   * new paths added and the old ones removed: restarting it would miss saves made meanwhile.
   */
  private async rewatch(): Promise<void> {
    const paths = this.watched();
    if (this.fs) {
      const now = new Set(paths);
      const added = paths.filter((p) => !this.paths.has(p));
      const removed = [...this.paths].filter((p) => !now.has(p));
      if (added.length > 0) this.fs.add(added);
      if (removed.length > 0) this.fs.unwatch(removed);
      this.paths = now;
      return;
    }
    const fs = watch(paths, {
      ignoreInitial: true,
      depth: 2,
      // The output folder (and the temp files written into it) is not input.
      ignored: (path) => {
        const outDir = this.setup ? resolve(this.setup.options.outDir) : undefined;
        return outDir !== undefined && (path === outDir || path.startsWith(outDir + sep));
      },
    });
    fs.on('all', (_event, path) => this.changed(resolve(path)));
    fs.on('error', (e) => this.emit('error', e instanceof Error ? e : new Error(String(e))));
    this.fs = fs;
    this.paths = new Set(paths);
    await new Promise<void>((ready) => fs.once('ready', () => ready()));
  }

  private changed(path: string): void {
    const kind = this.classify(path);
    if (!kind || this.closed) return;
    this.pending.set(path, kind);
    this.reportedAt.set(path, performance.now());
    clearTimeout(this.timer);
    // Enough for the events of one save (an editor that writes a temporary file and renames
    // it makes two); a save chokidar does not report is caught by verify().
    this.timer = setTimeout(() => this.settled(), this.opts.settleMs ?? 15);
  }

  /**
   * After a round: once chokidar's quiet window for each of its files has passed, a file
   * that holds something else than when the round started was saved again unreported, and
   * goes into the next round.
   */
  private verify(before: ReadonlyMap<string, string>): void {
    if (before.size === 0 || this.closed) return;
    const now = performance.now();
    const wait = Math.max(0, ...[...before.keys()].map((p) => (this.reportedAt.get(p) ?? 0) + CHOKIDAR_QUIET_MS + 5 - now));
    const check = setTimeout(() => {
      for (const [path, print] of before) if (!this.pending.has(path) && fingerprint(path) !== print) this.changed(path);
    }, wait);
    check.unref();
  }

  private classify(path: string): Change | undefined {
    const s = this.setup;
    if (path === this.opts.configFile || (s?.files ?? []).some((f) => resolve(f) === path)) return 'config';
    if (!s) return undefined;
    const ext = extname(path).toLowerCase();
    const inside = (dirs: readonly string[]) => dirs.some((d) => path.startsWith(resolve(d) + sep));
    if (ext === '.hbs' && inside(s.options.templateDirs)) return 'template';
    if (ext === '.md' && inside(s.options.sourceDirs)) return 'source';
    if ((ext === '.yaml' || ext === '.yml') && dirname(path) === resolve(s.options.lessonsDir)) return 'lesson';
    return undefined;
  }

  /** The quiet time after the last change is over. */
  private settled(): void {
    // No timer pending any more: a flush waiting for a busy round then takes this batch.
    this.timer = undefined;
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.running) {
      // A build is busy: this batch runs as soon as it is done.
      await this.running;
      if (this.pending.size === 0 || this.timer) return;
    }
    if (this.pending.size === 0 || this.closed) return;
    const batch = new Map(this.pending);
    this.pending.clear();
    // What the changed files hold as this round starts, before it reads them.
    const before = new Map([...batch.keys()].map((p) => [p, fingerprint(p)]));
    const kinds = new Set(batch.values());
    const reload = kinds.has('config');
    const full = reload || kinds.has('template') || kinds.has('source') || kinds.has('returned');
    if (kinds.has('template') || kinds.has('returned')) this.templates = undefined;
    await this.run([...batch.keys()], full, reload);
    this.verify(before);
    if (reload && !this.closed) await this.rewatch();
  }

  private run(changed: string[], full: boolean, reload = full && changed.length === 0): Promise<void> {
    const round = this.round(changed, full, reload).finally(() => {
      this.running = undefined;
    });
    this.running = round;
    return round;
  }

  private async round(changed: string[], full: boolean, reload: boolean): Promise<void> {
    const result: WatchRound = { changed, full, files: [], failed: [], problems: [], warnings: [] };
    try {
      if (reload || !this.setup) {
        try {
          this.setup = this.opts.load();
          // New options: new templates, a new render thread, every piece drawn again.
          this.templates = undefined;
          this.drawn.clear();
          await this.pool?.close();
          this.pool = availableParallelism() > 1 ? new RenderPool(this.setup.options, 1) : undefined;
        } catch (e) {
          // A broken config: keep watching what the last good one named, and the config itself.
          if (!(e instanceof KitError)) throw e;
          result.problems.push(...e.problems);
          this.emit('build', result);
          return;
        }
      }
      const options = this.setup.options;
      const kit = validateKit(options, nodeFiles, parseStore(options.cacheDir));
      brandOf(options, nodeFiles);
      checkSchoolText(options, nodeFiles);
      if (!this.templates) {
        prepareBuildThread(options);
        this.templates = new TemplateEnvironment(options.templateDirs, nodeFiles, options.labels);
        this.templatesEpoch++;
      }
      const templates = this.templates;
      const touched = new Set(changed);
      const lessons = full ? kit.lessons : kit.lessons.filter((l) => touched.has(resolve(l.file)));
      result.failed.push(...(full ? kit.failed : kit.failed.filter((f) => touched.has(resolve(f.file)))));
      // A piece whose document is what its PDF on disk was drawn from needs no drawing.
      const documents = new Map<string, string>();
      const wanted: PieceFilter = (lesson, piece, target) => {
        let hash: string;
        try {
          hash = createHash('sha256').update(JSON.stringify(pieceDocument(lesson, piece, templates, options))).digest('hex');
        } catch {
          return true; // the render job reports the problem
        }
        documents.set(target, hash);
        return this.drawn.get(target) !== hash || !existsSync(target);
      };
      const built = await buildLessons(lessons, options, { templates, pool: this.pool, templatesEpoch: this.templatesEpoch, wanted });
      for (const f of built.files) {
        const hash = documents.get(f.file);
        if (hash) this.drawn.set(f.file, hash);
      }
      result.files.push(...built.files);
      result.failed.push(...built.failed);
      result.warnings.push(...built.warnings);
    } catch (e) {
      if (e instanceof KitError) result.problems.push(...e.problems);
      else this.emit('error', e instanceof Error ? e : new Error(String(e)));
    }
    this.emit('build', result);
  }
}
