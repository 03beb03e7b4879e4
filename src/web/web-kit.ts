import { configuredInput } from '../config/merge.js';
import { isSourcePath } from '../config/source-option.js';
import { describeProblem, formatProblem, KitError, type Problem } from '../errors.js';
import { MemoryFiles, shippedAt } from '../input/memory-files.js';
import { InMemoryBuild, type ClassSetFiles, type PdfFile } from '../kit/build-in-memory.js';
import { resolveKitOptions, type KitOptions, type KitOptionsInput, type LabelLanguage, type PageSize } from '../kit/options.js';
import { FONT_FILES, type FontChoice } from '../layout/fonts.js';
import type { Lang } from '../messages/define.js';
import { loadRoster } from '../roster/load-roster.js';

/** Where the shipped kit sits in memory, and where the school's own files go (the "working folder"). */
export const SHIPPED_ROOT = '/gesprekskit';
export const SCHOOL_ROOT = '/school';

/** Builds kept for settings used recently (each holds loaded lessons and compiled templates). */
const KEPT_BUILDS = 4;

/** manifest.json of the site that `gesprekskit web` writes. */
export interface Manifest {
  /** gesprekskit's version. */
  version: string;
  /** The bundle, relative to the site. */
  bundle: string;
  /** The shipped kit: paths relative to the site, as they go under /gesprekskit in memory. */
  files: { path: string; bytes: number }[];
  /**
   * A school's own files, served under school/ and loaded under /school (a local preview of
   * a school folder): lessons/…, templates/…, gesprekskit.config.yaml, the logo.
   */
  school?: { path: string; bytes: number }[];
}

/**
 * What the page sets for a build: the CLI's options, with paths inside the memory files
 * (relative ones start at /school). Unset keys keep their defaults, or the config file's.
 */
export interface Settings {
  school?: { name?: string; contact?: string; /** A PNG or JPEG added with addFile. */ logo?: string };
  accent?: string;
  pageSize?: PageSize;
  font?: FontChoice;
  largePrint?: boolean;
  labels?: LabelLanguage;
  /** Worksheets as PDF forms (build --fillable). */
  fillable?: boolean;
  /** The lessons folder; default /school/lessons when it has files, else the shipped lessons. */
  lessonsDir?: string;
  /** A folder of the school's own templates, layered over the shipped ones. */
  templatesDir?: string;
  /** The source text of lessons that name none: an id, or the path of a .md file. */
  source?: string;
  /** A gesprekskit.config.yaml added with addFile, read as the CLI reads it; the settings above win. */
  config?: string;
}

/** A problem in words, with where it is: what the page lists, and links to file:line:col. */
export interface ShownProblem {
  code: string;
  /** The file as the page shows it: relative to /school ("lessons/x.yaml"), or gesprekskit/… for a shipped file. */
  file?: string;
  /** The file's path in WebKit.files, to open it. */
  path?: string;
  line?: number;
  col?: number;
  message: string;
  hint?: string;
  /** As the CLI prints it: "file:line:col: message [code]" and an indented hint. */
  text: string;
}

export interface LessonInfo {
  id: string;
  title: string;
  theme: string;
  /** Minutes. */
  duration: number;
  file: string;
  /** The pieces this lesson has, in build order. */
  pieces: string[];
}

export interface Validation {
  lessons: LessonInfo[];
  failed: { name: string; file: string; problems: ShownProblem[] }[];
}

/**
 * gesprekskit in a browser: the shipped kit and the school's files in memory, built with the
 * same pipeline as the CLI, into PDF bytes. Every method that reads a file throws a KitError
 * for a mistake in it (see shownProblems); any other error is a bug.
 */
export class WebKit {
  readonly files: MemoryFiles;
  /** The site's manifest.json, when the kit was loaded from a site. */
  manifest: Manifest | undefined;
  private version = 0;
  /** Builds by settings, most recently used last: a page switches between a few (its lesson sets). */
  private readonly builds = new Map<string, InMemoryBuild>();

