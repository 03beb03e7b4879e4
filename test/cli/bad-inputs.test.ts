import { expect } from 'chai';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { leftoverTempFiles, runningAsRoot, snapshot, withoutRoot } from '../helpers/files.js';
import { FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The bad-input corpus: every folder in test/fixtures/bad/ is one mistake a teacher can make.
 * Each is run through the real command line in a copy of its input/ folder, once in each
 * language, and must end with exactly the messages in expected.txt (Dutch, the default) and
 * expected.en.txt (English) and the exit code in case.json, without a stack trace, without
 * touching files it did not create and without leaving temporary files.
 * See test/fixtures/bad/README.md for the format.
 */

interface Case {
  about: string;
  args: string[];
  exit: number;
  setup?: {
    /** Files too big to keep in git, made at run time. */
    generate?: { path: string; head?: string; repeat: string; bytes: number }[];
    /** Permissions to set after copying (octal), e.g. a folder the user may not read. */
    chmod?: Record<string, string>;
  };
}

const CORPUS = join(FIXTURES, 'bad');

/** The languages every case runs in: the default (no language set anywhere) and English. */
const LANGUAGES = [
  { lang: 'nl', expected: 'expected.txt', env: {} },
  { lang: 'en', expected: 'expected.en.txt', env: { GESPREKSKIT_LANG: 'en' } },
] as const;
const UPDATE = process.env.UPDATE_BAD_INPUTS === '1';

/** One expected line: exact text, except `{*}` for any text (lists that grow, such as the helpers). */
function lineMatches(expected: string, actual: string): boolean {
  const pattern = expected
    .split('{*}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** Folders that differ between runs and machines, as placeholders. */
function normalise(text: string, cwd: string): string {
  return text.replaceAll(cwd, '<cwd>').replaceAll(PACKAGE_ROOT.replace(/\/$/, ''), '<pkg>');
}

function prepare(name: string, c: Case): string {
  const cwd = tempDir('gk-bad-');
  cpSync(join(CORPUS, name, 'input'), cwd, { recursive: true });
  for (const g of c.setup?.generate ?? []) {
    const file = join(cwd, g.path);
    mkdirSync(dirname(file), { recursive: true });
    const head = g.head ?? '';
    writeFileSync(file, head + g.repeat.repeat(Math.ceil((g.bytes - head.length) / g.repeat.length)));
  }
  if (c.setup?.chmod && runningAsRoot()) {
    // The command runs as "nobody": it must be able to work in the copy, except where the
    // case takes rights away.
    const open = (dir: string) => {
      chmodSync(dir, 0o777);
      for (const entry of readdirSync(dir)) {
        const full = join(dir, entry);
        if (statSync(full).isDirectory()) open(full);
      }
    };
    open(cwd);
  }
  for (const [path, mode] of Object.entries(c.setup?.chmod ?? {})) chmodSync(join(cwd, path), parseInt(mode, 8));
  return cwd;
}

function restorePermissions(cwd: string, c: Case): void {
  for (const path of Object.keys(c.setup?.chmod ?? {})) {
    const full = join(cwd, path);
    chmodSync(full, statSync(full).isDirectory() ? 0o755 : 0o644);
  }
}

/** Runs the CLI and records anything printed around it (console.* from a library). */
async function run(args: string[], cwd: string, c: Case, env: Record<string, string>): Promise<CliRun & { stray: string[] }> {
  const stray: string[] = [];
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  for (const k of Object.keys(saved) as (keyof typeof saved)[]) console[k] = (...a: unknown[]) => stray.push(a.join(' '));
  try {
    const go = () => runCli(args, cwd, env);
    const result = c.setup?.chmod ? await withoutRoot(go) : await go();
    return { ...result, stray };
  } finally {
    Object.assign(console, saved);
  }
}

describe('cli: the bad-input corpus (test/fixtures/bad)', function () {
  const names = readdirSync(CORPUS).filter((n) => existsSync(join(CORPUS, n, 'case.json'))).sort();

  it('has at least 30 cases', () => {
    expect(names.length).to.be.at.least(30);
  });

  for (const name of names) {
    const c = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Case;

    for (const { lang, expected: expectedName, env } of LANGUAGES) {
      it(`${name} (${lang}): ${c.about}`, async () => {
        const cwd = prepare(name, c);
        const before = c.setup?.chmod ? undefined : snapshot(cwd);
        let result: Awaited<ReturnType<typeof run>>;
        try {
          result = await run(c.args, cwd, c, env);
        } finally {
          restorePermissions(cwd, c);
        }
        const expectedFile = join(CORPUS, name, expectedName);
        const err = normalise(result.err, cwd);
        if (UPDATE) {
          // Rewrites the expected messages from this run, keeping lines with {*} that still match.
          const old = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').replace(/\n$/, '').split('\n') : [];
          writeFileSync(expectedFile, err.split('\n').map((l, i) => (old[i] !== undefined && lineMatches(old[i]!, l) ? old[i] : l)).join('\n') + '\n');
        }

        const shown = `\n--- stderr ---\n${result.err}\n--- stdout ---\n${result.out}`;
        expect(result.code, `exit code${shown}`).to.equal(c.exit);
        const expected = readFileSync(expectedFile, 'utf8').replace(/\n$/, '').split('\n');
        const actual = err.split('\n');
        expect(actual.length, `number of lines${shown}`).to.equal(expected.length);
        expected.forEach((line, i) => expect(lineMatches(line, actual[i]!), `line ${i + 1}:\n  expected ${line}\n  actual   ${actual[i]}`).to.equal(true));

        expect(result.err + result.out, 'stack trace').not.to.match(/\n\s+at .+:\d+:\d+/);
        expect(result.stray, 'printed outside the CLI').to.deep.equal([]);
        expect(leftoverTempFiles(cwd), 'temporary files left').to.deep.equal([]);
        if (before) {
          // Nothing the user had was changed or removed; anything new is a PDF the CLI reported.
          const after = snapshot(cwd);
          for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), `${file} changed or removed`).to.equal(true);
          for (const file of after.keys()) {
            if (!before.has(file)) expect(result.out, `new file ${file} not reported`).to.include(file);
          }
        }
      });
    }

    it(`${name}: the same codes and places in every language`, () => {
      // Each line of a message starts with its place and ends with its code; only the words between differ.
      const shape = (file: string) =>
        readFileSync(join(CORPUS, name, file), 'utf8')
          .split('\n')
          .filter((l) => /\[GK_[A-Z0-9_]+\]$/.test(l))
          .map((l) => `${/^(\S+:\d+(:\d+)?: )?/.exec(l)![0]}…${/\[GK_[A-Z0-9_]+\]$/.exec(l)![0]}`);
      const [nl, en] = [shape('expected.txt'), shape('expected.en.txt')];
      expect(nl.length, 'number of problems').to.equal(en.length);
      nl.forEach((line, i) => expect(lineMatches(line, en[i]!) || lineMatches(en[i]!, line), `problem ${i + 1}: ${line} / ${en[i]}`).to.equal(true));
    });
  }
});

describe('cli: stack traces', () => {
  it('appear only with --debug', async () => {
    const cwd = prepare('agenda-sum', JSON.parse(readFileSync(join(CORPUS, 'agenda-sum', 'case.json'), 'utf8')) as Case);
    const plain = await runCli(['validate'], cwd);
    expect(plain.err).not.to.match(/\n\s+at /);
    const missing = await runCli(['validate', '--lessons', 'nergens'], cwd);
    expect(missing.code).to.equal(2);
    expect(missing.err).not.to.match(/\n\s+at /);
    const debug = await runCli(['validate', '--lessons', 'nergens', '--debug'], cwd);
    expect(debug.err).to.match(/\n\s+at .+:\d+:\d+/);
  });
});
