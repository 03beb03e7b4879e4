import { message } from '../define.js';

/** "👍" (U+1F44D) */
function charList(chars: readonly string[]): string {
  return chars.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}

/** Putting text on paper: fonts, characters, cards that must fit a sheet. */
export const layoutMessages = {
  /** `detail` is the system's own words; absent when the file is simply missing. */
  fontFile: message('GK_FONT_FILE', (p: { font: string; detail?: string }) => ({
    nl: {
      message: p.detail === undefined ? `het lettertypebestand van "${p.font}" ontbreekt` : `het lettertypebestand van "${p.font}" kan niet gelezen worden: ${p.detail}`,
      hint: 'Voer "npm install" opnieuw uit in de map van gesprekskit, of kies een ander lettertype met --font.',
    },
    en: {
      message: p.detail === undefined ? `the font file of "${p.font}" is missing` : `the font file of "${p.font}" cannot be read: ${p.detail}`,
      hint: 'Run "npm install" again in the gesprekskit folder, or choose another font with --font.',
    },
  })),
  /** `text` is where the characters are, as written (shortened when long). */
  missingGlyphs: message('GK_FONT_MISSING_GLYPHS', (p: { chars: readonly string[]; text: string }) => ({
    nl: {
      message: `geen enkel lettertype kan ${charList(p.chars)} drukken (in "${p.text}")`,
      hint: 'Verwijder of vervang deze tekens: de lettertypes van gesprekskit kunnen ze niet drukken (de meeste emoji, en schriften zoals Chinees).',
    },
    en: {
      message: `no font can print ${charList(p.chars)} in "${p.text}"`,
      hint: 'Remove or replace these characters: the fonts of gesprekskit cannot print them (most emoji, and scripts such as Chinese).',
    },
  })),
  /** `text`: the card's longest paragraph, to find where it was written (not shown). */
  cardTooLong: message('GK_CARD_TOO_LONG', (p: { label?: string; text?: string }) => ({
    nl: {
      message: `een kaartje ${p.label ? `("${p.label}") ` : ''}is te lang voor één blad`,
      hint: 'Maak de tekst van dit kaartje korter, of verdeel hem over twee kaartjes.',
    },
    en: {
      message: `a card ${p.label ? `("${p.label}") ` : ''}is too long to fit on one sheet`,
      hint: 'Shorten the text of this card, or split it into two cards.',
    },
  })),
};
