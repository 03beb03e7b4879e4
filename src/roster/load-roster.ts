import { parse } from 'csv-parse/sync';
import { KitError, problem, reword, type Problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import { readTextFile } from '../input/read-text.js';
import { safeName } from './safe-name.js';

/** One row of a class list. */
export interface Student {
  name: string;
  /** Empty when the list has no class column or the cell is empty. */
  class: string;
  /** Line in the CSV file, for error messages. */
  line: number;
}

export interface Roster {
  file: string;
  /** From the file name, safe for output file names: "3B leerlingen.csv" → "3b-leerlingen". */
  name: string;
  students: Student[];
}

/** Column names a school's export may use (compared lowercased, spaces/_/- alike). */
const COLUMNS = {
  name: ['naam', 'name', 'leerling', 'volledige naam', 'full name', 'student'],
  first: ['voornaam', 'first name', 'firstname', 'given name'],
  last: ['achternaam', 'familienaam', 'last name', 'lastname', 'surname', 'family name'],
  class: ['klas', 'class', 'klasgroep'],
} as const;
type Column = keyof typeof COLUMNS;

const MAX_NAME_LENGTH = 100;
const MAX_PROBLEMS = 20;

/**
 * Reads a class list: a CSV file with a header row naming the columns (naam, or voornaam
 * and achternaam; optionally klas). Separated by ";" (what Belgian Excel exports) or ",",
 * UTF-8 with or without BOM. Every bad row is reported with its line.
 */
export function loadRoster(file: string, input: InputFiles): Roster {
  const text = readRosterText(file, input);
  const delimiter = detectDelimiter(text);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (e) {
    throw new KitError(csvProblem(e, text, file, delimiter));
  }
  const header = rows.find((r) => r.record.some((v) => v !== ''));
  if (!header) throw new KitError(problem('rosterEmpty', {}, { file }));
  const columns = mapColumns(header.record, header.info.lines, file);

  const problems: Problem[] = [];
  const students: Student[] = [];
  for (const row of rows) {
    if (row === header || row.record.every((v) => v === '')) continue;
    const line = startLine(row);
    const at = { file, line };
    const extra = row.record.slice(header.record.length).filter((v) => v !== '');
    if (extra.length > 0) {
      problems.push(problem('rosterColumns', { valueCount: header.record.length + extra.length, columnCount: header.record.length, delimiter }, at));
      continue;
    }
    const mixed = otherSeparator(row.record, header.record.length, delimiter);
    if (mixed) {
      problems.push(problem('rosterMixedSeparator', { used: mixed, expected: delimiter === '\t' ? 'tab' : delimiter }, at));
      continue;
    }
    const cell = (c: Column) => (columns[c] === undefined ? '' : (row.record[columns[c]] ?? ''));
    const name = columns.name !== undefined ? cell('name') : [cell('first'), cell('last')].filter(Boolean).join(' ');
    const bad = checkName(name, at);
    if (bad) {
      problems.push(bad);
      continue;
    }
    const klas = cell('class');
    if (/[\p{Cc}]/u.test(klas)) {
      problems.push(problem('rosterClassControl', {}, at));
      continue;
    }
    students.push({ name: name.replace(/\s+/g, ' '), class: klas.replace(/\s+/g, ' '), line });
  }
  if (problems.length > 0) throw new KitError(problems.slice(0, MAX_PROBLEMS));
  if (students.length === 0) {
    throw new KitError(problem('rosterNoStudents', {}, { file }));
  }
  return { file, name: safeName(input.basename(file, input.extname(file))) || 'klas', students };
}

function readRosterText(file: string, input: InputFiles): string {
  try {
    return readTextFile(input, file, 'classList');
  } catch (e) {
    if (e instanceof KitError && e.code === 'GK_FILE_ENCODING') {
      throw new KitError(reword(e.problems[0]!, 'rosterEncoding', {}));
    }
    throw e;
  }
}

/** The separator used in the header row: ";", "," or a tab; ";" when the header has one column. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const outside = first.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

function normalise(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

function mapColumns(header: string[], line: number, file: string): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  const problems: Problem[] = [];
  header.forEach((h, i) => {
    const key = normalise(h);
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(key));
    if (!column) return;
    if (columns[column] !== undefined) {
      problems.push(problem('rosterColumnTwice', { column: h }, { file, line }));
    }
    columns[column] = i;
  });
  if (columns.name === undefined && (columns.first === undefined || columns.last === undefined)) {
    const found = header.filter((h) => h.trim() !== '').map((h) => h.trim());
    problems.push(problem('rosterNoNameColumn', { found }, { file, line }));
  }
  if (problems.length > 0) throw new KitError(problems);
  return columns;
}

function checkName(name: string, at: { file: string; line: number }): Problem | undefined {
  if (name.trim() === '') {
    return problem('rosterNoName', {}, at);
  }
  if (/[\n\r]/.test(name)) {
    return problem('rosterNameLines', {}, at);
  }
  if (/[\p{Cc}]/u.test(name.replace(/\t/g, ' '))) {
    return problem('rosterNameControl', {}, at);
  }
  if ([...name].length > MAX_NAME_LENGTH) {
    return problem('rosterNameLength', { length: [...name].length, max: MAX_NAME_LENGTH }, at);
  }
  return undefined;
}

/** csv-parse counts lines up to the end of a record; a record normally is one line. */
function startLine(row: { record: string[]; info: { lines: number } }): number {
  const breaks = row.record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
  return row.info.lines - breaks;
}

function csvProblem(e: unknown, text: string, file: string, delimiter: string): Problem {
  const err = e as { code?: string; lines?: number; message?: string };
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The parser only notices at the end of the file; point at the row that opened the quote.
    return problem('rosterQuote', {}, { file, line: unclosedQuoteLine(text, delimiter) ?? err.lines });
  }
  if (err.code?.startsWith('CSV_') && err.lines !== undefined) {
    return problem('rosterCsv', { detail: String(err.message).split(':')[0]!.toLowerCase() }, { file, line: err.lines });
  }
  throw e;
}

/** The line of a quoted field that never closes, read as csv-parse does (with trimming). */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let openLine = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
    } else if (c === '"' && fieldStart) {
      quoted = true;
      openLine = line;
      fieldStart = false;
    } else if (c === '\n') {
      line++;
      fieldStart = true;
    } else if (c === delimiter) {
      fieldStart = true;
    } else if (c !== ' ' && c !== '\t' && c !== '\r') {
      fieldStart = false;
    }
  }
  return quoted ? openLine : undefined;
}

/**
 * A row with one value where the header names several, and that value holds another
 * separator ("Jan,3B" in a ";" list): typed by hand with the wrong separator. Printing
 * "Jan,3B" as the student's name would be worse than saying so.
 */
function otherSeparator(record: readonly string[], columns: number, delimiter: string): string | undefined {
  if (columns < 2) return undefined;
  const filled = record.filter((v) => v !== '');
  if (filled.length !== 1) return undefined;
  return [';', ',', '\t'].filter((d) => d !== delimiter).find((d) => filled[0]!.includes(d));
}
