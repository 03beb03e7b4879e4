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
}

export function makeTheme(options: ThemeOptions = {}): Theme {
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
    small: style(9, 1.35, { color: '#444444' }),
    h1: style(19, 1.2, { bold: true, color: accent }),
    h2: style(14, 1.25, { bold: true, color: accent }),
    h3: style(12, 1.3, { bold: true }),
    frame: style(8.5, 1.2, { color: '#555555' }),
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
