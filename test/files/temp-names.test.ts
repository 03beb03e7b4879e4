import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemps, tempName } from '../../src/files/temp-names.js';
import { tempDir } from '../helpers/temp.js';

/** A process id that was just used and is gone now. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim() as unknown as number;
}

describe('files: temporary files a killed build left behind', () => {
  it('are removed when provably ours and stale; anything else is left alone', () => {
    const dir = tempDir();
    const dead = Number(deadPid());
    const host = tempName('x').split('.')[2]!; // "gk" + this computer's tag
    const make = (name: string, data = '%PDF-1.7 half') => {
      writeFileSync(join(dir, name), data);
      return join(dir, name);
    };
    const staleFile = make(`.worksheet.pdf.${host}.${dead}.tmp`);
    const staleOld = make(`.teacher-guide.pdf.${dead}.tmp`, ''); // the form before the host tag, empty
    const staleFolder = join(dir, `.worksheets-klas.${host}.${dead}.3.tmp`);
    mkdirSync(staleFolder);
    writeFileSync(join(staleFolder, '01-an.pdf'), '%PDF-');
    const live = make(tempName('cards.pdf', 9)); // this process: still working
    const notAPdf = make(`.notities.txt.${host}.${dead}.tmp`, 'mijn notities');
    const otherHostFresh = make(`.slides.pdf.gkffffff.${dead}.tmp`);
    const otherHostOld = make(`.youth-session.pdf.gkffffff.${dead}.tmp`);
    const dayAgo = (Date.now() - 25 * 60 * 60 * 1000) / 1000;
    utimesSync(otherHostOld, dayAgo, dayAgo);
    const mine = make('worksheet.pdf');

    const removed = removeStaleTemps(dir);
    expect(removed.sort()).to.deep.equal([staleFile, staleOld, staleFolder, otherHostOld].sort());
    for (const kept of [live, notAPdf, otherHostFresh, mine]) expect(existsSync(kept), kept).to.equal(true);
  });
});
