import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_NAMES, directCommand } from '../../src/cli/direct.js';
import { helpKey, keepHelp, keptHelp } from '../../src/cli/help-cache.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * A help text is kept after yargs wrote it once, and given again without loading yargs: it
 * must be exactly what yargs writes. Plain `list` and `validate` skip yargs too: they must do
 * what yargs would have them do.
 */
describe('cli: help texts kept, and command lines that need no parser', () => {
  it('a kept help text is the one yargs writes, per command and language', async () => {
    const requests = [['--help'], ['-h'], ['build', '--help'], ['list', '-h', '--lang', 'en'], ['--help', '--lang=en'], ['validate', '--help']];
    for (const args of requests) {
      const first = await runCli(args, PACKAGE_ROOT);
      const kept = keptHelp(helpKey(args, args.includes('en') || args.includes('--lang=en') ? 'en' : 'nl', Math.min(100, process.stdout.columns || 100))!);
      expect(kept, args.join(' ')).to.be.a('string');
      const again = await runCli(args, PACKAGE_ROOT);
      expect(again, args.join(' ')).to.deep.equal(first);
      expect(again.out).to.equal(kept);
    }
    const dutch = await runCli(['--help'], PACKAGE_ROOT);
    const english = await runCli(['--help', '--lang', 'en'], PACKAGE_ROOT);
    expect(dutch.out).to.include("Commando's:");
    expect(english.out).to.include('Commands:');
  });

  it('keeps only plain requests for help, and not in another cache folder', () => {
    for (const args of [['build'], ['--help', '--out', 'x'], ['--help', '-h'], ['bogus', '--help'], ['build', 'list', '--help'], ['--help', '--lang', 'fr']]) {
      expect(helpKey(args, 'nl', 100), args.join(' ')).to.equal(undefined);
    }
    const key = helpKey(['--help'], 'nl', 100)!;
    expect(helpKey(['--help'], 'nl', 80)).not.to.equal(key);
    expect(helpKey(['--help'], 'en', 100)).not.to.equal(key);
    const dir = tempDir();
    expect(keptHelp(key, dir)).to.equal(undefined);
    keepHelp(key, 'tekst', dir);
    expect(keptHelp(key, dir)).to.equal('tekst');
    expect(readdirSync(join(dir, 'help'))).to.have.length(1);
  });

  it('knows every command yargs declares', async () => {
    const help = await runCli(['--help', '--lang', 'en'], PACKAGE_ROOT);
    const declared = [...help.out.matchAll(/^ {2}gesprekskit (\w+)/gm)].map((m) => m[1]);
    expect([...declared].sort()).to.deep.equal([...COMMAND_NAMES].sort());
  });

  it('list and validate without flags say what they say through yargs', async () => {
    expect(directCommand(['list'])).to.equal('list');
    expect(directCommand(['validate', '--lang', 'en'])).to.equal('validate');
    for (const args of [['list', 'x'], ['list', '--lang', 'fr'], ['validate', '--no-cache'], ['build'], []]) expect(directCommand(args), args.join(' ')).to.equal(undefined);
    // The same command line through yargs: --lang given twice is not direct (and an error).
    for (const [direct, parsed] of [
      [['list'], ['list', '--lessons', 'lessons']],
      [['validate', '--lang', 'en'], ['validate', '--lang', 'en', '--lessons', 'lessons']],
    ]) {
      const a = await runCli(direct!, PACKAGE_ROOT);
      const b = await runCli(parsed!, PACKAGE_ROOT);
      expect(a, direct!.join(' ')).to.deep.equal(b);
    }
  });
});
