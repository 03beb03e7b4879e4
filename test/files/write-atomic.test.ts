import { expect } from 'chai';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempName } from '../../src/files/temp-names.js';
import { writeFileAtomic, writeFilesAtomic } from '../../src/files/write-atomic.js';
import { leftoverTempFiles } from '../helpers/files.js';
import { tempDir } from '../helpers/temp.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('files: atomic writes', () => {
  it('replaces a file as a whole and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'sub', 'a.pdf');
    writeFileAtomic(file, bytes('oud'));
    writeFileAtomic(file, bytes('nieuw'));
    expect(readFileSync(file, 'utf8')).to.equal('nieuw');
    expect(leftoverTempFiles(dir)).to.deep.equal([]);
  });

  it('writes all files of a group or none: a failing second file keeps the first one old', () => {
    const dir = tempDir();
    const first = join(dir, 'worksheet.pdf');
    const second = join(dir, 'teacher-guide.pdf');
    writeFileSync(first, 'oud werkblad');
    mkdirSync(second); // a folder in the way of the second file
    expect(() => writeFilesAtomic([{ file: first, data: bytes('nieuw werkblad') }, { file: second, data: bytes('nieuwe gids') }])).to.throw();
    expect(readFileSync(first, 'utf8')).to.equal('oud werkblad');
    expect(leftoverTempFiles(dir)).to.deep.equal([]);
  });

  it('does not write through a link planted where its temporary file goes', () => {
    const dir = tempDir();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'niet van gesprekskit');
    symlinkSync(victim, join(dir, tempName('out.pdf')));
    writeFileAtomic(join(dir, 'out.pdf'), bytes('pdf'));
    expect(readFileSync(victim, 'utf8')).to.equal('niet van gesprekskit');
    expect(readFileSync(join(dir, 'out.pdf'), 'utf8')).to.equal('pdf');
    expect(existsSync(join(dir, tempName('out.pdf')))).to.equal(false);
  });
});
