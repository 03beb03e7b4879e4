import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describeProblem, isKitError, type Problem } from '../../src/errors.js';
import { buildKit } from '../../src/node/build-kit.js';
import { resolveOptions } from '../../src/node/options.js';
import { validateKit } from '../../src/node/library.js';
import { leftoverTempFiles, snapshot } from '../helpers/files.js';
import { BUILTIN_LESSONS_DIR, FIXTURES, LESSON_IDS } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';
import { LANGUAGES } from '../../src/messages/define.js';

/**
 * Random mutations of the shipped lessons, from a fixed seed (a failure names its case and
 * can be replayed). Every mutation must either load or fail with KitError problems that
 * point into the file; a sample is built, and must give complete PDFs or fail leaving
 * nothing behind. The count is fixed, not a time budget, so every run tests the same cases.
 */

const SEED = 20260101;
const MUTATIONS = Number(process.env.FUZZ_COUNT ?? 300);
/** Mutated shipped lessons that are also built (they are long: a few seconds each). */
const BUILDS = 4;
/** Nasty values put into the small fixture lesson, each built. */
const INJECTIONS = 12;

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}
type Rng = ReturnType<typeof prng>;

const NASTY = [
  '::pagebreak',
  '::: question number=1\nvraag\n:::',
  ':::',
  '{{lesson.title}} {{#each x}}',
  '{{constructor.constructor}}',
  '# Kop\n\n## Kop 2',
  '**vet** *schuin* _ook_ `code`',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '> citaat\n> citaat',
  '- [ ] vinkje\n- [x] vinkje',
  '1. een\n2. twee',
  '<b>html</b> &amp; &lt;',
  'nul\u0000teken',
  'zacht\u00adstreepje en\u200bnul-breedte',
  'W'.repeat(400),
  'lang '.repeat(600),
  'שלום עליכם',
  'ﷺ',
  'e\u0301\u0301\u0301 a\u0308',
  '👍',
  '👩‍👩‍👧',
  '🇧🇪',
  '%PDF-1.7\n%%EOF',
  ')(\\) \\\\',
  'regel één\nregel twee\n\nalinea twee',
  '¶999 en ¶0',
  ' ',
  '---',
  '***',
  '\t\ttabs',
  '"\'`',
  '[link](http://example.org) ![beeld](x.png)',
  '\\n\\t\\u0041',
  '9'.repeat(40),
];
const ODD_VALUES: unknown[] = [null, 0, -1, 1e21, 3.5, true, '', [], {}, ['a', 1, null], { a: { b: 1 } }, 'x'.repeat(5000)];
const INSERT_CHARS = [':', '"', "'", '#', '&', '*', '[', ']', '{', '}', '|', '>', '-', '\t', '¶', '\n', '%', '@', '`', '!', '\\', ' ', '  ', '\r', '\u00a0'];

function lines(text: string): string[] {
  return text.split('\n');
}

