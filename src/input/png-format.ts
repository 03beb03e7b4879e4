import { concatBytes } from '../bytes.js';

/**
 * The PNG container as both the image check (read-image.ts) and the logo shrinker
 * (fit-logo.ts) read it: its chunks, and the passes its rows come in.
 */

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Channels per pixel for each PNG colour type. */
export const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface PngHeader {
  width: number;
  height: number;
  depth: number;
  colour: number;
  interlace: number;
}

export interface PngChunks {
  header?: PngHeader;
  palette: Uint8Array;
  /** The tRNS chunk: transparency of palette entries or of one colour. */
  alphas: Uint8Array;
  /** The compressed pixel data, all IDAT chunks in order. */
  data: Uint8Array;
  /** An IEND chunk was found. */
  ended: boolean;
}

/** Walks the chunks after the signature; a file that stops inside a chunk or header is damaged. */
export function readPngChunks(png: Uint8Array): PngChunks | 'cut-off' | 'short-header' {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunks = { palette: new Uint8Array(0), alphas: new Uint8Array(0), data: new Uint8Array(0), ended: false };
  const idat: Uint8Array[] = [];
  let pos = 8;
  while (pos + 8 <= png.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...png.subarray(pos + 4, pos + 8));
    const start = pos + 8;
    if (start + length + 4 > png.length) return 'cut-off';
    const body = png.subarray(start, start + length);
    if (type === 'IHDR') {
      if (length < 13) return 'short-header';
      chunks.header = { width: view.getUint32(start), height: view.getUint32(start + 4), depth: body[8]!, colour: body[9]!, interlace: body[12]! };
    } else if (type === 'PLTE') chunks.palette = body;
    else if (type === 'tRNS') chunks.alphas = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') {
      chunks.ended = true;
      break;
    }
    pos = start + length + 4;
  }
  chunks.data = idat.length === 0 ? new Uint8Array(0) : concatBytes(idat);
  return chunks;
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

export interface PngPass {
  x0: number;
  y0: number;
  dx: number;
  dy: number;
  /** Pixels per row and rows in this pass. */
  width: number;
  height: number;
}

/** The passes that hold pixels: one for a plain image, up to seven when interlaced. */
export function pngPasses(header: PngHeader): PngPass[] {
  const steps = header.interlace === 1 ? ADAM7 : ([[0, 0, 1, 1]] as const);
  return steps
    .map(([x0, y0, dx, dy]) => ({ x0, y0, dx, dy, width: Math.ceil((header.width - x0) / dx), height: Math.ceil((header.height - y0) / dy) }))
    .filter((p) => p.width > 0 && p.height > 0);
}

/** Bytes of one row of a pass, without its filter byte. */
export function pngRowBytes(header: PngHeader, pixels: number): number {
  return Math.ceil((pixels * PNG_CHANNELS[header.colour]! * header.depth) / 8);
}
