import { unzlibSync, zlibSync } from 'fflate';
import * as jpeg from 'jpeg-js';
import { PNG_CHANNELS, pngPasses, pngRowBytes, readPngChunks } from './png-format.js';
import { MAX_IMAGE_PIXELS, MAX_LOGO_SIDE, type LoadedImage } from './read-image.js';

/**
 * A big logo (a 4000-pixel scan) is made smaller once, when it is read, instead of being
 * embedded at full size in every PDF and decoded again by every printer and viewer. Only
 * images checked by readImageFile come here, so their size is known and bounded before
 * anything is unpacked. Plain JavaScript (fflate, jpeg-js), the same in Node and a browser:
 * the same logo gives the same bytes in both. The smaller logo is always a PNG.
 */
export function fitLogo(image: LoadedImage): LoadedImage {
  const long = Math.max(image.width, image.height);
  if (long <= MAX_LOGO_SIDE) return image;
  const scale = MAX_LOGO_SIDE / long;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  let rgba: Uint8Array | undefined;
  try {
    rgba =
      image.format === 'png'
        ? decodePng(image.data)
        : jpeg.decode(image.data, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 512 }).data;
  } catch {
    rgba = undefined;
  }
  // A kind this code does not unpack (a CMYK JPEG, an odd PNG) is embedded as it is.
  if (!rgba || rgba.length !== image.width * image.height * 4) return image;
  const small = shrink(rgba, image.width, image.height, width, height);
  return { ...image, format: 'png', data: encodePng(small, width, height), width, height };
}

/** A checked PNG as 8-bit RGBA: every colour type, bit depth and interlacing. */
function decodePng(data: Uint8Array): Uint8Array | undefined {
  const chunks = readPngChunks(data);
  if (typeof chunks === 'string' || !chunks.header) return undefined;
  const { header, palette, alphas } = chunks;
  const { width, colour, depth } = header;
  const channels = PNG_CHANNELS[colour]!;
  const bpp = Math.max(1, (channels * depth) >> 3);
  // readImageFile bounded this data by the size its header gives.
  const raw = unzlibSync(chunks.data);
  const out = new Uint8Array(width * header.height * 4);
  let at = 0;
  for (const pass of pngPasses(header)) {
    const rowBytes = pngRowBytes(header, pass.width);
    let prev = new Uint8Array(rowBytes);
    for (let r = 0; r < pass.height; r++) {
      const filter = raw[at]!;
      const row = raw.slice(at + 1, at + 1 + rowBytes);
      at += 1 + rowBytes;
      unfilter(filter, row, prev, bpp);
      for (let c = 0; c < pass.width; c++) {
        const o = ((pass.y0 + r * pass.dy) * width + (pass.x0 + c * pass.dx)) * 4;
        pixel(row, c, channels, depth, colour, palette, alphas, out, o);
      }
      prev = row;
    }
  }
  return out;
}

function unfilter(filter: number, row: Uint8Array, prev: Uint8Array, bpp: number): void {
  for (let i = 0; i < row.length; i++) {
    const a = i >= bpp ? row[i - bpp]! : 0;
    const b = prev[i]!;
    const c = i >= bpp ? prev[i - bpp]! : 0;
    let add = 0;
    if (filter === 1) add = a;
    else if (filter === 2) add = b;
    else if (filter === 3) add = (a + b) >> 1;
    else if (filter === 4) {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    row[i] = (row[i]! + add) & 0xff;
  }
}

/** Sample `k` of a row (0-based) at a bit depth, scaled to 0–255 (palette indexes kept). */
function sample(row: Uint8Array, k: number, depth: number, scale: boolean): number {
  if (depth === 8) return row[k]!;
  if (depth === 16) return row[2 * k]!;
  const perByte = 8 / depth;
  const v = (row[Math.floor(k / perByte)]! >> (8 - depth * ((k % perByte) + 1))) & ((1 << depth) - 1);
  return scale ? Math.round((v * 255) / ((1 << depth) - 1)) : v;
}

function pixel(row: Uint8Array, c: number, channels: number, depth: number, colour: number, palette: Uint8Array, alphas: Uint8Array, out: Uint8Array, o: number): void {
  const s = (i: number) => sample(row, c * channels + i, depth, colour !== 3);
  if (colour === 3) {
    const i = s(0);
    out[o] = palette[3 * i] ?? 0;
    out[o + 1] = palette[3 * i + 1] ?? 0;
    out[o + 2] = palette[3 * i + 2] ?? 0;
    out[o + 3] = alphas[i] ?? 255;
    return;
  }
  const grey = colour === 0 || colour === 4;
  out[o] = s(0);
  out[o + 1] = grey ? s(0) : s(1);
  out[o + 2] = grey ? s(0) : s(2);
  out[o + 3] = colour === 4 ? s(1) : colour === 6 ? s(3) : 255;
}

/** Area-average downscaling of RGBA pixels, colours weighted by their opacity. */
function shrink(src: Uint8Array, sw: number, sh: number, dw: number, dh: number): Uint8Array {
  const out = new Uint8Array(dw * dh * 4);
  for (let y = 0; y < dh; y++) {
    const y0 = Math.floor((y * sh) / dh);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sh) / dh));
    for (let x = 0; x < dw; x++) {
      const x0 = Math.floor((x * sw) / dw);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sw) / dw));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = y0; sy < y1; sy++) {
        let i = (sy * sw + x0) * 4;
        for (let sx = x0; sx < x1; sx++, i += 4) {
          const alpha = src[i + 3]!;
          r += src[i]! * alpha;
          g += src[i + 1]! * alpha;
          b += src[i + 2]! * alpha;
          a += alpha;
        }
      }
      const o = (y * dw + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / ((y1 - y0) * (x1 - x0)));
    }
  }
  return out;
}

/** RGBA pixels as an 8-bit PNG: RGB when fully opaque (pdfkit then embeds it without decoding). */
function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) opaque = false;
  const channels = opaque ? 3 : 4;
  const raw = new Uint8Array(height * (1 + width * channels));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * channels);
    raw[row] = 1; // Sub: small files for flat logo colours
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < channels; k++) {
        const v = rgba[(y * width + x) * 4 + k]!;
        const left = x > 0 ? rgba[(y * width + x - 1) * 4 + k]! : 0;
        raw[row + 1 + x * channels + k] = (v - left) & 0xff;
      }
    }
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8;
  ihdr[9] = opaque ? 2 : 6;
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  v.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

let CRC_TABLE: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
