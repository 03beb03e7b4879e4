import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitError, formatProblem } from '../../src/errors.js';
import { loadRoster } from '../../src/roster/load-roster.js';
import { FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

const fixture = (name: string) => join(FIXTURES, 'rosters', name);

function problemsOf(file: string): string[] {
  try {
    loadRoster(file, nodeFiles);
  } catch (e) {
    if (e instanceof KitError) return e.problems.map((p) => formatProblem(p, 'en'));
    throw e;
  }
  expect.fail(`${file} was read without problems`);
}

describe('roster: reading class lists', () => {
  it('reads a ";" list with a BOM, CRLF line ends, accents and Cyrillic, keeping each row’s line', () => {
    const roster = loadRoster(fixture('klas-3b.csv'), nodeFiles);
    expect(roster.name).to.equal('klas-3b');
    expect(roster.students).to.deep.equal([
      { name: 'Sara Peeters', class: '3B', line: 2 },
      { name: 'Zoë Van den Broeck', class: '3B', line: 3 },
      { name: 'Иван Петров', class: '3B', line: 5 },
      { name: 'Öztürk; Aïcha', class: '3C', line: 6 },
      { name: 'João Gonçalves', class: '3C', line: 7 },
    ]);
  });

  it('reads a "," list with English headers and a quoted name with a comma', () => {
    const roster = loadRoster(fixture('comma.csv'), nodeFiles);
    expect(roster.students.map((s) => [s.name, s.class])).to.deep.equal([
      ['Liam Janssens', '4A'],
      ['De Smet, Noor', '4A'],
    ]);
  });

  it('joins first and last name columns, matches headers case-insensitively and ignores other columns', () => {
    const roster = loadRoster(fixture('split-columns.csv'), nodeFiles);
    expect(roster.students.map((s) => [s.name, s.class])).to.deep.equal([
      ['Yusuf El Idrissi', '5A'],
      ['Marie Dubois', '5A'],
    ]);
    const dir = tempDir();
    const upper = join(dir, 'UPPER.csv');
    writeFileSync(upper, 'NAAM\nSara Peeters\n');
    expect(loadRoster(upper, nodeFiles).students).to.deep.equal([{ name: 'Sara Peeters', class: '', line: 2 }]);
  });

  it('reports every bad row at its line, with a hint', () => {
    const file = fixture('bad-rows.csv');
    const problems = problemsOf(file);
    expect(problems[0]).to.match(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: this row has no name \\[GK_ROSTER_NO_NAME\\]\\n  hint: `));
    expect(problems[1]).to.include(`${file}:4: this row has 3 values, but the header row names 2 columns [GK_ROSTER_COLUMNS]`);
    expect(problems[1]).to.include('between double quotes');
  });

  it('points at the row that opens a quote that never closes, and at a missing header', () => {
    const dir = tempDir();
    const quote = join(dir, 'quote.csv');
    writeFileSync(quote, 'naam;klas\nSara;3B\n\n"Tom;3B\nLina;3B\n');
    expect(problemsOf(quote)[0]).to.include(`${quote}:4: a double quote (") opened on this row is never closed [GK_ROSTER_QUOTE]`);
    const noHeader = join(dir, 'no-header.csv');
    writeFileSync(noHeader, 'Sara Peeters;3B\nTom Claes;3B\n');
    expect(problemsOf(noHeader)[0]).to.include(`${noHeader}:1: the class list has no "naam" column (the first row has "Sara Peeters", "3B") [GK_ROSTER_HEADER]`);
  });

  it('refuses a list that is not UTF-8, saying how to save it', () => {
    const dir = tempDir();
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('naam;klas\nZo\xeb;3B\n', 'latin1'));
    const [problem] = problemsOf(latin1);
    expect(problem).to.include(`${latin1}:2:3: the class list is not valid UTF-8 text [GK_FILE_ENCODING]`);
    expect(problem).to.include('CSV UTF-8');
  });

  it('refuses an empty list and a list without students', () => {
    const dir = tempDir();
    const headerOnly = join(dir, 'header-only.csv');
    writeFileSync(headerOnly, 'naam;klas\n;\n');
    expect(problemsOf(headerOnly)[0]).to.include('the class list has a header row but no students [GK_ROSTER_EMPTY]');
  });
});
