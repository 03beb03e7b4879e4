import { deflateSync, inflateSync } from 'node:zlib';

/** A decoded grayscale PNG (what `gs -sDEVICE=pngmono` or `pnggray` writes): 0 is black. */
export interface GrayImage {
  width: number;
  height: number;
  /** Gray value 0–255 of a pixel. */
  at(x: number, y: number): number;
}

/** Decodes a non-interlaced grayscale PNG of bit depth 1 or 8. */
export function decodeGrayPng(png: Buffer): GrayImage {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let depth = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8]!;
      if (data[9] !== 0 || data[12] !== 0) throw new Error('only non-interlaced grayscale PNGs');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = Math.ceil((width * depth) / 8);
  const bpp = Math.max(1, depth / 8);
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const x = src[i]!;
      let v = x;
      if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      out[i] = v & 0xff;
    }
  }
  return {
    width,
    height,
    at: (x, y) => {
      if (x < 0 || y < 0 || x >= width || y >= height) return 255;
      if (depth === 8) return rows[y * stride + x]!;
      const bit = (rows[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1;
      return bit ? 255 : 0;
    },
  };
}

/**
 * A PNG file built chunk by chunk from raw (already filtered) rows: 8 bits per channel,
 * CRCs zero (neither pdfkit nor gesprekskit's checks read them).
 */
export function makePng(width: number, height: number, colour: number, rows: Uint8Array, interlace = 0): Buffer {
  const chunk = (type: string, body: Uint8Array) => {
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
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array(0))]);
}
