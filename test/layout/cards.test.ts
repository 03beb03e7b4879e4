import { expect } from 'chai';
import { parseDocument } from '../../src/document/parse-document.js';
import { KitError } from '../../src/errors.js';
import { renderPdf } from '../../src/layout/render-pdf.js';
import { cellText, cutCells, textOutsideArea } from '../helpers/layout-checks.js';
import { squash } from '../helpers/pdf.js';
import { renderText, withFonts } from '../helpers/render.js';
import { english } from '../helpers/words.js';

const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');
const cards = (texts: string[], attrs = '') => `::::: cards ${attrs}\n${texts.map((t, i) => `:::: card label="Kaart ${i + 1}"\n${t}\n::::\n`).join('\n')}:::::\n`;

describe('layout: cut-out cards', () => {
  it('puts four short cards on one sheet, each alone in a cell cut out by dashed lines', async () => {
    const texts = ['Eerste stelling.', 'Tweede stelling.', 'Derde stelling.', 'Vierde stelling.'];
    const { pdf, graphics } = await renderText(cards(texts));
    expect(pdf.pages.length).to.equal(1);
    const cells = cutCells(graphics[0]!).map((c) => cellText(pdf.pages[0]!, c));
    expect(cells.length).to.equal(4);
    texts.forEach((t, k) => expect(cells.filter((c) => c.includes(squash(t))), t).to.have.length(1) && expect(cells[k]).to.not.equal(''));
    // Cut lines are decoration; the card text is what a screen reader reads.
    expect(graphics[0]!.segments.filter((s) => s.dashed).every((s) => s.artifact)).to.equal(true);
    for (const t of texts) expect(pdf.content).to.include(t);
  });

  it('gives long cards fewer cells per sheet and never splits one', async () => {
    const texts = Array.from({ length: 5 }, (_, k) => words(170, `w${k}x`));
    const { pdf, graphics } = await renderText(cards(texts));
    expect(pdf.pages.length).to.be.within(2, 5);
    const all = pdf.pages.map((page, p) => cutCells(graphics[p]!).map((c) => cellText(page, c)));
    for (const page of all) expect(page.length).to.be.within(1, 4);
    texts.forEach((t) => expect(all.flat().some((cell) => cell.includes(squash(t))), t.slice(0, 10)).to.equal(true));
    expect(textOutsideArea(pdf, 'cards')).to.deep.equal([]);
  });

  it('shrinks the text of a card too long for a whole sheet rather than split it, never below 10 pt', async () => {
    const long = words(500, 'lang');
    const { pdf, graphics } = await renderText(cards([long]));
    expect(pdf.pages.length).to.equal(1);
    expect(cutCells(graphics[0]!).map((c) => cellText(pdf.pages[0]!, c))[0]).to.include(squash(long));
    const sizes = pdf.pages[0]!.runs.filter((r) => r.str.includes('lang')).map((r) => r.height);
    expect(Math.max(...sizes)).to.be.lessThan(11);
    expect(Math.min(...sizes)).to.be.at.least(9.99);
  });

  it('refuses a card that would not fit a sheet even in small print, with a clear error', async () => {
    const { document } = parseDocument(cards([words(4000, 'x')]), 'nl-BE');
    let error: unknown;
    try {
      await renderPdf(document, withFonts({ creationDate: new Date(0) }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(KitError);
    expect((error as KitError).code).to.equal('GK_CARD_TOO_LONG');
  });

  it('fills the sheet with copies when asked; the copies are not read aloud twice', async () => {
    const ticket = '::: question number=1\nWat neem je mee uit deze les?\n\n::lines count=2\n:::';
    const { pdf, graphics } = await renderText(cards([ticket], 'fill=page'));
    expect(pdf.pages.length).to.equal(1);
    const copies = cutCells(graphics[0]!).filter((c) => cellText(pdf.pages[0]!, c).includes(squash('Wat neem je mee uit deze les?')));
    expect(copies.length).to.be.within(2, 4);
    expect(pdf.content.split('Wat neem je mee uit deze les?').length - 1).to.equal(1);
    expect(pdf.text.split('Wat neem je mee uit deze les?').length - 1).to.equal(copies.length);
  });
});

describe('layout: page orientation and signs', () => {
  it('turns the pages after "::pagebreak orientation=landscape", on a new sheet; one sign per page', async () => {
    const md = `# Kaartjes\n\nTekst op een staand blad.\n\n::pagebreak orientation=landscape\n\n::: sign label="Vier hoeken"\nHelemaal eens\n:::\n\n::: sign label="Vier hoeken"\nOneens\n:::\n`;
    const { pdf } = await renderText(md, { paper: 'LETTER' });
    // A blank back after the one portrait page: printed double-sided, the first sign gets a sheet of its own.
    expect(pdf.pages.map((p) => (p.width > p.height ? 'landscape' : 'portrait'))).to.deep.equal(['portrait', 'portrait', 'landscape', 'landscape']);
    expect(pdf.pages[1]!.runs).to.deep.equal([]);
    expect(pdf.pages[2]!.width).to.be.closeTo(792, 0.5);
    expect(pdf.pages[3]!.text).to.include('pagina 3 van 3');
    for (const [k, text] of [[2, 'Helemaal eens'], [3, 'Oneens']] as const) {
      const big = pdf.pages[k]!.runs.filter((r) => r.height >= 60);
      expect(squash(big.map((r) => r.str).join(''))).to.equal(squash(text));
      expect(pdf.pages[k]!.content).to.include('Vier hoeken');
    }
    expect(textOutsideArea(pdf, 'signs')).to.deep.equal([]);
  });

  it('gives every page a blank back when the piece is one-sided', async () => {
    const md = `::: sign label="Barometer"\nEens\n:::\n\n::: sign label="Barometer"\nOneens\n:::\n`;
    const { pdf } = await renderText(md, { orientation: 'landscape', oneSided: true });
    expect(pdf.pages.map((p) => p.runs.length > 0)).to.deep.equal([true, false, true]);
    expect(pdf.pages[2]!.text).to.include('pagina 2 van 2');
  });

  it('reports an unknown orientation with a suggestion', () => {
    const { problems } = parseDocument('::pagebreak orientation=landscap\n', 'nl-BE');
    expect(problems).to.have.length(1);
    expect(english(problems[0]).message).to.match(/one of portrait, landscape; did you mean "landscape"/);
  });
});