/** Paths to every value in a parsed lesson. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], fn: (parent: Record<string | number, unknown>, key: string | number) => void): void {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  fn(node, path[path.length - 1]!);
}

const TEXT_MUTATIONS: Record<string, (text: string, r: Rng) => string> = {
  deleteLine: (t, r) => {
    const l = lines(t);
    l.splice(r.int(l.length), 1);
    return l.join('\n');
  },
  duplicateLine: (t, r) => {
    const l = lines(t);
    const i = r.int(l.length);
    l.splice(i, 0, l[i]!);
    return l.join('\n');
  },
  swapLines: (t, r) => {
    const l = lines(t);
    const i = r.int(l.length - 1);
    [l[i], l[i + 1]] = [l[i + 1]!, l[i]!];
    return l.join('\n');
  },
  indent: (t, r) => {
    const l = lines(t);
    const i = r.int(l.length);
    const d = r.pick([-2, -1, 1, 2, 4]);
    l[i] = d > 0 ? ' '.repeat(d) + l[i] : l[i]!.replace(new RegExp(`^ {0,${-d}}`), '');
    return l.join('\n');
  },
  tab: (t, r) => {
    const l = lines(t);
    const i = r.int(l.length);
    l[i] = '\t' + l[i]!.trimStart();
    return l.join('\n');
  },
  deleteChar: (t, r) => {
    const i = r.int(t.length);
    return t.slice(0, i) + t.slice(i + 1);
  },
  insertChar: (t, r) => {
    const i = r.int(t.length);
    return t.slice(0, i) + r.pick(INSERT_CHARS) + t.slice(i);
  },
  truncate: (t, r) => t.slice(0, r.int(t.length)),
  number: (t, r) => {
    const numbers = [...t.matchAll(/\b\d+\b/g)];
    if (numbers.length === 0) return t;
    const m = r.pick(numbers);
    return t.slice(0, m.index) + r.pick(['0', '-1', '999999', '3.5', 'tien', '""', '1e9', '0x10']) + t.slice(m.index! + m[0].length);
  },
  renameKey: (t, r) => {
    const l = lines(t);
    const keys = l.map((x, i) => [x, i] as const).filter(([x]) => /^\s*(- )?[a-z_]+:/.test(x));
    const [line, i] = r.pick(keys);
    const at = line.search(/[a-z_]/) + r.int(3);
    l[i] = line.slice(0, at) + r.pick(['x', '', 'e', '_']) + line.slice(at + 1);
    return l.join('\n');
  },
  alias: (t, r) => {
    const l = lines(t);
    const values = l.map((x, i) => [x, i] as const).filter(([x]) => /:\s+\S/.test(x));
    const [a, i] = r.pick(values);
    const [, j] = r.pick(values);
    l[i] = a.replace(/:\s+/, ': &anker ');
    l[j] = l[j]!.replace(/:\s+.*$/, ': *anker');
    return l.join('\n');
  },
  nastyLine: (t, r) => {
    const l = lines(t);
    const values = l.map((x, i) => [x, i] as const).filter(([x]) => /:\s+\S/.test(x));
    const [line, i] = r.pick(values);
    l[i] = line.replace(/:\s+.*$/, `: ${JSON.stringify(r.pick(NASTY))}`);
    return l.join('\n');
  },
};

const STRUCTURE_MUTATIONS: Record<string, (value: Record<string, unknown>, r: Rng) => void> = {
  oddValue: (v, r) => setAt(v, r.pick(paths(v)), (p, k) => (p[k] = r.pick(ODD_VALUES))),
  nastyValue: (v, r) => setAt(v, r.pick(paths(v).filter((p) => p.length > 0)), (p, k) => (p[k] = r.pick(NASTY))),
  deleteKey: (v, r) => setAt(v, r.pick(paths(v)), (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])),
  unknownKey: (v, r) => {
    const maps = paths(v).filter((p) => {
      let n: unknown = v;
      for (const s of p) n = (n as Record<string | number, unknown>)[s];
      return n !== null && typeof n === 'object' && !Array.isArray(n);
    });
    setAt({ root: v }, ['root', ...r.pick(maps), r.pick(['titel', 'extra', 'hint2', 'Prompt'])], (p, k) => (p[k] = 'x'));
  },
  emptyList: (v, r) => {
    const lists = paths(v).filter((p) => {
      let n: unknown = v;
      for (const s of p) n = (n as Record<string | number, unknown>)[s];
      return Array.isArray(n);
    });
    setAt(v, r.pick(lists), (p, k) => (p[k] = []));
  },
};

function mutate(text: string, r: Rng): { text: string; how: string } {
  if (r.next() < 0.65) {
    const name = r.pick(Object.keys(TEXT_MUTATIONS));
    let out = TEXT_MUTATIONS[name]!(text, r);
    // Sometimes two mistakes at once.
    if (r.next() < 0.2) out = TEXT_MUTATIONS[r.pick(Object.keys(TEXT_MUTATIONS))]!(out, r);
    return { text: out, how: name };
  }
  const name = r.pick(Object.keys(STRUCTURE_MUTATIONS));
  const value = parse(text) as Record<string, unknown>;
  STRUCTURE_MUTATIONS[name]!(value, r);
  return { text: stringify(value), how: name };
}

/** A problem a user can act on: a code, words, and a place that exists. */
function checkProblem(p: Problem, where: string): void {
  expect(p.code, where).to.match(/^GK_[A-Z_]+$/);
  for (const lang of LANGUAGES) {
    const words = describeProblem(p, lang);
    expect(words.message, where).to.be.a('string').and.not.equal('');
    expect(words.message + (words.hint ?? ''), where).not.to.match(/\bundefined\b|\[object Object\]|\bNaN\b/);
  }
  if (p.line !== undefined) expect(p.line, where).to.be.at.least(1);
  if (p.col !== undefined) expect(p.col, where).to.be.at.least(1);
}

