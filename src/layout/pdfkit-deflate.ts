import { unzlibSync, zlibSync } from 'fflate';
import { concatBytes } from '../bytes.js';

/**
 * pdfkit compresses with the zlib of its build: Node's own in Node (Chromium's fork of
 * zlib), fflate in a browser. Both make valid streams, but not the same bytes, so the CLI
 * and the web app would write different PDFs from the same input. These adapters make
 * every shell compress with fflate (pdfkit's own choice for browsers), so the bytes are the
 * same everywhere; they rely on pdfkit 0.20 and png-js 2 internals, named in the types below.
 *
 * PNG images with transparency or interlacing are decoded by png-js with an asynchronous
 * inflate (a thread pool in Node, a worker in a browser), and embedded when it is done: in a
 * class set that can be before or after the next copy's pages are written. They are decoded
 * synchronously here instead, so the order of objects in the file never depends on timing.
 */

/** The parts of pdfkit's PDFReference used here. */
interface PdfkitRef {
  buffer: Uint8Array[];
  compress: boolean;
  finalize(): void;
}

/** The parts of png-js's PNG (the decoder pdfkit uses) used here. */
interface PngJs {
  width: number;
  height: number;
  pixelBitlength: number;
  interlaceMethod: number;
  imgData: ArrayLike<number>;
  colors: number;
  bits: number;
  transparency: { indexed?: ArrayLike<number> };
  decodePixels(fn: (pixels: Uint8Array) => unknown): unknown;
}

/** The parts of pdfkit's PNGImage used here. */
interface PdfkitPng {
  image: PngJs;
  width: number;
  height: number;
  imgData: Uint8Array | null;
  alphaChannel?: Uint8Array;
  finalize(): unknown;
  splitAlphaChannel(): unknown;
  loadIndexedAlphaChannel(): unknown;
  decodeData(): unknown;
}

/** A 1×1 PNG, to reach pdfkit's PNGImage class. */
const PROBE_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * fflate's level 4: on the 28 MB of streams in a 300-student class set it takes 0.85 s, where
 * level 6 (pdfkit's and zlib's default) takes 2.1 s and Node's native zlib took 1.0–1.2 s;
 * the files come out under 2% larger than at level 6.
 */
const deflate = (data: Uint8Array) => zlibSync(data, { level: 4 });

let patched = false;

/**
 * Installs the adapters once per module instance. `probe` is a throwaway document of the
 * pdfkit build in use; must run before any other patch of PDFReference.finalize, so that
 * text they hold back is in the buffer when it is compressed.
 */
export function useFflate(probe: PDFKit.PDFDocument): void {
  if (patched) return;
  patched = true;
  const ref = Object.getPrototypeOf(probe.ref({})) as PdfkitRef;
  const finalize = ref.finalize;
  ref.finalize = function (this: PdfkitRef) {
    if (this.compress && this.buffer.length > 0) {
      // What pdfkit's finalize does, with fflate; the stream's Filter was set when written.
      this.buffer = [deflate(concatBytes(this.buffer))];
      this.compress = false;
    }
    finalize.call(this);
  };

  const opened = probe.openImage(Uint8Array.from(atob(PROBE_PNG), (c) => c.charCodeAt(0))) as unknown as PdfkitPng;
  const png = Object.getPrototypeOf(opened) as PdfkitPng;
  const decoder = Object.getPrototypeOf(opened.image) as PngJs;
  decoder.decodePixels = function (this: PngJs, fn) {
    return fn(decodePixels(this));
  };
  // pdfkit's three methods, as written in pdfkit 0.20, with fflate's deflate.
  png.splitAlphaChannel = function (this: PdfkitPng) {
    return this.image.decodePixels((pixels) => {
      const colorCount = this.image.colors;
      const pixelCount = this.width * this.height;
      const imgData = new Uint8Array(pixelCount * colorCount);
      const alphaChannel = new Uint8Array(pixelCount);
      const skip = this.image.bits === 16 ? 1 : 0;
      let i = 0;
      let p = 0;
      let a = 0;
      while (i < pixels.length) {
        for (let c = 0; c < colorCount; c++) {
          imgData[p++] = pixels[i++]!;
          i += skip;
        }
        alphaChannel[a++] = pixels[i++]!;
        i += skip;
      }
      this.imgData = deflate(imgData);
      this.alphaChannel = deflate(alphaChannel);
      return this.finalize();
    });
  };
  png.loadIndexedAlphaChannel = function (this: PdfkitPng) {
    const transparency = this.image.transparency.indexed!;
    const interlaced = this.image.interlaceMethod === 1;
    return this.image.decodePixels((pixels) => {
      const alphaChannel = new Uint8Array(this.width * this.height);
      let i = 0;
      for (let j = 0; j < pixels.length; j++) alphaChannel[i++] = transparency[pixels[j]!]!;
      if (interlaced) this.imgData = deflate(pixels);
      this.alphaChannel = deflate(alphaChannel);
      return this.finalize();
    });
  };
  png.decodeData = function (this: PdfkitPng) {
    this.image.decodePixels((pixels) => {
      this.imgData = deflate(pixels);
      this.finalize();
    });
  };
}


