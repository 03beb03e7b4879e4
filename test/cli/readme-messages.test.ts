import { expect } from 'chai';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * The messages the README shows (every code block with a [GK_…] code) come from a real run:
 * the mistakes the README describes are made in a copy of the shipped lessons, and each
 * block must be what the command line printed, line for line. A block that starts with
 * "$ npx gesprekskit …" is that command's whole output (stdout, then stderr).
 */

const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

/** The code blocks with a problem code, without the indentation of a list item. */
function messageBlocks(): string[][] {
  const blocks: string[][] = [];
  for (const m of README.matchAll(/^( *)```[a-z]*\n([\s\S]*?)^\1```$/gm)) {
    const lines = m[2]!.replace(/\n$/, '').split('\n').map((l) => l.slice(m[1]!.length));
    if (lines.some((l) => /\[GK_[A-Z0-9_]+\]$/.test(l))) blocks.push(lines);
  }
  return blocks;
}

/** The shipped lessons with the README's mistakes in them, and a class list with one. */
function brokenKit(): string {
  const dir = tempDir('gk-readme-');
  cpSync(join(PACKAGE_ROOT, 'lessons'), join(dir, 'lessons'), { recursive: true });
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(dir, 'lessons', file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    expect(changed, `${file}: ${String(from)}`).not.to.equal(text);
    writeFileSync(path, changed);
  };
  edit('groepsdenken.yaml', 'title: "Groepsdenken: wij, zij en de stille middengroep"', 'title: "Groepsdenken: wij, zij en de stille middengroep');
  edit('identiteit.yaml', 'niet je afkomst maar je toekomst telt. Dat iedereen', 'niet je afkomst maar je toekomst telt echt. Dat iedereen');
  writeFileSync(join(dir, 'klas-3b.csv'), 'naam;klas\nSara Peeters;3B\nZoë Van den Broeck;3B\nPeeters; Jan;3B\n');
  return dir;
}

/** A lesson whose duration is a word: the example under "Commando's". */
function durationKit(): string {
  const dir = tempDir('gk-readme-');
  cpSync(join(PACKAGE_ROOT, 'lessons'), join(dir, 'lessons'), { recursive: true });
  const path = join(dir, 'lessons', 'identiteit.yaml');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^duration: 50$/m, 'duration: tien'));
  return dir;
}

function contains(output: string[], block: string[]): boolean {
  for (let i = 0; i + block.length <= output.length; i++) {
    if (block.every((l, k) => output[i + k] === l)) return true;
  }
  return false;
}

describe('README: the messages it shows come from a real run', function () {
  this.timeout(120_000);

  it('every message block is what the command line printed', async () => {
    const broken = brokenKit();
    const outputs: string[][] = [];
    for (const [cwd, args] of [
      [broken, ['build', 'groepsdenken', 'identiteit', '--out', 'uit']],
      [broken, ['validate']],
      [broken, ['build', '--roster', 'klas-3b.csv', '--out', 'uit']],
      [durationKit(), ['validate', 'identiteit']],
    ] as const) {
      const run = await runCli([...args], cwd);
      expect(run.code, run.err).to.equal(1);
      outputs.push(run.err.split('\n'));
    }
    const blocks = messageBlocks();
    expect(blocks.length).to.be.at.least(4);
    for (const block of blocks) {
      const command = /^\$ npx gesprekskit (.*)$/.exec(block[0]!);
      if (command) {
        const run = await runCli(command[1]!.split(' '), broken);
        expect(block.slice(1), block[0]).to.deep.equal([...run.out.split('\n'), ...run.err.split('\n')]);
        continue;
      }
      expect(
        outputs.some((o) => contains(o, block)),
        `not printed by any run:\n${block.join('\n')}`,
      ).to.equal(true);
    }
  });
});
