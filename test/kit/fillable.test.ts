import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFCheckBox, PDFDocument, PDFName, PDFRadioGroup, PDFTextField, type PDFField } from 'pdf-lib';
import { parse } from 'yaml';
import type { BuildResult } from '../../src/node/build-kit.js';
import type { Lesson } from '../../src/lesson/schema.js';
import { runCli } from '../helpers/cli.js';
import { BUILTIN_LESSONS_DIR, buildInto, FIXTURES, LESSON_IDS } from '../helpers/kit.js';
import { decodeGrayPng } from '../helpers/png.js';
import { checkPdfUa, readText, type PdfUaReport, type StructNode } from '../helpers/pdfua-check.js';
import { PdfObjects, refKey } from '../helpers/pdf-objects.js';
import { parseToUnicode } from '../helpers/pdf-content.js';
import { renderTextOnly } from '../helpers/render.js';
import { sharedBuild } from '../helpers/shared-build.js';
import { tempDir } from '../helpers/temp.js';

/**
 * build --fillable: the worksheet as a PDF form, checked from the PDF itself (fields, names,
 * tooltips, tags, appearances), filled in, saved and read back with pdf-lib, and rendered.
 */

const lessonFile = (id: string) => parse(readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8')) as Lesson;
const tooltip = (f: PDFField) => (f.acroField.dict.lookup(PDFName.of('TU')) as { decodeText(): string } | undefined)?.decodeText();

/** The fields a lesson's worksheet should have: name, class, date, then every answer space (the exit ticket is on slips, not here). */
function expectedFields(lesson: Lesson): number {
  const answers = lesson.questions.filter((q) => (q.answer ?? 'lines') !== 'none').length;
  let count = 3 + answers;
  for (const a of lesson.activities ?? []) {
    count += (a.charts ?? []).reduce((n, c) => n + (c.empty ?? 0), 0);
    if (a.organiser) count += a.organiser.columns.length * (a.organiser.rows ?? 3);
    if (a.scale) count += 1;
  }
  return count;
}

function elements(node: StructNode | undefined): StructNode[] {
  const out: StructNode[] = [];
  const walk = (n: StructNode) => {
    out.push(n);
    for (const k of n.kids) if ('type' in k) walk(k);
  };
  if (node) walk(node);
  return out;
}

describe('kit: build --fillable', () => {
  let out: string;
  let result: BuildResult;

  before(async () => {
    out = tempDir();
    result = await buildInto(out, { fillable: true });
    expect(result.failed).to.deep.equal([]);
  });

  for (const id of LESSON_IDS) {
    it(`${id}: a field for every answer space, named after its section, the question as its tooltip`, async () => {
      const lesson = lessonFile(id);
      const doc = await PDFDocument.load(readFileSync(join(out, id, 'worksheet.pdf')));
      const fields = doc.getForm().getFields();
      expect(fields.length).to.equal(expectedFields(lesson));
      expect(new Set(fields.map((f) => f.getName())).size).to.equal(fields.length);
      const byName = new Map(fields.map((f) => [f.getName(), f]));
      for (const name of ['naam', 'klas', 'datum']) expect(byName.get(name), name).to.be.instanceOf(PDFTextField);
      for (const q of lesson.questions.filter((x) => (x.answer ?? 'lines') !== 'none')) {
        const f = byName.get(`vragen-${lesson.questions.indexOf(q) + 1}`) as PDFTextField;
        expect(f, q.prompt).to.be.instanceOf(PDFTextField);
        expect(tooltip(f)).to.equal(q.prompt);
        expect(f.isMultiline()).to.equal(true);
      }
      const radios = fields.filter((f): f is PDFRadioGroup => f instanceof PDFRadioGroup);
      expect(radios.length).to.equal((lesson.activities ?? []).filter((a) => a.scale).length);
      for (const r of radios) expect(r.getOptions()).to.deep.equal(['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens']);
      for (const f of fields) expect(tooltip(f)?.trim(), f.getName()).to.not.equal(undefined);
      // Every widget brings its appearance (no NeedAppearances): it prints as typed, in any viewer.
      for (const f of fields) for (const w of f.acroField.getWidgets()) expect(w.getAppearances()?.normal, f.getName()).to.not.equal(undefined);
      expect(doc.getForm().acroForm.dict.get(PDFName.of('NeedAppearances'))).to.equal(undefined);
    });

    it(`${id}: every field is tagged where it stands in the reading order, and the file passes PDF/UA`, async () => {
      const lesson = lessonFile(id);
      const report = await checkPdfUa(readFileSync(join(out, id, 'worksheet.pdf')), `${id}/worksheet`);
      expect(report.problems).to.deep.equal([]);
      expect(report.claimsPdfUa).to.equal(true);
      const all = elements(report.root);
      expect(all.filter((e) => e.type === 'Form').length).to.equal(expectedFields(lesson) + 4 * (lesson.activities ?? []).filter((a) => a.scale).length);
      // The answer field follows its question inside the list item: LBody > P (question), Form.
      const glyphs = new Map<string, PdfUaReport['tagged'][number]['glyph'][]>();
      for (const t of report.tagged) glyphs.set(`${t.page}:${t.glyph.mcid}`, [...(glyphs.get(`${t.page}:${t.glyph.mcid}`) ?? []), t.glyph]);
      for (const q of lesson.questions) {
        const body = all.find((e) => e.type === 'LBody' && readText(e, glyphs).includes(q.prompt.slice(0, 30)))!;
        const kids = body.kids.filter((k): k is StructNode => 'type' in k).map((k) => k.type);
        expect(kids, q.prompt).to.deep.equal(['P', 'Form']);
      }
      // Name, class and date: the field inside the label's paragraph ("Naam: [field]").
      const naam = all.find((e) => e.type === 'P' && readText(e, glyphs) === 'Naam:')!;
      expect(naam.kids.filter((k): k is StructNode => 'type' in k).map((k) => k.type)).to.deep.equal(['Form']);
      // Tab order follows the structure.
      const objs = await PdfObjects.load(readFileSync(join(out, id, 'worksheet.pdf')));
      for (const page of objs.pages()) if (objs.array(page.dict, 'Annots').length) expect(objs.name(page.dict, 'Tabs')).to.equal('S');
    });
  }

  it('fills in, saves and reads back with another PDF library (pdf-lib), and prints what was typed', async function () {
    const file = join(out, 'identiteit', 'worksheet.pdf');
    const doc = await PDFDocument.load(readFileSync(file));
    const form = doc.getForm();
    form.getTextField('naam').setText('Lotte Janssens');
    form.getTextField('vragen-1').setText('Vader, Europeaan, Belg, politicus en boekenwurm.');
    form.getTextField('vragen-3').setText('Hoe kies je wat je over jezelf vertelt?');
    const scale = form.getFields().find((f): f is PDFRadioGroup => f instanceof PDFRadioGroup)!;
    scale.select('eens');
    const saved = join(tempDir(), 'ingevuld.pdf');
    writeFileSync(saved, await doc.save());
    const again = (await PDFDocument.load(readFileSync(saved))).getForm();
    expect(again.getTextField('naam').getText()).to.equal('Lotte Janssens');
    expect(again.getTextField('vragen-1').getText()).to.equal('Vader, Europeaan, Belg, politicus en boekenwurm.');
    expect(again.getTextField('vragen-3').getText()).to.equal('Hoe kies je wat je over jezelf vertelt?');
    expect(again.getRadioGroup(scale.getName()).getSelected()).to.equal('eens');
    expect(again.getTextField('klas').getText() ?? '').to.equal('');

    // The typed name shows on the printed page: dark pixels in the name field, none in the empty class field.
    if (spawnSync('gs', ['--version']).error) this.skip();
    const png = join(tempDir(), 'p1.png');
    expect(spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pnggray', '-r72', '-dFirstPage=1', '-dLastPage=1', `-sOutputFile=${png}`, saved]).status).to.equal(0);
    const image = decodeGrayPng(readFileSync(png));
    const dark = (field: PDFTextField) => {
      const r = field.acroField.getWidgets()[0]!.getRectangle();
      let n = 0;
      // Inside the field, clear of the writing line it stands on.
      for (let x = Math.ceil(r.x) + 2; x < r.x + r.width - 2; x++) for (let y = Math.ceil(image.height - r.y - r.height) + 2; y < image.height - r.y - 3; y++) if (image.at(x, y) < 100) n++;
      return n;
    };
    const filled = (await PDFDocument.load(readFileSync(saved))).getForm();
    expect(dark(filled.getTextField('naam'))).to.be.greaterThan(20);
    expect(dark(filled.getTextField('klas'))).to.be.lessThan(5);
  });

  it('changes only the worksheet: the other pieces are the same bytes as without --fillable', async () => {
    const plain = await sharedBuild('default');
    for (const f of result.files.filter((x) => x.piece !== 'worksheet')) {
      const other = join(plain.dir, f.lesson, `${f.piece}.pdf`);
      expect(readFileSync(f.file).equals(readFileSync(other)), f.file).to.equal(true);
    }
  });

  it('writes nothing form-related without --fillable', async () => {
    const plain = await sharedBuild('default');
    for (const f of plain.result.files) {
      const text = readFileSync(f.file).toString('latin1');
      for (const word of ['/AcroForm', '/Widget', '/Annots', '/FT ']) expect(text.includes(word), `${f.file}: ${word}`).to.equal(false);
    }
  });
});

describe('kit: build --fillable --roster', () => {
  it('fills in each student’s name and class, in a font that has every letter of the list', async () => {
    const out = tempDir();
    const result = await buildInto(out, { lessons: ['identiteit'], roster: join(FIXTURES, 'rosters', 'klas-3b.csv'), split: true, fillable: true });
    expect(result.failed).to.deep.equal([]);
    const merged = await PDFDocument.load(readFileSync(join(out, 'identiteit', 'worksheets-klas-3b.pdf')));
    const names = merged.getForm().getFields().map((f) => f.getName());
    // Every student's fields have names of their own: typing in one copy does not fill the others.
    expect(new Set(names).size).to.equal(names.length);
    expect(names).to.include.members(['leerling-1-naam', 'leerling-3-naam', 'leerling-3-vragen-1']);
    expect(merged.getForm().getTextField('leerling-3-naam').getText()).to.equal('Иван Петров');
    expect(merged.getForm().getTextField('leerling-3-klas').getText()).to.equal('3B');

    // A student's own file: the name's appearance is drawn in glyphs that read back as the name.
    const folder = join(out, 'identiteit', 'worksheets-klas-3b');
    const file = join(folder, readdirSync(folder).find((f) => f.startsWith('03-'))!);
    const single = await PDFDocument.load(readFileSync(file));
    expect(single.getForm().getTextField('naam').getText()).to.equal('Иван Петров');
    const objs = await PdfObjects.load(readFileSync(file));
    const widget = objs.pages().flatMap((p) => objs.array(p.dict, 'Annots')).map((a) => objs.dict(a)!).find((d) => objs.text(d, 'T') === 'naam')!;
    const ap = objs.raw(objs.dict(objs.raw(widget, 'AP')), 'N');
    const apText = Buffer.from(objs.streamBytes(ap)).toString('latin1');
    const hex = /<([0-9a-f]+)> Tj/.exec(apText)![1]!;
    const fontName = /\/(\w+) [\d.]+ Tf/.exec(apText)![1]!;
    const font = objs.dict(objs.raw(objs.dict(objs.raw(objs.dict(objs.raw(objs.dict(ap), 'Resources')), 'Font')), fontName));
    const toUnicode = parseToUnicode(objs.streamBytes(objs.raw(font, 'ToUnicode')));
    const codes = hex.match(/.{4}/g)!.map((h) => parseInt(h, 16));
    expect(codes.every((c) => c !== 0)).to.equal(true);
    expect(codes.map((c) => toUnicode.get(c)).join('')).to.equal('Иван Петров');
    // The form's default font (DA) is that same font.
    const acro = objs.dict(objs.raw(objs.catalog, 'AcroForm'));
    const dr = objs.dict(objs.raw(objs.dict(objs.raw(acro, 'DR')), 'Font'));
    expect(refKey(objs.raw(dr, fontName))).to.equal(refKey(objs.raw(objs.dict(objs.raw(objs.dict(objs.raw(objs.dict(ap), 'Resources')), 'Font')), fontName)));
    expect(objs.text(acro, 'DA')).to.match(new RegExp(`^/${fontName} `));
    for (const pdf of [file, join(out, 'identiteit', 'worksheets-klas-3b.pdf')]) {
      const report = await checkPdfUa(readFileSync(pdf), pdf);
      expect(report.problems).to.deep.equal([]);
      expect(report.claimsPdfUa).to.equal(true);
    }
  });

  it('large print and Letter paper: still a form that passes the PDF/UA checks', async () => {
    for (const variant of [{ largePrint: true }, { pageSize: 'LETTER' as const, font: 'atkinson-hyperlegible' as const }]) {
      const out = tempDir();
      await buildInto(out, { lessons: ['groepsdenken'], fillable: true, ...variant });
      const file = join(out, 'groepsdenken', 'worksheet.pdf');
      const report = await checkPdfUa(readFileSync(file), JSON.stringify(variant));
      expect(report.problems).to.deep.equal([]);
      expect((await PDFDocument.load(readFileSync(file))).getForm().getFields().length).to.equal(expectedFields(lessonFile('groepsdenken')));
    }
  });
});

describe('layout: fillable tick lists', () => {
  it('puts a check box on every item, as the item’s label, with the item as tooltip', async () => {
    const { bytes } = await renderTextOnly('# Wat heb je nodig?\n\n- [ ] een pen\n- [ ] de tekst\n', { fillable: true });
    const form = (await PDFDocument.load(bytes)).getForm();
    const boxes = form.getFields().filter((f): f is PDFCheckBox => f instanceof PDFCheckBox);
    expect(boxes.map(tooltip)).to.deep.equal(['een pen', 'de tekst']);
    boxes[1]!.check();
    const report = await checkPdfUa(bytes, 'ticks');
    expect(report.problems).to.deep.equal([]);
    const lbls = elements(report.root).filter((e) => e.type === 'Lbl');
    expect(lbls.map((l) => l.kids.filter((k): k is StructNode => 'type' in k).map((k) => k.type))).to.deep.equal([['Form'], ['Form']]);
  });
});

describe('cli: build --fillable', () => {
  it('is an option of build', async () => {
    const cwd = tempDir();
    const run = await runCli(['build', 'identiteit', '--lessons', BUILTIN_LESSONS_DIR, '--fillable', '--out', join(cwd, 'out')], cwd);
    expect(run.code, run.err).to.equal(0);
    const doc = await PDFDocument.load(readFileSync(join(cwd, 'out', 'identiteit', 'worksheet.pdf')));
    expect(doc.getForm().getFields().length).to.be.greaterThan(10);
  });
});
