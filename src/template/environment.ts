import Handlebars from 'handlebars';
import { KitError, type Problem } from '../errors.js';
import { readTextFile } from '../files/read-text.js';
import type { Locate } from '../document/parse-document.js';
import { suggest } from '../yaml/suggest.js';
import type { LabelLanguage } from '../kit/options.js';
import { HELPERS } from './helpers.js';
import { findPartials, findTemplate, type TemplateFile } from './template-files.js';
import { translate } from './translations.js';

/**
 * One Handlebars environment per build: templates and partials from layered folders,
 * compiled once. Output is text in the document language, not HTML, so Handlebars'
 * HTML escaping is off; the view model escapes values for the document language instead.
 * Prototype access stays at Handlebars' safe default (off).
 */
export class TemplateEnvironment {
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>();
  private readonly sources = new Map<string, { file: string; lines: string[] }>();

  constructor(
    private readonly dirs: readonly string[],
    language: LabelLanguage = 'nl',
  ) {
    for (const [name, fn] of Object.entries(HELPERS)) this.hb.registerHelper(name, fn);
    // {{t "Woordenlijst"}}: fixed wording in the label language (see translations.ts).
    this.hb.registerHelper('t', (text: unknown) => translate(language, String(text)));
    const problems: Problem[] = [];
    for (const partial of findPartials(dirs)) {
      const fn = this.compileFile(partial, problems);
      if (!fn) continue;
      // Partials are wrapped so a runtime error names the partial's file, not its caller.
      this.hb.registerPartial(partial.name, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
        try {
          return fn(context, options);
        } catch (e) {
          throw this.runtimeError(e, partial);
        }
      }) as unknown as Handlebars.Template);
    }
    if (problems.length > 0) throw new KitError(problems);
  }

  has(name: string): boolean {
    return findTemplate(this.dirs, name) !== undefined;
  }

  /** Renders a template to document-language text. */
  render(name: string, view: object): string {
    let fn = this.compiled.get(name);
    const template = findTemplate(this.dirs, name);
    if (!template) {
      throw new KitError({
        code: 'GK_TEMPLATE_NOT_FOUND',
        file: this.dirs[0],
        message: `there is no template "${name}.hbs"`,
        hint: `Put ${name}.hbs in one of: ${this.dirs.join(', ')}.`,
      });
    }
    if (!fn) {
      const problems: Problem[] = [];
      fn = this.compileFile(template, problems);
      if (!fn) throw new KitError(problems);
      this.compiled.set(name, fn);
    }
    try {
      return fn(view);
    } catch (e) {
      throw this.runtimeError(e, template);
    }
  }

  /** Finds which template or partial wrote a piece of output, for document errors. */
  readonly locate: Locate = (snippet) => {
    for (const { file, lines } of this.sources.values()) {
      const at = lines.findIndex((l) => l.includes(snippet));
      if (at !== -1) return { file, line: at + 1, col: lines[at]!.indexOf(snippet) + 1 };
    }
    return {};
  };

  private compileFile(t: TemplateFile, problems: Problem[]): HandlebarsTemplateDelegate | undefined {
    const text = readTextFile(t.file, 'the template');
    this.sources.set(t.file, { file: t.file, lines: text.split('\n') });
    try {
      // Parse now: Handlebars compiles lazily, and syntax errors should surface before a build.
      this.hb.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
      const detail = message.split('\n').pop() ?? message;
      problems.push({
        code: 'GK_TEMPLATE_SYNTAX',
        file: t.file,
        line,
        message: `template syntax error: ${detail.replace(/^Expecting /, 'expected ')}`,
        hint: 'Check that every {{#if}} / {{#each}} has its {{/if}} / {{/each}} and every {{ has its }}.',
      });
      return undefined;
    }
    return this.hb.compile(text, { noEscape: true, strict: true });
  }

  private runtimeError(e: unknown, t: TemplateFile): unknown {
    if (e instanceof KitError) return e;
    if (!(e instanceof Error)) return e;
    const ex = e as Error & { lineNumber?: number; column?: number };
    const notDefined = /^"([^"]+)" not defined in/.exec(ex.message);
    const missingPartial = /^The partial (\S+) could not be found/.exec(ex.message);
    const missingHelper = /^Missing helper: "([^"]+)"/.exec(ex.message);
    const base = { file: t.file, ...(ex.lineNumber ? { line: ex.lineNumber, col: (ex.column ?? 0) + 1 } : {}) };
    if (notDefined) {
      const name = notDefined[1]!;
      const guess = suggest(name, [...Object.keys(HELPERS), 't']);
      return new KitError({
        code: 'GK_TEMPLATE_UNKNOWN_NAME',
        ...base,
        message: `"${name}" is not a field of the lesson data here, nor a helper${guess ? `; did you mean the helper "${guess}"?` : ''}`,
        hint: 'Check the spelling; lessons/README.md lists the fields templates can use. Inside {{#each}}, fields of the item are used directly.',
      });
    }
    if (missingPartial) {
      const name = missingPartial[1]!;
      const guess = suggest(name, findPartials(this.dirs).map((p) => p.name));
      return new KitError({
        code: 'GK_TEMPLATE_UNKNOWN_PARTIAL',
        ...base,
        message: `there is no partial "${name}"${guess ? `; did you mean "${guess}"?` : ''}`,
        hint: `Partials are the .hbs files in a partials/ folder of: ${this.dirs.join(', ')}.`,
      });
    }
    if (missingHelper) {
      return new KitError({
        code: 'GK_TEMPLATE_UNKNOWN_HELPER',
        ...base,
        message: `there is no helper "${missingHelper[1]}"`,
        hint: `Helpers: ${[...Object.keys(HELPERS), 't'].join(', ')}, plus Handlebars' own (if, unless, each, with, lookup).`,
      });
    }
    if (ex.lineNumber !== undefined || /Handlebars|helper|partial/i.test(ex.message)) {
      return new KitError({ code: 'GK_TEMPLATE_RUNTIME', ...base, message: `template error: ${ex.message.split('\n')[0]}` });
    }
    return e;
  }
}
