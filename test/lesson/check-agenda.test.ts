import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/kit.js';
import { lessonProblems } from '../helpers/lesson-problems.js';

const base = readFileSync(join(FIXTURES, 'lessons', 'references', 'base.yaml'), 'utf8');

const problemsOf = lessonProblems;

describe('lesson: planned minutes, and a second period', () => {
  it('accepts an agenda that fills the planned 45 of 50 minutes, with a second period of 45', () => {
    expect(problemsOf(base)).to.deep.equal([]);
  });

  it('wants the agenda to fill "planned", not "duration", when planned is given', () => {
    const [p] = problemsOf(base.replace('    minutes: 25\n', '    minutes: 30\n'));
    expect(p).to.match(/^les\.yaml:\d+:\d+: the agenda adds up to 50 minutes, but "planned" is 45 \[GK_LESSON_AGENDA_SUM\]/);
    expect(p).to.include('hint: Change the minutes of the phases so they add up to 45, or change "planned".');
  });

  it('rejects more planned minutes than the period has', () => {
    const problems = problemsOf(base.replace('planned: 45', 'planned: 55').replace('    minutes: 25\n', '    minutes: 35\n'));
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^les\.yaml:6:10: "planned" is 55 minutes, more than the 50 minutes of "duration" \[GK_LESSON_PLANNED\]/);
    expect(problems[0]).to.include('"follow_up"');
  });

  it('without "planned", suggests it only when the agenda plans less than the period', () => {
    const under = problemsOf(base.replace('planned: 45\n', ''));
    expect(under[0]).to.include('the agenda adds up to 45 minutes, but "duration" is 50').and.include('add "planned: 45"');
    const over = problemsOf(base.replace('planned: 45\n', '').replace('    minutes: 25\n', '    minutes: 35\n'));
    expect(over[0]).to.include('the agenda adds up to 55 minutes').and.not.include('planned');
  });

  it('keeps the second period within one lesson, and checks its activity references', () => {
    const long = problemsOf(base.replace('    - phase: Verder\n      minutes: 45', '    - phase: Verder\n      minutes: 50'));
    expect(long).to.have.length(1);
    expect(long[0]).to.match(/the second period \("follow_up"\) adds up to 50 minutes, more than the 45 minutes of one lesson/);
    const ref = problemsOf(base.replace('      students: Lezen.\n', '      students: Lezen.\n      activity: barometer\n'));
    expect(ref).to.have.length(1);
    expect(ref[0]).to.match(/there is no activity with the id "barometer" \[GK_LESSON_ACTIVITY_REF\]/);
  });
});
