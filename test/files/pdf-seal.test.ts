import { expect } from 'chai';
import { appendFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { provenance } from '../../src/files/pdf-seal.js';
import { sealPdf, StreamSealer } from '../../src/layout/pdf-seal.js';
import { renderTextOnly } from '../helpers/render.js';
import { tempDir } from '../helpers/temp.js';

describe('files: the seal that says a PDF is ours and unchanged', () => {
  it('a sealed PDF is ours; changed, unsealed, foreign and linked files are not', async () => {
    const dir = tempDir();
    const { bytes } = await renderTextOnly('# Een blad\n\nTekst.\n');
    const sealed = Buffer.from(sealPdf(bytes));
    expect(sealed.length).to.equal(bytes.length);
    expect(sealed.equals(bytes)).to.equal(false);
    const file = (name: string, data: Buffer | string) => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    };
    expect(provenance(file('ours.pdf', sealed))).to.equal('ours');
    // Same input, same bytes: the seal too.
    expect(Buffer.from(sealPdf(bytes)).equals(sealed)).to.equal(true);

    const edited = file('edited.pdf', sealed);
    appendFileSync(edited, '\n% bewerkt\n');
    expect(provenance(edited)).to.equal('changed');
    const flipped = Buffer.from(sealed);
    flipped[200] = flipped[200]! ^ 1;
    expect(provenance(file('flipped.pdf', flipped))).to.equal('changed');

    expect(provenance(file('unsealed.pdf', bytes))).to.equal('unsealed');
    expect(provenance(file('foreign.pdf', '%PDF-1.7\n1 0 obj << /Producer (iets anders) >> endobj\n'))).to.equal('foreign');
    expect(provenance(file('text.pdf', 'gesprekskit'))).to.equal('foreign');
    symlinkSync(join(dir, 'ours.pdf'), join(dir, 'link.pdf'));
    expect(() => provenance(join(dir, 'link.pdf')), 'a link is never followed').to.throw();
  });

  it('seals a PDF streamed in chunks the same way as one made in memory, wherever the chunks split', async () => {
    const { bytes } = await renderTextOnly('# Een blad\n\nTekst.\n');
    const whole = Buffer.from(sealPdf(bytes));
    for (const size of [1, 7, 64, 1000, bytes.length]) {
      const sealer = new StreamSealer();
      for (let i = 0; i < bytes.length; i += size) sealer.see(Buffer.from(bytes.subarray(i, i + size)));
      const seal = sealer.result()!;
      const streamed = Buffer.from(bytes);
      streamed.set(seal.digits, seal.offset);
      expect(streamed.equals(whole), `chunks of ${size}`).to.equal(true);
    }
  });
});

describe('files: a class set streamed to disk is sealed', () => {
  it('and a rebuild may replace it', async () => {
    const { buildInto, FIXTURES } = await import('../helpers/kit.js');
    const out = tempDir();
    const lessons = tempDir('gk-lessons-');
    writeFileSync(join(lessons, 'minimaal.yaml'), readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml')));
    writeFileSync(join(lessons, '..', 'klas-seal.csv'), 'naam;klas\nAn;3B\nBo;3B\n');
    const roster = join(lessons, '..', 'klas-seal.csv');
    const first = await buildInto(out, { lessonsDir: lessons, roster, split: true });
    expect(first.failed).to.deep.equal([]);
    for (const f of first.files) expect(provenance(f.file), f.file).to.equal('ours');
    const again = await buildInto(out, { lessonsDir: lessons, roster, split: true });
    expect(again.failed).to.deep.equal([]);
  });
});
