import * as fontkit from 'fontkit';
import { KitError, problem } from '../errors.js';
import type { InputFiles } from '../input/input-files.js';
import type { FontChoice } from './font-choices.js';
import { lazyFontkit } from './fontkit-lazy.js';

/**
 * Fonts come from npm packages (no network, no system fonts) and are parsed once per
 * process: parsing is the slow part, and pdfkit accepts the parsed fontkit object. They are
 * read through the shell's InputFiles (the browser has them from its own site).
 */

export type FaceStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export { FONT_CHOICES, type FontChoice } from './font-choices.js';

export const FONT_FILES: Record<FontChoice, Record<FaceStyle, string>> = {
  'noto-sans': {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  },
  'atkinson-hyperlegible': {
    regular: '@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf',
    bold: '@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf',
    italic: '@expo-google-fonts/atkinson-hyperlegible/400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/atkinson-hyperlegible/700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf',
  },
  'dejavu-sans': {
    regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
    bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
    italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
    boldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf',
  },
};

/** A shaped word as pdfkit keeps it: positions scaled to 1/1000 em, plus advanceWidth. */
export interface ShapedRun {
  /** What pdfkit reads of a glyph: its id, its own advance (font units) and its characters. */
  glyphs: Pick<fontkit.Glyph, 'id' | 'advanceWidth' | 'codePoints'>[];
  positions: Record<string, number>[];
  /** Width in 1/1000 em. */
  advanceWidth: number;
}

/**
 * A shaped word as plain numbers, to keep between builds (src/node/shaping-cache.ts):
 * [advanceWidth, glyph count, then per glyph: id, advanceWidth, xAdvance, yAdvance, xOffset,
 * yOffset, number of characters, the characters…]. Numbers survive JSON exactly.
 */
export type StoredRun = number[];

/** Where a face finds words shaped by earlier builds; loaded on the first word not shaped yet. */
export interface ShapingStore {
  load(face: Face): Record<string, StoredRun> | undefined;
}

/** Part of every stored word's key: raise it when Face.shape or forExtraction shapes differently. */
export const SHAPING_VERSION = 1;

let shapingStore: ShapingStore | undefined;

/** Set by the Node shell (src/node/shaping-cache.ts); without one every word is shaped here. */
export function useShapingStore(store: ShapingStore | undefined): void {
  shapingStore = store;
}

/**
 * One font file, parsed, with the words shaped so far. Shaping (OpenType layout) is the
 * slowest step of a build; `runs` is handed to pdfkit as the layout cache of every document
 * that uses this face (see pdfkit-speed.ts), so a word is shaped once per process: for
 * measuring here and for drawing in any number of PDFs. With a shaping store, once ever.
 */
export class Face {
  /** Name under which the face is registered in each PDF document. */
  readonly name: string;
  readonly ascent: number;
  readonly descent: number;
  /** pdfkit's layout cache format: word (with its trailing space) → run. */
  readonly runs: Record<string, ShapedRun> = Object.create(null) as Record<string, ShapedRun>;
  /** Whole strings as pdfkit lays them out (see pdfkit-speed.ts), shared by every document. */
  readonly lines = new Map<string, unknown>();
  /** Width of each shaped word, in 1/1000 em. */
  private readonly widths = new Map<string, number>();
  private readonly scale: number;
  /** Words shaped by earlier builds (from the shaping store), read on the first miss. */
  private stored: Record<string, StoredRun> | undefined | null = null;
  /** Words this process shaped with fontkit. */
  private fresh: string[] = [];

  constructor(
    readonly font: fontkit.Font,
    readonly choice: FontChoice,
    readonly style: FaceStyle,
    /** The font file's bytes: what a shaping store keys its words by. */
    readonly data: Uint8Array,
  ) {
    this.name = `${choice}-${style}`;
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = -font.descent / font.unitsPerEm;
    this.scale = 1000 / font.unitsPerEm;
  }

  /** Characters looked up so far (fontkit searches the font's character map every time). */
  private readonly coverage = new Map<number, boolean>();

