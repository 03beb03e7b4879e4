import { expect } from 'chai';
import { renderTextOnly } from '../helpers/render.js';

const words = (s: string) => s.replace(/\s+/g, ' ');

describe('layout: tables', () => {
  it('repeats the header row on the next page, as a copy screen readers skip', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| woord ${i + 1} | uitleg bij woord ${i + 1} |`).join('\n');
    const { pdf } = await renderTextOnly(`| Woord | Wat betekent het? |\n| --- | --- |\n${rows}\n`);
    expect(pdf.pages.length).to.be.at.least(2);
    for (const page of pdf.pages) expect(page.text, 'header on every page').to.include('Wat betekent het?');
    expect(pdf.content.split('Wat betekent het?').length - 1).to.equal(1);
  });

  it('sets a table too narrow for its longest words one row at a time, words whole', async () => {
    const long = 'Gespreksafspraken Polarisatierollen Leerlingenbegeleiding Verantwoordelijkheid';
    const header = '| Tijd | Fase | Wat doe jij? | Wat doen de leerlingen? |\n| --- | --- | --- | --- |\n';
    const { pdf } = await renderTextOnly(`${header}| 0–5 min | ${long} | ${long} | ${long} |\n`, { largePrint: true });
    expect(words(pdf.content)).to.include(long);
    const labels = pdf.pages[0]!.runs.filter((r) => r.tag === 'TH').map((r) => r.str);
    expect(labels.join(' ')).to.include('Tijd').and.include('Fase');
  });
});
