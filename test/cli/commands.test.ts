import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { LESSON_IDS } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

describe('cli: commands, output and exit codes', () => {
  it('--version prints the package version', async () => {
    const run = await runCli(['--version'], PACKAGE_ROOT);
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.code).to.equal(0);
    expect(run.out.trim()).to.equal(pkg.version);
  });

  it('--help lists the commands, in Dutch unless asked otherwise', async () => {
    const run = await runCli(['--help'], PACKAGE_ROOT);
    expect(run.code).to.equal(0);
    for (const c of ['build [les..]', 'validate [les..]', 'list', 'init [map]']) expect(run.out).to.include(`gesprekskit ${c}`);
    expect(run.out).to.include("Commando's:").and.include('Opties:').and.include('--lang').and.include('Toon deze hulp');
    const en = await runCli(['--help', '--lang', 'en'], PACKAGE_ROOT);
    expect(en.out).to.include('gesprekskit build [lesson..]').and.include('Commands:').and.include('Show help');
    const build = await runCli(['build', '--help'], PACKAGE_ROOT);
    expect(build.out).to.include("Map voor de PDF's").and.include('Klaslijst (CSV');
  });

  it('speaks --lang, else GESPREKSKIT_LANG, else the locale, else Dutch; codes and positions stay', async () => {
    const args = ['build', 'identitet', '--out', tempDir()];
    const dutch = 'er is geen les "identitet"; bedoelde je "identiteit"? [GK_UNKNOWN_LESSON]';
    const english = 'there is no lesson "identitet"; did you mean "identiteit"? [GK_UNKNOWN_LESSON]';
    expect((await runCli(args, PACKAGE_ROOT)).err).to.include(dutch).and.include('  tip: ');
    expect((await runCli(['--lang', 'en', ...args], PACKAGE_ROOT)).err).to.include(english).and.include('  hint: ');
    expect((await runCli([...args, '--lang=en'], PACKAGE_ROOT)).err).to.include(english);
    expect((await runCli(args, PACKAGE_ROOT, { GESPREKSKIT_LANG: 'en', LANG: 'nl_BE.UTF-8' })).err).to.include(english);
    expect((await runCli(args, PACKAGE_ROOT, { LANG: 'en_GB.UTF-8' })).err).to.include(english);
    expect((await runCli(args, PACKAGE_ROOT, { LC_ALL: 'nl_BE.UTF-8', LANG: 'en_US.UTF-8' })).err).to.include(dutch);
    expect((await runCli(['--lang', 'nl', ...args], PACKAGE_ROOT, { GESPREKSKIT_LANG: 'en' })).err).to.include(dutch);
    // --labels (words on the PDFs) is a setting of its own.
    expect((await runCli([...args, '--labels', 'en'], PACKAGE_ROOT)).err).to.include(dutch);
    const wrong = await runCli(['--lang', 'fr', 'list'], PACKAGE_ROOT);
    expect(wrong.code).to.equal(2);
    expect(wrong.err).to.include('lang is "fr"; kies uit: "nl", "en" [GK_USAGE]');
  });

  it('exits 2 on wrong usage, with a pointer to --help and no stack trace', async () => {
    for (const args of [['bogus'], [], ['build', '--nope'], ['build', 'identiteit', '--out']]) {
      const run = await runCli(args, PACKAGE_ROOT);
      expect(run.code, args.join(' ')).to.equal(2);
      expect(run.err).to.include('gesprekskit --help');
      expect(run.err).not.to.match(/\n\s+at /);
    }
  });

  it('exits 2 for a lesson id that does not exist, suggesting the closest', async () => {
    const run = await runCli(['build', 'identitet', '--out', tempDir()], PACKAGE_ROOT);
    expect(run.code).to.equal(2);
    expect(run.err).to.include('er is geen les "identitet"; bedoelde je "identiteit"?');
  });

  it('list shows id, title, theme and duration of each lesson', async () => {
    const run = await runCli(['list'], PACKAGE_ROOT);
    expect(run.code).to.equal(0);
    const lines = run.out.split('\n');
    expect(lines[0]).to.match(/^id\s+titel\s+thema\s+duur$/);
    for (const id of LESSON_IDS) expect(lines.some((l) => l.startsWith(id) && /50 min$/.test(l)), id).to.equal(true);
  });

  it('validate exits 0 on the shipped lessons', async () => {
    const run = await runCli(['validate'], PACKAGE_ROOT);
    expect(run.code).to.equal(0);
    expect(run.out.split('\n').filter((l) => l.startsWith('ok '))).to.have.length(LESSON_IDS.length);
  });

  it('build writes one line per file: path, pages, size', async () => {
    const out = tempDir();
    const run = await runCli(['build', 'groepsdenken', '--out', out], PACKAGE_ROOT);
    expect(run.code, run.err).to.equal(0);
    const lines = run.out.split('\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) {
      const m = /^(\S+\.pdf)\s+(\d+) pagina('s)?\s+\d+ KB$/.exec(line);
      expect(m, line).to.not.equal(null);
      expect(existsSync(m![1]!)).to.equal(true);
    }
  });
});
