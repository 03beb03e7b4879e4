import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../../src/errors.js';
import { BUILTIN_TEMPLATES } from '../../src/node/paths.js';
import { TemplateEnvironment } from '../../src/template/environment.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

/** A template folder with these files, layered over the built-in templates. */
function env(files: Record<string, string>): TemplateEnvironment {
  const dir = tempDir('gk-tpl-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return new TemplateEnvironment([dir, BUILTIN_TEMPLATES], nodeFiles);
}

/** Renders, returning the output or the KitError's problems as "code line:col". */
function attempt(files: Record<string, string>, view: object = { lesson: { title: 'Les' } }): { out?: string; problems?: string[] } {
  try {
    return { out: env(files).render('sheet', view) };
  } catch (e) {
    if (!(e instanceof KitError)) throw e;
    return { problems: e.problems.map((p) => `${p.code} ${p.line ?? '-'}:${p.col ?? '-'}`) };
  }
}

/** Captures console output: a refused lookup must be an error, not a console warning. */
function quiet<T>(fn: () => T): { result: T; printed: string[] } {
  const printed: string[] = [];
  const saved = { log: console.log, warn: console.warn, error: console.error };
  console.log = console.warn = console.error = (...a: unknown[]) => void printed.push(a.join(' '));
  try {
    return { result: fn(), printed };
  } finally {
    Object.assign(console, saved);
  }
}

describe('template: safety', () => {
  describe('prototype access stays off', () => {
    it('refuses constructor, __proto__ and other Object.prototype names when compiling, with line and column', () => {
      const cases: [string, string][] = [
        ['a\n{{constructor.constructor "return process"}}', 'GK_TEMPLATE_FORBIDDEN 2:3'],
        ['{{lesson.__proto__}}', 'GK_TEMPLATE_FORBIDDEN 1:3'],
        ['{{@root.constructor}}', 'GK_TEMPLATE_FORBIDDEN 1:3'],
        ['{{#with lesson}}\n  {{valueOf}}\n{{/with}}', 'GK_TEMPLATE_FORBIDDEN 2:5'],
        ['{{lookup lesson "constructor"}}', 'GK_TEMPLATE_FORBIDDEN 1:17'],
        ['{{#each (lookup this "__proto__")}}x{{/each}}', 'GK_TEMPLATE_FORBIDDEN 1:22'],
        ['{{> toString}}', 'GK_TEMPLATE_FORBIDDEN 1:1'],
      ];
      for (const [template, problem] of cases) expect(attempt({ 'sheet.hbs': template }).problems, template).to.deep.equal([problem]);
    });

    it('refuses a lookup whose name comes from the data', () => {
      const { result, printed } = quiet(() => attempt({ 'sheet.hbs': 'x\n{{lookup lesson lesson.key}}' }, { lesson: { key: 'constructor' } }));
      expect(result.problems).to.deep.equal(['GK_TEMPLATE_FORBIDDEN 2:3']);
      expect(printed).to.deep.equal([]);
    });

    it('still lets lookup read the data’s own fields', () => {
      const view = { lesson: { title: 'Les' }, list: ['a', 'b'], key: 'title' };
      expect(attempt({ 'sheet.hbs': '{{lookup list 1}} {{lookup lesson key}} {{lookup lesson "missing"}}.' }, view).out).to.equal('b Les .');
    });

    it('does not read properties a data object inherits, even through a path Handlebars allows', () => {
      class Inherits {
        own = 'eigen';
        get secret(): string {
          return 'GEHEIM';
        }
      }
      const { result } = quiet(() => attempt({ 'sheet.hbs': '[{{item.own}}][{{item.secret}}]' }, { item: new Inherits() }));
      expect(result.out).to.equal('[eigen][]');
    });
  });

  describe('partials come only from the template folders', () => {
    it('refuses a partial name that is a path, relative or absolute', () => {
      expect(attempt({ 'sheet.hbs': 'a\n{{> ../../../../etc/passwd}}' }).problems).to.deep.equal(['GK_TEMPLATE_PARTIAL_PATH 2:1']);
      expect(attempt({ 'sheet.hbs': '{{> ./partials/glossary}}' }).problems).to.deep.equal(['GK_TEMPLATE_PARTIAL_PATH 1:1']);
      expect(attempt({ 'sheet.hbs': '{{> "../secret"}}' }).problems).to.deep.equal(['GK_TEMPLATE_PARTIAL_PATH 1:1']);
      expect(attempt({ 'sheet.hbs': '{{> /etc/passwd}}' }).problems?.[0]).to.match(/^GK_TEMPLATE_SYNTAX 1:/);
    });

    it('does not include a file named by the data (dynamic partial)', () => {
      const view = { name: '../../../../../etc/passwd' };
      const result = attempt({ 'sheet.hbs': 'a\n{{> (lookup this "name")}}' }, view);
      expect(result.out).to.equal(undefined);
      expect(result.problems).to.deep.equal(['GK_TEMPLATE_UNKNOWN_PARTIAL 2:1']);
    });

    it('includes a partial from the user’s folder or the built-in one, by name', () => {
      const out = attempt({ 'sheet.hbs': '{{> mine}}|{{> answer-space answer="none"}}', 'partials/mine.hbs': 'eigen partial' }).out;
      expect(out).to.match(/^eigen partial\|/);
    });
  });
});
