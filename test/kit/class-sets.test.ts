import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BuildResult } from '../../src/node/build-kit.js';
import type { Lesson } from '../../src/lesson/schema.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { buildInto, BUILTIN_LESSONS_DIR, FIXTURES } from '../helpers/kit.js';
import { readPdf, squash, type PdfInfo } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';

const ROSTER = join(FIXTURES, 'rosters', 'klas-3b.csv');
const STUDENTS = [
  { name: 'Sara Peeters', class: '3B', file: '01-sara-peeters.pdf' },
  { name: 'Zoë Van den Broeck', class: '3B', file: '02-zoë-van-den-broeck.pdf' },
  { name: 'Иван Петров', class: '3B', file: '03-иван-петров.pdf' },
  { name: 'Öztürk; Aïcha', class: '3C', file: '04-öztürk-aïcha.pdf' },
  { name: 'João Gonçalves', class: '3C', file: '05-joão-gonçalves.pdf' },
];

/** Copies in a class-set PDF: each starts on the page that says "pagina 1 van N". */
function copiesOf(pdf: PdfInfo): { start: number; pages: number }[] {
  const out: { start: number; pages: number }[] = [];
  pdf.pages.forEach((p, i) => {
    const m = /pagina 1 van (\d+)/.exec(p.text);
    if (m) out.push({ start: i, pages: Number(m[1]) });
  });
  return out;
}

const namesOn = (text: string) => STUDENTS.filter((s) => squash(text).includes(squash(s.name))).map((s) => s.name);

