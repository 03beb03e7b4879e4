import { KitError, problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { sealPdf } from '../layout/pdf-seal.js';
import { concatBytes } from '../bytes.js';
import type { Roster } from '../roster/load-roster.js';
import { TemplateEnvironment } from '../template/environment.js';
import { brandOf } from './brand.js';
import { CLASS_SET_PIECE, classSetFileName, rosterFills, SINGLES_PER_JOB, singleFileNames } from './class-set.js';
import { pieceById } from './find-piece.js';
import type { KitLesson, LoadedKit } from './load-lessons.js';
import type { KitOptions } from './options.js';
import { PIECES } from './pieces.js';
import { Renderer, type JobOutput, type OutputStream, type RenderJob } from './render-jobs.js';
import { validateKit } from './validate-kit.js';

/** A PDF made in memory, named as the CLI names the file. */
export interface PdfFile {
  lesson: string;
  piece: string;
  /** The CLI's file name: worksheet.pdf, …, worksheets-<list>.pdf, or 01-name.pdf for one student. */
  name: string;
  bytes: Uint8Array;
  pages: number;
  /** Class sets: the number of students in the file. */
  copies?: number;
}

export interface ClassSetFiles {
  /** One print file with every student, each starting on an odd page. */
  print: PdfFile;
  /** With `split`: one file per student, in list order. */
  singles: PdfFile[];
}

/**
 * A build whose PDFs stay in memory (the browser, and anything else without a folder to
 * write to). It runs the same render jobs as the CLI's build, with the same options, so the
 * bytes are the CLI's bytes; only where they go differs. Lessons are loaded and templates
 * compiled once, on first use.
 */
export class InMemoryBuild {
  private loaded: LoadedKit | undefined;
  private renderer: Renderer | undefined;
  private readonly output = new MemoryOutput();

  constructor(
    readonly options: KitOptions,
    private readonly input: InputFiles,
  ) {}

  /** The lessons the options select, checked against their sources; those with problems apart. */
  validate(): LoadedKit {
    this.loaded ??= validateKit(this.options, this.input);
    return this.loaded;
  }

  /** The pieces a lesson has (cards and youth session only when it has what they need). */
  piecesOf(lessonId: string): string[] {
    const { lesson } = this.kitLesson(lessonId);
    return PIECES.filter((p) => !p.when || p.when(lesson)).map((p) => p.id);
  }

  /** One piece of a lesson. */
  async piece(lessonId: string, pieceId: string): Promise<PdfFile> {
    const piece = pieceById(pieceId);
    const [file] = await this.run({ kind: 'piece', lesson: this.index(lessonId), piece: piece.id, target: piece.file });
    return { lesson: lessonId, piece: piece.id, name: piece.file, bytes: file!.data!, pages: file!.pages };
  }

  /** Every piece of a lesson, in the order of PIECES. */
  async lesson(lessonId: string): Promise<PdfFile[]> {
    const out: PdfFile[] = [];
    for (const piece of this.piecesOf(lessonId)) out.push(await this.piece(lessonId, piece));
    return out;
  }

  /**
   * A class set of a lesson's worksheet: every student's name in the name field. Every name
   * is checked before anything is drawn; a problem names the class list's file and row.
   * `progress` hears of every copy drawn: the print file's, then (with `split`) each student's own.
   */
  async classSet(lessonId: string, roster: Roster, split = false, progress?: (done: number, total: number) => void): Promise<ClassSetFiles> {
    const lesson = this.index(lessonId);
    const total = roster.students.length * (split ? 2 : 1);
    let done = 0;
    const renderer = this.render();
    renderer.onCopy = progress ? () => progress(++done, total) : undefined;
    try {
      return await this.drawClassSet(lessonId, lesson, roster, split);
    } finally {
      renderer.onCopy = undefined;
    }
  }

  private async drawClassSet(lessonId: string, lesson: number, roster: Roster, split: boolean): Promise<ClassSetFiles> {
    const fills = rosterFills(roster);
    const name = classSetFileName(roster);
    const [print] = await this.run({ kind: 'copies', lesson, piece: CLASS_SET_PIECE, roster: roster.file, fills, target: name, tmp: name });
    const singles: PdfFile[] = [];
    if (split) {
      const names = singleFileNames(roster);
      for (let k = 0; k < fills.length; k += SINGLES_PER_JOB) {
        const files = fills.slice(k, k + SINGLES_PER_JOB).map((fill, j) => ({ fill, file: names[k + j]! }));
        for (const f of await this.run({ kind: 'singles', lesson, piece: CLASS_SET_PIECE, roster: roster.file, files })) {
          singles.push({ lesson: lessonId, piece: CLASS_SET_PIECE, name: f.target, bytes: this.output.take(f.target), pages: f.pages });
        }
      }
    }
    const printFile: PdfFile = { lesson: lessonId, piece: CLASS_SET_PIECE, name, bytes: this.output.take(print!.tmp!), pages: print!.pages, copies: fills.length };
    return { print: printFile, singles };
  }

  private async run(job: RenderJob) {
    return this.render().run(job);
  }

  private render(): Renderer {
    if (!this.renderer) {
      const kit = this.validate();
      // A broken logo or template concerns every lesson: reported before anything is drawn.
      brandOf(this.options, this.input);
      const templates = new TemplateEnvironment(this.options.templateDirs, this.input, this.options.labels);
      const lessons = kit.lessons.map(({ file, lesson, source, yaml }) => ({ file, lesson, source, yamlText: yaml.text }));
      this.renderer = new Renderer({ options: this.options, lessons }, this.input, this.output, templates);
    }
    return this.renderer;
  }

  private kitLesson(id: string): KitLesson {
    return this.validate().lessons[this.index(id)]!;
  }

  /** The lesson's place in the loaded kit; a lesson with problems throws them. */
  private index(id: string): number {
    const kit = this.validate();
    const at = kit.lessons.findIndex((l) => l.lesson.id === id);
    if (at !== -1) return at;
    const failed = kit.failed.find((f) => f.name === id);
    if (failed) throw new KitError(failed.problems);
    const known = [...kit.lessons.map((l) => l.lesson.id), ...kit.failed.map((f) => f.name)];
    throw new KitError(problem('webUnknownLesson', { id, known: known.join(', ') }), 2);
  }
}

/** Files the render jobs write, kept in memory until the build takes them. */
class MemoryOutput implements JobOutput {
  private readonly files = new Map<string, Uint8Array>();

  stream(tmp: string): OutputStream {
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const files = this.files;
    return {
      tmp,
      get bytes() {
        return bytes;
      },
      write(chunk) {
        chunks.push(chunk);
        bytes += chunk.length;
      },
      close() {
        // Sealed as the Node shell seals a streamed file (src/files/staged-write.ts): same bytes.
        files.set(tmp, sealPdf(concatBytes(chunks)));
      },
      discard() {
        chunks.length = 0;
      },
    };
  }

  write(file: string, bytes: Uint8Array): void {
    this.files.set(file, bytes);
  }

  take(file: string): Uint8Array {
    const bytes = this.files.get(file);
    if (!bytes) throw new Error(`no file ${file} was written`);
    this.files.delete(file);
    return bytes;
  }
}
