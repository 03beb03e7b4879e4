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
  /** Vertical gap between blocks. */
  gap: number;
  /** Distance between handwriting lines (about 9 mm). */
  writingLine: number;
  indent: number;
  colors: {
    text: string;
    muted: string;
    accent: string;
    rule: string;
    writing: string;
    tipFill: string;
    quoteBar: string;
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
    color: '#111111',
    ...extra,
  });
  const accent = options.accent ?? '#1d4f73';
  return {
    font: options.font ?? 'noto-sans',
    body: style(11, 1.4),
    // Large print: small print is body size too (16 pt is the floor for everything a reader reads).
    small: style(options.largePrint ? 11 : 9, 1.35, { color: '#444444' }),
    h1: style(19, 1.2, { bold: true, color: accent }),
    h2: style(14, 1.25, { bold: true, color: accent }),
    h3: style(12, 1.3, { bold: true }),
    frame: { ...style(8.5, 1.2, { color: '#555555' }), size: options.largePrint ? 12 : 8.5 },
    gap: 7 * k,
    writingLine: mm(9) * (options.largePrint ? 1.25 : 1),
    indent: 16 * k,
    colors: {
      text: '#111111',
      muted: '#555555',
      accent,
      rule: '#9a9a9a',
      writing: '#8c8c8c',
      tipFill: '#eef2f6',
      quoteBar: '#7a93a8',
    },
  };
}

/**
 * Slides: 960 × 540 pt pages seen from the back of a classroom, so body text is 26 pt and
 * titles 34 pt or more. Large print changes nothing here: slides are large already.
 */
function projectorTheme(options: ThemeOptions): Theme {
  const base = makeTheme({ ...options, medium: 'paper', largePrint: false });
  const style = (size: number, leading: number, extra: Partial<TextStyle> = {}): TextStyle => ({ size, leading, color: '#111111', ...extra });
  return {
    ...base,
    body: style(26, 1.3),
    small: style(18, 1.3, { color: '#444444' }),
    h1: style(46, 1.15, { bold: true, color: base.colors.accent }),
    h2: style(34, 1.2, { bold: true, color: base.colors.accent }),
    h3: style(28, 1.2, { bold: true }),
    frame: style(11, 1.2, { color: '#555555' }),
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