describe('kit: class sets from a class list', function () {
  let out: string;
  let result: BuildResult;
  let merged: PdfInfo;

  before(async () => {
    out = tempDir();
    result = await buildInto(out, { lessons: ['identiteit'], roster: ROSTER, split: true, threads: 2 });
    merged = await readPdf(join(out, 'identiteit', 'worksheets-klas-3b.pdf'));
  });

  it('writes one print file for the lesson and one file per student, and nothing else', () => {
    expect(result.failed).to.deep.equal([]);
    expect(readdirSync(join(out, 'identiteit')).sort()).to.deep.equal(['worksheets-klas-3b', 'worksheets-klas-3b.pdf']);
    expect(readdirSync(join(out, 'identiteit', 'worksheets-klas-3b')).map((f) => f.normalize('NFC')).sort()).to.deep.equal(STUDENTS.map((s) => s.file));
    expect(result.files.find((f) => f.file.endsWith('worksheets-klas-3b.pdf'))?.copies).to.equal(STUDENTS.length);
  });

  it('starts every student on an odd page, with a blank back page after an odd page count', () => {
    const copies = copiesOf(merged);
    expect(copies).to.have.length(STUDENTS.length);
    const perCopy = copies[0]!.pages + (copies[0]!.pages % 2);
    copies.forEach((c, k) => {
      expect(c.start % 2, `copy ${k + 1} starts on page ${c.start + 1}`).to.equal(0);
      expect(c.start).to.equal(k * perCopy);
    });
    expect(merged.pages).to.have.length(STUDENTS.length * perCopy);
    // Pages outside the copies are blank.
    merged.pages.forEach((p, i) => {
      const inCopy = copies.some((c) => i >= c.start && i < c.start + c.pages);
      if (!inCopy) expect(p.text.trim(), `page ${i + 1}`).to.equal('');
    });
  });

  it('prints each name and class as text on that student’s first page, and nowhere else', () => {
    const copies = copiesOf(merged);
    copies.forEach((c, k) => {
      const student = STUDENTS[k]!;
      const first = merged.pages[c.start]!;
      expect(squash(first.content), student.name).to.include(squash(`Naam: ${student.name}`));
      expect(squash(first.content)).to.include(squash(`Klas: ${student.class}`));
      for (let i = c.start; i < c.start + c.pages; i++) {
        expect(namesOn(merged.pages[i]!.text), `page ${i + 1}`).to.deep.equal(i === c.start ? [student.name] : []);
      }
    });
    expect(namesOn(merged.title)).to.deep.equal([]);
  });

  it('gives each student’s own file only that student’s name', async () => {
    const pages = copiesOf(merged)[0]!.pages;
    for (const student of STUDENTS) {
      const pdf = await readPdf(join(out, 'identiteit', 'worksheets-klas-3b', student.file.normalize('NFC')));
      expect(pdf.pages, student.file).to.have.length(pages);
      expect(namesOn(pdf.text), student.file).to.deep.equal([student.name]);
    }
  });

  it('keeps the teacher’s answer hints off the students’ sheets', () => {
    const lesson = parse(readFileSync(join(BUILTIN_LESSONS_DIR, 'identiteit.yaml'), 'utf8')) as Lesson;
    const hints = lesson.questions.map((q) => q.hint).filter((h): h is string => !!h);
    expect(hints.length).to.be.greaterThan(2);
    const text = squash(merged.content);
    for (const hint of hints) expect(text.includes(squash(hint)), hint).to.equal(false);
    expect(text).to.include(squash(lesson.questions[0]!.prompt));
  });

  it('gives the same bytes on one thread as on several', async () => {
    const again = tempDir();
    await buildInto(again, { lessons: ['identiteit'], roster: ROSTER, split: true, threads: 1 });
    const a = join(out, 'identiteit');
    const b = join(again, 'identiteit');
    expect(readFileSync(join(a, 'worksheets-klas-3b.pdf')).equals(readFileSync(join(b, 'worksheets-klas-3b.pdf')))).to.equal(true);
    for (const f of readdirSync(join(a, 'worksheets-klas-3b'))) {
      expect(readFileSync(join(a, 'worksheets-klas-3b', f)).equals(readFileSync(join(b, 'worksheets-klas-3b', f))), f).to.equal(true);
    }
  });

  it('gives students with the same name their own file, and replaces the folder on a rebuild', async () => {
    const dir = tempDir();
    const list = join(dir, '4A.csv');
    writeFileSync(list, 'naam\nLina Maes\nLina Maes\nTom Claes\n');
    const first = await buildInto(dir, { lessons: ['groepsdenken'], roster: list, split: true, threads: 1 });
    expect(first.failed).to.deep.equal([]);
    const folder = join(dir, 'groepsdenken', 'worksheets-4a');
    expect(readdirSync(folder).sort()).to.deep.equal(['01-lina-maes.pdf', '02-lina-maes.pdf', '03-tom-claes.pdf']);
    writeFileSync(list, 'naam\nLina Maes\n');
    await buildInto(dir, { lessons: ['groepsdenken'], roster: list, split: true, threads: 1 });
    expect(readdirSync(folder)).to.deep.equal(['01-lina-maes.pdf']);
    expect(readdirSync(join(dir, 'groepsdenken')).filter((f) => f.startsWith('.'))).to.deep.equal([]);
  });

  describe('command line', () => {
    it('builds class sets for every lesson and prints one line per print file and per folder', async () => {
      const dir = tempDir();
      const run = await runCli(['build', '--roster', ROSTER, '--split', '--out', dir], PACKAGE_ROOT);
      expect(run.code, run.err).to.equal(0);
      const lines = run.out.split('\n');
      expect(lines.filter((l) => /worksheets-klas-3b\.pdf\s+\d+ pagina's\s+\d+ KB\s+5 leerlingen$/.test(l))).to.have.length(3);
      expect(lines.filter((l) => /worksheets-klas-3b\/\s+5 bestanden\s+\d+ pagina's\s+\d+ KB$/.test(l))).to.have.length(3);
      expect(existsSync(join(dir, 'identiteit', 'teacher-guide.pdf'))).to.equal(false);
    });

    it('stops on a bad row with its file and line, writing nothing and keeping the previous print file', async () => {
      const dir = tempDir();
      const good = await runCli(['build', 'identiteit', '--roster', ROSTER, '--out', dir, '--threads', '1'], PACKAGE_ROOT);
      expect(good.code, good.err).to.equal(0);
      const before = readFileSync(join(dir, 'identiteit', 'worksheets-klas-3b.pdf'));
      const bad = join(dir, 'klas-3b.csv');
      writeFileSync(bad, 'naam;klas\nSara Peeters;3B\nTom;3B;extra\n');
      const run = await runCli(['build', 'identiteit', '--roster', bad, '--out', dir], PACKAGE_ROOT);
      expect(run.code).to.equal(1);
      expect(run.err).to.include(`${bad}:3: deze rij heeft 3 waarden, maar de kopregel noemt 2 kolommen [GK_ROSTER_COLUMNS]`);
      expect(run.err).not.to.match(/\n\s+at /);
      expect(readFileSync(join(dir, 'identiteit', 'worksheets-klas-3b.pdf')).equals(before)).to.equal(true);
      expect(readdirSync(join(dir, 'identiteit'))).to.deep.equal(['worksheets-klas-3b.pdf']);
    });

    it('names the roster line of a name no font can print', async () => {
      const dir = tempDir();
      const list = join(FIXTURES, 'rosters', 'no-glyph.csv');
      const run = await runCli(['build', 'identiteit', '--roster', list, '--out', dir, '--lang', 'en'], PACKAGE_ROOT);
      expect(run.code).to.equal(1);
      // Shown relative to the working folder, as the user would type it.
      expect(run.err).to.include(`test/fixtures/rosters/no-glyph.csv:3: no font can print "李" (U+674E), "雷" (U+96F7) in "李雷" [GK_FONT_MISSING_GLYPHS]`);
      expect(readdirSync(dir)).to.deep.equal([]);
    });

    it('refuses a name too long for the name field, and --split without --roster', async () => {
      const dir = tempDir();
      const list = join(dir, 'long.csv');
      writeFileSync(list, `naam\n${'W'.repeat(90)}\n`);
      const run = await runCli(['build', 'identiteit', '--roster', list, '--out', dir], PACKAGE_ROOT);
      expect(run.code).to.equal(1);
      expect(run.err).to.include(`${list}:2: "${'W'.repeat(90)}" is te lang voor het veld Naam, zelfs in kleine letters [GK_ROSTER_TOO_LONG]`);
      const usage = await runCli(['build', '--split', '--out', dir], PACKAGE_ROOT);
      expect(usage.code).to.equal(2);
      expect(usage.err).to.include('--split werkt alleen samen met --roster [GK_USAGE]');
    });
  });
});
