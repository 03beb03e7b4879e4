import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as fontkit from 'fontkit';
import { Face, forExtraction, loadFamily, useShapingStore, type StoredRun } from '../../src/layout/fonts.js';
import { nodeFiles } from '../../src/node/node-files.js';
import { PACKAGE_ROOT } from '../../src/node/paths.js';
import { tempDir } from '../helpers/temp.js';

const WORDS = ['Identiteit ', 'wie ', 'ben ', 'ik? ', 'fijn ', 'officiële ', 'Thị ', 'ẹ ', '“citaat” ', '— ', 'Çağla ', 'Иван ', 'x'];

/** A face of its own (not the process's shared one), so nothing is shaped yet. */
function freshFace(style: 'regular' | 'bold' = 'regular'): Face {
  const shared = loadFamily('noto-sans', nodeFiles).faces[style];
  return new Face(forExtraction(fontkit.create(shared.data)), 'noto-sans', style, shared.data);
}

/** What pdfkit reads of a run (pdfkit's EmbeddedFont.encode and _fragment). */
function asPdfkitReadsIt(face: Face, word: string) {
  const run = face.run(word);
  return {
    advanceWidth: run.advanceWidth,
    glyphs: run.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: [...g.codePoints] })),
    positions: run.positions.map((p) => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset, advanceWidth: p.advanceWidth })),
  };
}

describe('shaping cache: words shaped once, kept between builds', () => {
  // Builds earlier in the run may have left their cache's store in place.
  beforeEach(() => useShapingStore(undefined));
  afterEach(() => useShapingStore(undefined));

  it('a stored word reads back exactly as fontkit shaped it, without shaping again', () => {
    const shaper = freshFace();
    const shaped = WORDS.map((w) => asPdfkitReadsIt(shaper, w));
    const stored = JSON.parse(JSON.stringify(shaper.storable())) as Record<string, StoredRun>;
    expect(Object.keys(stored)).to.have.members(WORDS);

    const reader = freshFace();
    reader.font.layout = () => {
      throw new Error('shaped again although the word was stored');
    };
    useShapingStore({ load: () => stored });
    expect(WORDS.map((w) => asPdfkitReadsIt(reader, w))).to.deep.equal(shaped);
    expect(reader.storable(), 'nothing new to store').to.equal(undefined);
  });

  it('a word the store lacks is shaped and stored next to the others', () => {
    const face = freshFace('bold');
    useShapingStore({ load: () => ({}) });
    face.run('nieuw ');
    expect(Object.keys(face.storable() ?? {})).to.deep.equal(['nieuw ']);
  });
});

describe('shaping cache: the PDFs are the same bytes with or without it', function () {
  this.timeout(180_000);
  const cache = tempDir('gesprekskit-cache-');
  const pdfs = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pdf'))
        .sort()
        .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
    );
  /** The CLI in a process of its own: only then does a build start without shaped words. */
  const build = (out: string, ...flags: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src', 'cli', 'run.ts'), 'build', 'identiteit', '--out', out, ...flags], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache },
    });
    expect(r.status, r.stderr).to.equal(0);
    return pdfs(out);
  };
  const cacheFiles = () => {
    const dir = join(cache, 'gesprekskit', 'shaping');
    return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'latin1')]));
  };

  it('cold cache, warm cache, --no-cache and a damaged cache give identical files', () => {
    const out = tempDir('gesprekskit-out-');
    const cold = build(join(out, 'cold'));
    expect(Object.keys(cold)).to.have.length.greaterThan(3);
    const stored = cacheFiles();
    expect(Object.keys(stored), 'the cold build stored its words').to.not.be.empty;

    rmSync(join(cache, 'gesprekskit', 'pdfs'), { recursive: true, force: true });
    expect(build(join(out, 'warm')), 'warm cache').to.deep.equal(cold);
    // Every word came from the cache: nothing new was shaped, so nothing was written.
    expect(cacheFiles(), 'a warm build shapes no new words').to.deep.equal(stored);

    expect(build(join(out, 'none'), '--no-cache'), '--no-cache').to.deep.equal(cold);

    // Drawn again, not taken from the PDF cache: only drawing reads shaped words.
    rmSync(join(cache, 'gesprekskit', 'pdfs'), { recursive: true, force: true });
    const dir = join(cache, 'gesprekskit', 'shaping');
    const [first, second] = Object.keys(stored);
    writeFileSync(join(dir, first!), stored[first!]!.slice(0, 200)); // cut off
    if (second) writeFileSync(join(dir, second), '{"format":"something-else/9"}\n{}'); // foreign
    expect(build(join(out, 'damaged')), 'damaged cache').to.deep.equal(cold);
    expect(cacheFiles()[first!], 'a damaged file is replaced').to.equal(stored[first!]);
    expect(relative(cache, dir)).to.equal(join('gesprekskit', 'shaping'));
  });
});
