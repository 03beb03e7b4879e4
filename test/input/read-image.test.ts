import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jpegJs from 'jpeg-js';
import { fitLogo } from '../../src/input/fit-logo.js';
import { checkImage, MAX_LOGO_SIDE, readImageFile } from '../../src/input/read-image.js';
import { KitError } from '../../src/errors.js';
import { FIXTURES } from '../helpers/kit.js';
import { makePng } from '../helpers/png.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

const png = readFileSync(join(FIXTURES, 'school', 'logo.png'));
const jpeg = readFileSync(join(FIXTURES, 'school', 'logo.jpg'));

describe('files: checking a logo image before pdfkit sees it', () => {
  it('accepts PNG and JPEG and reads their size', () => {
    expect(checkImage(png)).to.deep.equal({ format: 'png', width: 200, height: 200 });
    expect(checkImage(jpeg)).to.deep.equal({ format: 'jpeg', width: 200, height: 200 });
    // RGBA, 2 × 2: each row is a filter byte and 8 bytes.
    expect(checkImage(makePng(2, 2, 6, Buffer.alloc(2 * 9)))).to.deep.equal({ format: 'png', width: 2, height: 2 });
  });

  it('rejects PNGs that pdfkit would choke on later, in a callback nobody can catch', () => {
    const cases: [string, Buffer][] = [
      ['cut off', png.subarray(0, png.length - 30)],
      ['too little image data', makePng(4, 4, 6, Buffer.alloc(10))],
      ['a bad row filter', makePng(2, 2, 6, Buffer.from([9, ...Buffer.alloc(8), 0, ...Buffer.alloc(8)]))],
      ['interlaced, too little data', makePng(8, 8, 6, Buffer.alloc(20), 1)],
      ['data that does not unpack', Buffer.concat([png.subarray(0, 33), Buffer.from([0, 0, 0, 4, 0x49, 0x44, 0x41, 0x54, 1, 2, 3, 4, 0, 0, 0, 0]), png.subarray(png.length - 12)])],
    ];
    for (const [what, bytes] of cases) {
      const r = checkImage(bytes);
      expect('fault' in r && r.fault, what).to.deep.include({ kind: 'damaged', format: 'png' });
    }
  });

  it('names other formats', () => {
    expect(checkImage(Buffer.from('GIF89a....'))).to.deep.equal({ fault: { kind: 'format', format: 'gif' } });
    expect(checkImage(Buffer.from('%PDF-1.7'))).to.deep.equal({ fault: { kind: 'format', format: 'pdf' } });
    expect(checkImage(Buffer.from('hello'))).to.deep.equal({ fault: { kind: 'format' } });
    expect(checkImage(jpeg.subarray(0, 12))).to.have.nested.property('fault.kind', 'damaged');
  });

  it('refuses a logo over 2 MB with a hint to make it smaller', () => {
    const file = join(tempDir(), 'groot.png');
    writeFileSync(file, Buffer.concat([png, Buffer.alloc(2.5 * 1024 * 1024)]));
    try {
      readImageFile(nodeFiles, file, 'logo');
      expect.fail('expected an error');
    } catch (e) {
      expect(e).to.be.instanceOf(KitError);
      expect((e as KitError).problems[0]).to.include({ code: 'GK_IMAGE_TOO_LARGE', file });
    }
  });

  it('stops a decompression bomb before unpacking it: dimensions from the header, inflating bounded by them', () => {
    // A 1 × 1 image whose data unpacks to 64 MB, and a 10000 × 10000 16-bit image.
    const bomb = makePng(1, 1, 6, Buffer.alloc(64 * 1024 * 1024));
    expect(checkImage(bomb)).to.deep.equal({ fault: { kind: 'damaged', format: 'png', damage: 'too-much-data' } });
    const huge = makePng(10000, 10000, 6, Buffer.alloc(10));
    huge[24] = 16;
    expect(checkImage(huge)).to.deep.equal({ fault: { kind: 'pixels', width: 10000, height: 10000 } });
    // Within 10000 on a side, but more than 20 million pixels.
    expect(checkImage(makePng(5000, 5000, 6, Buffer.alloc(10)))).to.deep.equal({ fault: { kind: 'pixels', width: 5000, height: 5000 } });
  });

  it('makes a big logo smaller once, keeping its shape, and leaves a small one as it is', () => {
    const file = join(tempDir(), 'groot.png');
    const rows = Buffer.alloc(1500 * (1 + 3000 * 3));
    for (let y = 0; y < 1500; y++) for (let x = 0; x < 3000; x++) rows[y * (1 + 9000) + 1 + x * 3] = x % 256;
    writeFileSync(file, makePng(3000, 1500, 2, rows));
    const big = readImageFile(nodeFiles, file, 'logo');
    const small = fitLogo(big);
    expect([small.width, small.height]).to.deep.equal([MAX_LOGO_SIDE, MAX_LOGO_SIDE / 2]);
    expect(checkImage(small.data)).to.deep.equal({ format: 'png', width: MAX_LOGO_SIDE, height: MAX_LOGO_SIDE / 2 });
    expect(small.data.length).to.be.below(big.data.length);
    // The same logo gives the same bytes.
    expect(Buffer.from(fitLogo(big).data).equals(Buffer.from(small.data))).to.equal(true);
    expect(fitLogo({ file, format: 'png', width: 200, height: 200, data: png })).to.deep.equal({ file, format: 'png', width: 200, height: 200, data: png });
    // A JPEG too.
    const photo = jpegJs.encode({ width: 2000, height: 1000, data: Buffer.alloc(2000 * 1000 * 4, 0x80) }, 80).data;
    const fitted = fitLogo({ file, format: 'jpeg', width: 2000, height: 1000, data: photo });
    // Made smaller, it becomes a PNG: one encoder, the same bytes in Node and a browser.
    expect(checkImage(fitted.data)).to.deep.equal({ format: 'png', width: MAX_LOGO_SIDE, height: MAX_LOGO_SIDE / 2 });
  });
});

