import type { Problem } from '../errors.js';
import type { CheckStore } from '../kit/check-kit.js';
import type { KitLesson } from '../kit/load-lessons.js';
import type { KitOptions } from '../kit/options.js';
import { FONT_FILES, MAX_FONT_BYTES, type FontChoice } from '../layout/fonts.js';
import { optionsKey, sha256Hex as hash } from './cache-keys.js';
import { codeStamp } from './code-stamp.js';
import { DiskCache } from './disk-cache.js';
import { nodeFiles } from './node-files.js';
import { sameReads, type Read, type RecordingFiles } from './recording-files.js';

/** What the layout checks of a lesson do not depend on (or what names the lessons to check). */
const NOT_CHECKED = new Set<keyof KitOptions>(['lessons', 'outDir', 'cacheDir', 'creationDate', 'roster', 'split', 'threads']);

/**
 * The layout checks of each lesson (kit/check-kit.ts) kept on disk: after editing one lesson,
 * `validate` lays out only that one. An entry is keyed by gesprekskit's code, the options, the
 * lesson's text and its source text, and holds every look at the file system the checks took
 * (templates, partials, logo, fonts: `files` notes them, see recording-files.ts); it is used
 * only while those look the same. Undefined without a cache folder.
 */
export function checkStore(options: KitOptions, files: RecordingFiles, from: number): CheckStore | undefined {
  const stamp = options.cacheDir ? codeStamp() : undefined;
  if (!options.cacheDir || !stamp) return undefined;
  const disk = new DiskCache(options.cacheDir);
  const settings = optionsKey(options, NOT_CHECKED);
  const slot = (lesson: KitLesson) => hash(JSON.stringify([lesson.file, settings])).slice(0, 32);
  // The lesson as parsed and as typed (problems point into its text), and its source text.
  const key = (lesson: KitLesson) => JSON.stringify([stamp, process.version, settings, lesson.file, hash(lesson.yaml.text), hash(JSON.stringify(lesson.source))]);
  return {
    get(lesson) {
      const kept = disk.read<{ reads: Read[]; problems: Problem[] }>('checks', slot(lesson), key(lesson));
      return kept && sameReads(nodeFiles, kept.reads) ? kept.problems : undefined;
    },
    put(lesson, problems) {
      // Everything the checks of this run read so far: a little more than this lesson needed.
      if (files.keep) disk.write('checks', slot(lesson), key(lesson), { reads: files.reads.slice(from), problems });
    },
  };
}

/**
 * Notes the font files of a typeface and its fallbacks (by size, time and inode): fonts are
 * parsed once per process, so this run's checks may not have read them themselves.
 */
export function noteFontFiles(files: RecordingFiles, choice: FontChoice): void {
  for (const family of new Set<FontChoice>([choice, 'noto-sans', 'dejavu-sans'])) {
    for (const spec of Object.values(FONT_FILES[family])) {
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
