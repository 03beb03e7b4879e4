import { expect } from 'chai';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInto, FIXTURES } from '../helpers/kit.js';
import { imagesOf, readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

const MARGIN = (18 * 72) / 25.4;

describe('layout: the page header with the school’s name and logo', () => {
  let templates: string;
  let out: string;
  const logo = join(tempDir(), 'logo.jpg');

  before(async () => {
    copyFileSync(join(FIXTURES, 'school', 'logo.jpg'), logo);
    templates = tempDir();
    mkdirSync(join(templates, 'partials'));
    writeFileSync(
      join(templates, 'partials', 'page-header.hbs'),
      '::running-header left="{{lesson.title}} en nog een heel lange ondertitel die niet op één regel past" right="{{piece.label}} · derde graad · tweede semester · klas 5B en 5C"\n',
    );
    out = tempDir();
    const result = await buildInto(out, {
      lessons: ['identiteit'],
      templatesDir: templates,
      largePrint: true,
      school: { name: 'Koninklijk Atheneum Voorbeeld', contact: '', logo },
    });
    expect(result.failed).to.deep.equal([]);
  });

  it('keeps a long header on one line inside the margins, cutting with "…"', async () => {
    const pdf = await readPdf(join(out, 'identiteit', 'worksheet.pdf'));
    for (const page of pdf.pages) {
      const header = page.runs.filter((r) => r.y > page.height - 60);
      expect(new Set(header.map((r) => Math.round(r.y))).size, 'one baseline').to.equal(1);
      for (const r of header) {
        expect(r.x).to.be.at.least(MARGIN - 0.5);
        expect(r.x + r.width, r.str).to.be.at.most(page.width - MARGIN + 0.5);
      }
      const text = header.map((r) => r.str).join('');
      expect(text).to.include('Koninklijk Atheneum Voorbeeld').and.to.include('…');
    }
  });

  it('draws a JPEG logo left of the text, inside the header band', async () => {
    const pdf = await readPdf(join(out, 'identiteit', 'worksheet.pdf'));
    const pages = await imagesOf(readFileSync(join(out, 'identiteit', 'worksheet.pdf')));
    pages.forEach((images, i) => {
      expect(images, `page ${i + 1}`).to.have.length(1);
      const [img] = images;
      const page = pdf.pages[i]!;
      const name = page.runs.find((r) => r.str.startsWith('Koninklijk'))!;
      expect(img!.x).to.be.closeTo(MARGIN, 0.5);
      expect(img!.x + img!.drawnWidth).to.be.lessThan(name.x);
      expect(img!.y).to.be.greaterThan(page.height - 60);
    });
  });

  it('gives the same bytes for the same input, logo included', async () => {
    const again = tempDir();
    await buildInto(again, { lessons: ['identiteit'], templatesDir: templates, largePrint: true, school: { name: 'Koninklijk Atheneum Voorbeeld', contact: '', logo } });
    for (const piece of ['worksheet.pdf', 'teacher-guide.pdf']) {
      expect(readFileSync(join(again, 'identiteit', piece)).equals(readFileSync(join(out, 'identiteit', piece))), piece).to.equal(true);
    }
  });
});
