import { expect } from 'chai';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFiles } from '../../src/input/input-files.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { RecordingFiles, sameReads } from '../../src/node/recording-files.js';
import { rememberedResult } from '../../src/node/result-cache.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { BUILTIN_LESSONS_DIR } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

/**
 * list and validate keep their answer with every look at the file system it took, and give
 * it again while all of those look the same. Whatever changed since, the answer must be the
 * one a run without the cache gives.
 */
describe('result cache: list and validate answer again while nothing they read changed', () => {
  describe('rememberedResult', () => {
    const setup = () => {
      const root = tempDir('gesprekskit-results-');
      const dir = join(root, 'data');
      mkdirSync(dir);
      const file = join(dir, 'a.txt');
      writeFileSync(file, 'one');
      let computed = 0;
      const compute = (files: InputFiles) => {
        computed++;
        const names = files.list(dir, 'lessonsFolder');
        return names.map((n) => Buffer.from(files.readBytes(join(dir, n), { what: 'lessonFile', maxBytes: 100 })).toString());
      };
      const run = () => rememberedResult(join(root, 'cache'), 'test', { dir }, compute);
      return { root, dir, file, run, computed: () => computed };
    };

    it('computes once, then answers from the cache until a file it read changes', async () => {
      const { dir, file, run, computed } = setup();
      expect(await run()).to.deep.equal(['one']);
      expect(await run()).to.deep.equal(['one']);
      expect(computed()).to.equal(1);
      writeFileSync(file, 'two');
      expect(await run()).to.deep.equal(['two']);
      expect(computed()).to.equal(2);
      // A new file in the folder it listed.
      writeFileSync(join(dir, 'b.txt'), 'three');
      expect(await run()).to.deep.equal(['two', 'three']);
      // A file that became too large: the read fails now, so the answer is computed again (and fails).
      writeFileSync(join(dir, 'b.txt'), 'x'.repeat(200));
      let failed = false;
      await run().catch(() => (failed = true));
      expect(failed).to.equal(true);
      expect(computed()).to.equal(4);
    });

    it('keeps nothing without a cache folder, and ignores a damaged entry', async () => {
      const { root, dir, run, computed } = setup();
      await rememberedResult(undefined, 'test', { dir }, () => 1);
      expect(readdirSync(root)).to.deep.equal(['data']);
      await run();
      const area = join(root, 'cache', 'results');
      for (const f of readdirSync(area)) writeFileSync(join(area, f), 'not json');
      await run();
      expect(computed()).to.equal(2);
      await run();
      expect(computed()).to.equal(2);
    });

    it('knows a font file by size, time and inode: a rewrite shows, without reading it again', () => {
      const dir = tempDir('gesprekskit-results-');
      const font = join(dir, 'font.ttf');
      writeFileSync(font, 'abc');
      const files = new RecordingFiles(nodeFiles);
      files.readBytes(font, { what: 'fontFile', maxBytes: 100 });
      expect(files.reads[0]!.op === 'bytes' && files.reads[0]!.seen).to.match(/^stat:/);
      expect(sameReads(nodeFiles, files.reads)).to.equal(true);
      writeFileSync(font, 'abd');
      utimesSync(font, new Date(2030, 0, 1), new Date(2030, 0, 1));
      expect(sameReads(nodeFiles, files.reads)).to.equal(false);
    });
  });

  describe('through the command line', () => {
    const setup = () => {
      const dir = tempDir('gesprekskit-results-cli-');
      cpSync(BUILTIN_LESSONS_DIR, join(dir, 'lessons'), { recursive: true });
      const cli = (...args: string[]) => runCli(args, dir, { GESPREKSKIT_LANG: 'en' });
      const both = async (...args: string[]) => {
        const first = await cli(...args);
        const again = await cli(...args);
        const none = await cli(...args, '--no-cache');
        expect(first, args.join(' ')).to.deep.equal(none);
        expect(again, args.join(' ')).to.deep.equal(none);
        return again;
      };
      return { dir, cli, both };
    };

    it('a warm list and validate say what a run without cache says, after every kind of change', async () => {
      const { dir, cli, both } = setup();
      const lesson = join(dir, 'lessons', 'identiteit.yaml');
      const text = readFileSync(lesson, 'utf8');
      await cli('list');
      await cli('validate');
      expect((await both('list')).out).to.include('Niet in één hokje');
      expect((await both('validate')).code).to.equal(0);

      writeFileSync(lesson, text.replace(/^title: ".*"$/m, 'title: "Een nieuwe titel"'));
      expect((await both('list')).out).to.include('Een nieuwe titel');

      cpSync(lesson, join(dir, 'lessons', 'kopie.yaml'));
      const copied = await both('list');
      expect(copied.out.match(/identiteit\s+\(has errors/g)).to.have.length(2);
      expect((await both('validate')).err).to.include('GK_LESSON_DUPLICATE_ID');
      rmSync(join(dir, 'lessons', 'kopie.yaml'));

      // A card text too long for its card: only the layout checks find it.
      const statement = 'Je kan Belg zijn en tegelijk iets anders.';
      writeFileSync(lesson, text.replace(statement, `${statement} ${'Heel lang en nog langer. '.repeat(120)}`));
      const long = await both('validate');
      expect(long.code, long.err).to.equal(1);
      expect(long.err).to.include('GK_CARD_TOO_LONG');
      writeFileSync(lesson, text);
      expect((await both('validate')).code).to.equal(0);
    });

    it('a template that changed is checked again', async () => {
      const { dir, both } = setup();
      const templates = join(dir, 'templates');
      mkdirSync(templates);
      const worksheet = readdirSync(join(PACKAGE_ROOT, 'templates')).find((f) => f.startsWith('worksheet'))!;
      const original = readFileSync(join(PACKAGE_ROOT, 'templates', worksheet), 'utf8');
      writeFileSync(join(templates, worksheet), original);
      expect((await both('validate', '--templates', templates)).code).to.equal(0);
      writeFileSync(join(templates, worksheet), original + '\n{{#each lesson.questions}}\n');
      const broken = await both('validate', '--templates', templates);
      expect(broken.code).to.equal(1);
      expect(broken.err).to.include(worksheet);
    });

    it('the source text a lesson quotes is part of the answer', async () => {
      const { dir, both } = setup();
      await both('validate');
      const source = join(dir, 'lessons', 'sources', 'interview-somers.md');
      writeFileSync(source, readFileSync(source, 'utf8').replace('niet je afkomst maar je toekomst telt', 'niet je afkomst telt'));
      const run = await both('validate');
      expect(run.code).to.equal(1);
      expect(run.err).to.include('GK_LESSON_QUOTE');
    });
  });
});

describe('check cache: validate lays out again only the lessons that changed', () => {
  it('after editing one lesson, only its layout checks run again', async () => {
    const dir = tempDir('gesprekskit-checks-');
    cpSync(BUILTIN_LESSONS_DIR, join(dir, 'lessons'), { recursive: true });
    const cache = process.env.XDG_CACHE_HOME!;
    const entries = () => {
      const area = join(cache, 'gesprekskit', 'checks');
      // A written entry is a new file (written under a temporary name and renamed): a new inode.
      return new Map(readdirSync(area).map((f) => [f, `${statSync(join(area, f)).ino} ${readFileSync(join(area, f), 'utf8')}`]));
    };
    expect((await runCli(['validate'], dir)).code).to.equal(0);
    const before = entries();
    const lesson = join(dir, 'lessons', 'groepsdenken.yaml');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^title: ".*"$/m, 'title: "Anders"'));
    expect((await runCli(['validate'], dir)).code).to.equal(0);
    const after = entries();
    const changed = [...after].filter(([f, text]) => before.has(f) && before.get(f) !== text);
    const added = [...after.keys()].filter((f) => !before.has(f));
    // The edited lesson's entry was written again; the other two were only read.
    expect(changed.length + added.length).to.equal(1);
    expect((changed[0] ?? [undefined, after.get(added[0]!)])[1]).to.include('groepsdenken.yaml');
  });
});
