import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitError } from '../../src/errors.js';
import { MemoryFiles } from '../../src/input/memory-files.js';
import { InMemoryBuild } from '../../src/kit/build-in-memory.js';
import { resolveKitOptions } from '../../src/kit/options.js';
import { loadRoster } from '../../src/roster/load-roster.js';
import { shippedFiles } from '../../src/node/shipped-files.js';
import { buildInto, FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

/** The shipped kit in memory, where the browser puts it, and a school's files next to it. */
function memoryKit(): MemoryFiles {
  const files = new MemoryFiles({ cwd: '/school' });
  for (const f of shippedFiles()) files.write(`/gesprekskit/${f.path}`, readFileSync(f.file));
  files.write('/school/logo.png', readFileSync(join(FIXTURES, 'school', 'logo.png')));
  files.write('/school/klas-3b.csv', readFileSync(join(FIXTURES, 'rosters', 'klas-3b.csv')));
  return files;
}

describe('kit: a build in memory', () => {
  const school = { name: 'Atheneum Noord', contact: 'mevrouw Peeters, lokaal 12' };
  let out: string;

  before(async () => {
    out = tempDir();
    const logo = join(FIXTURES, 'school', 'logo.png');
    expect((await buildInto(out, { lessons: ['identiteit'], school: { ...school, logo } })).failed).to.deep.equal([]);
    const roster = join(FIXTURES, 'rosters', 'klas-3b.csv');
    expect((await buildInto(out, { lessons: ['identiteit'], school: { ...school, logo }, roster, split: true })).failed).to.deep.equal([]);
  });

  it('gives the CLI’s bytes for every piece and for a class set, from files that are not on disk', async () => {
    const files = memoryKit();
    const options = resolveKitOptions({ school: { ...school, logo: 'logo.png' } }, files, '/school');
    expect(options.lessonsDir).to.equal('/gesprekskit/lessons');
    const build = new InMemoryBuild(options, files);
    const pieces = await build.lesson('identiteit');
    expect(pieces.map((p) => p.name)).to.deep.equal(['worksheet.pdf', 'teacher-guide.pdf', 'cards.pdf', 'signs.pdf', 'slides.pdf', 'youth-session.pdf']);
    for (const p of pieces) {
      expect(Buffer.from(p.bytes).equals(readFileSync(join(out, 'identiteit', p.name))), p.name).to.equal(true);
    }
    const progress: number[][] = [];
    const set = await build.classSet('identiteit', loadRoster('/school/klas-3b.csv', files), true, (done, total) => progress.push([done, total]));
    const n = set.print.copies!;
    expect(progress).to.deep.equal(Array.from({ length: 2 * n }, (_, i) => [i + 1, 2 * n]));
    expect(set.print.name).to.equal('worksheets-klas-3b.pdf');
    expect(Buffer.from(set.print.bytes).equals(readFileSync(join(out, 'identiteit', set.print.name)))).to.equal(true);
    expect(set.singles.length).to.be.greaterThan(1);
    for (const s of set.singles) {
      expect(Buffer.from(s.bytes).equals(readFileSync(join(out, 'identiteit', 'worksheets-klas-3b', s.name))), s.name).to.equal(true);
    }
  });

  it('reports a broken lesson with its file and line, as the CLI does', async () => {
    const files = memoryKit();
    files.write('/school/lessons/kapot.yaml', 'id: kapot\ntitle: [niet gesloten\n');
    const build = new InMemoryBuild(resolveKitOptions({}, files, '/school'), files);
    expect(build.validate().failed.map((f) => f.name)).to.deep.equal(['kapot']);
    const error = await build.piece('kapot', 'worksheet').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(KitError);
    const p = (error as KitError).problems[0]!;
    expect([p.file, p.line]).to.deep.equal(['/school/lessons/kapot.yaml', 2]);
  });
});
