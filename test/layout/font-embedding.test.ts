import { expect } from 'chai';
import { subsetTag } from '../../src/layout/pdfkit-fonts.js';
import { renderTextOnly } from '../helpers/render.js';
import { checkPdfUa } from '../helpers/pdfua-check.js';

/** Font names of a PDF (BaseFont of each font program), as the checker reads them. */
async function fontsOf(markdown: string) {
  const { bytes } = await renderTextOnly(markdown);
  return (await checkPdfUa(bytes)).fonts;
}

describe('layout: embedded font subsets', () => {
  it('write no CIDSet (an incomplete one fails PDF/UA-1 7.21.4.2), accents and all', async () => {
    const fonts = await fontsOf('# Één café\n\nZoë, Noël en Chloë eten crème brûlée.');
    expect(fonts.length).to.be.greaterThan(0);
    for (const f of fonts) expect(f.cidSet, f.baseFont).to.equal(false);
  });

  it('name each subset after its glyphs: the same text gives the same tag, other glyphs another tag', async () => {
    const a = await fontsOf('Samen leven in diversiteit.');
    const b = await fontsOf('Samen leven in diversiteit.');
    const c = await fontsOf('Wie ben ik? Vader, Europeaan, Belg.');
    const name = (fonts: { baseFont: string }[]) => fonts.find((f) => f.baseFont.endsWith('+NotoSans-Regular'))!.baseFont;
    expect(name(a)).to.match(/^[A-Z]{6}\+NotoSans-Regular$/);
    expect(name(a)).to.equal(name(b));
    expect(name(a)).to.not.equal(name(c));
  });

  it('derives six capital letters from the font name and the glyph list', () => {
    expect(subsetTag('NotoSans-Regular', [0, 1, 2])).to.match(/^[A-Z]{6}$/);
    expect(subsetTag('NotoSans-Regular', [0, 1, 2])).to.equal(subsetTag('NotoSans-Regular', [0, 1, 2]));
    expect(subsetTag('NotoSans-Regular', [0, 1, 2])).to.not.equal(subsetTag('NotoSans-Regular', [0, 2, 1]));
    expect(subsetTag('NotoSans-Regular', [0, 1, 2])).to.not.equal(subsetTag('NotoSans-Bold', [0, 1, 2]));
  });
});
