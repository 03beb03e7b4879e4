import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseNames, CORPUS, lineMatches, normalise, prepare, readCase, restorePermissions, runBounded } from '../helpers/corpus.js';
import { runningAsRoot } from '../helpers/files.js';
import { tempDir } from '../helpers/temp.js';

/**
 * npm run test:corpus: every case of the bad-input corpus as its own process of the
 * installed CLI (bin/gesprekskit.js, compiled), each with a time and a memory bound: none may
 * hang, fill the memory, or exit 70. Slower than the in-process run in npm test, so it has
 * its own script, which .ci/run calls.
 */
const BOUNDS = { timeoutMs: 20_000, heapMB: 256, compiled: true };
/** Peak memory of the whole process (heap, fonts, buffers, threads). */
const MAX_RSS_MB = 512;

describe('cli: every bad input, in its own bounded process', function () {
  this.timeout(60_000);
  for (const name of caseNames()) {
    const c = readCase(name);
    // Permission cases need to run as another user, which a child process cannot switch to here.
    const skip = c.setup?.chmod && runningAsRoot();
    (skip ? it.skip : it)(`${name}: within ${BOUNDS.timeoutMs / 1000} s and ${MAX_RSS_MB} MB, never exit 70`, async () => {
      const cwd = await prepare(name, c, tempDir('gk-bounded-'));
      let r: Awaited<ReturnType<typeof runBounded>>;
      try {
        r = await runBounded(c.args, cwd, { LANG: '', LC_ALL: '', LC_MESSAGES: '', GESPREKSKIT_LANG: '', ...(c.env ?? {}) }, BOUNDS);
      } finally {
        restorePermissions(cwd, c);
      }
      const shown = `\n--- stderr ---\n${r.err}`;
      expect(r.timedOut, `still running after ${BOUNDS.timeoutMs} ms`).to.equal(false);
      expect(r.code, `exit 70 (reported as a bug)${shown}`).not.to.equal(70);
      expect(r.code, `exit code${shown}`).to.equal(c.exit);
      expect(r.rssMB, 'peak memory (MB)').to.be.below(MAX_RSS_MB);
      const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').replace(/\n$/, '').split('\n');
      const actual = normalise(r.err, cwd).split('\n');
      expect(actual.length, `number of lines${shown}`).to.equal(expected.length);
      expected.forEach((line, i) => expect(lineMatches(line, actual[i]!), `line ${i + 1}:\n  expected ${line}\n  actual   ${actual[i]}`).to.equal(true));
    });
  }
});
