import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KitError, problem, type Where } from '../errors.js';
import type { FontChoice } from '../layout/fonts.js';
import { BUILTIN_LESSONS, BUILTIN_SOURCES, BUILTIN_TEMPLATES, DEFAULT_SOURCE_ID } from '../paths.js';

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
}

export type KitOptionsInput = Partial<Omit<KitOptions, 'templateDirs' | 'sourceDirs' | 'sourceFile'>> & {
  /** A user's template folder, layered over the built-in one. */
  templatesDir?: string;
  /** A source text given as a file (--source FILE): the default source, found first. */
  sourceFile?: string;
  cwd?: string;
};

/** 2026-01-01T00:00:00Z: the fixed date when SOURCE_DATE_EPOCH is not set. */
const DEFAULT_EPOCH = 1767225600;

/** The last second a PDF date (four-digit year) can hold: 9999-12-31T23:59:59Z. */
const MAX_EPOCH = 253402300799;

/**
 * SOURCE_DATE_EPOCH (reproducible builds): whole seconds since 1970. Unset or empty gives
 * the fixed default; anything else that is not such a number is a usage mistake, not a
 * silent fallback (a typo would otherwise change every PDF's date without a word).
 */
export function creationDateFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return new Date(DEFAULT_EPOCH * 1000);
  const epoch = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(Number.isSafeInteger(epoch) && epoch <= MAX_EPOCH)) {
    throw new KitError(problem('sourceDateEpoch', { value: raw.length > 40 ? raw.slice(0, 40) + '…' : raw }), 2);
  }
  return new Date(epoch * 1000);
}

export function resolveOptions(input: KitOptionsInput = {}): KitOptions {
  const cwd = input.cwd ?? process.cwd();
  const localLessons = join(cwd, 'lessons');
  const lessonsDir = input.lessonsDir ? resolve(cwd, input.lessonsDir) : existsSync(localLessons) ? localLessons : BUILTIN_LESSONS;
  const templateDirs = [input.templatesDir ? resolve(cwd, input.templatesDir) : undefined, BUILTIN_TEMPLATES];
  // A source given as a file is looked up by its name in its own folder (the id must match).
  const sourceFile = input.sourceFile ? resolve(cwd, input.sourceFile) : undefined;
  const sourceDirs = [sourceFile ? dirname(sourceFile) : undefined, join(lessonsDir, 'sources'), BUILTIN_SOURCES];
  return {
    lessonsDir,
    templateDirs: unique(templateDirs),
    sourceDirs: unique(sourceDirs),
    ...(sourceFile ? { sourceFile } : {}),
    outDir: resolve(cwd, input.outDir ?? 'output'),
    lessons: input.lessons ?? [],
    defaultSource: sourceFile ? basename(sourceFile).replace(/\.md$/i, '') : (input.defaultSource ?? DEFAULT_SOURCE_ID),
    pageSize: input.pageSize ?? 'A4',
    largePrint: input.largePrint ?? false,
    font: input.font ?? 'noto-sans',
    labels: input.labels ?? 'nl',
    school: input.school ? { ...input.school, logo: input.school.logo ? resolve(cwd, input.school.logo) : '' } : { name: '', contact: '', logo: '' },
    ...(input.accent ? { accent: input.accent } : {}),
    creationDate: input.creationDate ?? creationDateFromEnv(),
    ...(input.roster ? { roster: resolve(cwd, input.roster), split: input.split ?? false } : {}),
    ...(input.threads ? { threads: input.threads } : {}),
  };
}

function unique(list: (string | undefined)[]): string[] {
  return [...new Set(list.filter((x): x is string => x !== undefined))];
}
