import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../../src/errors.js';
import { checkLesson } from '../../src/lesson/check-lesson.js';
import { parseLesson } from '../../src/lesson/load-lesson.js';
import type { Lesson } from '../../src/lesson/schema.js';
import { findQuote } from '../../src/source/find-quote.js';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { BUILTIN_LESSONS_DIR, LESSON_IDS } from '../helpers/kit.js';
import { GRADING_WORDS, stringsOf } from '../helpers/content.js';
import { nodeFiles } from '../../src/node/node-files.js';

/**
 * The content rules of the shipped lessons that can be checked mechanically: what a teacher
 * relies on when walking into class with nothing but the printed kit.
 */

const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);
const paragraphText = (n: number) => source.paragraphs[n - 1]?.text;

function load(id: string): Lesson {
  const file = join(BUILTIN_LESSONS_DIR, `${id}.yaml`);
  const problems: Problem[] = [];
  const loaded = parseLesson(readFileSync(file, 'utf8'), file, problems, nodeFiles);
  if (loaded) checkLesson(loaded, source, problems);
  expect(problems.map((p) => formatProblem(p, 'en')), `${id} validates`).to.deep.equal([]);
  return loaded!.lesson;
}

/**
 * Websites the teacher guides name as sources. Each page was looked up and read before it was
 * cited (see the "Bronnen" of each lesson); any other address in a lesson is invented.
 */
const CHECKED_SITES = [
  'facinghistory.org',
  'worldmayor.com',
  'awel.be',
  'magazine-on-the-spot.nl',
  'learningforjustice.org',
  'tolerance.org',
  'tumult.nl',
  'unia.be',
  'vlaamsmensenrechteninstituut.be',
  'antwerpen.be',
];

const refsOf = (s: string) => [...s.matchAll(/¶\s*(\d+)/g)].map((m) => Number(m[1]));

/** Quoted fragments ‘…’; a ’ followed by a letter is an apostrophe (foto’s), not a closing mark. */
const quotedFragments = (s: string) => [...s.matchAll(/‘(.+?)’(?!\p{L})/gu)].map((m) => m[1]!);

/** A quote embedded in a sentence may start lowercase where the source starts a sentence. */
const isVerbatim = (fragment: string) =>
  findQuote(source, fragment) !== undefined || findQuote(source, fragment[0]!.toUpperCase() + fragment.slice(1)) !== undefined;

