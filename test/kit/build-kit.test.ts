import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lesson } from '../../src/lesson/schema.js';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import type { BuildResult } from '../../src/node/build-kit.js';
import { buildInto, BUILTIN_LESSONS_DIR, LESSON_IDS } from '../helpers/kit.js';
import { fontsOf, readPdf, squash } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { sharedBuild } from '../helpers/shared-build.js';
import { PIECES } from '../../src/kit/pieces.js';
import { nodeFiles } from '../../src/node/node-files.js';

const lessonFile = (id: string) => parse(readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8')) as Lesson;
const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);

/** Sentences of a teacher-only text, long enough that finding one on a student sheet means a leak. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => squash(s))
    .filter((s) => s.length >= 25);
}

describe('kit: building the shipped lessons', function () {
  let out: string;
  let result: BuildResult;

  before(async () => {
    ({ dir: out, result } = await sharedBuild('default'));
  });

  it('builds every lesson without problems', () => {
    expect(result.failed).to.deep.equal([]);
    for (const id of LESSON_IDS) {
      for (const piece of ['worksheet.pdf', 'teacher-guide.pdf']) expect(existsSync(join(out, id, piece)), `${id}/${piece}`).to.equal(true);
    }
  });

  for (const id of LESSON_IDS) {
    describe(id, () => {
      const lesson = lessonFile(id);

      it('worksheet contains the lesson’s excerpts and questions', async () => {
        const pdf = squash((await readPdf(join(out, id, 'worksheet.pdf'))).content);
        for (const ex of lesson.excerpts) {
          for (const n of ex.paragraphs ?? []) expect(pdf, `¶${n}`).to.include(squash(source.paragraphs[n - 1]!.text));
          if (ex.quote) expect(pdf, ex.quote).to.include(squash(ex.quote));
        }
        for (const q of lesson.questions) expect(pdf, q.prompt).to.include(squash(q.prompt));
      });

      it('teacher guide contains the answer hints and the agenda', async () => {
        const pdf = squash((await readPdf(join(out, id, 'teacher-guide.pdf'))).content);
        for (const q of lesson.questions) if (q.hint) expect(pdf, q.hint).to.include(squash(q.hint));
        for (const phase of lesson.agenda) {
          expect(pdf).to.include(squash(phase.phase));
          expect(pdf).to.include(squash(phase.teacher));
          expect(pdf).to.include(squash(phase.students));
        }
      });

      it('student pieces (worksheet, cards, slides) contain no teacher hint and no teacher notes', async () => {
        const students = PIECES.filter((p) => p.audience === 'student').map((p) => join(out, id, p.file));
        expect(students.length).to.be.greaterThan(2);
        const pdfs = await Promise.all(students.filter((f) => existsSync(f)).map(async (f) => ({ f, text: squash((await readPdf(f)).content) })));
        // Sentences a teacher note repeats from student-facing fields are not leaks.
        const studentFacing = squash(
          [
            lesson.intro,
            lesson.essential_question,
            ...lesson.excerpts.flatMap((ex) => [ex.quote ?? '', ...(ex.paragraphs ?? []).map((n) => source.paragraphs[n - 1]!.text)]), ...lesson.questions.map((q) => q.prompt), ...(lesson.activities ?? []).flatMap((a) => [
              ...a.steps,
              ...(a.statements ?? []),
              ...(a.roles ?? []).flatMap((r) => [r.name, r.description]),
              ...(a.scenarios ?? []).flatMap((x) => [x.title, x.text]),
              ...(a.checklist ?? []),
            ]),
            ...(lesson.exit_ticket ?? []),
            ...(lesson.ground_rules ?? []),
          ].join(' '),
        );
        const teacherOnly = [
          ...lesson.questions.map((q) => q.hint ?? ''),
          ...(lesson.activities ?? []).flatMap((a) => a.teacher ?? []),
          ...Object.values(lesson.teacher ?? {}).flatMap((v) => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : x.text)) : [])),
          ...lesson.agenda.map((p) => p.teacher),
        ];
        expect(teacherOnly.length).to.be.greaterThan(5);
        for (const text of teacherOnly) {
          for (const s of sentences(text)) {
            if (studentFacing.includes(s)) continue;
            for (const pdf of pdfs) expect(pdf.text.includes(s), `leaked into ${pdf.f}: ${s}`).to.equal(false);
          }
        }
      });
    });
  }

  it('embeds every font it uses', async () => {
    for (const f of result.files) {
      const fonts = fontsOf((await readPdf(f.file)).raw);
      expect(fonts.length, f.file).to.be.greaterThan(0);
      expect(fonts.filter((x) => !x.embedded), f.file).to.deep.equal([]);
    }
  });

  it('gives the same bytes for the same input', async () => {
    const again = tempDir();
    const second = await buildInto(again, { lessons: ['identiteit'] });
    for (const f of second.files) {
      const first = readFileSync(join(out, 'identiteit', f.file.split('/').pop()!));
      expect(readFileSync(f.file).equals(first), f.file).to.equal(true);
    }
  });

  it('numbers pages "pagina X van Y" and puts the lesson title in the header', async () => {
    const pdf = await readPdf(join(out, 'identiteit', 'teacher-guide.pdf'));
    const n = pdf.pages.length;
    pdf.pages.forEach((p, i) => {
      expect(p.text).to.include(`pagina ${i + 1} van ${n}`);
      expect(squash(p.text)).to.include(squash(lessonFile('identiteit').title).slice(0, 20));
    });
  });
});
