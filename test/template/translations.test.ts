import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_TEMPLATES } from '../../src/node/paths.js';
import { hasTranslation } from '../../src/template/translations.js';
import { buildInto } from '../helpers/kit.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? templateFiles(f) : f.endsWith('.hbs') ? [f] : [];
  });
}

describe('template: label language (labels: en)', () => {
  it('every {{t "…"}} text in the built-in templates has an English translation', () => {
    const texts = templateFiles(BUILTIN_TEMPLATES).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\{\{t "([^"]+)"\}\}/g)].map((m) => m[1]!));
    expect(texts.length).to.be.greaterThan(30);
    expect(texts.filter((t) => !hasTranslation('en', t))).to.deep.equal([]);
  });

  describe('a build with labels: en', () => {
    let out: string;
    before(async () => {
      out = tempDir();
      const result = await buildInto(out, { lessons: ['nultolerantie'], labels: 'en', school: { name: '', contact: 'De vertrouwensleerkracht', logo: '' } });
      expect(result.failed).to.deep.equal([]);
    });

    it('prints the worksheet’s fixed words in English', async () => {
      const pdf = await readPdf(join(out, 'nultolerantie', 'worksheet.pdf'));
      for (const w of ['Name', 'Class', 'Date', 'Key question:', 'About the text', 'The text', 'Questions', 'Worksheet']) expect(pdf.text, w).to.include(w);
      pdf.pages.forEach((p, i) => expect(p.text).to.include(`page ${i + 1} of ${pdf.pages.length}`));
      for (const w of ['Naam', 'Klas', 'Kernvraag', 'Werkblad', 'pagina 1 van', 'Vragen bij de tekst']) expect(pdf.text, w).not.to.include(w);
      expect(pdf.title).to.match(/ – Worksheet$/);
    });

    it('prints the teacher guide’s headings in English, and the school contact under Aftercare', async () => {
      const pdf = await readPdf(join(out, 'nultolerantie', 'teacher-guide.pdf'));
      for (const w of ['Learning objectives', 'Lesson plan (45 of the 50 minutes)', 'Questions and answer hints', 'Answer hint', 'Aftercare', 'At our school: De vertrouwensleerkracht', 'Teacher guide']) {
        expect(pdf.text, w).to.include(w);
      }
      expect(pdf.outline).to.include('Aftercare');
      for (const w of ['Lesdoelen', 'Nazorg', 'Antwoordhint', 'Lerarenhandleiding']) expect(pdf.text, w).not.to.include(w);
    });

    it('prints the youth guide’s headings in English, with the contact under Aftercare', async () => {
      const pdf = await readPdf(join(out, 'nultolerantie', 'youth-session.pdf'));
      for (const w of ['Youth session', 'The session at a glance', 'Conversation questions', 'Aftercare', 'Contact: De vertrouwensleerkracht']) expect(pdf.text, w).to.include(w);
      for (const w of ['Jeugdwerksessie', 'Gespreksvragen', 'Nazorg', 'pagina 1 van']) expect(pdf.text, w).not.to.include(w);
    });
  });

  it('nl stays the default: the school contact under Nazorg', async () => {
    const out = tempDir();
    await buildInto(out, { lessons: ['nultolerantie'], school: { name: '', contact: 'De vertrouwensleerkracht', logo: '' } });
    const pdf = await readPdf(join(out, 'nultolerantie', 'teacher-guide.pdf'));
    expect(pdf.text).to.include('Nazorg').and.to.include('Bij ons op school: De vertrouwensleerkracht').and.to.include('pagina 1 van');
  });
});
