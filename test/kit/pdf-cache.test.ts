import { expect } from 'chai';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { BUILTIN_LESSONS_DIR, FIXTURES } from '../helpers/kit.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

/**
 * A piece drawn before from exactly the same input is copied from the cache. Whatever
 * changed in between (a lesson, a template, the logo, an option), every PDF must be the
 * one a build without the cache draws.
 */
describe('PDF cache: pieces drawn before from the same input are not drawn again', function () {
  this.timeout(300_000);

  const setup = () => {
    const dir = tempDir('gesprekskit-pdfs-');
    cpSync(BUILTIN_LESSONS_DIR, join(dir, 'lessons'), { recursive: true });
    const cache = join(dir, 'cache');
    // The cache folder follows the process's environment.
    const before = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = cache;
    after(() => {
      process.env.XDG_CACHE_HOME = before;
    });
    const env = { XDG_CACHE_HOME: cache };
    let n = 0;
    /** Builds with the cache and without it; both must give the same files. Returns them. */
    const build = async (...flags: string[]) => {
      const out = join(dir, `out-${n++}`);
      const warm = await runCli(['build', '--out', out, ...flags], dir, env);
      expect(warm.code, warm.err).to.equal(0);
      const plain = join(dir, `out-${n++}`);
      const none = await runCli(['build', '--out', plain, '--no-cache', ...flags], dir, env);
      expect(none.code, none.err).to.equal(0);
      const files = pdfsIn(out);
      expect(Object.keys(files)).to.have.length.greaterThan(10);
      expect(files, flags.join(' ')).to.deep.equal(pdfsIn(plain));
      return out;
    };
    /** Each kept PDF and the inode of its file: a file drawn again is written anew. */
    const kept = () => {
      const files = join(cache, 'gesprekskit', 'pdfs', 'files');
      return new Map(readdirSync(files).map((f) => [f, statSync(join(files, f)).ino]));
    };
    return { dir, build, kept };
  };

  const pdfsIn = (out: string) =>
    Object.fromEntries(
      readdirSync(out, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pdf'))
        .sort()
        .map((f) => [f, readFileSync(join(out, f)).toString('base64')]),
    );

  it('an unchanged kit is copied; an edited lesson has its pieces drawn again, the others not', async () => {
    const { dir, build, kept } = setup();
    await build();
    const first = kept();
    expect(first.size).to.equal(18);
    await build();
    expect(kept(), 'nothing drawn again').to.deep.equal(first);

    const lesson = join(dir, 'lessons', 'groepsdenken.yaml');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace(/^title: ".*"$/m, 'title: "Een andere titel"'));
    const out = await build();
    expect((await readPdf(join(out, 'groepsdenken', 'worksheet.pdf'))).text).to.include('Een andere titel');
    const after = kept();
    const redrawn = [...after].filter(([f, ino]) => first.get(f) !== ino).length;
    expect(redrawn, 'the pieces of the edited lesson').to.be.within(4, 6);
  });

  it('a changed partial, logo or option gives the PDFs a build without cache gives', async () => {
    const { dir, build } = setup();
    const templates = join(dir, 'templates');
    mkdirSync(join(templates, 'partials'), { recursive: true });
    const partials = join(PACKAGE_ROOT, 'templates', 'partials');
    const name = readdirSync(partials).find((f) => f.includes('footer') || f.includes('header')) ?? readdirSync(partials)[0]!;
    const original = readFileSync(join(partials, name), 'utf8');
    writeFileSync(join(templates, 'partials', name), original);
    await build('--templates', templates);
    writeFileSync(join(templates, 'partials', name), original + '\nEen extra zin uit het sjabloon.\n');
    await build('--templates', templates);

    // A logo, then another picture in the same file.
    const config = join(dir, 'gesprekskit.config.yaml');
    const logo = join(dir, 'logo.png');
    cpSync(join(FIXTURES, 'school', 'logo.png'), logo);
    writeFileSync(config, 'school:\n  name: "Atheneum"\n  logo: logo.png\n');
    await build();
    // Another picture in the same file (the kind of picture is read from its bytes).
    cpSync(join(FIXTURES, 'school', 'logo.jpg'), logo);
    await build();
    await build('--large-print');
  });
});
