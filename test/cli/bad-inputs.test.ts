import { expect } from 'chai';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from '../helpers/cli.js';
import { caseNames, CORPUS, lineMatches, normalise, prepare, readCase, restorePermissions, runBounded, type Case } from '../helpers/corpus.js';
import { leftoverTempFiles, snapshot, withoutRoot } from '../helpers/files.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The bad-input corpus: every folder in test/fixtures/bad/ is one mistake a teacher can make.
 * Each is run through the real command line in a copy of its input/ folder, once in each
 * language, and must end with exactly the messages in expected.txt (Dutch, the default) and
 * expected.en.txt (English) and the exit code in case.json (1 or 2, never
 * 70: an ordinary mistake is never "a bug in gesprekskit"), without a stack trace, without
 * touching files it did not create and without leaving temporary files. Cases marked
 * "isolate" (a FIFO, /dev/zero, a path that made Node spin) run in a child process with a
 * time and memory bound; `npm run test:corpus` runs every case that way.
 * See test/fixtures/bad/README.md for the format.
 */

/** The languages every case runs in: the default (no language set anywhere) and English. */
const LANGUAGES = [
  { lang: 'nl', expected: 'expected.txt', env: {} },
  { lang: 'en', expected: 'expected.en.txt', env: { GESPREKSKIT_LANG: 'en' } },
] as const;
const UPDATE = process.env.UPDATE_BAD_INPUTS === '1';
/** Generous: a case that needs more has lost its bound. */
const ISOLATED = { timeoutMs: 30_000, heapMB: 256 };

/** Runs the CLI and records anything printed around it (console.* from a library). */
async function run(args: string[], cwd: string, c: Case, langEnv: Record<string, string>): Promise<CliRun & { stray: string[] }> {
  if (c.isolate) {
    const r = await runBounded(args, cwd, { LANG: '', LC_ALL: '', LC_MESSAGES: '', GESPREKSKIT_LANG: '', ...(c.env ?? {}), ...langEnv }, ISOLATED);
    expect(r.timedOut, `no end within ${ISOLATED.timeoutMs} ms`).to.equal(false);
    return { ...r, stray: [] };
  }
  const stray: string[] = [];
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  const savedEnv = Object.fromEntries(Object.keys(c.env ?? {}).map((k) => [k, process.env[k]]));
  for (const k of Object.keys(saved) as (keyof typeof saved)[]) console[k] = (...a: unknown[]) => stray.push(a.join(' '));
  Object.assign(process.env, c.env ?? {});
  try {
    const go = () => runCli(args, cwd, { ...(c.env ?? {}), ...langEnv });
    const result = c.setup?.chmod ? await withoutRoot(go) : await go();
    return { ...result, stray };
  } finally {
    Object.assign(console, saved);
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('cli: the bad-input corpus (test/fixtures/bad)', function () {
  this.timeout(60_000);
  const names = caseNames();

  it('has at least 30 cases', () => {
    expect(names.length).to.be.at.least(30);
  });

  for (const name of names) {
    const c = readCase(name);

    for (const { lang, expected: expectedName, env: langEnv } of LANGUAGES) it(`${name} (${lang}): ${c.about}`, async () => {
      expect([1, 2], 'case.json: exit is 1 (input) or 2 (usage)').to.include(c.exit);
      const cwd = await prepare(name, c, tempDir('gk-bad-'));
      const before = c.setup?.chmod ? undefined : snapshot(cwd);
      let result: Awaited<ReturnType<typeof run>>;
      try {
        result = await run(c.args, cwd, c, langEnv);
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
      expect(result.code, `an ordinary mistake reported as a bug (exit 70)${shown}`).not.to.equal(70);
      expect(result.code, `exit code${shown}`).to.equal(c.exit);
      const expected = readFileSync(expectedFile, 'utf8').replace(/\n$/, '').split('\n');
      const actual = err.split('\n');
      expect(actual.length, `number of lines${shown}`).to.equal(expected.length);
      expected.forEach((line, i) => expect(lineMatches(line, actual[i]!), `line ${i + 1}:\n  expected ${line}\n  actual   ${actual[i]}`).to.equal(true));

      expect(result.err + result.out, 'stack trace').not.to.match(/\n\s+at .+:\d+:\d+/);
      // eslint-disable-next-line no-control-regex
      expect(result.err + result.out, 'a control character printed raw').not.to.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
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
    const cwd = await prepare('agenda-sum', readCase('agenda-sum'), tempDir('gk-bad-'));
    const plain = await runCli(['validate'], cwd);
    expect(plain.err).not.to.match(/\n\s+at /);
    const missing = await runCli(['validate', '--lessons', 'nergens'], cwd);
    expect(missing.code).to.equal(2);
    expect(missing.err).not.to.match(/\n\s+at /);
    const debug = await runCli(['validate', '--lessons', 'nergens', '--debug'], cwd);
    expect(debug.err).to.match(/\n\s+at .+:\d+:\d+/);
  });
});
