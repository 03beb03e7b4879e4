import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_SOURCES } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/kit.js';
import { lessonProblems } from '../helpers/lesson-problems.js';
import { tempDir } from '../helpers/temp.js';

const minimal = readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml'), 'utf8');

const problemsOf = lessonProblems;

describe('lesson: validation messages', () => {
  it('accepts the minimal lesson', () => {
    expect(problemsOf(minimal)).to.deep.equal([]);
  });

  it('reports a YAML syntax error (tab indentation) at its line and column', () => {
    const text = minimal.replace('  - Leerlingen noemen', '\t- Leerlingen noemen');
    const [first] = problemsOf(text);
    expect(first).to.match(/^les\.yaml:8:1: YAML syntax error: a tab is used for indentation \[GK_YAML_SYNTAX\]/);
    expect(first).to.include('hint: Indent with spaces only');
  });

  it('reports an unclosed quote', () => {
    const [first] = problemsOf(minimal.replace('title: Een kleine les', 'title: "Een kleine les'));
    expect(first).to.match(/^les\.yaml:2:8: YAML syntax error/);
  });

  it('reports a wrong type where the value is', () => {
    expect(problemsOf(minimal.replace('duration: 10', 'duration: tien'))).to.deep.equal([
      'les.yaml:5:11: duration must be a whole number, not the text "tien" [GK_SCHEMA_TYPE]\n  hint: Write duration as a whole number.',
    ]);
  });

  it('flags an unknown key with a did-you-mean suggestion', () => {
    expect(problemsOf(minimal.replace('title:', 'titel:'))).to.deep.include.members([
      'les.yaml:2:1: unknown key "titel"; did you mean "title"? [GK_SCHEMA_UNKNOWN_KEY]\n  hint: Rename it to "title".',
    ]);
  });

  it('reports a missing required field', () => {
    const problems = problemsOf(minimal.replace(/^intro: .*\n/m, ''));
    expect(problems).to.deep.equal([
      'les.yaml:1:1: the lesson is missing the required key "intro" [GK_SCHEMA_MISSING]\n  hint: Add a line "intro: …"; see the example lessons.',
    ]);
  });

  it('rejects a quote that is not in the source, pointing at the closest paragraph', () => {
    const problems = problemsOf(minimal.replace('Ik ben vader, Europeaan', 'Ik ben moeder, Europeaan'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^les\.yaml:11:12: quote not found in the source text interview-somers; closest is ¶4, which differs at "moeder, Europeaan/);
  });

  it('reports every problem of a file at once, in order', () => {
    const text = minimal.replace('titel', 'x').replace('duration: 10', 'duration: "10"').replace('theme:', 'thema:');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.split(':').slice(0, 2).join(':'))).to.deep.equal(['les.yaml:3', 'les.yaml:5']);
  });

  it('checks that the agenda adds up to the duration', () => {
    const [p] = problemsOf(minimal.replace('minutes: 10', 'minutes: 12'));
    expect(p).to.match(/^les\.yaml:18:3: the agenda adds up to 12 minutes, but "duration" is 10/);
  });

  it('checks the paragraphs a youth session reads aloud, and accepts its aftercare', () => {
    const youth = (readAloud: string) =>
      `${minimal}youth_session:
  duration: 60
  group_size: "8 tot 20 jongeren"
  space: "Een ruime zaal"
  energizer:
    title: Opwarmer
    steps: ["Loop rond."]
  agenda:
    - phase: Opwarmer
      minutes: 60
      leader: Leidt.
      participants: Doen mee.
  read_aloud: ${readAloud}
  aftercare: ["Blijf na de sessie even beschikbaar."]
`;
    expect(problemsOf(youth('[3, 4]'))).to.deep.equal([]);
    expect(problemsOf(youth('[3, 31]'))).to.deep.equal([
      'les.yaml:34:19: ¶31 does not exist; the source text has ¶1 to ¶29 [GK_LESSON_PARAGRAPH]\n  hint: Check the number against ' + join(BUILTIN_SOURCES, 'interview-somers.md') + '.',
    ]);
  });

  it('requires a ¶ reference in the hint of a text-dependent question, and ¶ numbers that exist', () => {
    expect(problemsOf(minimal.replace('hint: "¶4:', 'hint: "'))[0]).to.match(/question 1 is text-dependent but its hint does not cite a paragraph/);
    expect(problemsOf(minimal.replace('hint: "¶4:', 'hint: "¶40:'))[0]).to.match(/¶40 does not exist; the source text has ¶1 to ¶29/);
  });

  it('exits 1 from the command line and prints file:line:col', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lessons'));
    writeFileSync(join(dir, 'lessons', 'les.yaml'), minimal.replace('duration: 10', 'duration: tien'));
    const run = await runCli(['validate'], dir);
    expect(run.code).to.equal(1);
    expect(run.err).to.include('lessons/les.yaml:5:11: duration moet een geheel getal zijn');
    expect(run.err).not.to.match(/\n\s+at /); // no stack trace
  });
});
