/**
 * The typefaces a kit can be set in. Kept apart from fonts.ts so the CLI can offer the
 * choices without loading fontkit: `validate` and `list` never parse a font.
 */
export const FONT_CHOICES = ['noto-sans', 'atkinson-hyperlegible', 'dejavu-sans'] as const;
export type FontChoice = (typeof FONT_CHOICES)[number];
