import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { KitError } from '../errors.js';
import type { FontChoice } from './font-choices.js';

/**
 * Fonts come from npm packages (no network, no system fonts) and are parsed once per
 * process: parsing is the slow part, and pdfkit accepts the parsed fontkit object.
 */

export type FaceStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export { FONT_CHOICES, type FontChoice } from './font-choices.js';

const FILES: Record<FontChoice, Record<FaceStyle, string>> = {
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
  glyphs: fontkit.Glyph[];
  positions: Record<string, number>[];
  /** Width in 1/1000 em. */
  advanceWidth: number;
}

/**
 * One font file, parsed, with the words shaped so far. Shaping (OpenType layout) is the
 * slowest step of a build; `runs` is handed to pdfkit as the layout cache of every document
 * that uses this face (see pdf.ts), so a word is shaped once per process: for measuring
 * here and for drawing in any number of PDFs.
 */
export class Face {
  /** Name under which the face is registered in each PDF document. */
  readonly name: string;
  readonly ascent: number;
  readonly descent: number;
  /** pdfkit's layout cache format: word (with its trailing space) → run. */
  readonly runs: Record<string, ShapedRun> = Object.create(null) as Record<string, ShapedRun>;
  /** Whole strings as pdfkit lays them out (see pdf.ts), shared by every document. */
  readonly lines = new Map<string, unknown>();
  private readonly scale: number;

  constructor(
    readonly font: fontkit.Font,
    readonly choice: FontChoice,
    readonly style: FaceStyle,
  ) {
    this.name = `${choice}-${style}`;
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = -font.descent / font.unitsPerEm;
    this.scale = 1000 / font.unitsPerEm;
  }

  has(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  /** Shapes one word the way pdfkit's EmbeddedFont.layoutRun does, so pdfkit can reuse it. */
  run(word: string): ShapedRun {
    let run = this.runs[word];
    if (run) return run;
    const shaped = this.font.layout(word) as unknown as ShapedRun;
    for (let i = 0; i < shaped.positions.length; i++) {
      const position = shaped.positions[i]!;
      for (const key in position) position[key]! *= this.scale;
      position.advanceWidth = shaped.glyphs[i]!.advanceWidth * this.scale;
    }
    run = shaped;
    this.runs[word] = run;
    return run;
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
        units += this.run(text.slice(last, i + 1)).advanceWidth;
        last = i + 1;
      }
    }
    return (units * size) / 1000;
  }
}

export interface Family {
  choice: FontChoice;
  faces: Record<FaceStyle, Face>;
}

const families = new Map<FontChoice, Family>();
const require = createRequire(import.meta.url);

export function loadFamily(choice: FontChoice): Family {
  let family = families.get(choice);
  if (family) return family;
  const faces = {} as Record<FaceStyle, Face>;
  for (const style of Object.keys(FILES[choice]) as FaceStyle[]) {
    const file = require.resolve(FILES[choice][style]);
    faces[style] = new Face(fontkit.create(readFileSync(file)), choice, style);
  }
  family = { choice, faces };
  families.set(choice, family);
  return family;
}

/** The chosen font first, then fonts with wider coverage for names in other scripts. */
export class FontStack {
  readonly families: Family[];

  constructor(readonly primary: FontChoice) {
    const order: FontChoice[] = [primary, 'noto-sans', 'dejavu-sans'];
    this.families = [...new Set(order)].map(loadFamily);
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
export function missingGlyphError(text: string, missing: string[]): KitError {
  const list = [...new Set(missing)].map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  const shown = text.length > 60 ? text.slice(0, 57) + '…' : text;
  return new KitError({
    code: 'GK_FONT_MISSING_GLYPHS',
    message: `no font can print ${list.join(', ')} in "${shown}"`,
    hint: 'Remove or replace these characters (emoji and some scripts are not supported), or choose another font.',
  });
}
