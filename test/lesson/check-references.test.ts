import { expect } from 'chai';
import { nodeFiles } from '../../src/node/node-files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type Problem } from '../../src/errors.js';
import { checkLesson } from '../../src/lesson/check-lesson.js';
import { formatParagraphs } from '../../src/lesson/check-references.js';
import { parseLesson } from '../../src/lesson/load-lesson.js';
import { loadSource } from '../../src/source/load-source.js';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { FIXTURES } from '../helpers/kit.js';

const base = readFileSync(join(FIXTURES, 'lessons', 'references', 'base.yaml'), 'utf8');
const source = loadSource(join(BUILTIN_SOURCES, 'interview-somers.md'), nodeFiles);

function problemsOf(text: string, lang: 'en' | 'nl' = 'en'): string[] {
  const problems: Problem[] = [];
  const loaded = parseLesson(text, 'les.yaml', problems, nodeFiles);
  expect(loaded, problems.map((p) => formatProblem(p, 'en')).join('\n')).to.not.equal(undefined);
  checkLesson(loaded!, source, problems);
  return problems.map((p) => formatProblem(p, lang));
}

/** The base lesson with one line replaced; the old line must be there, once. */
function variant(from: string, to: string): string {
  expect(base.split(from).length, `"${from}" once in base.yaml`).to.equal(2);
  return base.replace(from, to);
}

/** 1-based line and column of `needle` in `text`, the first one after `after` when given. */
function where(text: string, needle: string, after = ''): string {
  const at = text.indexOf(needle, after ? text.indexOf(after) : 0);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('lesson: ¶ references the reader of a piece can look up', () => {
  it('accepts a lesson whose every piece prints the paragraphs it cites', () => {
    expect(problemsOf(base)).to.deep.equal([]);
  });

  it('rejects a worksheet question citing a paragraph the excerpts do not print, at the ¶, naming both pieces that print it', () => {
    const text = variant('prompt: "Wat verliezen we volgens ¶3?"', 'prompt: "Wat verliezen we volgens ¶3, en wat zegt ¶12?"');
    expect(problemsOf(text)).to.deep.equal([
      `les.yaml:${where(text, '¶12')}: ¶12 is not on the worksheet and the slides: its readers cannot look the paragraph up [GK_LESSON_REF_NOT_PRINTED]\n` +
        '  hint: Printed: ¶3, ¶4 (from "excerpts"). Refer to one of those paragraphs, add ¶12 to "excerpts", or leave out the ¶ number.',
    ]);
  });

  it('says it in Dutch too', () => {
    const text = variant('prompt: "Wat verliezen we volgens ¶3?"', 'prompt: "Wat verliezen we volgens ¶12?"');
    const [nl] = problemsOf(text, 'nl');
    expect(nl).to.include("¶12 staat niet op het werkblad en de dia's: wie dat leest, kan de alinea niet opzoeken");
    expect(nl).to.include('Afgedrukt: ¶3, ¶4 (uit "excerpts")');
  });

  it('points at the right one of two references in a text (¶1 is not the start of ¶11)', () => {
    const text = variant('      - "Lees ¶3 opnieuw."', '      - "Lees ¶3 en ¶11, dan ¶1."');
    const problems = problemsOf(text);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(new RegExp(`^les\\.yaml:${where(text, '¶11', 'Lees ¶3 en ¶11')}: ¶11 is not on the worksheet and the slides`));
    expect(problems[1]).to.match(new RegExp(`^les\\.yaml:${where(text, '¶1."')}: ¶1 is not on the worksheet and the slides`));
  });

  it('counts a quote as printing its paragraph, also without "paragraph:"', () => {
    expect(problemsOf(variant('prompt: "Welke identiteiten noemt Somers in ¶4?"', 'prompt: "Welke identiteiten noemt Somers in ¶4 (zie het citaat)?"'))).to.deep.equal([]);
    const text = variant('    quote: "Ik ben vader, Europeaan, Belg, politicus, boekenwurm."', '    quote: "Ik ben vader, Europeaan, Belg, politicus, boekenwurm."\n    paragraph: 4');
    expect(problemsOf(text)).to.deep.equal([]);
  });

  it('lets the teacher’s fields cite any paragraph: the teacher guide prints the whole text', () => {
    // base.yaml already cites ¶28, ¶29, ¶14, ¶22, ¶19 in hints, teacher notes, the agenda and the second period.
    expect(base).to.include('¶28').and.include('¶14').and.include('¶22').and.include('¶19');
    expect(problemsOf(base)).to.deep.equal([]);
  });

  it('rejects a ¶ on a card: cards print no text of the source', () => {
    const text = variant('      - "Groepsdenken is de grootste valkuil."', '      - "Groepsdenken is de grootste valkuil (¶3)."');
    const problems = problemsOf(text);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(new RegExp(`^les\\.yaml:${where(text, '¶3).')}: ¶3 is not on the cards: they print no text from the source`));
    expect(problems[0]).to.include('hint: Leave out the ¶ number');
  });

  it('checks the exit ticket against the cards and the slides', () => {
    const text = variant('  - "Eén ding dat je onthoudt."', '  - "Eén ding dat je onthoudt uit ¶3."');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.split(' [')[0]!.replace(/^les\.yaml:\d+:\d+: /, ''))).to.have.members([
      '¶3 is not on the cards: they print no text from the source, so nobody can look the paragraph up',
    ]);
  });

  it('checks the youth session against what it reads aloud', () => {
    const text = variant('    - prompt: "Bestaat ‘de immigrant’ (¶11)?"', '    - prompt: "Bestaat ‘de immigrant’ (¶11)? En wat zegt ¶3?"');
    expect(problemsOf(text)).to.deep.equal([
      `les.yaml:${where(text, '¶3?"', 'En wat zegt')}: ¶3 is not on the youth session: its readers cannot look the paragraph up [GK_LESSON_REF_NOT_PRINTED]\n` +
        '  hint: Read aloud: ¶11 (from "read_aloud"). Refer to one of those paragraphs, add ¶3 to "read_aloud", or leave out the ¶ number.',
    ]);
  });

  it('checks a youth session without its own questions against the lesson’s question prompts', () => {
    const text = variant('  questions:\n    - prompt: "Bestaat ‘de immigrant’ (¶11)?"\n', '');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.split(': ¶')[1]?.split(' is')[0])).to.have.members(['4', '3']);
    for (const p of problems) expect(p).to.include('is not on the youth session').and.include('(from "read_aloud")');
  });

  it('checks a youth session without read_aloud against the lesson’s excerpts, and its intro when it tells no story', () => {
    const text = variant('  retelling: "Somers was burgemeester. Ik lees ¶11 voor."\n', '').replace('  read_aloud: [11]\n', '');
    const problems = problemsOf(text);
    // ¶11 in the leader's agenda and the question is not in the excerpts (¶3, ¶4); the intro cites ¶3 and ¶4, which are.
    expect(problems).to.have.length(2);
    for (const p of problems) expect(p).to.include('¶11 is not on the youth session').and.include('Printed: ¶3, ¶4 (from "excerpts")');
  });

  it('writes runs of paragraphs as ranges', () => {
    expect(formatParagraphs([5, 1, 2, 3, 4, 11, 8, 12])).to.equal('¶1–¶5, ¶8, ¶11, ¶12');
    expect(formatParagraphs([])).to.equal('');
    expect(formatParagraphs([19, 20, 21, 22, 29])).to.equal('¶19–¶22, ¶29');
  });
});
