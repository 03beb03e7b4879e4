import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInto } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

describe('kit: building on several threads', () => {
  it('gives every piece the same bytes as one thread does', async () => {
    const one = tempDir();
    const two = tempDir();
    const a = await buildInto(one, { lessons: ['identiteit', 'groepsdenken'], threads: 1 });
    const b = await buildInto(two, { lessons: ['identiteit', 'groepsdenken'], threads: 2 });
    expect(a.failed).to.deep.equal([]);
    expect(b.failed).to.deep.equal([]);
    expect(b.files.map((f) => [f.lesson, f.piece, f.pages])).to.deep.equal(a.files.map((f) => [f.lesson, f.piece, f.pages]));
    for (const lesson of ['identiteit', 'groepsdenken']) {
      const files = readdirSync(join(one, lesson));
      expect(files.length).to.be.greaterThan(1);
      expect(readdirSync(join(two, lesson))).to.deep.equal(files);
      for (const f of files) expect(readFileSync(join(two, lesson, f)).equals(readFileSync(join(one, lesson, f))), `${lesson}/${f}`).to.equal(true);
    }
  });
});
