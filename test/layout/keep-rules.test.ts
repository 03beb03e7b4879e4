import { expect } from 'chai';
import { lonelyHeadings } from '../helpers/layout-checks.js';
import type { PdfInfo } from '../helpers/pdf.js';
import { renderTextOnly } from '../helpers/render.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Vulregel ${i + 1} met genoeg woorden om een hele regel te vullen.`).join('\n\n');
const pageOf = (pdf: PdfInfo, text: string) => pdf.pages.findIndex((p) => p.content.includes(text));

/**
 * Whatever follows a heading (a table, a chart, a tip's text), the heading goes with it to
 * the next page. Each case is tried at every filler length around a page break.
 */
describe('layout: keep rules at a page break', () => {
  const cases: [string, string, string][] = [
    ['an h3 and a table', '### Woordenlijst\n\n| Woord | Uitleg |\n| --- | --- |\n| eerste | de eerste rij van de tabel |\n| tweede | de tweede rij |\n', 'eerste'],
    ['an h2 and a chart', '## Mijn web\n\n::chart center="Middelpunt" empty=6\n', 'Middelpunt'],
    ['a tip title and its text', '::: tip title="Let op"\nDe eerste zin van de tip.\n:::\n', 'De eerste zin van de tip.'],
    ['a lead-in and its list', '**Stellingen**\n\n1. De eerste stelling.\n2. De tweede stelling.\n', 'De eerste stelling.'],
  ];
  for (const [name, md, follower] of cases) {
    it(`keeps ${name} on one page`, async () => {
      const lead = md.split('\n')[0]!.replace(/^[#:*\s]+|tip title="|"$|\*\*$/g, '').trim();
      for (let n = 29; n <= 35; n++) {
        const { pdf } = await renderTextOnly(`${filler(n)}\n\n${md}\nNa het blok.`);
        expect(pageOf(pdf, follower), `${name}, n=${n}`).to.equal(pageOf(pdf, lead));
        expect(lonelyHeadings(pdf, name)).to.deep.equal([]);
      }
    });
  }
});

/**
 * A paragraph that introduces what follows (a bold label, a line ending in a colon) goes
 * with the first lines of it, however long what follows is (a list of roles, a table).
 */
describe('layout: a lead-in at a page break', () => {
  const roles = Array.from({ length: 6 }, (_, i) => `- **Rol ${i + 1}**: ${'een beschrijving van wat deze rol doet en zegt in het scenario, '.repeat(3)}einde.`).join('\n');
  const cases: [string, string, string, string][] = [
    ['a bold label with more words', '**Rollen** (rolkaarten bij de kaartjes)', roles, 'Rol 1'],
    ['two lines ending in a colon', `${'Dit is een inleidende zin die over twee regels loopt en uitlegt wat er komt, '.repeat(2)}namelijk:`, roles, 'Rol 1'],
    ['a bold label before a table', '**Borden:** Helemaal eens · Eens · Oneens · Helemaal oneens', '| Woord | Uitleg |\n| --- | --- |\n| eerste | de eerste rij |\n| tweede | de tweede rij |', 'eerste'],
  ];
  for (const [name, lead, follows, follower] of cases) {
    it(`keeps ${name} with what it introduces`, async () => {
      const leadWords = lead.replace(/\*/g, '').split(' ').slice(0, 2).join(' ');
      for (let n = 28; n <= 36; n++) {
        const { pdf } = await renderTextOnly(`${filler(n)}\n\n${lead}\n\n${follows}\n\nNa het blok.`);
        expect(pageOf(pdf, follower), `${name}, n=${n}`).to.equal(pageOf(pdf, leadWords));
      }
    });
  }
});

describe('layout: a list at a page break', () => {
  const list = Array.from({ length: 12 }, (_, i) => `- punt ${i + 1} van de lijst`).join('\n');
  it('leaves two lines of it at least on each side, as a paragraph does', async () => {
    for (let n = 26; n <= 36; n++) {
      const { pdf } = await renderTextOnly(`${filler(n)}\n\n${list}\n\nNa de lijst.`);
      expect(pageOf(pdf, 'punt 2 van'), `n=${n}: the list's first two lines`).to.equal(pageOf(pdf, 'punt 1 van'));
      expect(pageOf(pdf, 'punt 12 van'), `n=${n}: the list's last two lines`).to.equal(pageOf(pdf, 'punt 11 van'));
    }
  });

  it('goes with a heading and the sentence that opens it', async () => {
    const table = '| Tijd | Fase |\n| --- | --- |\n| 0–5 min | Opening van de les |\n| 5–10 min | Lezen |';
    for (let n = 26; n <= 36; n++) {
      const { pdf } = await renderTextOnly(`${filler(n)}\n\n## Lesverloop\n\nHet lesverloop vult 45 van de 50 minuten.\n\n${table}\n\nNa de tabel.`);
      expect(pageOf(pdf, 'Opening van de les'), `n=${n}`).to.equal(pageOf(pdf, 'Lesverloop'));
    }
  });
});

