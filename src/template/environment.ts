import Handlebars from 'handlebars';
import { KitError, problem, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import type { Locate } from '../document/parse-document.js';
import { suggest } from '../yaml/suggest.js';
import type { LabelLanguage } from '../kit/options.js';
import { EndlessTemplateError, LoopBudget, MAX_LOOP_CHARS, MAX_LOOP_ROUNDS, MAX_PARTIAL_DEPTH, PartialLoopError, type TemplateLoc } from './budget.js';
import { HELPERS } from './helpers.js';
import { findUnsafeUses, ForbiddenLookupError, safeLookup } from './safety.js';
import { explainTemplateSyntax } from './syntax-messages.js';
import { findPartials, findTemplate, type TemplateFile } from './template-files.js';
import { translate } from './translations.js';

/**
 * Where compiled templates are kept between runs (src/node/template-cache.ts): Handlebars' own
 * compiler, cold, took 100-300 ms of every build and of every render thread. A template's
 * code is stored only after it passed the syntax and safety checks, keyed by its exact text.
 */
export interface TemplateCodeStore {
  get(file: string, text: string): string | undefined;
  put(file: string, text: string, code: string): void;
}

let codeStore: TemplateCodeStore | undefined;

export function useTemplateCodeStore(store: TemplateCodeStore | undefined): void {
  codeStore = store;
}

/** Compile options: Handlebars writes them into the compiled code, so they key the store too. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Helpers Handlebars brings itself; `lookup` is replaced by a safe version, `log` is off. */
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'];

/**
 * One Handlebars environment per build: templates and partials from layered folders,
 * compiled once. Output is text in the document language, not HTML, so Handlebars'
 * HTML escaping is off; the view model escapes values for the document language instead.
 * Prototype access stays at Handlebars' safe default (off), and templates that name
 * prototype members are refused when they are compiled (see safety.ts).
 * Partials come only from the partials/ folders: Handlebars looks them up by name in its
 * registry and never reads a file, so a name like "../../etc/passwd" cannot reach outside.
 */
export class TemplateEnvironment {
  private readonly hb = Handlebars.create();
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>();
  private readonly sources = new Map<string, { file: string; lines: string[] }>();
  private view: object = {};
  private readonly budget = new LoopBudget();
  /** Partials being rendered, outermost first: a name twice means it includes itself. */
  private readonly partialStack: string[] = [];
  private readonly partialFiles = new Map<string, TemplateFile>();

  constructor(
    private readonly dirs: readonly string[],
    private readonly input: InputFiles,
    language: LabelLanguage = 'nl',
  ) {
    checkFolders(dirs, input);
    for (const [name, fn] of Object.entries(HELPERS)) this.hb.registerHelper(name, fn);
    this.hb.registerHelper('lookup', safeLookup);
    // {{log}} writes to the console: lesson data (or a class list) has no business there.
    this.hb.unregisterHelper('log');
    this.countLoops(['each', 'times']);
    // {{t "Woordenlijst"}}: fixed wording in the label language (see translations.ts).
    this.hb.registerHelper('t', (text: unknown) => translate(language, String(text)));
    const problems: Problem[] = [];
    for (const partial of findPartials(dirs, input)) {
      const fn = this.compileFile(partial, problems);
      if (!fn) continue;
      this.partialFiles.set(partial.name, partial);
      // Partials are wrapped so a runtime error names the partial's file, not its caller,
      // and so one that includes itself is stopped long before the stack runs out.
      this.hb.registerPartial(partial.name, ((context: unknown, options?: Handlebars.RuntimeOptions) => {
        if (this.partialStack.length >= MAX_PARTIAL_DEPTH || this.partialStack.includes(partial.name)) {
          throw new PartialLoopError([...this.partialStack, partial.name]);
        }
        this.partialStack.push(partial.name);
        try {
          return fn(context, options);
        } catch (e) {
          throw this.runtimeError(e, partial);
        } finally {
          this.partialStack.pop();
        }
      }) as unknown as Handlebars.Template);
    }
    if (problems.length > 0) throw new KitError(problems);
  }

  has(name: string): boolean {
    return findTemplate(this.dirs, name, this.input) !== undefined;
  }

  /** Renders a template to document-language text. */
  render(name: string, view: object): string {
    let fn = this.compiled.get(name);
    const template = findTemplate(this.dirs, name, this.input);
    if (!template) {
      throw new KitError(problem('templateNotFound', { name, dirs: this.dirs }, { file: this.dirs[0] }));
    }
    if (!fn) {
      const problems: Problem[] = [];
      fn = this.compileFile(template, problems);
      if (!fn) throw new KitError(problems);
      this.compiled.set(name, fn);
    }
    this.view = view;
    this.budget.reset();
    this.partialStack.length = 0;
    try {
      return fn(view);
    } catch (e) {
      throw this.runtimeError(e, template);
    }
  }

  /**
   * Finds which template or partial wrote a line of output, for document errors: first a
   * template line that matches the whole output line (with {{…}} standing for any text),
   * else the first line that contains the snippet.
   */
  readonly locate: Locate = (snippet, _outputLine, fullLine) => {
    if (fullLine !== undefined) {
      const wanted = fullLine.trim();
      let best: { file: string; line: number; col: number; score: number } | undefined;
      for (const { file, lines } of this.sources.values()) {
        lines.forEach((l, i) => {
          const m = matchTemplateLine(l, wanted);
          if (m !== undefined && (!best || m.score > best.score)) best = { file, line: i + 1, col: m.col, score: m.score };
        });
      }
      if (best) return { file: best.file, line: best.line, col: best.col };
    }
    for (const { file, lines } of this.sources.values()) {
      const at = lines.findIndex((l) => l.includes(snippet));
      if (at !== -1) return { file, line: at + 1, col: lines[at]!.indexOf(snippet) + 1 };
    }
    return {};
  };

  private compileFile(t: TemplateFile, problems: Problem[]): HandlebarsTemplateDelegate | undefined {
    const text = readTextFile(this.input, t.file, 'template', t.dir);
    this.sources.set(t.file, { file: t.file, lines: text.split('\n') });
    // The same text compiled and checked by an earlier run: its code, without Handlebars' compiler.
    const stored = codeStore?.get(t.file, text);
    if (stored !== undefined) return this.hb.template(templateSpec(stored));
    let ast: unknown;
    try {
      // Parse now: Handlebars compiles lazily, and syntax errors should surface before a build.
      ast = this.hb.parse(text);
    } catch (e) {
      const p = explainTemplateSyntax(text, e);
      problems.push({ ...p.problem, file: t.file, line: p.line, ...(p.col ? { col: p.col } : {}) });
      return undefined;
    }
    const unsafe = findUnsafeUses(ast);
    for (const u of unsafe) {
      problems.push(
        u.kind === 'log'
          ? problem('templateLog', {}, { file: t.file, line: u.line, col: u.col })
          : problem(u.kind === 'partial-path' ? 'templatePartialPath' : 'templateForbidden', { name: u.name }, { file: t.file, line: u.line, col: u.col }),
      );
    }
    if (unsafe.length > 0) return undefined;
    if (!codeStore) return this.hb.compile(text, COMPILE_OPTIONS);
    let code: string;
    try {
      code = this.hb.precompile(text, COMPILE_OPTIONS) as string;
    } catch {
      // Reported when the template runs, with its place, as without a store.
      return this.hb.compile(text, COMPILE_OPTIONS);
    }
    codeStore.put(t.file, text, code);
    return this.hb.template(templateSpec(code));
  }

  /** Every round of these block helpers is counted against the loop budget. */
  private countLoops(names: string[]): void {
    const budget = this.budget;
    for (const name of names) {
      const inner = this.hb.helpers[name]!;
      this.hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
        const options = args[args.length - 1] as Handlebars.HelperOptions & { loc?: TemplateLoc };
        const fn = options.fn;
        const counted = Object.assign((context: unknown, o?: Handlebars.RuntimeOptions) => {
          const out = fn(context, o);
          budget.spend(out, options.loc);
          return out;
        }, fn);
        return (inner as (...a: unknown[]) => unknown).apply(this, [...args.slice(0, -1), { ...options, fn: counted }]);
      });
    }
  }

  private runtimeError(e: unknown, t: TemplateFile): unknown {
    if (e instanceof KitError) return e;
    if (e instanceof EndlessTemplateError) {
      const limit = e.limit === 'rounds' ? { rounds: MAX_LOOP_ROUNDS } : { mb: MAX_LOOP_CHARS / 1_000_000 };
      return new KitError(problem('templateTooMuch', limit, { file: t.file, ...(e.loc ? { line: e.loc.start.line, col: e.loc.start.column + 1 } : {}) }));
    }
    if (e instanceof PartialLoopError) {
      const chain = e.chain;
      // Reported in the partial that includes the first one again, at that {{> …}}.
      const caller = this.partialFiles.get(chain[chain.length - 2] ?? chain[0]!) ?? t;
      const target = chain[chain.length - 1]!;
      const at = this.find(caller, [`{{> ${target}`, `{{>${target}`, `{{~> ${target}`, `{{#> ${target}`, '{{>']);
      return new KitError(problem('templatePartialLoop', { chain }, { file: caller.file, ...at }));
    }
    if (!(e instanceof Error)) return e;
    const ex = e as Error & { lineNumber?: number; column?: number };
    const base = { file: t.file, ...(ex.lineNumber ? { line: ex.lineNumber, col: (ex.column ?? 0) + 1 } : {}) };
    if (e instanceof ForbiddenLookupError) {
      return new KitError(problem('templateForbiddenLookup', { name: e.property }, { file: t.file, ...this.find(t, [`"${e.property}"`, `'${e.property}'`, 'lookup']) }));
    }
    const notDefined = /^"([^"]+)" not defined in/.exec(ex.message);
    const missingPartial = /^The partial (.+) could not be found/.exec(ex.message);
    const missingHelper = /^Missing helper: "([^"]+)"/.exec(ex.message);
    if (notDefined) {
      const name = notDefined[1]!;
      const helperCall = base.line !== undefined && this.isHelperCall(t, base.line, base.col!, name);
      if (helperCall) return this.unknownHelper(name, base);
      const guess = suggest(name, fieldNames(this.view));
      return new KitError(problem('templateUnknownName', { name, ...(guess ? { guess } : {}) }, base));
    }
    if (missingPartial) {
      const name = missingPartial[1]!;
      const known = findPartials(this.dirs, this.input).map((p) => p.name);
      const guess = suggest(name, known);
      return new KitError(
        problem('templateUnknownPartial', { name, known, ...(guess ? { guess } : {}) }, { file: t.file, ...this.find(t, [`{{> ${name}`, `{{>${name}`, `{{~> ${name}`, `{{#> ${name}`, name, '{{> (', '{{>(']) }),
      );
    }
    if (missingHelper) return this.unknownHelper(missingHelper[1]!, { ...base, ...(base.line ? {} : this.find(t, [`{{#${missingHelper[1]}`, `{{${missingHelper[1]} `])) });
    // Anything else that goes wrong while a school's template runs is that template's
    // problem (a path into nothing, a helper given the wrong kind of value), not a bug.
    return new KitError(problem('templateRuntime', { detail: ex.message.split('\n')[0]! }, base));
  }

  private unknownHelper(name: string, where: Pick<Problem, 'file' | 'line' | 'col'>): KitError {
    const helpers = [...Object.keys(HELPERS), 't', ...BUILTIN_HELPERS];
    const guess = suggest(name, helpers);
    return new KitError(problem('templateUnknownHelper', { name, helpers, ...(guess ? { guess } : {}) }, where));
  }

  /** `{{name arg}}` or `{{#name …}}` at this place: meant as a helper, not a field. */
  private isHelperCall(t: TemplateFile, line: number, col: number, name: string): boolean {
    const text = this.sources.get(t.file)?.lines[line - 1] ?? '';
    const rest = text.slice(col - 1);
    if (!rest.startsWith(name)) return false;
    const before = text.slice(0, col - 1);
    return /\{\{~?#\s*$/.test(before) || /^[^\s}]*\s+[^\s}~]/.test(rest) || /\(\s*$/.test(before);
  }

  /** The first line of a template holding one of the snippets (most specific first). */
  private find(t: TemplateFile, snippets: string[]): { line?: number; col?: number } {
    const lines = this.sources.get(t.file)?.lines ?? [];
    for (const s of snippets) {
      const at = lines.findIndex((l) => l.includes(s));
      if (at !== -1) return { line: at + 1, col: lines[at]!.indexOf(s) + 1 };
    }
    return {};
  }
}

/** A user's template folder that is missing is a mistake on the command line. */
function checkFolders(dirs: readonly string[], input: InputFiles): void {
  for (const dir of dirs) {
    if (input.kind(dir) !== 'folder') {
      throw new KitError(problem('templatesFolder', {}, { file: dir }), 2);
    }
  }
}

/** Every key that occurs in the view, for "did you mean" suggestions. */
function fieldNames(view: unknown): string[] {
  const names = new Set<string>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v.slice(0, 20)) walk(item, depth + 1);
      return;
    }
    for (const [k, child] of Object.entries(v)) {
      names.add(k);
      walk(child, depth + 1);
    }
  };
  walk(view, 0);
  return [...names];
}