  has(codePoint: number): boolean {
    let has = this.coverage.get(codePoint);
    if (has === undefined) {
      has = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, has);
    }
    return has;
  }

  /** Shapes one word the way pdfkit's EmbeddedFont.layoutRun does, so pdfkit can reuse it. */
  run(word: string): ShapedRun {
    let run = this.runs[word];
    if (run) return run;
    if (this.stored === null) this.stored = shapingStore?.load(this);
    // Own keys only: a word may be "constructor" or "__proto__".
    const stored = this.stored && Object.hasOwn(this.stored, word) ? this.stored[word] : undefined;
    run = stored ? reviveRun(stored, this.scale) : this.shape(word);
    this.runs[word] = run;
    return run;
  }

  private shape(word: string): ShapedRun {
    const shaped = this.font.layout(word);
    const positions = shaped.positions as unknown as Record<string, number>[];
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      for (const key in position) position[key]! *= this.scale;
      position.advanceWidth = shaped.glyphs[i]!.advanceWidth * this.scale;
    }
    this.fresh.push(word);
    // fontkit's run sums its width on every read: keep the number.
    return { glyphs: shaped.glyphs, positions, advanceWidth: shaped.advanceWidth };
  }

  /** The store's words plus those shaped here since, or undefined when nothing is new. */
  storable(): Record<string, StoredRun> | undefined {
    if (this.fresh.length === 0) return undefined;
    const out = Object.assign(Object.create(null) as Record<string, StoredRun>, this.stored);
    for (const word of this.fresh) out[word] = storeRun(this.runs[word]!);
    return out;
  }

  /** After the store took `storable()`: those words count as stored from now on. */
  markStored(words: Record<string, StoredRun>): void {
    this.stored = words;
    this.fresh = [];
  }

  /**
   * Width in points, measured word by word (each word with its trailing space) exactly as
   * pdfkit lays text out, so what we measure is what it draws.
   */
  widthOf(text: string, size: number): number {
    let units = 0;
    let last = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === ' ' || text[i] === '\t') {
        if (i === text.length && last === i) break;
        const word = text.slice(last, i + 1);
        let w = this.widths.get(word);
        if (w === undefined) {
          w = this.run(word).advanceWidth;
          this.widths.set(word, w);
        }
        units += w;
        last = i + 1;
      }
    }
    return (units * size) / 1000;
  }
}

function storeRun(run: ShapedRun): StoredRun {
  const out: number[] = [run.advanceWidth, run.glyphs.length];
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i]!;
    out.push(g.id, g.advanceWidth, p.xAdvance!, p.yAdvance!, p.xOffset!, p.yOffset!, g.codePoints.length, ...g.codePoints);
  });
  return out;
}

/** A stored word as pdfkit reads a run (see pdfkit's EmbeddedFont.encode and _fragment). */
function reviveRun(stored: StoredRun, scale: number): ShapedRun {
  const count = stored[1]!;
  const glyphs: ShapedRun['glyphs'] = new Array(count);
  const positions: ShapedRun['positions'] = new Array(count);
  let at = 2;
  for (let i = 0; i < count; i++) {
    const id = stored[at]!;
    const advanceWidth = stored[at + 1]!;
    positions[i] = { xAdvance: stored[at + 2]!, yAdvance: stored[at + 3]!, xOffset: stored[at + 4]!, yOffset: stored[at + 5]!, advanceWidth: advanceWidth * scale };
    const n = stored[at + 6]!;
    glyphs[i] = { id, advanceWidth, codePoints: stored.slice(at + 7, at + 7 + n) };
    at += 7 + n;
  }
  return { glyphs, positions, advanceWidth: stored[0]! };
}

export interface Family {
  choice: FontChoice;
  faces: Record<FaceStyle, Face>;
}

const families = new Map<FontChoice, Family>();

/** The largest font file accepted; the shipped ones are under 1 MB. */
export const MAX_FONT_BYTES = 16 * 1024 * 1024;

/** Every face parsed in this process so far. */
export function loadedFaces(): Face[] {
  return [...families.values()].flatMap((f) => Object.values(f.faces));
}

/** A family is the same whoever reads it: parsed on first use, then shared. */
export function loadFamily(choice: FontChoice, input: InputFiles): Family {
  let family = families.get(choice);
  if (family) return family;
  const faces = {} as Record<FaceStyle, Face>;
  for (const style of Object.keys(FONT_FILES[choice]) as FaceStyle[]) {
    const { font, data } = openFont(FONT_FILES[choice][style], choice, input);
    faces[style] = new Face(font, choice, style, data);
  }
  family = { choice, faces };
  families.set(choice, family);
  return family;
}

