import { configuredInput } from '../config/merge.js';
import type { InputFiles } from '../input/input-files.js';
import type { KitOptionsInput } from '../kit/options.js';
import { validateKit } from '../kit/validate-kit.js';
import { resolveOptions } from './options.js';
import { parseStore } from './parse-cache.js';

/** A lesson as `list` shows it. */
export interface LessonRow {
  id: string;
  title: string;
  theme: string;
  duration: number;
}

/** What `list` says: the lessons that load, and the names of those that do not. */
export interface ListAnswer {
  lessons: LessonRow[];
  failed: { name: string }[];
}

/**
 * The lessons of a kit as `list` shows them: loaded and checked against their sources
 * (validateKit), not laid out (that is `validate`). Reads through `files` only, so the
 * answer can be kept (result-cache.ts).
 */
export function listAnswer(files: InputFiles, cwd: string, configPath: string | undefined, flags: KitOptionsInput): ListAnswer {
  const options = resolveOptions(configuredInput(cwd, configPath, flags, files).input, files);
  const kit = validateKit(options, files, parseStore(options.cacheDir));
  return {
    lessons: kit.lessons.map(({ lesson }) => ({ id: lesson.id, title: lesson.title, theme: lesson.theme, duration: lesson.duration })),
    failed: kit.failed.map((f) => ({ name: f.name })),
  };
}
