import type * as fontkit from 'fontkit';

/**
 * Work fontkit does for pdfkit's font subsets that a build repeats for nothing (issue 15).
 * Neither changes a byte of the output: the same numbers come out, only fewer times. They
 * rely on fontkit 2 internals, named in the types below.
 *
 * - The `post` table: pdfkit reads two numbers of it when it embeds a subset (isFixedPitch,
 *   italicAngle), but fontkit decodes the table whole on first use, a name for each of the
 *   font's ~4,500 glyphs: about 10 ms a face in every build. Its fixed header is read here
 *   from its place in the file; the rest is decoded only if anything asks for it.
 * - Glyph outlines: every subset decodes every glyph it holds, to see whether it is built
 *   from other glyphs (é from e and an accent), in each PDF again. A glyph's outline never
 *   changes (but for variable fonts, left alone), so it is decoded once per process.
 */

/** The parts of a fontkit font (TTFFont) used here. */
interface FontkitInternals {
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  _tables?: Record<string, unknown>;
  _decodeTable(entry: { offset: number; length: number }): Record<string | symbol, unknown>;
  _variationProcessor?: unknown;
}

/** The parts of a fontkit glyph (TTFGlyph) used here. */
interface FontkitGlyph {
  _font: FontkitInternals;
  _decode(): unknown;
}

/** Installs both on a font just parsed from `data`, its file's bytes. */
export function lazyFontkit(font: fontkit.Font, data: Uint8Array): void {
  const inner = font as unknown as FontkitInternals;
  postHeaderOnly(inner, data);
  const glyph = font.getGlyph(0) as unknown as FontkitGlyph | null;
  if (glyph && typeof glyph._decode === 'function') decodeOnce(Object.getPrototypeOf(glyph) as FontkitGlyph);
}

/** The `post` header fields, as fontkit decodes them (fixed32 is a signed 16.16 number). */
function postHeaderOnly(font: FontkitInternals, data: Uint8Array): void {
  const entry = font.directory?.tables?.post;
  const tables = font._tables;
  if (!entry || !tables || 'post' in tables || entry.length < 32 || entry.offset + 32 > data.length) return;
  const view = new DataView(data.buffer, data.byteOffset + entry.offset, 32);
  const header: Record<string, number> = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<string | symbol, unknown> | undefined;
  const decoded = () => (whole ??= font._decodeTable(entry));
  tables.post = new Proxy(header, {
    get: (target, key) => (Object.hasOwn(target, key) ? target[key as string] : decoded()[key]),
    has: (_, key) => key in decoded(),
    ownKeys: () => Reflect.ownKeys(decoded()),
    // Reported configurable: a proxy may not claim a fixed property its target lacks.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(decoded(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

const patchedGlyphs = new WeakSet<object>();

function decodeOnce(proto: FontkitGlyph): void {
  if (patchedGlyphs.has(proto)) return;
  patchedGlyphs.add(proto);
  const decode = proto._decode;
  const decoded = new WeakMap<object, unknown>();
  proto._decode = function (this: FontkitGlyph) {
    // A variable font moves the points it returns: decoded afresh each time, as fontkit does.
    if (this._font._variationProcessor) return decode.call(this);
    if (decoded.has(this)) return decoded.get(this);
    const glyph = decode.call(this);
    decoded.set(this, glyph);
    return glyph;
  };
}
