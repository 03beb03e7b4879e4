import { expect } from 'chai';
import { parseDocument } from '../../src/document/parse-document.js';
import { renderPdf } from '../../src/layout/render-pdf.js';
import { readPdf, type PdfInfo } from '../helpers/pdf.js';
import { asBuffer, withFonts } from '../helpers/render.js';

const date = new Date('2026-01-01T00:00:00Z');

async function render(markdown: string): Promise<PdfInfo> {
  const { document, problems } = parseDocument(markdown, 'nl-BE');
  expect(problems).to.deep.equal([]);
  const { bytes } = await renderPdf(document, withFonts({ creationDate: date }));
  return readPdf(asBuffer(bytes));
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Vulregel ${i + 1} met genoeg woorden om een hele regel te vullen.`).join('\n\n');

function pageOf(pdf: PdfInfo, text: string): number {
  return pdf.pages.findIndex((p) => p.content.includes(text));
}

describe('layout: pagination rules', () => {
  it('moves a question to the next page rather than split it from its answer lines', async () => {
    // Find how many filler lines fit, then put a question with 6 writing lines right after.
    for (const n of [30, 32, 34]) {
      const pdf = await render(`${filler(n)}\n\n::: question number=1\nDe vraag die bij haar lijnen blijft?\n\n::lines count=6\n:::\n\nNa de vraag.`);
      const q = pageOf(pdf, 'De vraag die bij haar lijnen blijft?');
      const lastFiller = pageOf(pdf, `Vulregel ${n} met`);
      const page = pdf.pages[q]!;
      const prompt = page.runs.find((r) => r.str.includes('De vraag die'))!;
      // 6 lines of 9 mm under the prompt must fit above the bottom margin (20 mm) of the same page.
      const roomBelow = prompt.y - (20 * 72) / 25.4;
      expect(roomBelow, `n=${n}`).to.be.greaterThan(6 * ((9 * 72) / 25.4));
      if (q > lastFiller) expect(pdf.pages[lastFiller]!.content).not.to.include('De vraag');
    }
  });

  it('never leaves a heading alone at the bottom of a page', async () => {
    for (const n of [33, 34, 35, 36]) {
      const pdf = await render(`${filler(n)}\n\n## Een tussentitel\n\nDe eerste alinea onder de titel, die met de titel meegaat.`);
      expect(pageOf(pdf, 'Een tussentitel'), `n=${n}`).to.equal(pageOf(pdf, 'De eerste alinea onder de titel'));
    }
  });

  it('flows long text over pages without losing a line', async () => {
    const pdf = await render(filler(120));
    expect(pdf.pages.length).to.be.greaterThan(2);
    for (let i = 1; i <= 120; i++) expect(pdf.content, `line ${i}`).to.include(`Vulregel ${i} met`);
  });

  it('keeps all text inside the page margins and spaces as real spaces', async () => {
    const pdf = await render(`# Titel\n\n${filler(60)}\n\n- een lijstje met een heel lange regel die zeker moet afbreken voor ze de rechtermarge raakt\n`);
    const mm = 72 / 25.4;
    for (const page of pdf.pages) {
      for (const r of page.runs) {
        expect(r.x).to.be.at.least(18 * mm - 0.5);
        expect(r.x + r.width).to.be.at.most(page.width - 18 * mm + 0.5);
        expect(r.y).to.be.at.least(8 * mm);
        expect(r.y).to.be.at.most(page.height - 8 * mm);
      }
    }
    expect(pdf.content).to.include('Vulregel 1 met genoeg woorden');
  });
});
