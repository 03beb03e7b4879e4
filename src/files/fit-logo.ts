import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MAX_IMAGE_PIXELS, MAX_LOGO_SIDE, type LoadedImage } from './read-image.js';

/**
 * A big logo (a 4000-pixel scan) is made smaller once, when it is read, instead of being
 * embedded at full size in every PDF and decoded again by every printer and viewer. Only
 * images checked by readImageFile come here, so their size is known and bounded before
 * anything is unpacked. The result is deterministic: the same logo gives the same bytes.
 */
export function fitLogo(image: LoadedImage): LoadedImage {
  const long = Math.max(image.width, image.height);
  if (long <= MAX_LOGO_SIDE) return image;
  const scale = MAX_LOGO_SIDE / long;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  if (image.format === 'png') {
    const png = PNG.sync.read(image.data, { checkCRC: false });
    const small = shrink(png.data, png.width, png.height, width, height);
    const opaque = small.every((_, i) => i % 4 !== 3 || small[i] === 255);
    const out = new PNG({ width, height });
    out.data = Buffer.from(small);
    // Without transparency pdfkit embeds the compressed rows as they are (no decoding).
    const data = PNG.sync.write(out, { colorType: opaque ? 2 : 6, inputHasAlpha: true, deflateLevel: 9 });
    return { ...image, data, width, height };
  }
  let decoded: { width: number; height: number; data: Uint8Array };
  try {
    decoded = jpeg.decode(image.data, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 512 });
  } catch {
    // A JPEG this decoder does not know (CMYK, arithmetic coding) is embedded as it is.
    return image;
  }
  const small = shrink(decoded.data, decoded.width, decoded.height, width, height);
  const data = jpeg.encode({ width, height, data: small }, 90).data;
  return { ...image, data, width, height };
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
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * dw + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / n);
    }
  }
  return out;
}
