import { expect } from 'chai';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BuildResult } from '../../src/node/build-kit.js';
import type { Lesson } from '../../src/lesson/schema.js';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { GRADING_WORDS } from '../helpers/content.js';
import { buildInto, BUILTIN_LESSONS_DIR, LESSON_IDS } from '../helpers/kit.js';
import { readPdf, squash } from '../helpers/pdf.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

const lessonFile = (id: string) => parse(readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8')) as Lesson;
const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);
const squashedParagraphs = source.paragraphs.map((p) => squash(p.text));

/** Grading words in a PDF's text, except inside verbatim source paragraphs (¶9 says "cijfers"). */
function gradingWordsOutsideSource(text: string): string[] {
  const hits: string[] = [];
  const re = new RegExp(GRADING_WORDS.source, 'giu');
  for (const m of text.matchAll(re)) {
    const around = squash(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30));
    if (!squashedParagraphs.some((p) => p.includes(around))) hits.push(text.slice(Math.max(0, m.index - 30), m.index + 30));
  }
  return hits;
}

describe('kit: the youth-session piece', function () {
  let out: string;
  let result: BuildResult;

  before(async () => {
    out = tempDir();
    result = await buildInto(out);
  });

  it('is built for every lesson that has a youth session, and only for those', async () => {
    expect(result.failed).to.deep.equal([]);
    for (const id of LESSON_IDS) {
      expect(existsSync(join(out, id, 'youth-session.pdf')), id).to.equal(lessonFile(id).youth_session !== undefined);
    }
    const other = tempDir();
    const lesson = readFileSync(join(BUILTIN_LESSONS_DIR, 'identiteit.yaml'), 'utf8').replace(/\nyouth_session:[\s\S]*$/, '\n');
    mkdirSync(join(other, 'lessons'));
    writeFileSync(join(other, 'lessons', 'identiteit.yaml'), lesson);
    const built = await buildInto(join(other, 'out'), { lessonsDir: join(other, 'lessons') });
    expect(built.failed).to.deep.equal([]);
    expect(built.files.map((f) => f.piece)).to.not.include('youth-session');
  });

  for (const id of LESSON_IDS) {
    describe(id, () => {
      const lesson = lessonFile(id);
      const youth = lesson.youth_session!;
      const pdfOf = async (piece: string) => readPdf(join(out, id, `${piece}.pdf`));

      it('contains the session at a glance, the energizer and the whole agenda', async () => {
        const pdf = await pdfOf('youth-session');
        const text = squash(pdf.content);
        expect(pdf.title).to.equal(`${youth.title ?? lesson.title} – Jeugdwerksessie`);
        expect(text).to.include(squash(youth.group_size));
        expect(text).to.include(squash(youth.space));
        for (const m of youth.materials ?? []) expect(text, m).to.include(squash(m));
        expect(text).to.include(squash(youth.energizer.title));
        for (const step of youth.energizer.steps) expect(text, step).to.include(squash(step));
        for (const p of youth.agenda) {
          for (const s of [p.phase, p.leader, p.participants]) expect(text, s).to.include(squash(s));
        }
        expect(text, 'the agenda ends at the session’s duration').to.include(squash(`–${youth.duration} min`));
      });

      it('contains the retelling, the text to read aloud, its own talk questions and the ground rules', async () => {
        const text = squash((await pdfOf('youth-session')).content);
        expect(text, 'retelling').to.include(squash(youth.retelling!));
        for (const n of youth.read_aloud ?? []) expect(text, `¶${n}`).to.include(squash(source.paragraphs[n - 1]!.text));
        for (const q of youth.questions ?? []) {
          expect(text, q.prompt).to.include(squash(q.prompt));
          if (q.listen_for) expect(text, q.listen_for).to.include(squash(q.listen_for));
        }
        for (const r of lesson.ground_rules ?? []) expect(text, r).to.include(squash(r));
      });

      it('prints no answer key: neither the lesson’s questions nor their hints', async () => {
        const text = squash((await pdfOf('youth-session')).content);
        for (const q of lesson.questions) {
          expect(text, q.prompt).to.not.include(squash(q.prompt));
          if (q.hint) expect(text, q.hint).to.not.include(squash(q.hint));
        }
      });

      it('contains how to respond to a hurtful remark, the notes and the aftercare', async () => {
        const text = squash((await pdfOf('youth-session')).content);
        for (const s of [...(lesson.teacher?.responding ?? []), ...(youth.notes ?? []), ...(youth.aftercare ?? [])]) {
          expect(text, s).to.include(squash(s));
        }
      });

      it('refers to the printed material of the activities it uses', async () => {
        const text = squash((await pdfOf('youth-session')).content);
        const used = new Set(youth.agenda.flatMap((p) => (p.activity ? [p.activity] : [])));
        for (const a of (lesson.activities ?? []).filter((a) => used.has(a.id))) {
          expect(text, a.title).to.include(squash(a.title));
          for (const s of a.statements ?? []) expect(text, s).to.include(squash(s));
          for (const r of a.roles ?? []) expect(text, r.name).to.include(squash(r.name));
          for (const s of a.scenarios ?? []) expect(text, s.title).to.include(squash(s.text));
        }
      });

      it('uses no grading language anywhere outside the quoted source text', async () => {
        expect(gradingWordsOutsideSource((await pdfOf('youth-session')).content)).to.deep.equal([]);
      });

      it('keeps the leader’s plan off the student worksheet', async () => {
        const text = squash((await pdfOf('worksheet')).content);
        for (const p of youth.agenda) expect(text, p.leader).to.not.include(squash(p.leader));
        for (const s of youth.aftercare ?? []) expect(text, s).to.not.include(squash(s));
      });
    });
  }

  it('the grading check ignores verbatim source text but catches the rest', () => {
    expect(gradingWordsOutsideSource(source.paragraphs[8]!.text), '¶9 mentions "slechte cijfers"').to.deep.equal([]);
    expect(gradingWordsOutsideSource('Wie het goed doet, krijgt extra punten.')).to.have.length(1);
  });
});
