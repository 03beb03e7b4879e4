import { expect } from 'chai';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { FontStack, forExtraction, MissingGlyphError, FONT_CHOICES } from '../../src/layout/fonts.js';
import { layoutText } from '../../src/layout/text.js';
import { buildInto, FIXTURES } from '../helpers/kit.js';
import { fontsOf, readPdf, squash } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { english } from '../helpers/words.js';

const style = { size: 11, leading: 1.4, color: '#000000' };

/** Names as they occur in Mechelen's classes, from the fixture lesson's intro. */
const namesLesson = parse(readFileSync(join(FIXTURES, 'lessons', 'names.yaml'), 'utf8')) as { intro: string };
const NAMES = [
  'Şükrü Gökçe', 'Ayşe Yılmaz', 'İpek Özdemir', // Turkish
  'Łucja Wróblewska', 'Grzegorz Żółkiewski', 'Małgorzata Ściborska', // Polish
  'Ștefan Țîrcă', 'Ioana Mărgărit', 'Mihai Dumitrașcu', // Romanian (comma below)
  'Nguyễn Thị Ánh', 'Trần Văn Đức', 'Phạm Thị Hường', // Vietnamese
  'Ελένη Παπαδοπούλου', 'Γιώργος Οικονόμου', // Greek
  'Дмитрий Шевченко', 'Олександра Їжакевич', 'Стоян Петров', // Cyrillic
  'Ëndrit Çela', 'Jiří Dvořák', 'Erdős Győző', 'Begoña Muñoz', 'João Gonçalves',
  'Արամ Պետրոսյան', 'ნინო ბერიძე', // Armenian, Georgian (fallback font)
];

describe('layout: glyph coverage', () => {
  it('the fixture holds every name checked here', () => {
    for (const name of NAMES) expect(namesLesson.intro).to.include(name);
  });

  for (const font of FONT_CHOICES) {
    it(`prints names from many scripts with --font ${font}, and they read back from the PDF`, async () => {
      const lessons = tempDir('gk-names-');
      mkdirSync(lessons, { recursive: true });
      cpSync(join(FIXTURES, 'lessons', 'names.yaml'), join(lessons, 'namen.yaml'));
      const out = tempDir();
      const result = await buildInto(out, { lessonsDir: lessons, font });
      expect(result.failed).to.deep.equal([]);
      const pdf = await readPdf(join(out, 'namen', 'worksheet.pdf'));
      const text = squash(pdf.content.normalize('NFC'));
      for (const name of [...NAMES, 'Wie zit er in de klas?', 'Officieel fijn.']) expect(text, name).to.include(squash(name));
      const embedded = fontsOf(pdf.raw).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
      // Scripts the chosen font lacks come from a fallback font, embedded like the rest.
      expect(embedded.some((n) => n.startsWith('DejaVuSans')), embedded.join(', ')).to.equal(true);
      if (font === 'atkinson-hyperlegible') expect(embedded.some((n) => n.startsWith('NotoSans')), embedded.join(', ')).to.equal(true);
    });
  }

  it('finds characters no font has before drawing, naming the text and the characters', () => {
    const fonts = new FontStack('noto-sans', nodeFiles);
    let error: unknown;
    try {
      layoutText([{ text: 'Goed gedaan 👍 Ayşe 🦄' }], style, 400, fonts);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(MissingGlyphError);
    const e = error as MissingGlyphError;
    expect(e.chars).to.deep.equal(['👍', '🦄']);
    expect(english(e.problems[0]).message).to.equal('no font can print "👍" (U+1F44D), "🦄" (U+1F984) in "Goed gedaan 👍 Ayşe 🦄"');
    expect(english(e.problems[0]).hint).to.match(/Remove or replace these characters/);
  });

  it('uses a fallback font for a character the chosen font lacks, and skips invisible characters no font has', () => {
    const fonts = new FontStack('atkinson-hyperlegible', nodeFiles);
    const block = layoutText([{ text: 'Ελένη ❤️ Mechelen' }], style, 400, fonts);
    const faces = block.lines.flatMap((l) => l.frags.map((f) => `${f.face.choice}:${f.text}`));
    expect(faces).to.deep.equal(['noto-sans:Ελένη', 'atkinson-hyperlegible: ', 'dejavu-sans:❤️', 'atkinson-hyperlegible: Mechelen']);
    // A variation selector (U+E0100) only picks a glyph variant: nothing to print, no error.
    const plain = layoutText([{ text: 'A\u{E0100}B' }], style, 400, fonts);
    expect(plain.lines.flatMap((l) => l.frags.map((f) => f.text))).to.deep.equal(['AB']);
  });

  it('keeps a glyph’s characters per use, so one name cannot change how other text reads back', () => {
    const file = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
    const font = forExtraction(fontkit.create(readFileSync(file)));
    // The "i" glyph first met as part of "ị" (which Noto Sans can draw as "i" plus a dot).
    font.layout('Thị', { ccmp: true });
    const run = font.layout('fijn in');
    expect(run.glyphs.map((g) => String.fromCodePoint(...g.codePoints))).to.deep.equal(['fi', 'j', 'n', ' ', 'i', 'n']);
  });

  it('fails the build of a lesson with an emoji, pointing at the line, and writes none of its PDFs', async () => {
    const lessons = tempDir('gk-emoji-');
    const text = readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml'), 'utf8').replace('prompt: Welke identiteiten noemt Somers?', 'prompt: Welke identiteiten noemt Somers? 👍');
    mkdirSync(lessons, { recursive: true });
    cpSync(join(FIXTURES, 'lessons', 'minimal.yaml'), join(lessons, 'minimaal.yaml'));
    writeFileSync(join(lessons, 'met-emoji.yaml'), text.replace('id: minimaal', 'id: met-emoji'));
    const out = tempDir();
    const result = await buildInto(out, { lessonsDir: lessons });
    expect(result.failed.map((f) => f.name)).to.deep.equal(['met-emoji']);
    const [p] = result.failed[0]!.problems;
    expect(p).to.include({ code: 'GK_FONT_MISSING_GLYPHS', file: join(lessons, 'met-emoji.yaml'), line: 15 });
    expect(english(p).message).to.include('"👍" (U+1F44D) in "Welke identiteiten noemt Somers? 👍"');
    expect(existsSync(join(out, 'met-emoji'))).to.equal(false);
    expect(existsSync(join(out, 'minimaal', 'worksheet.pdf'))).to.equal(true);
  });
});
