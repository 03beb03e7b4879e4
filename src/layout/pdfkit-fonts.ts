/**
 * How pdfkit 0.20 embeds a font subset, changed in two ways (its EmbeddedFont.embed, named
 * in the types below):
 *
 * - No CIDSet. pdfkit writes one listing the glyphs the text used, but the embedded subset
 *   also holds the glyphs composite glyphs are built from (the accents of é, ë), so the
 *   CIDSet is incomplete and the file fails PDF/UA-1 (ISO 14289-1, 7.21.4.2). A CIDSet is
 *   optional; a complete one would say nothing a reader needs.
 * - A subset tag derived from the subset. pdfkit derives the six letters from the font's
 *   resource name, so every file names its Noto Sans subset "BZZZZZ+NotoSans-Regular",
 *   whatever glyphs it holds: a printer or a merge tool that caches fonts by name can then
 *   draw one file's text with another file's glyphs. The tag here is a hash of the font and
 *   the glyphs in the subset: the same subset always gets the same tag (same input, same
 *   bytes), another subset another tag.
 */

/** The parts of pdfkit's EmbeddedFont used here. */
interface PdfkitEmbeddedFont {
  id: string;
  document: { subset?: number };
  font: { postscriptName?: string };
  subset: { glyphs: number[] };
  embed(): void;
}

let patched = false;

/** Patches pdfkit's embedded fonts (once per process); `font` is any embedded font of a document. */
export function patchFontEmbedding(font: unknown): void {
  if (patched) return;
  const proto = Object.getPrototypeOf(font) as PdfkitEmbeddedFont;
  if (typeof proto?.embed !== 'function' || !('subset' in (font as object))) throw new Error('pdfkit: not an embedded font');
  patched = true;
  const embed = proto.embed;
  proto.embed = function (this: PdfkitEmbeddedFont) {
    const id = this.id;
    const subset = this.document.subset;
    // pdfkit builds the tag from characters 1–6 of the id, each plus 17.
    this.id = id[0] + [...subsetTag(this.font.postscriptName ?? '', this.subset.glyphs)].map((c) => String.fromCharCode(c.charCodeAt(0) - 17)).join('');
    // pdfkit writes a CIDSet only when the document claims PDF/A-1 or PDF/UA-1 (subset 1).
    this.document.subset = undefined;
    try {
      embed.call(this);
    } finally {
      this.id = id;
      this.document.subset = subset;
    }
  };
}

/**
 * Six capital letters from a hash of the font's name and the glyphs (in subset order).
 * A 53-bit string hash (cyrb53) is plenty for 26^6 tags, and runs in the browser too.
 */
export function subsetTag(fontName: string, glyphs: readonly number[]): string {
  const text = `${fontName}\0${glyphs.join(',')}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  let n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (n % 26));
    n = Math.floor(n / 26);
  }
  return tag;
}
