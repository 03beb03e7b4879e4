import type { Where } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import type { FontChoice } from '../layout/font-choices.js';

/** The source text of lessons that name none, and of the shipped lessons. */
export const DEFAULT_SOURCE_ID = 'interview-somers';

export const PAGE_SIZES = ['A4', 'LETTER'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const LABEL_LANGUAGES = ['nl', 'en'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** What a school puts on every sheet. Empty strings when not configured. */
export interface SchoolDetails {
  name: string;
  /** Where students can turn to; printed in aftercare sections. */
  contact: string;
  /** Absolute path of a PNG or JPEG logo, or empty. */
  logo: string;
  /** Where the config file sets name and contact, to point at it when they cannot print. */
  places?: { name?: Where; contact?: Where };
}

/** Everything a build needs to know, after defaults are filled in. */
export interface KitOptions {
  lessonsDir: string;
  /** Template folders, most specific first; the built-in folder is always last. */
  templateDirs: string[];
  /** Source text folders, most specific first. */
  sourceDirs: string[];
  /** The source text the user named as a file (--source, default_source), if any. */
  sourceFile?: string;
  outDir: string;
  /** Lesson ids to build; all when empty. */
  lessons: string[];
  defaultSource: string;
  pageSize: PageSize;
  /** Body text 16 pt or more, everything reflowed, answer space scaled. */
  largePrint: boolean;
  font: FontChoice;
  /** Language of the fixed labels the layout prints ("Naam", "pagina X van Y"). */
  labels: LabelLanguage;
  school: SchoolDetails;
  /** Accent colour of headings and boxes, as #rrggbb. */
  accent?: string;
  /** Written into every PDF so the same input gives the same bytes. */
  creationDate: Date;
  /** A class list (CSV): build worksheets with each student's name instead of the kit. */
  roster?: string;
  /** With a class list: also one PDF per student, next to the print file. */
  split?: boolean;
  /** Threads that render PDFs; unset: one, or one per core for big class sets. The bytes do not depend on it. */
  threads?: number;
  /** Worksheets as PDF forms: fields to type answers in, on a laptop or with text-to-speech software. */
  fillable?: boolean;
  /** Folder where runs keep work for later runs (src/node/disk-cache.ts); unset: none (--no-cache). */
  cacheDir?: string;
}

export type KitOptionsInput = Partial<Omit<KitOptions, 'templateDirs' | 'sourceDirs' | 'sourceFile'>> & {
  /** A user's template folder, layered over the built-in one. */
  templatesDir?: string;
  /** A source text given as a file (--source FILE): the default source, found first. */
  sourceFile?: string;
  cwd?: string;
  /** false: neither read nor write the cache (--no-cache). */
  cache?: boolean;
};

/** 2026-01-01T00:00:00Z: the fixed date when SOURCE_DATE_EPOCH is not set. */
export const DEFAULT_EPOCH = 1767225600;

/**
 * Fills in defaults: relative paths start at `cwd`, a folder lessons/ there is used when
 * present, else the shipped lessons; the shipped templates and sources are always the last
 * layer. `input` says where the files are (the file system, or memory in a browser).
 */
export function resolveKitOptions(options: KitOptionsInput, input: InputFiles, cwd: string): KitOptions {
  const localLessons = input.join(cwd, 'lessons');
  const lessonsDir = options.lessonsDir ? input.resolve(cwd, options.lessonsDir) : input.kind(localLessons) !== 'missing' ? localLessons : input.shipped.lessons;
  const templateDirs = [options.templatesDir ? input.resolve(cwd, options.templatesDir) : undefined, input.shipped.templates];
  // A source given as a file is looked up by its name in its own folder (the id must match).
  const sourceFile = options.sourceFile ? input.resolve(cwd, options.sourceFile) : undefined;
  const sourceDirs = [sourceFile ? input.dirname(sourceFile) : undefined, input.join(lessonsDir, 'sources'), input.shipped.sources];
  const school = options.school;
  return {
    lessonsDir,
    templateDirs: unique(templateDirs),
    sourceDirs: unique(sourceDirs),
    ...(sourceFile ? { sourceFile } : {}),
    outDir: input.resolve(cwd, options.outDir ?? 'output'),
    lessons: options.lessons ?? [],
    defaultSource: sourceFile ? input.basename(sourceFile).replace(/\.md$/i, '') : (options.defaultSource ?? DEFAULT_SOURCE_ID),
    pageSize: options.pageSize ?? 'A4',
    largePrint: options.largePrint ?? false,
    font: options.font ?? 'noto-sans',
    labels: options.labels ?? 'nl',
    school: school ? { ...school, logo: school.logo ? input.resolve(cwd, school.logo) : '' } : { name: '', contact: '', logo: '' },
    ...(options.accent ? { accent: options.accent } : {}),
    creationDate: options.creationDate ?? new Date(DEFAULT_EPOCH * 1000),
    ...(options.roster ? { roster: input.resolve(cwd, options.roster), split: options.split ?? false } : {}),
    ...(options.threads ? { threads: options.threads } : {}),
    ...(options.fillable ? { fillable: true } : {}),
    ...(options.cache !== false && options.cacheDir ? { cacheDir: input.resolve(cwd, options.cacheDir) } : {}),
  };
}

function unique(list: (string | undefined)[]): string[] {
  return [...new Set(list.filter((x): x is string => x !== undefined))];
}
