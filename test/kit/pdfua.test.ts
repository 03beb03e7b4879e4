import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lesson } from '../../src/lesson/schema.js';
import { BUILTIN_LESSONS_DIR, buildInto, FIXTURES, LESSON_IDS } from '../helpers/kit.js';
import { checkPdfUa, readOutline, readText, type OutlineItem, type PdfUaReport, type StructNode } from '../helpers/pdfua-check.js';
import { sharedBuild, type Variant } from '../helpers/shared-build.js';
import { tempDir } from '../helpers/temp.js';

/**
 * Every PDF the kit makes passes the PDF/UA-1 checks a machine can make
 * (test/helpers/pdfua-check.ts lists the rules), and says so in its metadata: the default
 * build, large print, Letter paper, Atkinson Hyperlegible and class sets.
 */

const lessonFile = (id: string) => parse(readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8')) as Lesson;
const squash = (s: string) => s.replace(/\s+/g, '');

const reports = new Map<string, Promise<PdfUaReport>>();
function report(file: string): Promise<PdfUaReport> {
  let r = reports.get(file);
  if (!r) reports.set(file, (r = checkPdfUa(readFileSync(file), file)));
  return r;
}

/** Every structure element, depth first. */
function elements(node: StructNode | undefined): StructNode[] {
  if (!node) return [];
  const out: StructNode[] = [];
  const walk = (n: StructNode) => {
    out.push(n);
    for (const k of n.kids) if ('type' in k) walk(k);
  };
  walk(node);
  return out;
}

function glyphMap(r: PdfUaReport) {
  const map = new Map<string, PdfUaReport['tagged'][number]['glyph'][]>();
  for (const t of r.tagged) {
    const key = `${t.page}:${t.glyph.mcid}`;
    map.set(key, [...(map.get(key) ?? []), t.glyph]);
  }
  return map;
}

for (const variant of ['default', 'large-print', 'letter', 'atkinson'] satisfies Variant[]) {
  describe(`kit: PDF/UA-1 (${variant})`, () => {
    it('every piece of every lesson passes the checks and claims PDF/UA-1', async () => {
      const build = await sharedBuild(variant);
      expect(build.result.files.length).to.be.greaterThan(10);
      for (const f of build.result.files) {
        const r = await report(f.file);
        expect(r.problems, f.file).to.deep.equal([]);
        expect(r.claimsPdfUa, f.file).to.equal(true);
      }
    });
  });
}

describe('kit: PDF/UA-1 structure that reads right', () => {
  it('worksheet questions and exit tickets (on their slips) are numbered lists: L > LI > Lbl + LBody', async () => {
    const build = await sharedBuild('default');
    for (const [id, piece, prompts] of LESSON_IDS.flatMap((id) => [
      [id, 'worksheet', lessonFile(id).questions.map((q) => q.prompt)] as const,
      [id, 'cards', lessonFile(id).exit_ticket ?? []] as const,
    ])) {
      const r = await report(join(build.dir, id, `${piece}.pdf`));
      const glyphs = glyphMap(r);
      const items = elements(r.root).filter((e) => e.type === 'LI');
      expect(prompts.length, `${id} ${piece}`).to.be.greaterThan(0);
      for (const prompt of prompts) {
        const li = items.find((e) => squash(readText(e, glyphs)).includes(squash(prompt)));
        expect(li, prompt).to.not.equal(undefined);
        expect(li!.parent!.type).to.equal('L');
        const kids = li!.kids.filter((k): k is StructNode => 'type' in k);
        expect(kids.map((k) => k.type), prompt).to.deep.equal(['Lbl', 'LBody']);
        expect(readText(kids[0]!, glyphs)).to.match(/^\d+\.$/);
      }
    }
  });

  it('the footnote (¶29) is a Note with an ID, and its mark in ¶19 a Reference', async () => {
    const build = await sharedBuild('default');
    for (const piece of ['worksheet', 'teacher-guide', 'slides']) {
      const r = await report(join(build.dir, 'nultolerantie', `${piece}.pdf`));
      const glyphs = glyphMap(r);
      const all = elements(r.root);
      const note = all.find((e) => e.type === 'Note');
      expect(note?.id, piece).to.equal('note-29');
      expect(readText(note!, glyphs), piece).to.match(/^¶29 \*Binnen het Mechelse politiekorps/);
      const reference = all.find((e) => e.type === 'Reference');
      expect(readText(reference!, glyphs), piece).to.equal('*');
      expect(readText(reference!.parent!, glyphs), piece).to.include('commissaris Jinnih Beels?* Hoe reageert u');
    }
  });

  it('every card and sign has its label as a heading, so a screen reader jumps card to card', async () => {
    const build = await sharedBuild('default');
    for (const id of LESSON_IDS) {
      const r = await report(join(build.dir, id, 'cards.pdf'));
      const labels = r.headings.map((h) => h.text);
      expect(labels.filter((l) => l.startsWith('Exitticket')).length, id).to.equal(1);
      expect(labels.filter((l) => l.startsWith('Stelling')).length, id).to.equal((lessonFile(id).activities ?? []).flatMap((a) => a.statements ?? []).length);
      expect(r.headings.every((h) => h.level === 1), id).to.equal(true);
    }
  });

  it('teacher guide bookmarks nest H2 > H3 and open the page at their heading', async () => {
    const build = await sharedBuild('default');
    for (const id of LESSON_IDS) {
      const file = join(build.dir, id, 'teacher-guide.pdf');
      const outline = await readOutline(readFileSync(file));
      const r = await report(file);
      const glyphs = glyphMap(r);
      const headings = elements(r.root).filter((e) => /^H[23]$/.test(e.type));
      expect(outline.some((o) => o.children.length > 0), id).to.equal(true);
      const check = (items: OutlineItem[], level: number) => {
        for (const item of items) {
          const h = headings.find((e) => e.type === `H${level}` && readText(e, glyphs).replace(/\u00a0/g, ' ') === item.title);
          expect(h, `${id}: bookmark "${item.title}" has no H${level}`).to.not.equal(undefined);
          const first = r.tagged.find((t) => t.element === h)!;
          expect(item.page, item.title).to.equal(first.page);
          // The view opens just above the heading's first line.
          const top = first.glyph.y + first.glyph.size;
          expect(item.top! - top, item.title).to.be.within(0, 20);
          check(item.children, level + 1);
        }
      };
      check(outline, 2);
    }
  });

  it('slide bookmarks are all different', async () => {
    const build = await sharedBuild('default');
    for (const id of LESSON_IDS) {
      const outline = await readOutline(readFileSync(join(build.dir, id, 'slides.pdf')));
      const titles = outline.flatMap((o) => [o.title, ...o.children.map((c) => c.title)]);
      expect(titles.length, id).to.be.greaterThan(10);
      expect(new Set(titles).size, id).to.equal(titles.length);
    }
  });
});

describe('kit: PDF/UA-1 class sets', () => {
  it('the print file and each student’s file pass the checks, names included', async () => {
    const out = tempDir();
    const result = await buildInto(out, { lessons: ['identiteit'], roster: join(FIXTURES, 'rosters', 'klas-3b.csv'), split: true });
    expect(result.failed).to.deep.equal([]);
    const folder = join(out, 'identiteit', 'worksheets-klas-3b');
    const files = [join(out, 'identiteit', 'worksheets-klas-3b.pdf'), ...readdirSync(folder).map((f) => join(folder, f))];
    for (const file of files) {
      const r = await report(file);
      expect(r.problems, file).to.deep.equal([]);
      expect(r.claimsPdfUa, file).to.equal(true);
    }
    const single = await report(files[1]!);
    const glyphs = glyphMap(single);
    const texts = elements(single.root).map((e) => readText(e, glyphs));
    expect(texts).to.include('Naam: Sara Peeters');
  });
});
