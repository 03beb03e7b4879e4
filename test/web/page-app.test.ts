import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { LANGUAGES } from '../../src/messages/define.js';
import { PAGE_WORDS } from '../../src/messages/page-words.js';
import { sitePage } from '../../src/node/web-page.js';

const APP = join(PACKAGE_ROOT, 'src', 'web', 'app');

describe('web: the page', () => {
  it('stays light: its code imports nothing of the pipeline, only types (the pipeline runs in the worker)', () => {
    const allowed = [join(PACKAGE_ROOT, 'src', 'messages', 'page-words.ts'), join(PACKAGE_ROOT, 'src', 'messages', 'define.ts')];
    const wrong: string[] = [];
    let checked = 0;
    for (const name of readdirSync(APP).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(join(APP, name), 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)';/gm)) {
        if (m[1]) continue;
        checked++;
        const target = resolve(dirname(join(APP, name)), m[2]!).replace(/\.js$/, '.ts');
        if (!target.startsWith(APP) && !allowed.includes(target)) wrong.push(`${name}: ${relative(PACKAGE_ROOT, target)}`);
      }
    }
    expect(checked, 'imports found').to.be.greaterThan(20);
    expect(wrong).to.deep.equal([]);
  });

  it('has every word in Dutch and English, and the end-to-end names in its HTML', () => {
    const keys = LANGUAGES.map((lang) => Object.keys(PAGE_WORDS[lang]).sort());
    expect(keys[0]).to.deep.equal(keys[1]);
    const html = sitePage('0.0.0');
    for (const name of ['Les', 'Naam van de school', 'Klaslijst', "Maak de PDF's", 'Eigen les']) expect(html, name).to.include(`>${name}</`);
    // Every word the HTML marks for the language switch exists.
    for (const m of html.matchAll(/data-w(?:-label)?="([^"]+)"/g)) expect(PAGE_WORDS.en, m[1]).to.have.property(m[1]!);
  });
});
