import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Problem } from '../errors.js';
import type { KitOptions } from '../kit/options.js';
import type { RenderableLesson } from '../kit/render-jobs.js';
import { optionsKey, sha256Hex as sha256 } from './cache-keys.js';
import { noteFontFiles } from './check-cache.js';
import { codeStamp } from './code-stamp.js';
import { DiskCache } from './disk-cache.js';
import { nodeFiles } from './node-files.js';
import { RecordingFiles } from './recording-files.js';

/** What drawing a piece does not depend on (or what picks the lessons and where files go). */
const NOT_DRAWN = new Set<keyof KitOptions>(['lessons', 'outDir', 'cacheDir', 'roster', 'split', 'threads']);

/** What is kept next to a piece's PDF. */
interface Entry {
  /** SHA-256 of the PDF file next to it: a file that does not match is not used. */
  sha256: string;
  pages: number;
  warnings: Problem[];
}

export interface CachedPdf {
  data: Uint8Array;
  pages: number;
  warnings: Problem[];
}

/**
 * The PDFs of a kit's pieces kept from earlier builds. The same input gives the same bytes
 * (the PDFs carry a fixed date), so a piece whose lesson, source text, templates, fonts,
 * logo, options and gesprekskit code are what they were when it was drawn is the PDF drawn
 * then: `npm start` on an unchanged kit copies its PDFs, and after editing one lesson draws
 * that lesson's pieces only. One entry per lesson file, piece and options, replaced when
 * anything in its key changes; class sets are not kept (they are as big as they are rare).
 */
export class PdfCache {
  private readonly disk: DiskCache;

  private constructor(
    private readonly dir: string,
    /** Hash of everything every piece of this build depends on alike. */
    private readonly common: string,
    private readonly settings: string,
  ) {
    this.disk = new DiskCache(dir);
  }

  /**
   * The cache for a build with these options, or undefined without a cache folder. Reads the
   * templates and the logo and looks at the font files now (a few milliseconds): what they
   * hold is part of every key.
   */
  static open(options: KitOptions): PdfCache | undefined {
    const stamp = options.cacheDir ? codeStamp() : undefined;
    if (!options.cacheDir || !stamp) return undefined;
    const files = new RecordingFiles(nodeFiles);
    try {
      templateReads(options.templateDirs, files);
      if (options.school.logo) files.readBytes(options.school.logo, { what: 'schoolLogo', maxBytes: 64 * 1024 * 1024 });
    } catch {
      // An unreadable template or logo fails the build itself, which reports it.
      return undefined;
    }
    noteFontFiles(files, options.font);
    if (!files.keep) return undefined;
    const settings = optionsKey(options, NOT_DRAWN);
    const common = sha256(JSON.stringify([stamp, process.version, settings, files.reads]));
    return new PdfCache(join(options.cacheDir, 'pdfs'), common, settings);
  }

  private slot(lesson: RenderableLesson, piece: string): string {
    return sha256(JSON.stringify([lesson.file, piece, this.settings])).slice(0, 32);
  }

  private key(lesson: RenderableLesson, piece: string): string {
    return sha256(JSON.stringify([this.common, piece, lesson.file, sha256(lesson.yamlText), sha256(JSON.stringify(lesson.lesson)), sha256(JSON.stringify(lesson.source))]));
  }

  /** The PDF drawn earlier from exactly this input, if it was kept. */
  get(lesson: RenderableLesson, piece: string): CachedPdf | undefined {
    const slot = this.slot(lesson, piece);
    const entry = this.disk.read<Entry>('meta', slot, this.key(lesson, piece));
    if (!entry) return undefined;
    try {
      const data = readFileSync(join(this.dir, 'files', `${slot}.pdf`));
      if (sha256(data) !== entry.sha256) return undefined;
      return { data, pages: entry.pages, warnings: entry.warnings };
    } catch {
      return undefined;
    }
  }

  /** Keeps a piece's PDF for later builds. */
  put(lesson: RenderableLesson, piece: string, pdf: CachedPdf): void {
    const slot = this.slot(lesson, piece);
    const file = join(this.dir, 'files', `${slot}.pdf`);
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(tmp, pdf.data);
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only means no shortcut.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Not even looking at the cache folder is allowed: nothing was written there.
      }
      return;
    }
    this.disk.write('meta', slot, this.key(lesson, piece), { sha256: sha256(pdf.data), pages: pdf.pages, warnings: pdf.warnings } satisfies Entry);
  }
}

/**
 * Looks at every template and partial in the template folders, as the template environment
 * finds them (template-files.ts): what each folder holds, and every .hbs file's bytes.
 */
function templateReads(dirs: readonly string[], files: RecordingFiles): void {
  for (const dir of dirs) {
    if (files.kind(dir) !== 'folder') continue;
    for (const folder of [dir, files.join(dir, 'partials')]) {
      if (files.kind(folder) !== 'folder') continue;
      for (const name of files.list(folder, 'templatesFolder')) {
        if (name.endsWith('.hbs')) files.readBytes(files.join(folder, name), { what: 'template', maxBytes: 16 * 1024 * 1024, within: dir });
      }
    }
  }
}
