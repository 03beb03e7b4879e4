import { KitError, reword } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';

export interface TemplateFile {
  /** Name used in templates: "worksheet" or, for partials, "page-header". */
  name: string;
  file: string;
  /** The template folder it was found in: a link may not lead out of it. */
  dir: string;
}

/**
 * Template folders are layered: the first folder that has a file wins, file by file, so a
 * school can override one partial and keep everything else built-in.
 */
export function findTemplate(dirs: readonly string[], name: string, input: InputFiles): TemplateFile | undefined {
  for (const dir of dirs) {
    const file = input.join(dir, `${name}.hbs`);
    if (input.kind(file) !== 'missing') return { name, file, dir };
  }
  return undefined;
}

export function findPartials(dirs: readonly string[], input: InputFiles): TemplateFile[] {
  const byName = new Map<string, TemplateFile>();
  for (const dir of [...dirs].reverse()) {
    const partialDir = input.join(dir, 'partials');
    if (input.kind(partialDir) === 'missing') continue;
    let entries: string[];
    try {
      entries = input.list(partialDir, 'partialsFolder');
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      const p = e.problems[0]!;
      throw new KitError(p.code === 'GK_FILE_NOT_FOLDER' ? reword(p, 'partialsFolderIsFile', {}) : p);
    }
    for (const entry of entries) {
      if (!entry.endsWith('.hbs')) continue;
      const name = entry.slice(0, -4);
      byName.set(name, { name, file: input.join(partialDir, entry), dir });
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
