import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { checkImage, readImageFile } from '../../src/input/read-image.js';
import { KitError } from '../../src/errors.js';
import { FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';
import { nodeFiles } from '../../src/node/node-files.js';

const png = readFileSync(join(FIXTURES, 'school', 'logo.png'));
const jpeg = readFileSync(join(FIXTURES, 'school', 'logo.jpg'));

/** A PNG built chunk by chunk (CRCs are not checked by pdfkit, so zeros do). */
function makePng(width: number, height: number, colour: number, rows: Buffer, interlace = 0): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colour;
  ihdr[12] = interlace;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

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
});