describe('kit: fuzzing the shipped lessons', function () {
  this.timeout(180000);
  const r = prng(SEED);
  const originals = LESSON_IDS.map((id) => readFileSync(join(BUILTIN_LESSONS_DIR, `${id}.yaml`), 'utf8'));
  const root = tempDir('gk-fuzz-');
  const valid: { dir: string; how: string }[] = [];

  it(`${MUTATIONS} mutations each load, or fail with problems that point into the file`, () => {
    const outcome = { loaded: 0, failed: 0 };
    for (let i = 0; i < MUTATIONS; i++) {
      const k = r.int(originals.length);
      const { text, how } = mutate(originals[k]!, r);
      const dir = join(root, `m${i}`);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${LESSON_IDS[k]}.yaml`);
      writeFileSync(file, text);
      const where = `mutation ${i} (${how} of ${LESSON_IDS[k]}), kept in ${file}`;
      let kit;
      try {
        kit = validateKit(resolveOptions({ lessonsDir: dir }));
      } catch (e) {
        if (!isKitError(e)) throw new Error(`${where}: ${(e as Error).stack}`);
        e.problems.forEach((p) => checkProblem(p, where));
        outcome.failed++;
        continue;
      }
      for (const f of kit.failed) {
        expect(f.problems.length, where).to.be.greaterThan(0);
        for (const p of f.problems) {
          checkProblem(p, where);
          expect(p.file, where).to.be.a('string');
        }
      }
      if (kit.lessons.length > 0) {
        outcome.loaded++;
        valid.push({ dir, how: where });
      } else outcome.failed++;
    }
    // The mutations must exercise both paths, or the test proves little.
    expect(outcome.loaded, JSON.stringify(outcome)).to.be.greaterThan(MUTATIONS / 10);
    expect(outcome.failed, JSON.stringify(outcome)).to.be.greaterThan(MUTATIONS / 3);
  });

  async function buildChecked(lessonsDir: string, where: string): Promise<'built' | 'failed'> {
    const out = join(lessonsDir, 'out');
    let result;
    try {
      result = await buildKit(resolveOptions({ lessonsDir, outDir: out }));
    } catch (e) {
      if (!isKitError(e)) throw new Error(`${where}: ${(e as Error).stack}`);
      e.problems.forEach((p) => checkProblem(p, where));
      expect(snapshot(out).size, `${where}: files left behind`).to.equal(0);
      return 'failed';
    }
    expect(leftoverTempFiles(out), where).to.deep.equal([]);
    if (result.failed.length > 0) {
      result.failed.flatMap((f) => f.problems).forEach((p) => checkProblem(p, where));
      expect(snapshot(out).size, `${where}: files left behind`).to.equal(0);
      return 'failed';
    }
    for (const f of result.files) {
      const bytes = readFileSync(f.file);
      expect(bytes.subarray(0, 5).toString(), where).to.equal('%PDF-');
      expect(bytes.subarray(-6).toString(), where).to.match(/%%EOF\s*$/);
    }
    expect(result.files.length, where).to.be.at.least(2);
    return 'built';
  }

  it(`a sample of ${BUILDS} loading mutations builds complete PDFs or fails leaving nothing`, async () => {
    expect(valid.length).to.be.at.least(BUILDS);
    for (let i = 0; i < BUILDS; i++) {
      const m = valid.splice(r.int(valid.length), 1)[0]!;
      await buildChecked(m.dir, m.how);
    }
  });

  it(`${INJECTIONS} nasty values in a lesson's texts build or fail with a clear error`, async () => {
    const base = parse(readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml'), 'utf8')) as Record<string, unknown>;
    const texts = paths(base).filter((p) => {
      let n: unknown = base;
      for (const s of p) n = (n as Record<string | number, unknown>)[s];
      return typeof n === 'string' && p[0] !== 'id' && p[p.length - 1] !== 'kind' && p[p.length - 1] !== 'quote';
    });
    const outcome = { built: 0, failed: 0 };
    for (let i = 0; i < INJECTIONS; i++) {
      const value = structuredClone(base);
      const path = r.pick(texts);
      const nasty = NASTY[(i * 7 + r.int(3)) % NASTY.length]!;
      setAt(value, path, (p, k) => (p[k] = `${String(p[k])} ${nasty}`));
      const dir = join(root, `n${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${String((value as { id: unknown }).id)}.yaml`), stringify(value));
      outcome[await buildChecked(dir, `injection ${i}: ${JSON.stringify(nasty)} at ${path.join('.')}, kept in ${dir}`)]++;
    }
    expect(outcome.built, JSON.stringify(outcome)).to.be.greaterThan(0);
  });
});
