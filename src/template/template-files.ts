import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../errors.js';
import { ioProblem } from '../files/read-text.js';

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
export function findTemplate(dirs: readonly string[], name: string): TemplateFile | undefined {
  for (const dir of dirs) {
    const file = join(dir, `${name}.hbs`);
    if (existsSync(file)) return { name, file, dir };
  }
  return undefined;
}

export function findPartials(dirs: readonly string[]): TemplateFile[] {
  const byName = new Map<string, TemplateFile>();
  for (const dir of [...dirs].reverse()) {
    const partialDir = join(dir, 'partials');
    if (!existsSync(partialDir)) continue;
    let entries: string[];
    try {
      entries = readdirSync(partialDir);
    } catch (e) {
      const p = ioProblem(e, partialDir, 'the partials folder');
      throw new KitError(p.code === 'GK_FILE_NOT_FOLDER' ? { ...p, message: 'the partials folder is a file, not a folder', hint: 'Rename that file: "partials" must be the folder that holds the partial .hbs files.' } : p);
    }
    for (const entry of entries) {
      if (!entry.endsWith('.hbs')) continue;
      const name = entry.slice(0, -4);
      byName.set(name, { name, file: join(partialDir, entry), dir });
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
