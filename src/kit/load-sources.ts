import { KitError, problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { loadSource } from '../source/load-source.js';
import type { Source } from '../source/model.js';

/** Finds source texts by id in layered folders (the user's first), loading each once. */
export class SourceLibrary {
  private readonly cache = new Map<string, Source>();

  constructor(
    private readonly dirs: readonly string[],
    private readonly input: InputFiles,
  ) {}

  fileFor(id: string): string | undefined {
    for (const dir of this.dirs) {
      const file = this.input.join(dir, `${id}.md`);
      if (this.input.kind(file) !== 'missing') return file;
    }
    return undefined;
  }

  /** Explicit file given with --source: registered under its own id. */
  addFile(file: string): Source {
    const source = loadSource(file, this.input);
    this.cache.set(source.meta.id, source);
    return source;
  }

  get(id: string): Source {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const file = this.fileFor(id);
    if (!file) {
      throw new KitError(problem('sourceNotFound', { id, paths: this.dirs.map((d) => this.input.join(d, `${id}.md`)) }));
    }
    const source = loadSource(file, this.input);
    if (source.meta.id !== id) {
      throw new KitError(problem('sourceIdMismatch', { id, actual: source.meta.id }, { file }));
    }
    this.cache.set(id, source);
    return source;
  }
}
