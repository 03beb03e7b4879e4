import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { shippedSchema } from '../../src/yaml/shipped-schema.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

describe('scaffold: gesprekskit new', () => {
  it('writes a commented skeleton that validates, in ./lessons', async () => {
    const dir = tempDir();
    const run = await runCli(['new', 'krant-les'], dir);
    expect(run.code, run.err).to.equal(0);
    expect(run.out).to.include('gemaakt  lessons/krant-les.yaml').and.to.include('Ze is geldig.');
    const text = readFileSync(join(dir, 'lessons', 'krant-les.yaml'), 'utf8');
    expect(text.split('\n').filter((l) => /#/.test(l)).length, 'comments').to.be.greaterThan(15);
    const check = await runCli(['validate', 'krant-les'], dir);
    expect(check.code, check.err).to.equal(0);
    // And against the JSON Schema editors use.
    const validate = new Ajv({ strict: false }).compile(shippedSchema('lesson', nodeFiles));
    expect(validate(parse(text)), JSON.stringify(validate.errors)).to.equal(true);
  });

  it('points the editor line at the school folder’s schema when there is one', async () => {
    const dir = tempDir();
    expect((await runCli(['init'], dir)).code).to.equal(0);
    expect((await runCli(['new', 'tweede-les'], dir)).code).to.equal(0);
    const first = readFileSync(join(dir, 'lessons', 'tweede-les.yaml'), 'utf8').split('\n')[0];
    expect(first).to.equal('# yaml-language-server: $schema=../schema/lesson.schema.json');
  });

  it('uses the lessons folder and source of the config, and of the flags', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lessen'));
    writeFileSync(join(dir, 'gesprekskit.config.yaml'), 'lessons: lessen\ndefault_source: interview-somers\n');
    const run = await runCli(['new', 'een'], dir);
    expect(run.code, run.err).to.equal(0);
    expect(readFileSync(join(dir, 'lessen', 'een.yaml'), 'utf8')).to.match(/^source: interview-somers\b/m);
    const other = await runCli(['new', 'twee', '--lessons', 'elders'], dir);
    expect(other.code, other.err).to.equal(0);
    expect(other.out).to.include('gemaakt  elders/twee.yaml');
  });

  it('refuses to overwrite an existing lesson', async () => {
    const dir = tempDir();
    await runCli(['new', 'les'], dir);
    const file = join(dir, 'lessons', 'les.yaml');
    writeFileSync(file, 'mine');
    const run = await runCli(['new', 'les'], dir);
    expect(run.code).to.equal(1);
    expect(run.err).to.include('lessons/les.yaml: dit lesbestand bestaat al; het is niet veranderd');
    expect(readFileSync(file, 'utf8')).to.equal('mine');
  });

  it('refuses an id that cannot be a folder name (exit 2)', async () => {
    for (const id of ['Mijn Les', '../weg', 'x/y']) {
      const run = await runCli(['new', id], tempDir());
      expect(run.code, id).to.equal(2);
      expect(run.err).to.include('kan geen id van een les zijn');
    }
  });
});
