import { Unzlib } from 'fflate';
import { KitError, problem } from '../errors.js';
import type { ImageDamage, OtherImageFormat } from '../messages/catalogue/images.js';
import type { Noun } from '../messages/nouns.js';
import type { InputFiles } from './input-files.js';
import { PNG_CHANNELS, PNG_SIGNATURE, pngPasses, pngRowBytes, readPngChunks } from './png-format.js';
import { concatBytes } from '../bytes.js';

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

export function checkImage(data: Uint8Array): Checked {
  if (data.length >= 8 && PNG_SIGNATURE.every((b, i) => data[i] === b)) return checkPng(data);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return checkJpeg(data);
  const kind = /^(GIF8|<svg|<\?xml|RIFF|BM|%PDF)/.exec(latin1(data, 0, 8))?.[1];
  const named: Record<string, OtherImageFormat> = { GIF8: 'gif', '<svg': 'svg', '<?xml': 'xml', RIFF: 'webp', BM: 'bmp', '%PDF': 'pdf' };
  return { fault: kind ? { kind: 'format', format: named[kind]! } : { kind: 'format' } };
}

function checkPng(data: Uint8Array): Checked {
  const bad = (damage: ImageDamage): Checked => ({ fault: { kind: 'damaged', format: 'png', damage } });
  const chunks = readPngChunks(data);
  if (typeof chunks === 'string') return bad(chunks);
  const { header } = chunks;
  if (!header) return bad('no-header');
  if (!chunks.ended) return bad('cut-off');
  if (PNG_CHANNELS[header.colour] === undefined || ![1, 2, 4, 8, 16].includes(header.depth)) return bad('colour-format');
  const tooBig = sizeFault(header.width, header.height);
  if (tooBig) return tooBig;
  // Every row starts with a filter byte 0–4; pdfkit's decoder throws on anything else.
  const passes = pngPasses(header);
  // The header says exactly how many bytes the pixels take: unpacking stops there, so data
  // that would inflate to gigabytes behind a 1 × 1 header is caught after a few bytes.
  const expected = passes.reduce((n, p) => n + p.height * (1 + pngRowBytes(header, p.width)), 0);
  const pixels = boundedInflate(chunks.data, expected);
  if (pixels === 'too-large') return bad('too-much-data');
  if (pixels === 'damaged') return bad('unpack');
  let at = 0;
  for (const pass of passes) {
    for (let row = 0; row < pass.height; row++) {
      if (at >= pixels.length || pixels[at]! > 4) return bad('incomplete');
      at += 1 + pngRowBytes(header, pass.width);
    }
  }
  if (at > pixels.length) return bad('incomplete');
  return { format: 'png', width: header.width, height: header.height };
}

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
