import { Unzlib } from 'fflate';
import { KitError, problem } from '../errors.js';
import type { ImageDamage, OtherImageFormat } from '../messages/catalogue/images.js';
import type { Noun } from '../messages/nouns.js';
import type { InputFiles } from './input-files.js';

/** A logo is printed about 3 cm wide; anything this big is a photo that bloats every PDF. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/**
 * Pixels an image may have before it is decoded: a phone photo fits, a decompression bomb
 * (a small file that unpacks to gigabytes) does not. Checked from the header, before any
 * pixel is unpacked.
 */
export const MAX_IMAGE_PIXELS = 20_000_000;
/** Longest side of a logo as embedded in the PDFs: 8 mm high is sharp at ~1000 px wide. */
export const MAX_LOGO_SIDE = 1000;

export interface LoadedImage {
  file: string;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Reads a PNG or JPEG and checks it completely before pdfkit sees it: pdfkit decodes some
 * PNGs (with transparency or interlacing) in a callback, where a corrupt file throws an
 * exception nobody can catch. After this check those callbacks cannot fail.
 */
export function readImageFile(input: InputFiles, file: string, what: Noun, name?: string): LoadedImage {
  const which = name === undefined ? { what } : { what, name };
  const data = input.readBytes(file, {
    ...which,
    maxBytes: MAX_IMAGE_BYTES,
    tooLarge: (bytes) => problem('imageTooLarge', { ...which, mb: Number((bytes / 1024 / 1024).toFixed(1)), limitMb: MAX_IMAGE_BYTES / 1024 / 1024 }, { file }),
  });
  const checked = checkImage(data);
  if ('fault' in checked) {
    const { fault } = checked;
    throw new KitError(
      fault.kind === 'format'
        ? problem('imageFormat', { ...which, ...(fault.format ? { format: fault.format } : {}) }, { file })
        : fault.kind === 'damaged'
          ? problem('imageDamaged', { ...which, format: fault.format, ...(fault.damage ? { damage: fault.damage } : {}) }, { file })
          : problem('imagePixels', { ...which, width: fault.width, height: fault.height }, { file }),
    );
  }
  return { file, data, ...checked };
}

/** What is wrong with an image, as data: the words are in the message catalogue (images.ts). */
export type ImageFault =
  | { kind: 'format'; format?: OtherImageFormat }
  | { kind: 'damaged'; format: 'png' | 'jpeg'; damage?: ImageDamage }
  | { kind: 'pixels'; width: number; height: number };

type Checked = { format: 'png' | 'jpeg'; width: number; height: number } | { fault: ImageFault };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkImage(data: Uint8Array): Checked {
  if (data.length >= 8 && PNG_SIGNATURE.every((b, i) => data[i] === b)) return checkPng(data);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return checkJpeg(data);
  const kind = /^(GIF8|<svg|<\?xml|RIFF|BM|%PDF)/.exec(latin1(data, 0, 8))?.[1];
  const named: Record<string, OtherImageFormat> = { GIF8: 'gif', '<svg': 'svg', '<?xml': 'xml', RIFF: 'webp', BM: 'bmp', '%PDF': 'pdf' };
  return { fault: kind ? { kind: 'format', format: named[kind]! } : { kind: 'format' } };
}

/** Channels per pixel for each PNG colour type. */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function checkPng(data: Uint8Array): Checked {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const bad = (damage: ImageDamage): Checked => ({ fault: { kind: 'damaged', format: 'png', damage } });
  let pos = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (pos + 8 <= data.length) {
    const length = view.getUint32(pos);
    const type = latin1(data, pos + 4, pos + 8);
    const body = pos + 8;
    if (body + length + 4 > data.length) return bad('cut-off');
    if (type === 'IHDR') {
      if (length < 13) return bad('short-header');
      header = {
        width: view.getUint32(body),
        height: view.getUint32(body + 4),
        depth: data[body + 8]!,
        colour: data[body + 9]!,
        interlace: data[body + 12]!,
      };
    } else if (type === 'IDAT') {
      idat.push(data.subarray(body, body + length));
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    pos = body + length + 4;
  }
  if (!header) return bad('no-header');
  if (!ended) return bad('cut-off');
  const channels = PNG_CHANNELS[header.colour];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(header.depth)) return bad('colour-format');
  const tooBig = sizeFault(header.width, header.height);
  if (tooBig) return tooBig;
  // Every row starts with a filter byte 0–4; pdfkit's decoder throws on anything else.
  const bitsPerPixel = channels * header.depth;
  const rowBytes = (w: number) => Math.ceil((w * bitsPerPixel) / 8);
  const passes =
    header.interlace === 1
      ? ADAM7.map(([x0, y0, dx, dy]) => [Math.ceil((header.width - x0) / dx), Math.ceil((header.height - y0) / dy)] as const).filter(([w, h]) => w > 0 && h > 0)
      : [[header.width, header.height] as const];
  // The header says exactly how many bytes the pixels take: unpacking stops there, so data
  // that would inflate to gigabytes behind a 1 × 1 header is caught after a few bytes.
  const expected = passes.reduce((n, [w, h]) => n + h * (1 + rowBytes(w)), 0);
  const pixels = boundedInflate(concatBytes(idat), expected);
  if (pixels === 'too-large') return bad('too-much-data');
  if (pixels === 'damaged') return bad('unpack');
  let at = 0;
  for (const [w, h] of passes) {
    for (let row = 0; row < h; row++) {
      if (at >= pixels.length || pixels[at]! > 4) return bad('incomplete');
      at += 1 + rowBytes(w);
    }
  }
  if (at > pixels.length) return bad('incomplete');
  return { format: 'png', width: header.width, height: header.height };
}

/** Adam7 interlacing passes: start column, start row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

function checkJpeg(data: Uint8Array): Checked {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // Walk the markers up to the frame header (SOFn), which holds the size; pdfkit needs it too.
  let pos = 2;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) return { fault: { kind: 'damaged', format: 'jpeg' } };
    const marker = data[pos + 1]!;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = view.getUint16(pos + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (pos + 9 > data.length) break;
      const height = view.getUint16(pos + 5);
      const width = view.getUint16(pos + 7);
      if (width === 0 || height === 0) return { fault: { kind: 'damaged', format: 'jpeg', damage: 'no-size' } };
      return sizeFault(width, height) ?? { format: 'jpeg', width, height };
    }
    pos += 2 + length;
  }
  return { fault: { kind: 'damaged', format: 'jpeg', damage: 'cut-off' } };
}

function latin1(data: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...data.subarray(start, end));
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Dimensions are checked before a single pixel is unpacked. */
function sizeFault(width: number, height: number): Checked | undefined {
  if (width === 0 || height === 0 || width > 10000 || height > 10000 || width * height > MAX_IMAGE_PIXELS) {
    return { fault: { kind: 'pixels', width, height } };
  }
  return undefined;
}

class TooLarge extends Error {}

/**
 * Unpacks zlib data, stopping as soon as it yields more than `max` bytes. The compressed
 * data goes in small pieces, so a piece can unpack to at most about a megabyte before the
 * count stops it: a bomb costs milliseconds, not gigabytes.
 */
function boundedInflate(data: Uint8Array, max: number): Uint8Array | 'too-large' | 'damaged' {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > max) throw new TooLarge();
    parts.push(chunk);
  });
  try {
    const step = 1024;
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += step) inflate.push(data.subarray(i, i + step), i + step >= data.length);
  } catch (e) {
    return e instanceof TooLarge ? 'too-large' : 'damaged';
  }
  return concatBytes(parts);
}
