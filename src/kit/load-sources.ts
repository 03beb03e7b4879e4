import { KitError, problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { loadSource } from '../source/load-source.js';
import type { Source } from '../source/model.js';
import { loadSourceStored, type ParseStore } from './parse-store.js';

/** Finds source texts by id in layered folders (the user's first), loading each once. */
export class SourceLibrary {
  private readonly cache = new Map<string, Source>();

  /**
   * `explicit`: source files the user named (--source, default_source): read wherever they
   * are. Any other source file must stay inside its folder.
   */
  constructor(
    private readonly dirs: readonly string[],
    private readonly input: InputFiles,
    private readonly explicit: readonly string[] = [],
    /** Source texts parsed by earlier runs (unchanged files). */
    private readonly store?: ParseStore,
  ) {}

  fileFor(id: string): { file: string; dir: string } | undefined {
    for (const dir of this.dirs) {
      const file = this.input.join(dir, `${id}.md`);
      if (this.input.kind(file) !== 'missing') return { file, dir };
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
    const found = this.fileFor(id);
    if (!found) {
      throw new KitError(problem('sourceNotFound', { id, paths: this.dirs.map((d) => this.input.join(d, `${id}.md`)) }));
    }
    const { file } = found;
    const within = this.explicit.includes(file) ? undefined : found.dir;
    const source = this.store ? loadSourceStored(file, this.input, this.store, within) : loadSource(file, this.input, within);
    if (source.meta.id !== id) {
      throw new KitError(problem('sourceIdMismatch', { id, actual: source.meta.id }, { file }));
    }
    this.cache.set(id, source);
    return source;
  }
}
