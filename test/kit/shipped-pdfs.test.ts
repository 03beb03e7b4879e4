import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PIECES } from '../../src/kit/pieces.js';
import type { Lesson } from '../../src/lesson/schema.js';
import { BAROMETER_ENDS, FOUR_CORNERS } from '../../src/template/view-model.js';
import { BUILTIN_LESSONS_DIR, LESSON_IDS } from '../helpers/kit.js';
import {
  cellText,
  contrastOnWhite,
  cutCells,
  drawingOutsideArea,
  emptyPages,
  findWhole,
  lonelyHeadings,
  overlappingText,
  textOutsideArea,
  writingLinesBelow,
} from '../helpers/layout-checks.js';
import { readGraphics, readStructure, type PageGraphics } from '../helpers/pdf-graphics.js';
import { readPdf, squash, type PdfInfo } from '../helpers/pdf.js';
import { sharedBuild, type SharedBuild, type Variant } from '../helpers/shared-build.js';

/**
 * Every PDF of every shipped lesson, in the default build, in large print and on Letter
 * paper, checked as printed and as read: nothing outside the printable area, nothing on top
 * of something else, answer space with its question, cards whole, tagged and titled.
 */

const lessonFile = (id: string) => parse(readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8')) as Lesson;
const pdfFile = (b: SharedBuild, lesson: string, piece: string) => join(b.dir, lesson, `${piece}.pdf`);

const graphicsCache = new Map<string, Promise<PageGraphics[]>>();
function graphics(file: string): Promise<PageGraphics[]> {
  let g = graphicsCache.get(file);
  if (!g) {
    g = readGraphics(readFileSync(file));
    graphicsCache.set(file, g);
  }
  return g;
}

const A4 = [595.28, 841.89];
const LETTER = [612, 792];
/** Whitespace as one space, and no space after a hyphen or slash where a line broke. */
const words = (s: string) => s.replace(/\s+/g, ' ').replace(/([-/]) /g, '$1').trim();

function describeVariant(variant: Variant) {
  describe(`kit: every shipped PDF (${variant})`, function () {
    let build: SharedBuild;
    const pdfs = new Map<string, PdfInfo>();

    before(async () => {
      build = await sharedBuild(variant);
      for (const f of build.result.files) pdfs.set(f.file, await readPdf(f.file));
    });

    it('builds every piece of every lesson', () => {
      expect(build.result.failed).to.deep.equal([]);
      for (const id of LESSON_IDS) {
        const lesson = lessonFile(id);
        for (const piece of PIECES) {
          const expected = !piece.when || piece.when(lesson);
          expect(existsSync(join(build.dir, id, piece.file)), `${id}/${piece.file}`).to.equal(expected);
        }
        for (const piece of ['worksheet', 'teacher-guide', 'cards', 'signs', 'slides']) expect(existsSync(pdfFile(build, id, piece)), `${id}/${piece}`).to.equal(true);
      }
    });

    it('keeps all text inside the printable area, reading text inside the margins', () => {
      for (const [file, pdf] of pdfs) expect(textOutsideArea(pdf, file), file).to.deep.equal([]);
    });

    it('never prints text over other text', () => {
      for (const [file, pdf] of pdfs) expect(overlappingText(pdf, file), file).to.deep.equal([]);
    });

    it('keeps lines and boxes inside the margins, as artifacts or parts of a figure', async () => {
      for (const [file, pdf] of pdfs) expect(drawingOutsideArea(pdf.pages, await graphics(file), file), file).to.deep.equal([]);
    });

    it('never ends a page with a heading, and has no empty pages but the blank backs of signs', () => {
      for (const [file, pdf] of pdfs) {
        expect(lonelyHeadings(pdf, file), file).to.deep.equal([]);
        if (!file.endsWith('signs.pdf')) {
          expect(emptyPages(pdf, file), file).to.deep.equal([]);
          continue;
        }
        // Every sign is followed by a blank back (no page number either): one sign per sheet, also double-sided.
        pdf.pages.forEach((page, i) => expect(page.runs.length > 0, `${file} p${i + 1}`).to.equal(i % 2 === 0));
        expect(pdf.pages.length % 2, file).to.equal(1);
      }
    });

    it('is tagged, with language nl-BE and a title shown in the title bar', () => {
      for (const f of build.result.files) {
        const pdf = pdfs.get(f.file)!;
        const piece = PIECES.find((p) => p.id === f.piece)!;
        expect(pdf.marked, f.file).to.equal(true);
        expect(pdf.language, f.file).to.equal('nl-BE');
        expect(pdf.displayDocTitle, f.file).to.equal(true);
        expect(pdf.title, f.file).to.match(new RegExp(` – ${piece.label}$`));
        expect(f.pages).to.equal(pdf.pages.length);
      }
    });

    if (variant === 'default') it('prints text dark enough to read, also in grayscale', async () => {
      for (const f of build.result.files) {
        const colors = new Set((await graphics(f.file)).flatMap((p) => p.textColors));
        for (const c of colors) expect(contrastOnWhite(c), `${f.file}: text colour ${c}`).to.be.at.least(4.5);
      }
    });

    it('prints on the chosen paper; slides are 16:9', () => {
      const paper = variant === 'letter' ? LETTER : A4;
      for (const f of build.result.files) {
        for (const page of pdfs.get(f.file)!.pages) {
          if (f.piece === 'slides') {
            expect(page.width / page.height, f.file).to.be.closeTo(16 / 9, 0.005);
          } else {
            const [w, h] = page.width < page.height ? [page.width, page.height] : [page.height, page.width];
            expect(w, f.file).to.be.closeTo(paper[0]!, 0.5);
            expect(h, f.file).to.be.closeTo(paper[1]!, 0.5);
          }
        }
      }
    });

    it('tags headings, paragraphs, lists and tables, and drawn diagrams as figures with alt text', async () => {
      for (const id of LESSON_IDS) {
        const file = pdfFile(build, id, 'worksheet');
        const nodes = await readStructure(readFileSync(file));
        const roles = new Set(nodes.map((n) => n.role));
        const drawn = (lessonFile(id).activities ?? []).some((a) => a.charts?.length || a.scale);
        for (const role of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', ...(drawn ? ['Figure'] : [])]) expect(roles.has(role), `${id}: ${role}`).to.equal(true);
        const figures = nodes.filter((n) => n.role === 'Figure');
        for (const f of figures) expect(f.alt ?? '', `${id}: figure without alt text`).to.have.length.greaterThan(20);
        const charts = (lessonFile(id).activities ?? []).flatMap((a) => a.charts ?? []);
        for (const c of charts) expect(figures.some((f) => f.alt?.includes(c.center)), `${id}: chart "${c.center}"`).to.equal(true);
      }
    });

    it('gives the teacher guide a bookmark outline', () => {
      for (const id of LESSON_IDS) {
        const outline = pdfs.get(pdfFile(build, id, 'teacher-guide'))!.outline;
        for (const section of ['Lesverloop', 'Vragen', 'Werkvormen']) expect(outline.some((t) => t.startsWith(section)), `${id}: ${section}`).to.equal(true);
      }
    });

    for (const id of LESSON_IDS) {
      describe(id, () => {
        const lesson = lessonFile(id);

        it('worksheet: every question stands whole on one page with all its writing lines under it', async () => {
          const file = pdfFile(build, id, 'worksheet');
          const pdf = pdfs.get(file)!;
          const g = await graphics(file);
          for (const q of lesson.questions) {
            const found = findWhole(pdf, q.prompt);
            expect(found, `not whole on one page: ${q.prompt}`).to.not.equal(undefined);
            if ((q.answer ?? 'lines') !== 'lines') continue;
            const lines = writingLinesBelow(g[found!.page]!, found!);
            expect(lines.length, q.prompt).to.equal(q.size ?? 3);
          }
          // The exit ticket is handed in; the worksheet (with a student's own identity web) is not.
          for (const prompt of lesson.exit_ticket ?? []) expect(findWhole(pdf, prompt), prompt).to.equal(undefined);
        });

        it('text extraction keeps the spaces between words, and no word is cut in two', () => {
          for (const piece of ['worksheet', 'slides']) {
            const content = words(pdfs.get(pdfFile(build, id, piece))!.content);
            for (const q of lesson.questions) expect(content, `${piece}: ${q.prompt}`).to.include(words(q.prompt));
          }
          // The agenda is a narrow four-column table: in large print its words must still fit their column.
          const guide = words(pdfs.get(pdfFile(build, id, 'teacher-guide'))!.content);
          for (const phase of lesson.agenda) for (const text of [phase.phase, phase.teacher, phase.students]) expect(guide, text).to.include(words(text));
        });

        it('cards: every card stands whole in one cut-out cell, exit tickets with their writing lines', async () => {
          const file = pdfFile(build, id, 'cards');
          const pdf = pdfs.get(file)!;
          const g = await graphics(file);
          const cells = pdf.pages.map((page, p) => cutCells(g[p]!).map((c) => cellText(page, c)));
          // A card is whole when one cell holds all its parts, in order.
          const whole = (parts: string[]) =>
            cells.some((page) =>
              page.some((cell) => {
                let at = 0;
                for (const part of parts) {
                  at = cell.indexOf(squash(part), at);
                  if (at === -1) return false;
                }
                return true;
              }),
            );
          const cards: string[][] = [];
          for (const a of lesson.activities ?? []) {
            cards.push(...(a.statements ?? []).map((s) => [s]));
            cards.push(...(a.roles ?? []).map((r) => [r.name, r.description]));
            cards.push(...(a.scenarios ?? []).map((s) => [s.title, s.text]));
            if (a.checklist?.length) cards.push(a.checklist);
            if (a.pocket_card?.length) cards.push(['Zakkaartje', ...a.pocket_card]);
          }
          if (lesson.exit_ticket?.length) cards.push([...lesson.exit_ticket, 'Ik wil hier graag eens over praten']);
          expect(cards.length).to.be.greaterThan(3);
          for (const card of cards) expect(whole(card), `card not whole in one cell: ${card[0]!.slice(0, 60)}`).to.equal(true);
          for (const prompt of lesson.exit_ticket ?? []) {
            const found = findWhole(pdf, prompt)!;
            expect(writingLinesBelow(g[found.page]!, found).length, prompt).to.be.greaterThan(0);
          }
        });

        it('signs: four-corners and barometer signs, one large statement per landscape sheet, apart from the cards', () => {
          const pdf = pdfs.get(pdfFile(build, id, 'signs'))!;
          const signs = (lesson.activities ?? []).flatMap((a) => a.corners ?? (a.kind === 'four-corners' ? FOUR_CORNERS : a.kind === 'barometer' ? BAROMETER_ENDS : []));
          expect(signs.length).to.be.greaterThan(0);
          expect(pdf.pages.every((p) => p.width > p.height)).to.equal(true);
          const landscape = pdf.pages.filter((p) => p.runs.length > 0);
          expect(landscape.length).to.equal(signs.length);
          landscape.forEach((page, k) => expect(page.text, `sign ${k + 1}`).to.include(`pagina ${k + 1} van ${signs.length}`));
          // The card sheets stay portrait: no sign on the back of a card sheet.
          expect(pdfs.get(pdfFile(build, id, 'cards'))!.pages.every((p) => p.height > p.width)).to.equal(true);
          signs.forEach((sign, k) => {
            const page = landscape[k]!;
            const big = page.runs.filter((r) => !r.artifact && r.height >= 60);
            expect(squash(big.map((r) => r.str).join('')), sign).to.equal(squash(sign));
          });
        });

        it('slides: a title slide, one slide per question, the exit ticket', () => {
          const pdf = pdfs.get(pdfFile(build, id, 'slides'))!;
          expect(squash(pdf.pages[0]!.content)).to.include(squash(lesson.title));
          const pages = lesson.questions.map((q) => findWhole(pdf, q.prompt)?.page);
          pages.forEach((p, k) => expect(p, lesson.questions[k]!.prompt).to.not.equal(undefined));
          expect(new Set(pages).size, 'one question per slide').to.equal(lesson.questions.length);
          for (const prompt of lesson.exit_ticket ?? []) expect(findWhole(pdf, prompt), prompt).to.not.equal(undefined);
        });
      });
    }

    if (variant === 'large-print') {
      it('large print: all reading text is 16 pt or more', () => {
        for (const [file, pdf] of pdfs) {
          for (const [i, page] of pdf.pages.entries()) {
            const small = page.runs.filter((r) => !r.artifact && r.str.trim() && r.height < 15.9);
            expect(small.map((r) => `p${i + 1} ${r.height.toFixed(1)}pt "${r.str}"`), file).to.deep.equal([]);
          }
        }
      });

      it('large print: answer space grows with the text', async () => {
        const normal = await sharedBuild('default');
        const spacing = async (file: string) => {
          const pdf = await readPdf(file);
          const g = await graphics(file);
          const q = lessonFile('identiteit').questions.find((x) => (x.size ?? 3) >= 3)!;
          const found = findWhole(pdf, q.prompt)!;
          const ys = writingLinesBelow(g[found.page]!, found);
          return (ys[0]! - ys[ys.length - 1]!) / (ys.length - 1);
        };
        const large = await spacing(pdfFile(build, 'identiteit', 'worksheet'));
        const base = await spacing(pdfFile(normal, 'identiteit', 'worksheet'));
        expect(base).to.be.closeTo(9 * (72 / 25.4), 1);
        expect(large / base).to.be.at.least(1.2);
      });
    }
  });
}

describeVariant('default');
describeVariant('large-print');
describeVariant('letter');
