import { configuredInput } from '../config/merge.js';
import type { InputFiles } from '../input/input-files.js';
import { checkLessons } from '../kit/check-kit.js';
import { validateKit } from '../kit/validate-kit.js';
import type { LessonProblems, LoadedKit } from '../kit/load-lessons.js';
import type { KitOptions, KitOptionsInput } from '../kit/options.js';
import { saveBuildCaches, prepareBuildThread } from './caches.js';
import { nodeFiles } from './node-files.js';
import { resolveOptions } from './options.js';
import { checkStore, noteFontFiles } from './check-cache.js';
import { parseStore } from './parse-cache.js';
import { RecordingFiles } from './recording-files.js';

/**
 * What `validate` checks on this machine's files: everything `build` would refuse, without
 * drawing (kit/check-kit.ts). Its own module: it loads the fonts, which `list` never needs.
 */
export function checkKit(options: KitOptions, files: InputFiles = nodeFiles): LoadedKit {
  // Measuring text uses the words and templates earlier runs kept, and keeps new ones.
  prepareBuildThread(options);
  const kit = validateKit(options, files, parseStore(options.cacheDir));
  // What the layout checks read, for the checks kept per lesson (check-cache.ts).
  const recording = files instanceof RecordingFiles ? files : new RecordingFiles(files);
  const from = recording.reads.length;
  noteFontFiles(recording, options.font);
  const checked = checkLessons(kit, options, recording, checkStore(options, recording, from));
  saveBuildCaches();
  return checked;
}

/** What `validate` says: the lessons that pass, and the problems of those that do not. */
export interface CheckAnswer {
  lessons: { id: string; file: string }[];
  failed: LessonProblems[];
}

/** checkKit as `validate` reports it, reading through `files` only (see result-cache.ts). */
export function checkAnswer(files: InputFiles, cwd: string, configPath: string | undefined, flags: KitOptionsInput): CheckAnswer {
  const options = resolveOptions(configuredInput(cwd, configPath, flags, files).input, files);
  const kit = checkKit(options, files);
  return { lessons: kit.lessons.map((l) => ({ id: l.lesson.id, file: l.file })), failed: kit.failed };
}
