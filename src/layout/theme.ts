import { readableOnWhite } from './contrast.js';
import type { FontChoice } from './fonts.js';

const MM = 72 / 25.4;
export const mm = (v: number) => v * MM;

export interface TextStyle {
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  bold?: boolean;
  italic?: boolean;
  color: string;
}

/** Sizes, colours and spacing of one printed piece; large print scales it as a whole. */
export interface Theme {
  font: FontChoice;
  body: TextStyle;
  small: TextStyle;
  h1: TextStyle;
  h2: TextStyle;
  h3: TextStyle;
  frame: TextStyle;
  /** The smallest size text a reader must read may have: 10 pt on paper, 16 in large print, 24 on slides. */
  minText: number;
  /** Vertical gap between blocks. */
  gap: number;
  /** Distance between handwriting lines (about 9 mm). */
  writingLine: number;
  indent: number;
  /**
   * Colours. Text, writing lines and rules are pure black: a black-and-white laser prints
   * grey as a pattern of dots, which breaks thin lines and small letters apart (and toner
   * save thins it further). Only large headings (accent, always 4.5:1 or more on white) and
   * shaded backgrounds are not black.
   */
  colors: {
    text: string;
    accent: string;
    rule: string;
    writing: string;
    tipFill: string;
    quoteBar: string;
  };
  /** Stroke widths in points: thick enough for a 600 dpi black-and-white print (5 dots or more). */
  strokes: {
    /** Writing lines (under questions, in writing frames, the name field). */
    writing: number;
    /** Table borders, rules, the lines of tips. */
    rule: number;
    /** Frames: write-in boxes, card borders, tick boxes, the circles of a scale. */
    frame: number;
    /** Dashed cut lines on card sheets. */
    cut: number;
  };
}

export interface ThemeOptions {
  font?: FontChoice;
  largePrint?: boolean;
  accent?: string;
  /** 'projector': slide sizes (a 16:9 page seen from the back of a classroom). */
  medium?: 'paper' | 'projector';
}

export function makeTheme(options: ThemeOptions = {}): Theme {
  if (options.medium === 'projector') return projectorTheme(options);
  const k = options.largePrint ? 16 / 11 : 1;
  const style = (size: number, leading: number, extra: Partial<TextStyle> = {}): TextStyle => ({
    size: size * k,
    leading,
    color: '#000000',
    ...extra,
  });
  // Headings are text: a light house colour is darkened to the same hue until it reads (4.5:1).
  const accent = readableOnWhite(options.accent ?? '#1d4f73');
  return {
    font: options.font ?? 'noto-sans',
    body: style(11, 1.4),
    // Nothing a reader reads is under 10 pt (the source line, the footnote, card labels, ¶
    // numbers); large print: small print is body size too (16 pt is the floor there).
    small: style(options.largePrint ? 11 : 10, 1.35),
    h1: style(19, 1.2, { bold: true, color: accent }),
    h2: style(14, 1.25, { bold: true, color: accent }),
    h3: style(12, 1.3, { bold: true }),
    // Page furniture (title and page number in the margins), not read as content.
    frame: { ...style(8.5, 1.2), size: options.largePrint ? 12 : 8.5 },
    minText: options.largePrint ? 16 : 10,
    gap: 7 * k,
    writingLine: mm(9) * (options.largePrint ? 1.25 : 1),
    indent: 16 * k,
    colors: {
      text: '#000000',
      accent,
      rule: '#000000',
      writing: '#000000',
      tipFill: '#eef2f6',
      quoteBar: '#7a93a8',
    },
    strokes: { writing: 0.5, rule: 0.5, frame: 0.8, cut: 0.6 },
  };
}

/**
 * Slides: 960 × 540 pt pages seen from the back of a classroom, so body text is 26 pt, the
 * smallest text (¶ numbers, the source line) 24 pt, titles 34 pt or more. Large print changes
 * nothing here: slides are large already.
 */
function projectorTheme(options: ThemeOptions): Theme {
  const base = makeTheme({ ...options, medium: 'paper', largePrint: false });
  const style = (size: number, leading: number, extra: Partial<TextStyle> = {}): TextStyle => ({ size, leading, color: '#000000', ...extra });
  return {
    ...base,
    body: style(26, 1.3),
    small: style(24, 1.3),
    h1: style(46, 1.15, { bold: true, color: base.colors.accent }),
    h2: style(34, 1.2, { bold: true, color: base.colors.accent }),
    h3: style(28, 1.2, { bold: true }),
    frame: style(11, 1.2),
    minText: 24,
    gap: 16,
    writingLine: mm(12),
    indent: 36,
  };
}

/** The same theme with every size multiplied by `f` (text made to fit a card, a sign, a slide). */
export function scaleTheme(theme: Theme, f: number): Theme {
  if (f === 1) return theme;
  const s = (t: TextStyle): TextStyle => ({ ...t, size: t.size * f });
  return {
    ...theme,
    body: s(theme.body),
    small: s(theme.small),
    h1: s(theme.h1),
    h2: s(theme.h2),
    h3: s(theme.h3),
    gap: theme.gap * f,
    writingLine: theme.writingLine * f,
    indent: theme.indent * f,
  };
}
