import { expect } from 'chai';
import { KitError } from '../../src/errors.js';
import { LARGE_GAP } from '../../src/layout/items.js';
import { geometryOf, textLines, textOutsideArea } from '../helpers/layout-checks.js';
import type { PdfPage } from '../helpers/pdf.js';
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

  it('splits a large-print row (stacked, label beside value) taller than a page, saying the label again', async () => {
    const long = Array.from({ length: 700 }, (_, i) => `w${i + 1}`).join(' ');
    const header = '| Tijd | Fase | Wat doe jij? | Wat doen de leerlingen? |\n| --- | --- | --- | --- |\n';
    const lonely = 'Gespreksafspraken Polarisatierollen Leerlingenbegeleiding Verantwoordelijkheid';
    const { pdf, bytes } = await renderTextOnly(`${header}| 0–10 min | ${lonely} | ${long} | ${lonely} |\n`, { largePrint: true });
    expect(pdf.pages.length).to.be.at.least(2);
    expect((await checkPdfUa(bytes, 'split stacked row')).problems).to.deep.equal([]);
    const printed = new Set(pdf.content.split(/\s+/));
    for (let i = 1; i <= 700; i++) expect(printed.has(`w${i}`), `w${i} printed`).to.equal(true);
    expect(textOutsideArea(pdf, 'split stacked row')).to.deep.equal([]);
    for (const page of pdf.pages.filter((p) => /\bw\d+\b/.test(p.text))) expect(page.text, 'the label beside the value on every page').to.include('Wat doe jij?');
    // Read once: the labels said again are decoration.
    expect(pdf.content.split('Wat doe jij?').length - 1).to.equal(1);
  });

  it('sets a large-print table one row at a time when its text columns would hold three words a line', async () => {
    const phase = (k: number) => `| ${k * 5}–${k * 5 + 5} min | Fase ${k} | ${'Laat de leerlingen eerst alleen lezen en daarna in duo’s bespreken. '.repeat(2)} | Lezen mee, bespreken in duo’s en noteren wat ze niet begrijpen, om het daarna klassikaal te vragen. |`;
    const md = `| Tijd | Fase | Wat doe jij? | Wat doen de leerlingen? |\n| --- | --- | --- | --- |\n${[1, 2, 3].map(phase).join('\n')}\n`;
    const grid = await renderTextOnly(md);
    expect(grid.pdf.content.split('Wat doe jij?').length - 1, 'A4: one header row').to.equal(1);
    const { pdf } = await renderTextOnly(md, { largePrint: true });
    expect(pdf.content.split('Wat doe jij?').length - 1, 'large print: a label in every row').to.equal(3);
  });

  it('refuses, with a reason, anything else taller than a page instead of cutting it off', async () => {
    try {
      await renderTextOnly('Schrijf hier.\n\n::lines count=40\n');
      expect.fail('expected a refusal');
    } catch (e) {
      expect(e).to.be.instanceOf(KitError);
      expect((e as KitError).code).to.equal('GK_LAYOUT_TOO_TALL');
    }
  });
});

/**
 * A row that does not fit the rest of a page (an agenda phase of ten lines) moves whole when
 * little room is left, and is split between its lines when moving it would leave a large gap:
 * two lines at least on each side, the header row again on the next page. Tried at every
 * filler length that moves the page end through the row.
 */
describe('layout: a table row at a page break', () => {
  const mm = 72 / 25.4;
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `Vulregel ${i + 1} met genoeg woorden om een hele regel te vullen.`).join('\n\n');
  const rowWords = Array.from({ length: 120 }, (_, i) => `r${i + 1}`).join(' ');
  const table = `| Tijd | Fase | Wat doe jij? | Wat doen de leerlingen? |\n| --- | --- | --- | --- |\n| 0–5 min | Openen | Kort. | Luisteren. |\n| 5–20 min | Lezen | ${rowWords} | Lezen mee. |\n`;
  /** Lines of the tall cell on a page (its words are r1…r120). */
  const rowLines = (page: PdfPage) => textLines(page).filter((l) => /\br\d+\b/.test(l.text));

  for (const [name, options] of [
    ['A4', {}],
    ['large print', { largePrint: true }],
  ] as const) {
    it(`${name}: never leaves a large gap above a row, never splits it to less than two lines a side`, async () => {
      let splits = 0;
      let moves = 0;
      for (let n = 14; n <= 34; n += 2) {
        const { pdf } = await renderTextOnly(`${filler(n)}\n\n${table}\nNa de tabel.`, options);
        const pages = pdf.pages.map((p, i) => ({ i, lines: rowLines(p) })).filter((p) => p.lines.length > 0);
        expect(pages.length, `n=${n}: the row is on one page or two`).to.be.at.most(2);
        if (pages.length === 2) {
          splits++;
          for (const p of pages) expect(p.lines.length, `n=${n}: lines of the row on p${p.i + 1}`).to.be.at.least(2);
          const next = pdf.pages[pages[1]!.i]!;
          expect(next.text, `n=${n}: the header row (or the label) again`).to.include('Wat doe jij?');
          // Which row goes on: its first cell again (in large print, its label).
          if (name === 'A4') expect(next.text, `n=${n}: the row's time again`).to.include('5–20 min');
        } else {
          const page = pdf.pages[pages[0]!.i]!;
          const before = pdf.pages[pages[0]!.i - 1];
          // Moved whole: then the page before ends with little room left.
          if (before && !page.text.includes(`Vulregel ${n} met`)) {
            moves++;
            const g = geometryOf(before);
            const lowest = Math.min(...textLines(before).map((l) => l.y));
            const gap = lowest - (before.height - g.bottom);
            expect(gap, `n=${n}: room left on p${pages[0]!.i} above the footer`).to.be.lessThan(LARGE_GAP * (g.bottom - g.top) + 12);
          }
        }
        expect(textOutsideArea(pdf, `n=${n}`)).to.deep.equal([]);
        const words = new Set(pdf.content.split(/\s+/));
        for (let i = 1; i <= 120; i++) expect(words.has(`r${i}`), `n=${n}: r${i}`).to.equal(true);
      }
      expect(splits, 'some filler lengths split the row').to.be.greaterThan(0);
      expect(moves + splits).to.be.greaterThan(2);
    });
  }
});
