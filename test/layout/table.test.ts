import { expect } from 'chai';
import { KitError } from '../../src/errors.js';
import { checkPdfUa } from '../helpers/pdfua-check.js';
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

  it('splits a row taller than a page between its lines: every word printed, none below the footer, header repeated', async () => {
    // 700 numbered words in one cell: far more than one A4 page holds.
    const long = Array.from({ length: 700 }, (_, i) => `w${i + 1}`).join(' ');
    const header = '| Tijd | Fase | Wat doe jij? | Wat doen de leerlingen? |\n| --- | --- | --- | --- |\n';
    const { pdf, bytes } = await renderTextOnly(`${header}| 0–10 min | Lezen | ${long} | Lezen mee. |\n| 10–20 min | Praten | Kort. | Praten. |\n`);
    expect(pdf.pages.length).to.be.at.least(2);
    // Still a well-tagged table: each split cell is one TD with its text on several pages.
    expect((await checkPdfUa(bytes, 'split row')).problems).to.deep.equal([]);
    const printed = new Set(pdf.content.split(/\s+/));
    for (let i = 1; i <= 700; i++) expect(printed.has(`w${i}`), `w${i} printed`).to.equal(true);
    for (const page of pdf.pages) {
      expect(page.text, 'header row on every page of the table').to.include('Wat doe jij?');
      // The footer ("pagina x van y") sits in the bottom margin; table text stays above it.
      const footer = page.runs.find((r) => /pagina \d+ van/.test(r.str));
      const lowest = Math.min(...page.runs.filter((r) => /^w\d+$/.test(r.str.trim())).map((r) => r.y));
      if (footer && Number.isFinite(lowest)) expect(lowest, 'table text above the footer').to.be.greaterThan(footer.y + footer.height);
    }
    // Read once: each cell is one TD, the repeated headers are decoration.
    expect(pdf.content.split('Wat doe jij?').length - 1).to.equal(1);
    expect(pdf.content.indexOf('w1 ')).to.be.lessThan(pdf.content.indexOf('w700'));
  });

  it('refuses, with a reason, anything else taller than a page instead of cutting it off', async () => {
    const long = Array.from({ length: 1500 }, (_, i) => `w${i + 1}`).join(' ');
    const header = '| Tijd | Fase | Wat doe jij? | Wat doen de leerlingen? |\n| --- | --- | --- | --- |\n';
    const lonely = 'Gespreksafspraken Polarisatierollen Leerlingenbegeleiding Verantwoordelijkheid';
    // Large print stacks this table one row per block; such a block cannot be split yet.
    try {
      await renderTextOnly(`${header}| ${lonely} | ${lonely} | ${long} | ${lonely} |\n`, { largePrint: true });
      expect.fail('expected a refusal');
    } catch (e) {
      expect(e).to.be.instanceOf(KitError);
      expect((e as KitError).code).to.equal('GK_LAYOUT_TOO_TALL');
    }
  });
});