/**
 * png-js 2's decodePixels, synchronous: inflate, then undo each row's filter (with the
 * Adam7 passes for interlaced images). Kept as png-js writes it, arithmetic included, so the
 * pixels are the ones pdfkit would get.
 */
export function decodePixels(png: Pick<PngJs, 'width' | 'height' | 'pixelBitlength' | 'interlaceMethod' | 'imgData'>): Uint8Array {
  const data = unzlibSync(new Uint8Array(png.imgData));
  const { width, height } = png;
  const pixelBytes = png.pixelBitlength / 8;
  const pixels = new Uint8Array(width * height * pixelBytes);
  const length = data.length;
  let pos = 0;

  const pass = (x0: number, y0: number, dx: number, dy: number, singlePass = false) => {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    const scanlineLength = pixelBytes * w;
    const buffer = singlePass ? pixels : new Uint8Array(scanlineLength * h);
    let row = 0;
    let c = 0;
    const above = (i: number) => {
      const col = (i - (i % pixelBytes)) / pixelBytes;
      return row && buffer[(row - 1) * scanlineLength + col * pixelBytes + (i % pixelBytes)]!;
    };
    while (row < h && pos < length) {
      switch (data[pos++]) {
        case 0:
          for (let i = 0; i < scanlineLength; i++) buffer[c++] = data[pos++]!;
          break;
        case 1:
          for (let i = 0; i < scanlineLength; i++) {
            const byte = data[pos++]!;
            const left = i < pixelBytes ? 0 : buffer[c - pixelBytes]!;
            buffer[c++] = (byte + left) % 256;
          }
          break;
        case 2:
          for (let i = 0; i < scanlineLength; i++) {
            const byte = data[pos++]!;
            buffer[c++] = (above(i) + byte) % 256;
          }
          break;
        case 3:
          for (let i = 0; i < scanlineLength; i++) {
            const byte = data[pos++]!;
            const left = i < pixelBytes ? 0 : buffer[c - pixelBytes]!;
            buffer[c++] = (byte + Math.floor((left + above(i)) / 2)) % 256;
          }
          break;
        case 4:
          for (let i = 0; i < scanlineLength; i++) {
            const byte = data[pos++]!;
            const col = (i - (i % pixelBytes)) / pixelBytes;
            const left = i < pixelBytes ? 0 : buffer[c - pixelBytes]!;
            let upper = 0;
            let upperLeft = 0;
            if (row !== 0) {
              upper = buffer[(row - 1) * scanlineLength + col * pixelBytes + (i % pixelBytes)]!;
              upperLeft = col && buffer[(row - 1) * scanlineLength + (col - 1) * pixelBytes + (i % pixelBytes)]!;
            }
            const p = left + upper - upperLeft;
            const pa = Math.abs(p - left);
            const pb = Math.abs(p - upper);
            const pc = Math.abs(p - upperLeft);
            const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? upper : upperLeft;
            buffer[c++] = (byte + paeth) % 256;
          }
          break;
        default:
          throw new Error(`Invalid filter algorithm: ${data[pos - 1]}`);
      }
      if (!singlePass) {
        let pixelsPos = ((y0 + row * dy) * width + x0) * pixelBytes;
        let bufferPos = row * scanlineLength;
        for (let i = 0; i < w; i++) {
          for (let j = 0; j < pixelBytes; j++) pixels[pixelsPos++] = buffer[bufferPos++]!;
          pixelsPos += (dx - 1) * pixelBytes;
        }
      }
      row++;
    }
  };

  if (png.interlaceMethod === 1) {
    pass(0, 0, 8, 8);
    pass(4, 0, 8, 8);
    pass(0, 4, 4, 8);
    pass(2, 0, 4, 4);
    pass(0, 2, 2, 4);
    pass(1, 0, 2, 2);
    pass(0, 1, 1, 2);
  } else {
    pass(0, 0, 1, 1, true);
  }
  return pixels;
}