  constructor(
    files?: MemoryFiles,
    /** Fetches a shipped file (a font) not yet in memory; path relative to the site. */
    private readonly fetchShipped?: (path: string) => Promise<Uint8Array>,
  ) {
    this.files = files ?? new MemoryFiles({ cwd: SCHOOL_ROOT, shipped: shippedAt(SHIPPED_ROOT) });
  }

  /**
   * Loads the site's manifest and the shipped lessons, sources, templates and schemas; the
   * fonts come when a build first needs them. `base` is the site's address (default: the page's folder).
   */
  static async load(base?: string | URL): Promise<WebKit> {
    const page = (globalThis as { location?: { href: string } }).location?.href;
    const root = new URL('./', base ?? page);
    const get = async (path: string): Promise<Uint8Array> => {
      const response = await fetch(new URL(path, root));
      if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const manifest = JSON.parse(new TextDecoder().decode(await get('manifest.json'))) as Manifest;
    const kit = new WebKit(undefined, get);
    kit.manifest = manifest;
    const now = manifest.files.filter((f) => !f.path.startsWith('fonts/'));
    const school = manifest.school ?? [];
    const contents = await Promise.all([...now.map((f) => get(f.path)), ...school.map((f) => get(`school/${f.path}`))]);
    now.forEach((f, i) => kit.files.write(`${SHIPPED_ROOT}/${f.path}`, contents[i]!));
    school.forEach((f, i) => kit.files.write(`${SCHOOL_ROOT}/${f.path}`, contents[now.length + i]!));
    return kit;
  }

  /** Adds or replaces one of the school's files (a lesson, source, template, logo, class list, config). */
  addFile(path: string, content: Uint8Array | string): string {
    const full = this.files.resolve(SCHOOL_ROOT, path);
    this.files.write(full, content);
    this.changed();
    return full;
  }

  removeFile(path: string): void {
    this.files.remove(this.files.resolve(SCHOOL_ROOT, path));
    this.changed();
  }

  /** Files changed: every build made before reads old files. */
  private changed(): void {
    this.version++;
    this.builds.clear();
  }

  /** The options a build with these settings uses: exactly what the CLI would resolve. */
  options(settings: Settings = {}): KitOptions {
    return this.build(settings).options;
  }

  /** The lessons that load and check out, with their title, theme, duration and pieces. */
  lessons(settings: Settings = {}): LessonInfo[] {
    return this.validate(settings).lessons;
  }

  /** Every lesson checked against its source text: the good ones, and the problems of the others. */
  validate(settings: Settings = {}, lang: Lang = 'nl'): Validation {
    const build = this.build(settings);
    const kit = build.validate();
    return {
      lessons: kit.lessons.map(({ file, lesson }) => ({
        id: lesson.id,
        title: lesson.title,
        theme: lesson.theme,
        duration: lesson.duration,
        file,
        pieces: build.piecesOf(lesson.id),
      })),
      failed: kit.failed.map((f) => ({ name: f.name, file: f.file, problems: f.problems.map((p) => showProblem(p, lang)) })),
    };
  }

  /** One piece (worksheet, teacher-guide, cards, slides, youth-session) of a lesson. */
  async buildPiece(lessonId: string, pieceId: string, settings: Settings = {}): Promise<PdfFile> {
    const build = this.build(settings);
    await this.fonts(build.options.font);
    return build.piece(lessonId, pieceId);
  }

  /** Every piece of a lesson. */
  async buildLesson(lessonId: string, settings: Settings = {}): Promise<PdfFile[]> {
    const build = this.build(settings);
    await this.fonts(build.options.font);
    return build.lesson(lessonId);
  }

  /** Checks a class list (CSV) added with addFile: its name for the files, and how many students. */
  readRoster(path: string): { name: string; students: number } {
    const roster = loadRoster(this.files.resolve(SCHOOL_ROOT, path), this.files);
    return { name: roster.name, students: roster.students.length };
  }

  /**
   * A class set of a lesson's worksheet from a class list added with addFile; `split`: also
   * one file per student. `progress(done, total)` after every copy drawn, for a progress bar.
   */
  async buildClassSet(lessonId: string, rosterPath: string, settings: Settings = {}, split = false, progress?: (done: number, total: number) => void): Promise<ClassSetFiles> {
    const build = this.build(settings);
    const roster = loadRoster(this.files.resolve(SCHOOL_ROOT, rosterPath), this.files);
    await this.fonts(build.options.font);
    return build.classSet(lessonId, roster, split, progress);
  }

  /**
   * The build for these settings and these files, made again when either changed. A few
   * are kept: a page lists the shipped lessons and its own with different settings.
   */
  private build(settings: Settings): InMemoryBuild {
    const key = `${this.version}:${JSON.stringify(settings)}`;
    let build = this.builds.get(key);
    if (build) this.builds.delete(key);
    else build = new InMemoryBuild(this.resolve(settings), this.files);
    this.builds.set(key, build);
    for (const old of this.builds.keys()) {
      if (this.builds.size <= KEPT_BUILDS) break;
      this.builds.delete(old);
    }
    return build;
  }

  private resolve(settings: Settings): KitOptions {
    const { config, source, school, ...rest } = settings;
    const flags: KitOptionsInput = { ...rest };
    if (school) flags.school = { name: school.name ?? '', contact: school.contact ?? '', logo: school.logo ?? '' };
    if (source !== undefined) {
      if (isSourcePath(source)) flags.sourceFile = source;
      else flags.defaultSource = source;
    }
    // Like the CLI's flags over the config file: a key set here replaces the config's (the school block as a whole).
    const { input } = config !== undefined ? configuredInput(SCHOOL_ROOT, config, flags, this.files) : { input: flags };
    return resolveKitOptions(input, this.files, input.cwd ?? SCHOOL_ROOT);
  }

  /** The font files of a typeface and its fallbacks, fetched once. */
  private async fonts(choice: FontChoice): Promise<void> {
    const specs = [...new Set([choice, 'noto-sans', 'dejavu-sans'] as FontChoice[])].flatMap((c) => Object.values(FONT_FILES[c]));
    const missing = specs.map((spec) => this.files.shipped.font(spec)).filter((path) => this.files.kind(path) === 'missing');
    if (missing.length === 0) return;
    if (!this.fetchShipped) throw new Error(`font files missing: ${missing.join(', ')}`);
    const fetch = this.fetchShipped;
    const bytes = await Promise.all(missing.map((path) => fetch(path.slice(SHIPPED_ROOT.length + 1))));
    missing.forEach((path, i) => this.files.write(path, bytes[i]!));
  }
}

/** A problem in the reader's language, with its place. */
export function showProblem(p: Problem, lang: Lang = 'nl'): ShownProblem {
  const shown: Problem = p.file !== undefined ? { ...p, file: displayPath(p.file) } : p;
  const words = describeProblem(p, lang);
  return {
    code: p.code,
    ...(p.file !== undefined ? { file: displayPath(p.file), path: p.file } : {}),
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.col !== undefined ? { col: p.col } : {}),
    message: words.message,
    ...(words.hint ? { hint: words.hint } : {}),
    text: formatProblem(shown, lang),
  };
}

/** Paths as the CLI shows them in its working folder: the school's files relative to it. */
export function displayPath(path: string): string {
  if (path.startsWith(SCHOOL_ROOT + '/')) return path.slice(SCHOOL_ROOT.length + 1);
  return path.startsWith('/') ? path.slice(1) : path;
}

/** The problems of a KitError in words; anything else is a bug and is thrown again. */
export function shownProblems(error: unknown, lang: Lang = 'nl'): ShownProblem[] {
  if (error instanceof KitError) return error.problems.map((p) => showProblem(p, lang));
  throw error;
}
