import type { ClassSetFiles, PdfFile } from '../kit/build-in-memory.js';
import type { Lang } from '../messages/define.js';
import type { ReadSchoolConfig, SchoolSettings } from './school-config.js';
import type { LessonInfo, Settings, ShownProblem, Validation } from './web-kit.js';

/**
 * What the page asks of the kit worker (src/web/kit-worker.ts), which runs the pipeline off
 * the page's thread so a build never freezes it. One method per request; the page calls
 * them through src/web/app/kit-client.ts. Everything crossing is plain data (structured clone);
 * PDF bytes are transferred, not copied.
 */
export interface KitApi {
  /** Loads the site's kit (and a preview's school files); says what kind of site it is. */
  load(base: string): Promise<SiteInfo>;
  /** The language of problems from now on. */
  setLang(lang: Lang): void;
  /** Adds (or replaces) and removes files of the working folder, /school. */
  write(add: FileToAdd[], remove: string[]): void;
  /** Loads a preview's school files again from the server (after a change on disk). */
  reloadSchool(): Promise<void>;
  /** The lessons of each set, with the problems of those that do not load. */
  lessons(sets: LessonSetRequest[]): LessonSets;
  piece(lesson: string, piece: string, settings: Settings): Promise<PdfFile>;
  classSet(lesson: string, roster: string, settings: Settings, split: boolean): Promise<ClassSetFiles>;
  roster(path: string): { name: string; students: number };
  readConfig(path: string): ReadSchoolConfig;
  writeConfig(settings: SchoolSettings): string;
  /** A ZIP of files (stored, not compressed again: PDFs are compressed already). */
  zip(files: { path: string; bytes: Uint8Array }[]): Uint8Array;
}

export interface FileToAdd {
  /** Relative to the working folder (/school), with "/". */
  path: string;
  content: Uint8Array | string;
}

export interface SiteInfo {
  version: string;
  /** Served by `gesprekskit preview` from a school folder: its files are in /school, and change. */
  preview?: PreviewInfo;
}

export interface PreviewInfo {
  /** The school folder on the computer, as the preview command was started in it. */
  folder: string;
  /** The config file the folder uses, relative to it, if any. */
  config?: string;
}

/** A set of lessons the page lists: the shipped ones, the page's own, or a school folder's. */
export interface LessonSetRequest {
  set: LessonSet;
  settings: Settings;
}

export type LessonSet = 'shipped' | 'own' | 'school';

export interface LessonSets {
  sets: { set: LessonSet; lessons: LessonInfo[]; failed: Validation['failed'] }[];
  /** Problems that stop a whole set: the config file, a lessons folder that cannot be read. */
  problems: ShownProblem[];
}

/** The page → worker message. */
export interface KitRequest {
  id: number;
  method: keyof KitApi;
  args: unknown[];
}

/** The worker → page messages: progress of a request, then its answer. */
export type KitResponse =
  | { id: number; progress: [done: number, total: number] }
  | { id: number; result: unknown }
  | { id: number; problems: ShownProblem[] }
  | { id: number; bug: string };
