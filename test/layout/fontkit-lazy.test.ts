import { expect } from 'chai';
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FILES } from '../../src/layout/fonts.js';
import { lazyFontkit } from '../../src/layout/fontkit-lazy.js';

const require = createRequire(import.meta.url);
const shipped = Object.values(FONT_FILES).flatMap((styles) => Object.values(styles));

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
type Inner = fontkit.Font & { post: Record<string, unknown>; italicAngle: number; createSubset(): Subset };

/** A subset of the glyphs of some text, with accented letters (composite glyphs in these fonts). */
function subsetBytes(font: fontkit.Font, text: string): Uint8Array {
  const subset = (font as Inner).createSubset();
  for (const g of font.layout(text).glyphs) subset.includeGlyph(g.id);
  return subset.encode();
}

describe('layout: fontkit doing less for font subsets (fontkit-lazy.ts)', () => {
  for (const file of shipped) {
    const name = file.split('/').pop()!;
    it(`${name}: the post header read from its place is what fontkit decodes`, () => {
      const data = readFileSync(require.resolve(file));
      const plain = fontkit.create(data) as Inner;
      const lazy = fontkit.create(data) as Inner;
      lazyFontkit(lazy, data);
      for (const key of ['version', 'italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch', 'minMemType42', 'maxMemType42']) {
        expect(lazy.post[key], key).to.equal(plain.post[key]);
      }
      expect(lazy.italicAngle).to.equal(plain.italicAngle);
      // The rest (glyph names) still comes when asked for.
      const glyph = (font: Inner) => (font.glyphForCodePoint(0xe9) as unknown as { name: string }).name;
      expect(glyph(lazy)).to.equal(glyph(plain)).and.to.be.a('string');
      expect(Object.keys(lazy.post)).to.deep.equal(Object.keys(plain.post));
    });
  }

  it('makes the same subset bytes when glyphs are decoded once and reused', () => {
    const file = require.resolve(FONT_FILES['noto-sans'].regular);
    const data = readFileSync(file);
    const font = fontkit.create(data);
    lazyFontkit(font, data);
    const text = 'Één café, één naïeve cliënt: ça va. Zoë, Ğ ğ, Thị.';
    const first = subsetBytes(font, text);
    // The second subset reuses every decoded glyph; a fresh font decodes them all again.
    expect(Buffer.from(subsetBytes(font, text)).equals(Buffer.from(first))).to.equal(true);
    const fresh = fontkit.create(data);
    expect(Buffer.from(subsetBytes(fresh, text)).equals(Buffer.from(first))).to.equal(true);
    expect(first.length).to.be.greaterThan(1000);
  });
});
