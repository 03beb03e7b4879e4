import { expect } from 'chai';
import { posix } from 'node:path';
import { KitError } from '../../src/errors.js';
import { MemoryFiles } from '../../src/input/memory-files.js';
import { basename, dirname, extname, isAbsolute, join, normalize, relativeFrom, resolveFrom } from '../../src/input/posix-path.js';
import { readTextFile } from '../../src/input/read-text.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof KitError) return e.code;
    throw e;
  }
  return undefined;
}

describe('input: files in memory (the browser’s InputFiles)', () => {
  it('handles paths as node:path’s posix functions do', () => {
    const paths = ['/', '/a', '/a/', '/a/b.yaml', 'a/b', './a/../b', '../x', '/a/./b/../c', 'a//b', '.', '..', '/school/lessons/sources/x.md', 'x.tar.gz', '.hidden'];
    for (const p of paths) {
      expect(normalize(p), `normalize ${p}`).to.equal(posix.normalize(p).replace(/(.)\/$/, '$1'));
      expect(dirname(p), `dirname ${p}`).to.equal(posix.dirname(p));
      expect(basename(p), `basename ${p}`).to.equal(posix.basename(p));
      expect(extname(p), `extname ${p}`).to.equal(posix.extname(p));
      expect(isAbsolute(p), `isAbsolute ${p}`).to.equal(posix.isAbsolute(p));
      expect(resolveFrom('/school', p), `resolve ${p}`).to.equal(posix.resolve('/school', p));
      expect(relativeFrom('/school', '/school/lessons', p), `relative ${p}`).to.equal(posix.relative('/school/lessons', posix.resolve('/school', p)));
    }
    expect(join('/a', 'b', '../c', 'd.hbs')).to.equal(posix.join('/a', 'b', '../c', 'd.hbs'));
    expect(join('a', '', 'b')).to.equal(posix.join('a', '', 'b'));
    expect(basename('/a/b.yaml', '.yaml')).to.equal('b');
    expect(resolveFrom('/school', 'lessons', '/abs', 'x')).to.equal('/abs/x');
  });

  it('lists folders made by the files in them, and reads files with the file system’s errors', () => {
    const files = new MemoryFiles({ cwd: '/school' });
    files.write('lessons/les.yaml', 'id: les\n');
    files.write('/school/lessons/sources/bron.md', '---\n');
    expect(files.list('lessons', 'lessonsFolder')).to.deep.equal(['les.yaml', 'sources']);
    expect(files.kind('/school/lessons')).to.equal('folder');
    expect(files.kind('lessons/les.yaml')).to.equal('file');
    expect(files.kind('nergens')).to.equal('missing');
    expect(new TextDecoder().decode(files.readBytes('lessons/les.yaml', { what: 'lessonFile', maxBytes: 100 }))).to.equal('id: les\n');
    expect(codeOf(() => files.readBytes('nergens.yaml', { what: 'lessonFile', maxBytes: 100 }))).to.equal('GK_FILE_NOT_FOUND');
    expect(codeOf(() => files.readBytes('lessons', { what: 'lessonFile', maxBytes: 100 }))).to.equal('GK_FILE_IS_FOLDER');
    expect(codeOf(() => files.readBytes('lessons/les.yaml/x', { what: 'lessonFile', maxBytes: 100 }))).to.equal('GK_FILE_NOT_FOLDER');
    expect(codeOf(() => files.readBytes('lessons/les.yaml', { what: 'lessonFile', maxBytes: 3 }))).to.equal('GK_FILE_TOO_LARGE');
    expect(codeOf(() => files.list('lessons/les.yaml', 'lessonsFolder'))).to.equal('GK_FILE_NOT_FOLDER');
    expect(codeOf(() => files.list('leeg', 'lessonsFolder'))).to.equal('GK_FILE_NOT_FOUND');
    files.remove('lessons/les.yaml');
    expect(files.list('lessons', 'lessonsFolder')).to.deep.equal(['sources']);
  });

  it('decodes text with the same checks as on disk: encoding, binary, empty', () => {
    const files = new MemoryFiles();
    files.write('/bom.md', Uint8Array.from([0xef, 0xbb, 0xbf, 0x68, 0x69]));
    files.write('/latin1.md', Uint8Array.from([0x68, 0xe9, 0x0a]));
    files.write('/bin.md', Uint8Array.from([0x68, 0x00]));
    files.write('/leeg.md', '  \n');
    expect(readTextFile(files, '/bom.md', 'sourceText')).to.equal('hi');
    expect(codeOf(() => readTextFile(files, '/latin1.md', 'sourceText'))).to.equal('GK_FILE_ENCODING');
    expect(codeOf(() => readTextFile(files, '/bin.md', 'sourceText'))).to.equal('GK_FILE_BINARY');
    expect(codeOf(() => readTextFile(files, '/leeg.md', 'sourceText'))).to.equal('GK_FILE_EMPTY');
  });
});
