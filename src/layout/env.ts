import type { FontStack } from './fonts.js';
import type { Labels } from './labels.js';
import type { Theme } from './theme.js';

/** What block renderers need to measure; drawing gets the Pdf itself. */
export interface LayoutEnv {
  fonts: FontStack;
  theme: Theme;
  labels: Labels;
  /** Headings of levels outlineTop (default 1) to outlineLevels become PDF bookmarks. */
  outlineLevels: number;
  outlineTop?: number;
  /** Size of the content area of a page: blocks that fill a page (cards, signs, slides) need it. */
  page: { width: number; height: number };
  /** Alignment of paragraphs and headings (centred on signs and title slides). */
  align?: 'left' | 'center';
  /** Class lists: whose name goes in the name field of the copy being drawn (blank when unset). */
  nameFill?: { current?: NameFill };
  /** The section being laid out (the last heading of level 1 or 2): form fields are named after it. */
  section?: string;
  /** The question an answer space answers: its form field's name and tooltip (fillable worksheets). */
  answer?: { name: (string | number)[]; label: string };
}

/** A student's details printed in the name field of class-list copies. */
export interface NameFill {
  name: string;
  class: string;
}
