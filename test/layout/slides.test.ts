import { expect } from 'chai';
import { slideGeometry } from '../../src/layout/geometry.js';
import { planPages, item } from '../../src/layout/items.js';
import { textLines, textOutsideArea } from '../helpers/layout-checks.js';
import { renderTextOnly as renderText } from '../helpers/render.js';

const sentence = (k: number) => `Zin ${k} van een lange tekst die op een dia moet passen.`;
const text = (n: number) => Array.from({ length: n }, (_, k) => sentence(k + 1)).join(' ');
const sizesOf = (runs: { str: string; height: number }[], needle: string) => runs.filter((r) => r.str.includes(needle)).map((r) => r.height);

describe('layout: slides', () => {
  it('are 16:9 pages with large type and a small page number', async () => {
    const { pdf } = await renderText(':::: slide title="Vraag 1" size=large\nWat bedoelt Somers?\n::::\n', { medium: 'projector' });
    const g = slideGeometry();
    expect(pdf.pages).to.have.length(1);
    expect(pdf.pages[0]!.width / pdf.pages[0]!.height).to.be.closeTo(16 / 9, 0.001);
    expect(pdf.pages[0]!.width).to.equal(g.width);
    expect(Math.min(...sizesOf(pdf.pages[0]!.runs, 'Somers'))).to.be.at.least(26);
    const footer = pdf.pages[0]!.runs.filter((r) => r.artifact && r.str.includes('pagina'));
    expect(footer).to.have.length(1);
    expect(footer[0]!.height).to.be.lessThan(14);
  });

  it('grows short text to fill the slide, and never shrinks long text below 26 pt', async () => {
    const short = await renderText(`:::: slide title="De tekst"\n${text(3)}\n::::\n`, { medium: 'projector' });
    expect(Math.min(...sizesOf(short.pdf.pages[0]!.runs, 'Zin'))).to.be.greaterThan(26);
    // Text that does not quite fit continues on a next slide rather than shrink (readable from the back).
    const { pdf } = await renderText(`:::: slide title="De tekst"\n${text(18)}\n::::\n`, { medium: 'projector' });
    expect(pdf.pages).to.have.length(2);
    for (const page of pdf.pages) expect(Math.min(...sizesOf(page.runs, 'Zin'))).to.be.at.least(26);
    for (let k = 1; k <= 18; k++) expect(pdf.content).to.include(sentence(k));
    expect(textOutsideArea(pdf, 'slide')).to.deep.equal([]);
  });

  it('shares text that runs over out between the slides, never two lines under a title', async () => {
    // A little more than one slide holds: the second slide gets about as much as the first.
    for (const n of [17, 18, 20]) {
      const { pdf } = await renderText(`:::: slide title="De tekst"\n${text(n)}\n::::\n`, { medium: 'projector' });
      expect(pdf.pages, `n=${n}`).to.have.length(2);
      const lines = pdf.pages.map((p) => textLines(p).filter((l) => l.text.includes('Zin') || /\w/.test(l.text)).length - 1);
      expect(Math.min(...lines), `n=${n}: lines per slide ${lines}`).to.be.at.least(Math.max(...lines) - 2);
    }
  });

  it('continues text that cannot fit on a next slide under the same title', async () => {
    const { pdf } = await renderText(`:::: slide title="De tekst"\n${text(40)}\n::::\n`, { medium: 'projector' });
    expect(pdf.pages.length).to.be.at.least(2);
    expect(pdf.pages[1]!.text).to.include('De tekst (vervolg)');
    // The repeated title is for the eye: a screen reader reads the text on, without it.
    expect(pdf.content).to.not.include('(vervolg)');
    for (let k = 1; k <= 40; k++) expect(pdf.content, `sentence ${k}`).to.include(sentence(k));
    for (const page of pdf.pages) expect(Math.min(...sizesOf(page.runs, 'Zin'))).to.be.at.least(26);
    expect(textOutsideArea(pdf, 'slides')).to.deep.equal([]);
  });

  it('start each on their own page', async () => {
    const { pdf } = await renderText(':::: slide\n# Titel\n::::\n\n:::: slide title="Twee"\nTekst.\n::::\n', { medium: 'projector' });
    expect(pdf.pages.map((p) => p.content.includes('Titel'))).to.deep.equal([true, false]);
    expect(pdf.outline).to.deep.equal([]);
  });
});

describe('layout: page planning', () => {
  const block = (h: number, keep = false, breakBefore = false) => item(h, () => {}, { keepWithNext: keep, breakBefore, gapBefore: 10 });

  it('starts no page for nothing, and none for a page break at the top', () => {
    expect(planPages([], 100)).to.deep.equal([]);
    expect(planPages([block(50, false, true)], 100).map((p) => p.page)).to.deep.equal([0]);
  });

  it('moves a chain that does not fit to the next page as a whole, dropping the gap at the top', () => {
    const plan = planPages([block(60), block(20, true), block(20)], 100);
    expect(plan.map((p) => [p.page, p.y])).to.deep.equal([
      [0, 0],
      [1, 0],
      [1, 30],
    ]);
  });
});