/** Numbers of two or more digits right before a ¶ reference: "131 (¶3)", "128 nationaliteiten (¶2". */
const numberRefs = (s: string) =>
  [...s.matchAll(/(?<![\d¶.])(\d{2,}(?:\.\d{3})*)[^\d¶()]{0,30}\(¶\s*(\d+)/g)].map((m) => ({ number: m[1]!, n: Number(m[2]) }));

describe('lesson: content rules of the shipped lessons', () => {
  for (const id of LESSON_IDS) {
    describe(id, () => {
      const lesson = load(id);
      const all = stringsOf(lesson).join('\n');

      it('is one 50-minute period whose agenda plans at most the 45 usable minutes, and says what to drop', () => {
        expect(lesson.duration).to.equal(50);
        expect(lesson.planned, 'planned minutes').to.be.a('number').and.at.most(45);
        expect(lesson.agenda.reduce((s, p) => s + p.minutes, 0)).to.equal(lesson.planned);
        // What to drop when time runs short, for every phase longer than a quick wrap-up.
        for (const p of lesson.agenda.filter((p) => p.minutes > 3)) expect(p.if_short, `if_short of "${p.phase}"`).to.be.a('string');
      });

      it('gives realistic times: no activity phase under 6 minutes, moving around costs time', () => {
        for (const p of lesson.agenda.filter((p) => p.activity !== undefined && !/delen|afsluiting/i.test(p.phase))) {
          expect(p.minutes, p.phase).to.be.at.least(6);
        }
        // Four corners or a barometer with movement: about six minutes per statement.
        const moving = lesson.agenda.filter((p) => /vier hoeken|barometer/i.test(p.phase));
        for (const p of moving) expect(p.minutes, p.phase).to.be.at.least(6);
      });

      it('puts what does not fit into a second period of at most 45 minutes', () => {
        const followUp = lesson.follow_up!;
        expect(followUp, 'follow_up').to.be.an('object');
        expect(followUp.title).to.match(/lesuur|verdieping/i);
        expect(followUp.agenda.reduce((s, p) => s + p.minutes, 0)).to.be.within(30, 45);
      });

      it('has an essential question, 2–4 objectives and curriculum text without codes', () => {
        expect(lesson.essential_question).to.match(/\?$/);
        expect(lesson.objectives.length).to.be.within(2, 4);
        expect(lesson.curriculum ?? []).to.not.be.empty;
        for (const c of lesson.curriculum ?? []) expect(c, 'a curriculum code or number').to.not.match(/\d/);
        expect((lesson.curriculum ?? []).join(' ')).to.match(/burgerschap/i);
      });

      it('walks through opening with ground rules, reading, questions, an activity and a closing exit ticket, in that order', () => {
        const names = lesson.agenda.map((p) => p.phase.toLowerCase());
        const first = (re: RegExp) => names.findIndex((t) => re.test(t));
        const reading = first(/lezen/);
        const questions = first(/vragen/);
        const activity = lesson.agenda.findIndex((p) => p.activity !== undefined);
        expect(names[0], 'opening with ground rules').to.match(/opening/).and.match(/afspraken/);
        expect(reading, 'reading').to.be.greaterThan(0);
        expect(questions, 'questions').to.be.greaterThan(reading);
        expect(activity, 'activity').to.be.greaterThan(questions);
        expect(names.at(-1), 'closing with the exit ticket').to.match(/afsluiting/).and.match(/exitticket/);
        for (const p of lesson.agenda) expect(p.teacher, p.phase).to.not.equal(p.students);
      });

      it('situates the text: publisher named, no invented date', () => {
        expect(lesson.intro).to.include('Kennisplatform Inclusief Samenleven');
        expect(lesson.intro).to.not.match(/\b(1[89]|20)\d{2}\b|januari|februari|maart|april|\bmei\b|juni|juli|augustus|september|oktober|november|december/i);
      });

      it('keeps the three question kinds apart, with about three text-dependent questions', () => {
        const count = (kind: string) => lesson.questions.filter((q) => q.kind === kind).length;
        expect(count('text-dependent')).to.be.within(2, 4);
        expect(count('interpretive')).to.be.at.least(1);
        expect(count('personal')).to.be.at.least(1);
      });

      it('gives every text-dependent question a hint citing an existing ¶ whose quoted words are verbatim', () => {
        for (const q of lesson.questions.filter((q) => q.kind === 'text-dependent')) {
          const refs = refsOf(q.hint ?? '');
          expect(refs, q.prompt).to.not.be.empty;
          for (const n of refs) expect(paragraphText(n), `¶${n} in the hint of "${q.prompt}"`).to.be.a('string');
          for (const fragment of quotedFragments(q.hint!)) expect(isVerbatim(fragment), `‘${fragment}’ is in the source`).to.equal(true);
        }
      });

      it('has an interpretive question that reads the text critically, citing a paragraph', () => {
        const critical = lesson.questions.filter((q) => q.kind === 'interpretive' && refsOf(q.prompt).length > 0);
        expect(critical).to.not.be.empty;
      });

      it('gives every quoted excerpt a title (no untitled quote slide)', () => {
        for (const ex of lesson.excerpts) expect(ex.title, ex.quote ?? String(ex.paragraphs)).to.be.a('string');
      });

      it('states the limit of the confidentiality ground rule', () => {
        for (const rule of (lesson.ground_rules ?? []).filter((r) => /tussen ons|niet verder/i.test(r))) expect(rule).to.match(/veiligheid/);
      });

      it('cites numbers only where the text has them', () => {
        const texts = lesson.questions.flatMap((q) => [q.prompt, q.hint ?? '']).concat(lesson.objectives, lesson.teacher?.background ?? []);
        for (const { number, n } of texts.flatMap(numberRefs)) {
          expect(paragraphText(n), `${number} in ¶${n}`).to.include(number);
        }
      });

      it('has 4–6 ground rules and a 2–3 prompt exit ticket', () => {
        expect(lesson.ground_rules?.length).to.be.within(4, 6);
        expect(lesson.exit_ticket?.length).to.be.within(2, 3);
      });

      it('has every part of the teacher material', () => {
        const t = lesson.teacher ?? {};
        for (const key of ['preparation', 'background', 'responding', 'guardrails', 'language_learners', 'fast_finishers', 'extension', 'aftercare'] as const) {
          expect(t[key] ?? [], key).to.not.be.empty;
        }
        const responding = t.responding!.join(' ');
        expect(responding, 'name the limit, invite an explanation, open it to the others').to.match(/Grens/).and.match(/Uitleg vragen/).and.match(/Anderen betrekken/);
        expect(t.aftercare!.join(' ')).to.match(/leerlingbegeleiding/).and.match(/CLB/);
        expect(t.sources ?? [], 'sources of the facts that do not come from the text').to.not.be.empty;
      });

      it('names only websites whose pages were checked, and no e-mail addresses or phone numbers', () => {
        let rest = all;
        for (const host of CHECKED_SITES) rest = rest.split(host).join('');
        expect(rest).to.not.match(/https?:\/\/|www\.|\.(be|nl|com|org)\b|@/i);
        expect(all, 'a phone number').to.not.match(/\b0\d{1,3}[ /.]?\d{2,3}[ .]?\d{2}[ .]?\d{2}\b|\b\d{6,}\b/);
        // A named site is also named as a source in the teacher guide.
        const sources = (lesson.teacher?.sources ?? []).join(' ');
        for (const host of CHECKED_SITES.filter((h) => all.includes(h))) expect(sources, host).to.include(host);
      });

      it('has no placeholders and no Markdown in its texts', () => {
        expect(all).to.not.match(/\b(TODO|FIXME|TBD|lorem|xxx)\b|\?\?\?|\[\s*\]/i);
        for (const s of stringsOf(lesson)) expect(s, s).to.not.match(/\*\*|^#|^\s*[-•] /);
      });

      it('glosses the English role names and uses no other English classroom jargon', () => {
        for (const s of stringsOf(lesson)) {
          if (/\bpusher\b/i.test(s)) expect(s, 'pusher needs its Dutch word, first').to.match(/aanjager.*pusher/is);
          if (/\bjoiner\b/i.test(s)) expect(s, 'joiner needs its Dutch word, first').to.match(/meeloper.*joiner/is);
          expect(s).to.not.match(/\b(energizer|debrief|feedback|check-in|icebreaker|worksheet|teacher|safe space|brave space|role-?play)\b/i);
        }
      });

      it('calls the identity chart an identiteitsweb, never an identiteitskaart', () => {
        for (const a of lesson.activities ?? []) {
          const text = [a.title, a.summary ?? '', ...a.steps, ...(a.teacher ?? [])].join(' ');
          expect(text).to.not.match(/identiteitskaart/i);
          if (a.kind === 'identity-chart') expect(a.title.toLowerCase()).to.include('identiteitsweb');
        }
      });

      describe('youth session', () => {
        const youth = lesson.youth_session!;

        it('exists and lasts 60–90 minutes with an agenda that adds up', () => {
          expect(youth).to.be.an('object');
          expect(youth.duration).to.be.within(60, 90);
          expect(youth.agenda.reduce((s, p) => s + p.minutes, 0)).to.equal(youth.duration);
        });

        it('plans its energizer as a phase of the same length', () => {
          const phase = youth.agenda.find((p) => p.phase.includes(youth.energizer.title));
          expect(phase, `a phase named after "${youth.energizer.title}"`).to.be.an('object');
          if (youth.energizer.minutes !== undefined) expect(phase!.minutes).to.equal(youth.energizer.minutes);
        });

        it('notes group size and space, and lists materials and aftercare', () => {
          expect(youth.group_size).to.match(/\d/);
          expect(youth.space.length).to.be.greaterThan(20);
          expect(youth.materials ?? []).to.not.be.empty;
          expect(youth.aftercare ?? []).to.not.be.empty;
        });

        it('uses no grading language', () => {
          for (const s of stringsOf(youth)) expect(s, s).to.not.match(GRADING_WORDS);
        });

        it('reads aloud paragraphs that exist', () => {
          for (const n of youth.read_aloud ?? []) expect(paragraphText(n), `¶${n}`).to.be.a('string');
        });

        it('tells the story first and asks two or three questions, without a ¶ answer key', () => {
          expect(youth.retelling, 'retelling').to.be.a('string');
          expect(youth.questions?.length).to.be.within(2, 3);
          for (const q of youth.questions ?? []) expect(`${q.prompt} ${q.listen_for ?? ''}`, q.prompt).to.not.match(/¶/);
          // Each question is placed in the agenda.
          const agenda = youth.agenda.map((p) => p.leader).join(' ');
          (youth.questions ?? []).forEach((_, i) => expect(agenda, `gespreksvraag ${i + 1}`).to.include(`gespreksvraag ${i + 1}`));
        });

        it('uses energizer examples that cannot expose fasting, poverty or family loss', () => {
          const examples = youth.energizer.steps.flatMap(quotedFragments).join(' | ');
          expect(examples).to.not.match(/ontbijt|gegeten|eten vandaag|vanochtend|vanmorgen|broers|zussen|ouders|mama|papa|familie|zakgeld|geld|vakantie|reis|merk|gsm|groepschats/i);
        });

        it('reaches young people outside school in its aftercare', () => {
          expect((youth.aftercare ?? []).join(' ')).to.match(/Awel/);
        });
      });
    });
  }
});

describe('lesson: across the shipped lessons', () => {
  const lessons = LESSON_IDS.map(load);

  it('asks about 128, 131 and 138 nationalities in one lesson only', () => {
    const asking = lessons.filter((l) => l.questions.some((q) => new Set(numberRefs(q.prompt).map((p) => p.n)).size >= 2));
    expect(asking.map((l) => l.id)).to.have.length(1);
  });

  it('explains every word the same way in every lesson: from the glossary of the source text', () => {
    for (const l of lessons) for (const v of l.vocabulary ?? []) expect(v.explanation, `${l.id}: ${v.term}`).to.equal(undefined);
    const terms = (source.meta.glossary ?? []).map((g) => g.term);
    for (const word of ['boekenwurm', 'idealist', 'eilandjes', 'kordaat', 'verborgen racisme', 'racisme']) expect(terms, word).to.include(word);
    for (const g of source.meta.glossary ?? []) expect(g.explanation, g.term).to.not.match(/Somers bedoelt|burgemeester bedoelt/);
  });

  it('gives nultolerantie a response line for each remark the kit anticipates', () => {
    const responding = lessons.find((l) => l.id === 'nultolerantie')!.teacher!.responding!.join(' ');
    for (const remark of ['het was maar een grap', 'je mag ook niks meer zeggen', 'ik zie geen kleur', 'wij worden ook uitgescholden', 'dat zijn geen echte Belgen']) {
      expect(responding, remark).to.include(`Bij ‘${remark}’`);
    }
    expect(responding).to.match(/Begrenzen en uitnodigen/).and.match(/ernstig/).and.match(/stop/i);
  });
});

describe('lesson: the grading-language check itself', () => {
  it('catches grading words as whole words and stems, case-insensitively', () => {
    for (const s of ['Je krijgt punten.', 'een goed cijfer', 'Cijfers tellen niet', 'de score', 'een toets', 'het examen', 'de quotering', 'we beoordelen', 'Beoordeling', 'de evaluatie', 'het rapport']) {
      expect(s, s).to.match(GRADING_WORDS);
    }
  });

  it('leaves words that only contain them alone', () => {
    for (const s of ['standpunten', 'actiepunten', 'Punt.', 'uitgangspunt', 'getallen', 'rapper']) expect(s, s).to.not.match(GRADING_WORDS);
  });
});