/**
 * Does a template line produce this output line? Literal text must match exactly, each
 * {{…}} may stand for any text. Returns where the match starts and how much literal text
 * matched, so the most specific template line wins. A fixed word, {{t "Vragen"}}, counts
 * as the literal text it usually prints: "### {{t "Vragen"}}" beats "### {{title}}".
 */
function matchTemplateLine(templateLine: string, output: string): { col: number; score: number } | undefined {
  const trimmed = templateLine.trim();
  if (!trimmed || !output) return undefined;
  const fixed = trimmed.replace(/\{\{\s*t\s+"([^"{}]*)"\s*\}\}/g, (_, word: string) => word);
  if (fixed !== trimmed) {
    const m = matchLiteral(fixed, output);
    if (m) return { col: templateLine.indexOf(trimmed) + 1, score: m };
  }
  const m = matchLiteral(trimmed, output);
  return m ? { col: templateLine.indexOf(trimmed) + 1, score: m } : undefined;
}

/** How much literal text of a template line matches the output line (undefined: no match). */
function matchLiteral(trimmed: string, output: string): number | undefined {
  const parts = trimmed.split(/\{\{[^}]*\}\}\}?/);
  const literal = parts.join('');
  if (literal.trim().length < 2) return undefined;
  const pattern = new RegExp(`^${parts.map(escapeRegExp).join('.*?')}$`, 's');
  if (!pattern.test(output)) return undefined;
  return literal.length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Handlebars' precompiled code (an object literal in JavaScript) as the spec it stands for. */
function templateSpec(code: string): TemplateSpecification {
  return new Function(`return ${code};`)() as TemplateSpecification;
}
