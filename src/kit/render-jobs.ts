import { KitError, problem, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { sealPdf } from '../layout/pdf-seal.js';
import type { NameFill } from '../layout/env.js';
import { concatBytes } from '../bytes.js';
import { CopyPrinter, nameFillChecker } from '../layout/render-copies.js';
import { TemplateEnvironment } from '../template/environment.js';
import { pieceById } from './find-piece.js';
import { drawPiece, inLessonFile, pieceDocument, renderOptions, type DrawableLesson } from './render-piece.js';
import type { KitLesson } from './load-lessons.js';
import type { KitOptions } from './options.js';

/** What rendering needs of a lesson; plain data, so it can be sent to a worker thread. */
export type RenderableLesson = Pick<KitLesson, 'file' | 'lesson' | 'source'> & { yamlText: string };

export interface RenderContext {
  options: KitOptions;
  lessons: RenderableLesson[];
  /** Watch mode: the same number as the last context means the templates did not change. */
  templatesEpoch?: number;
}

/** A student from a class list: what the name field shows, and the row it came from. */
export interface Fill extends NameFill {
  line: number;
}

/**
 * One unit of rendering work. Jobs are independent, so they can run on any thread in any
 * order; each writes its files under temporary names that the main thread commits.
 */
export type RenderJob =
  /** One piece of a lesson (worksheet, teacher guide, …), returned in memory. */
  | { kind: 'piece'; lesson: number; piece: string; target: string }
  /** A class set: one print file, every student starting on an odd page, streamed to `tmp`. */
  | { kind: 'copies'; lesson: number; piece: string; roster: string; fills: Fill[]; target: string; tmp: string }
  /** One file per student, written straight into a staged folder. */
  | { kind: 'singles'; lesson: number; piece: string; roster: string; files: { fill: Fill; file: string }[] };

export interface RenderedFile {
  target: string;
  /** The PDF itself, when it was made in memory. */
  data?: Uint8Array;
  /** Where it was written instead; the main thread renames it to `target`. */
  tmp?: string;
  pages: number;
  bytes: number;
  /** Students in a class set. */
  copies?: number;
  /** What in the template makes this PDF harder to read with a screen reader. */
  warnings?: Problem[];
}

/**
 * Where a Renderer puts files it does not return in memory: the Node shell writes them to
 * temporary files (src/node/job-output.ts), the browser keeps them.
 */
export interface JobOutput {
  /** A big file written as it is made (a class set), under the temporary name `tmp`. */
  stream(tmp: string): OutputStream;
  /** A small file written at once (one student's copy). */
  write(file: string, bytes: Uint8Array): void;
}

export interface OutputStream {
  readonly tmp: string;
  /** Bytes written so far. */
  readonly bytes: number;
  write(chunk: Uint8Array): void;
  /** Done: the file stays under its temporary name until the shell commits it. */
  close(): void;
  /** Failed: whatever was written is removed. */
  discard(): void;
}

/** Renders jobs on one thread: templates compiled and documents laid out once per thread. */
export class Renderer {
  private readonly printers = new Map<string, { printer: CopyPrinter; warnings: Problem[] }>();
  private readonly lessons = new Map<number, DrawableLesson>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Called after each student's copy in a class set (a progress bar); not for threads. */
  onCopy: (() => void) | undefined;

  constructor(
    private readonly context: RenderContext,
    private readonly input: InputFiles,
    private readonly output: JobOutput,
    private templates?: TemplateEnvironment,
  ) {}

  /** Runs one job after the previous one finished (copies share a printer's name fill). */
  run(job: RenderJob): Promise<RenderedFile[]> {
    const next = this.queue.then(() => this.runNow(job));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The laid-out document of a lesson's piece, ready to print copies of. */
  printer(lessonIndex: number, pieceId: string): CopyPrinter {
    return this.laidOut(lessonIndex, pieceId).printer;
  }

  private laidOut(lessonIndex: number, pieceId: string): { printer: CopyPrinter; warnings: Problem[] } {
    const key = `${lessonIndex}/${pieceId}`;
    let laid = this.printers.get(key);
    if (!laid) {
      const lesson = this.lesson(lessonIndex);
      const piece = pieceById(pieceId);
      if (piece.audience !== 'student') throw new Error(`class sets are for student pieces, not ${piece.id}`);
      const { document, warnings } = pieceDocument(lesson, piece, this.env(), this.context.options);
      const printer = new CopyPrinter(document, renderOptions(piece, this.context.options, this.input));
      if (!printer.hasNameField) {
        throw new KitError(problem('rosterNoNameField', { piece: piece.id, template: piece.template }));
      }
      laid = { printer, warnings };
      this.printers.set(key, laid);
    }
    return laid;
  }

  private async runNow(job: RenderJob): Promise<RenderedFile[]> {
    const lesson = this.lesson(job.lesson);
    switch (job.kind) {
      case 'piece': {
        const result = await drawPiece(lesson, pieceById(job.piece), this.env(), this.context.options, this.input);
        const data = sealPdf(result.bytes);
        return [{ target: job.target, data, pages: result.pages, bytes: data.length, warnings: result.warnings }];
      }
      case 'copies': {
        const { printer, warnings } = this.laidOut(job.lesson, job.piece);
        this.checkFills(job.piece, job.roster, job.fills);
        const file = this.output.stream(job.tmp);
        try {
          const { pages } = await inLessonFile(lesson, this.env(), this.input, () => printer.render(job.fills, (chunk) => file.write(chunk), true, this.onCopy));
          file.close();
          return [{ target: job.target, tmp: file.tmp, pages, bytes: file.bytes, copies: job.fills.length, warnings }];
        } catch (e) {
          file.discard();
          throw e;
        }
      }
      case 'singles': {
        const printer = this.printer(job.lesson, job.piece);
        this.checkFills(job.piece, job.roster, job.files.map((f) => f.fill));
        const out: RenderedFile[] = [];
        for (const { fill, file } of job.files) {
          const chunks: Uint8Array[] = [];
          const { pages } = await inLessonFile(lesson, this.env(), this.input, () => printer.render([fill], (c) => chunks.push(c), false, this.onCopy));
          const bytes = sealPdf(concatBytes(chunks));
          this.output.write(file, bytes);
          out.push({ target: file, pages, bytes: bytes.length });
        }
        return out;
      }
    }
  }

  /**
   * Every name must print before any is drawn: a character no font has, or a name too long
   * for its line even in small print, stops the job with the class list's file and line.
   */
  private checkFills(pieceId: string, roster: string, fills: readonly Fill[]): void {
    const check = nameFillChecker(renderOptions(pieceById(pieceId), this.context.options, this.input));
    const problems: Problem[] = [];
    for (const fill of fills) {
      const at = { file: roster, line: fill.line };
      try {
        const tooLong = check(fill);
        if (tooLong) problems.push(problem('rosterTooLong', tooLong, at));
      } catch (e) {
        if (!(e instanceof KitError)) throw e;
        problems.push(...e.problems.map((p) => ({ ...p, ...at })));
      }
      if (problems.length >= 20) break;
    }
    if (problems.length > 0) throw new KitError(problems);
  }

  /** The templates as compiled so far, for the next context with the same templates. */
  get compiledTemplates(): TemplateEnvironment | undefined {
    return this.templates;
  }

  private env(): TemplateEnvironment {
    this.templates ??= new TemplateEnvironment(this.context.options.templateDirs, this.input, this.context.options.labels);
    return this.templates;
  }

  private lesson(i: number): DrawableLesson {
    let drawable = this.lessons.get(i);
    if (!drawable) {
      const lesson = this.context.lessons[i];
      if (!lesson) throw new Error(`no lesson ${i} in the render context`);
      const { yamlText, ...rest } = lesson;
      drawable = { ...rest, yaml: { text: yamlText, position: (offset) => lineCol(yamlText, offset) } };
      this.lessons.set(i, drawable);
    }
    return drawable;
  }
}

/** 1-based line and column of an offset, as the YAML parser reports positions. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
