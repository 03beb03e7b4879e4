import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { decodePixels } from '../../src/layout/pdfkit-deflate.js';
import { buildInto, FIXTURES } from '../helpers/kit.js';
import { imagesOf } from '../helpers/pdf.js';
import { makePng } from '../helpers/png.js';
import { tempDir } from '../helpers/temp.js';

/** PNG row filters as an encoder applies them (the decoder must undo each). */
function filterRow(type: number, row: Uint8Array, above: Uint8Array | undefined, bpp: number): Uint8Array {
  const out = new Uint8Array(row.length + 1);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const left = i >= bpp ? row[i - bpp]! : 0;
    const up = above ? above[i]! : 0;
    const upLeft = above && i >= bpp ? above[i - bpp]! : 0;
    const p = left + up - upLeft;
    const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
    const predictor = [0, left, up, Math.floor((left + up) / 2), paeth][type]!;
    out[i + 1] = (row[i]! - predictor + 256) % 256;
  }
  return out;
}

function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

describe('layout: one deflate for every shell (pdfkit adapters)', () => {
  it('decodes PNG rows with each of the five filters back to their pixels', () => {
    const width = 16;
    const height = 25;
    const bpp = 4;
    // Few distinct values: the filters' predictors often tie, where a decoder's choices show.
    const pixels = pseudoRandom(width * height * bpp, 7).map((v) => (v % 4) * 61);
    const rows: Uint8Array[] = [];
    for (let y = 0; y < height; y++) {
      const row = pixels.subarray(y * width * bpp, (y + 1) * width * bpp);
      rows.push(filterRow(y % 5, row, y > 0 ? pixels.subarray((y - 1) * width * bpp, y * width * bpp) : undefined, bpp));
    }
    const imgData = deflateSync(Buffer.concat(rows));
    expect(decodePixels({ width, height, pixelBitlength: 32, interlaceMethod: 0, imgData })).to.deep.equal(pixels);
  });

  it('puts the seven passes of an interlaced PNG back in place', () => {
    const width = 13;
    const height = 11;
    const pixels = pseudoRandom(width * height, 3);
    const passes = [
      [0, 0, 8, 8],
      [4, 0, 8, 8],
      [0, 4, 4, 8],
      [2, 0, 4, 4],
      [0, 2, 2, 4],
      [1, 0, 2, 2],
      [0, 1, 1, 2],
    ];
    const rows: number[] = [];
    for (const [x0, y0, dx, dy] of passes) {
      for (let y = y0!; y < height; y += dy!) {
        if (x0! >= width) continue;
        rows.push(0);
        for (let x = x0!; x < width; x += dx!) rows.push(pixels[y * width + x]!);
      }
    }
    const imgData = deflateSync(Uint8Array.from(rows));
    expect(decodePixels({ width, height, pixelBitlength: 8, interlaceMethod: 1, imgData })).to.deep.equal(pixels);
  });

  it('embeds a logo with transparency the same way every time, in a piece and in a class set', async () => {
    const dir = tempDir();
    // A 40×20 RGBA logo: the alpha channel takes pdfkit's path that decodes and deflates again.
    const width = 40;
    const height = 20;
    const rgba = pseudoRandom(width * height * 4, 11);
    const rows = Array.from({ length: height }, (_, y) => filterRow(0, rgba.subarray(y * width * 4, (y + 1) * width * 4), undefined, 4));
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, makePng(width, height, 6, Buffer.concat(rows)));
    const school = { name: 'Atheneum Noord', contact: '', logo };
    const roster = join(FIXTURES, 'rosters', 'klas-3b.csv');
    const built: Buffer[][] = [];
    for (const run of ['a', 'b']) {
      const out = join(dir, run);
      await buildInto(out, { lessons: ['identiteit'], school });
      const result = await buildInto(out, { lessons: ['identiteit'], school, roster });
      expect(result.failed).to.deep.equal([]);
      built.push([readFileSync(join(out, 'identiteit', 'worksheet.pdf')), readFileSync(join(out, 'identiteit', 'worksheets-klas-3b.pdf'))]);
    }
    expect(built[0]![0]!.equals(built[1]![0]!)).to.equal(true);
    expect(built[0]![1]!.equals(built[1]![1]!)).to.equal(true);
    const worksheet = built[0]![0]!;
    expect(worksheet.includes('/SMask')).to.equal(true);
    const images = await imagesOf(worksheet);
    expect(images[0]!.length).to.equal(1);
  });
});
