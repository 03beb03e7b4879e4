import { expect } from 'chai';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../../src/errors.js';
import { useTemplateCache } from '../../src/node/template-cache.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { TemplateEnvironment } from '../../src/template/environment.js';
import { tempDir } from '../helpers/temp.js';

/** Templates compiled by an earlier run come from the cache; they must behave exactly alike. */
describe('template cache: compiled templates kept between runs', () => {
  after(() => useTemplateCache(undefined));

  const run = (dir: string, view: object) => {
    const env = new TemplateEnvironment([dir], nodeFiles);
    try {
      return { out: env.render('sheet', view) };
    } catch (e) {
      if (!(e instanceof KitError)) throw e;
      return { problems: e.problems };
    }
  };

  it('gives the same text and the same located errors with a cold, a warm and no cache', () => {
    const dir = tempDir('gesprekskit-templates-');
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'item.hbs'), '- {{name}}{{#if extra}} ({{extra}}){{/if}}\n');
    writeFileSync(join(dir, 'sheet.hbs'), '# {{title}}\n\n{{#each items}}{{> item}}{{/each}}\n{{#if wrong}}{{nietsHier}}{{/if}}\n');
    const cache = tempDir('gesprekskit-template-cache-');
    const good = { title: 'Les & "titel"', items: [{ name: '<één>', extra: 'x' }, { name: 'twee' }], wrong: false };
    const bad = { ...good, wrong: true };

    useTemplateCache(undefined);
    const none = [run(dir, good), run(dir, bad)];
    useTemplateCache(cache);
    const cold = [run(dir, good), run(dir, bad)];
    expect(readdirSync(join(cache, 'templates')), 'both files stored').to.have.length(2);
    const warm = [run(dir, good), run(dir, bad)];

    expect(none[0]!.out).to.match(/^# Les & "titel"\n\n- <één> \(x\)\n- twee\n/);
    expect(none[1]!.problems?.[0]).to.include({ code: 'GK_TEMPLATE_UNKNOWN_NAME', line: 4 });
    expect(cold).to.deep.equal(none);
    expect(warm).to.deep.equal(none);
  });

  it('does not keep a template that fails its checks', () => {
    const dir = tempDir('gesprekskit-templates-');
    writeFileSync(join(dir, 'sheet.hbs'), '{{#each items}}{{constructor}}{{/each}}\n');
    const cache = tempDir('gesprekskit-template-cache-');
    useTemplateCache(cache);
    expect(run(dir, { items: [] }).problems?.[0]?.code).to.equal('GK_TEMPLATE_FORBIDDEN');
    expect(() => readdirSync(join(cache, 'templates'))).to.throw();
  });
});
