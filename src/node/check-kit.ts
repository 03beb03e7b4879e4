import { configuredInput } from '../config/merge.js';
import type { InputFiles } from '../input/input-files.js';
import { checkKit as checkKitIn } from '../kit/check-kit.js';
import type { LessonProblems, LoadedKit } from '../kit/load-lessons.js';
import type { KitOptions, KitOptionsInput } from '../kit/options.js';
import { FONT_FILES, MAX_FONT_BYTES, type FontChoice } from '../layout/fonts.js';
import { saveBuildCaches, useBuildCaches } from './caches.js';
import { nodeFiles } from './node-files.js';
import { resolveOptions } from './options.js';
import { parseStore } from './parse-cache.js';
import { RecordingFiles } from './recording-files.js';

/**
 * What `validate` checks on this machine's files: everything `build` would refuse, without
 * drawing (kit/check-kit.ts). Its own module: it loads the fonts, which `list` never needs.
 */
export function checkKit(options: KitOptions, files: InputFiles = nodeFiles): LoadedKit {
  // Measuring text uses the words and templates earlier runs kept, and keeps new ones.
  useBuildCaches(options);
  const kit = checkKitIn(options, files, parseStore(options.cacheDir));
  saveBuildCaches();
  return kit;
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
  // Fonts are parsed once per process: when an earlier run in this process read them, this
  // one did not, and the answer still depends on them.
  if (files instanceof RecordingFiles) {
    for (const choice of new Set<FontChoice>([options.font, 'noto-sans', 'dejavu-sans'])) {
      for (const spec of Object.values(FONT_FILES[choice])) {
        let path: string;
        try {
          path = files.shipped.font(spec);
        } catch {
          // A font package that is not installed: the answer changes when it is.
          files.keep = false;
          continue;
        }
        files.noteFile(path, 'fontFile', MAX_FONT_BYTES);
      }
    }
  }
  return { lessons: kit.lessons.map((l) => ({ id: l.lesson.id, file: l.file })), failed: kit.failed };
}