/** Font files come with npm install; a missing or damaged one means a broken install. */
function openFont(spec: string, choice: FontChoice, input: InputFiles): { font: fontkit.Font; data: Uint8Array } {
  let file = spec;
  try {
    file = input.shipped.font(spec);
    const data = input.readBytes(file, { what: 'fontFile', maxBytes: MAX_FONT_BYTES });
    const font = fontkit.create(data);
    // A collection or an unknown format would fail later, while drawing.
    if (typeof (font as { hasGlyphForCodePoint?: unknown }).hasGlyphForCodePoint !== 'function') throw new Error('not a single font');
    lazyFontkit(font, data);
    return { font: forExtraction(font), data };
  } catch (e) {
    const code = e instanceof KitError ? e.code : (e as { code?: string }).code;
    const missing = code === 'MODULE_NOT_FOUND' || code === 'ENOENT' || code === 'GK_FILE_NOT_FOUND';
    // A font file that is there but cannot be used (too large, unreadable) says so itself.
    if (e instanceof KitError && !missing) throw e;
    throw new KitError(problem('fontFile', missing ? { font: choice } : { font: choice, detail: (e as Error).message }, { file }));
  }
}

/**
 * Keeps the text of a PDF extractable (copy, search, screen readers) when one parsed font
 * serves many documents. Two fontkit habits get in the way:
 * - a glyph remembers the characters it was first used for: after "Thị" (Vietnamese), every
 *   plain "i" and every "fi" ligature would read back as "ị"; after a fallback font drew an
 *   Armenian letter built from "n", every "n" would read back as nothing. Each use of a glyph
 *   here carries its own characters instead.
 * - Noto Sans splits letters with a dot below (ạ ẹ ị ọ ụ, common in Vietnamese names) into
 *   a letter and a separate dot, and the dot has no text. Without the "ccmp" feature the
 *   font draws its single precomposed glyph, which reads back correctly. Text is put in
 *   composed form (NFC) before layout, so ccmp is not needed to combine accents.
 */
export function forExtraction(font: fontkit.Font): fontkit.Font {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters) => {
    const glyph = getGlyph(id, characters);
    if (!glyph || !characters || sameCodePoints(glyph.codePoints, characters)) return glyph;
    return Object.create(glyph, { codePoints: { value: characters, enumerable: true } }) as fontkit.Glyph;
  };
  const layout = font.layout.bind(font);
  // A new object each time: fontkit writes into the features object it is given.
  font.layout = (text, features) => layout(text, features ?? { ccmp: false });
  return font;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** The chosen font first, then fonts with wider coverage for names in other scripts. */
export class FontStack {
  readonly families: Family[];

  constructor(
    readonly primary: FontChoice,
    input: InputFiles,
  ) {
    const order: FontChoice[] = [primary, 'noto-sans', 'dejavu-sans'];
    this.families = [...new Set(order)].map((choice) => loadFamily(choice, input));
  }

  get faces(): Face[] {
    return this.families.flatMap((f) => Object.values(f.faces));
  }

  /** The first face in the stack, in the wanted style, that can draw this character. */
  faceFor(codePoint: number, style: FaceStyle): Face | undefined {
    for (const family of this.families) {
      const face = family.faces[style];
      if (face.has(codePoint)) return face;
    }
    return undefined;
  }

  main(style: FaceStyle): Face {
    return this.families[0]!.faces[style];
  }
}

/** Characters no font can draw; reported before drawing instead of printing blank boxes. */
export class MissingGlyphError extends KitError {
  constructor(
    /** The text the characters are in. */
    readonly text: string,
    /** Each missing character once, in order of appearance. */
    readonly chars: readonly string[],
  ) {
    super(problem('missingGlyphs', { chars, text: text.length > 60 ? text.slice(0, 57) + '…' : text }));
  }
}

export function missingGlyphError(text: string, missing: string[]): MissingGlyphError {
  return new MissingGlyphError(text, [...new Set(missing)]);
}
