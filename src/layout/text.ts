import type { RichText } from '../document/model.js';
import { missingGlyphError, type Face, type FaceStyle, type FontStack } from './fonts.js';
import type { TextStyle } from './theme.js';
import type { Pdf } from './pdf.js';

/**
 * Our own line breaking, so we know every line's height before drawing: that is what lets
 * the paginator keep a heading with its paragraph and a question with its answer lines,
 * and split long text between lines. Text is drawn line by line, left-aligned, spaces kept
 * as real spaces (text extraction and screen readers need them).
 */

export interface Frag {
  text: string;
  face: Face;
  width: number;
  /** A note mark: tagged as a Reference of its own (see Tagger.inline). */
  reference?: string;
}

export interface TextLine {
  frags: Frag[];
  width: number;
}

export interface TextBlock {
  lines: TextLine[];
  style: TextStyle;
  lineHeight: number;
  /** Distance from the top of a line box to its baseline. */
  baseline: number;
}

interface Piece {
  text: string;
  face: Face;
  reference?: string;
}

interface Atom {
  pieces: Piece[];
  /** Width without trailing spaces. */
  width: number;
  /** Width including trailing spaces. */
  advance: number;
  forcedBreakAfter: boolean;
}

function faceStyle(bold: boolean, italic: boolean): FaceStyle {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Splits rich text into runs of one face each, falling back per character. */
export function shape(content: RichText, style: TextStyle, fonts: FontStack): Piece[] {
  const pieces: Piece[] = [];
  const missing: string[] = [];
  // Adds text in one face to the last piece when it has the same face and reference.
  const emit = (text: string, face: Face, reference: string | undefined) => {
    const last = pieces[pieces.length - 1];
    if (last && last.face === face && last.reference === reference) last.text += text;
    else pieces.push({ text, face, ...(reference ? { reference } : {}) });
  };
  for (const inline of content) {
    const fs = faceStyle(!!(inline.bold || style.bold), !!(inline.italic || style.italic));
    const main = fonts.main(fs);
    // Composed form: "e" + combining accents becomes one letter, as fonts and search expect.
    const text = inline.text.normalize('NFC').replace(/\t/g, ' ').replace(/[\u200b\u00ad]/g, '');
    const reference = inline.reference;
    // Runs of characters in one face are added whole, not character by character.
    let start = 0;
    let runFace: Face = main;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const next = i + (cp > 0xffff ? 2 : 1);
      let face: Face | undefined = main;
      if (cp !== 32 && cp !== 10 && !main.has(cp)) face = fonts.faceFor(cp, fs);
      if (face !== runFace) {
        if (i > start) emit(text.slice(start, i), runFace, reference);
        start = i;
        if (face) runFace = face;
        else {
          // Invisible format characters (variation selectors, joiners) can go unprinted.
          const ch = text.slice(i, next);
          if (!IGNORABLE.test(ch)) missing.push(ch);
          start = next;
        }
      }
      i = next;
    }
    if (text.length > start) emit(text.slice(start), runFace, reference);
  }
  if (missing.length > 0) throw missingGlyphError(content.map((c) => c.text).join(''), missing);
  return pieces;
}

function atomsOf(pieces: Piece[], size: number): Atom[] {
  const atoms: Atom[] = [];
  let current: Piece[] = [];
  const close = (forced = false) => {
    if (current.length === 0 && !forced) return;
    let advance = 0;
    for (const p of current) advance += p.face.widthOf(p.text, size);
    const last = current[current.length - 1];
    const trailing = last ? last.text.length - last.text.trimEnd().length : 0;
    const width = last && trailing > 0 ? advance - last.face.widthOf(last.text.slice(last.text.length - trailing), size) : advance;
    atoms.push({ pieces: current, width, advance, forcedBreakAfter: forced });
    current = [];
  };
  const add = (piece: Piece, text: string) => {
    const last = current[current.length - 1];
    if (last && last.face === piece.face && last.reference === piece.reference) last.text += text;
    else current.push({ face: piece.face, text, ...(piece.reference ? { reference: piece.reference } : {}) });
  };
  for (const piece of pieces) {
    const t = piece.text;
    // The text since the last break is added in one go when the next break comes.
    let start = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) {
        if (i > start) add(piece, t.slice(start, i));
        start = i + 1;
        close(true);
        continue;
      }
      // Break after a run of spaces, and after a hyphen inside a word ("re-integreren").
      if (c === 32) {
        if (t.charCodeAt(i + 1) !== 32) {
          add(piece, t.slice(start, i + 1));
          start = i + 1;
          close();
        }
      } else if ((c === 45 || c === 47) && i > 0 && i + 1 < t.length && isLetter(t[i - 1]!) && isLetter(t[i + 1]!)) {
        add(piece, t.slice(start, i + 1));
        start = i + 1;
        close();
      }
    }
    if (t.length > start) add(piece, t.slice(start));
  }
  close();
  return atoms;
}

const LETTER = /\p{L}/u;

/** Whether a character (one UTF-16 unit, as the line breaker looks at them) is a letter. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  return LETTER.test(ch);
}

/** Breaks a word wider than the line into pieces that fit (long links, long compounds). */
function splitAtom(atom: Atom, width: number, size: number): Atom[] {
  const out: Atom[] = [];
  let pieces: Piece[] = [];
  let used = 0;
  for (const p of atom.pieces) {
    for (const ch of p.text) {
      const w = p.face.widthOf(ch, size);
      if (used + w > width && used > 0) {
        out.push({ pieces, width: used, advance: used, forcedBreakAfter: false });
        pieces = [];
        used = 0;
      }
      const last = pieces[pieces.length - 1];
      if (last && last.face === p.face && last.reference === p.reference) last.text += ch;
      else pieces.push({ face: p.face, text: ch, ...(p.reference ? { reference: p.reference } : {}) });
      used += w;
    }
  }
  if (pieces.length > 0) out.push({ pieces, width: used, advance: used, forcedBreakAfter: atom.forcedBreakAfter });
  return out;
}

/**
 * Blocks laid out so far in this process, by fonts, width, style and text. A kit lays the
 * same text out again and again: its pieces share the lesson's texts, and fitting a slide or
 * a card grid tries one size after another (issue 15: the default kit asked for 5,291
 * layouts of 2,482 different texts). Layout depends on nothing else, and a block is never
 * changed once made (whoever adjusts a line copies it first), so one block serves them all.
 * A long-running watch or preview starts over when it holds too many.
 */
const laidOut = new Map<string, TextBlock>();
const MAX_LAID_OUT = 20_000;

/** Breaks rich text into lines of at most `width` points. The block is shared: do not change it. */
export function layoutText(content: RichText, style: TextStyle, width: number, fonts: FontStack): TextBlock {
  // One process parses each font family once (fonts.ts): the primary choice names the stack.
  const key = JSON.stringify([fonts.primary, width, style, content]);
  let block = laidOut.get(key);
  if (!block) {
    block = layoutAfresh(content, style, width, fonts);
    if (laidOut.size >= MAX_LAID_OUT) laidOut.clear();
    laidOut.set(key, block);
  }
  return block;
}

function layoutAfresh(content: RichText, style: TextStyle, width: number, fonts: FontStack): TextBlock {
  const size = style.size;
  const atoms = atomsOf(shape(content, style, fonts), size).flatMap((a) => (a.width > width ? splitAtom(a, width, size) : [a]));
  const lines: TextLine[] = [];
  let line: Atom[] = [];
  let used = 0;
  const flush = () => {
    lines.push(toLine(line, size));
    line = [];
    used = 0;
  };
  for (const atom of atoms) {
    if (line.length > 0 && used + atom.width > width + 0.01) flush();
    line.push(atom);
    used += atom.advance;
    if (atom.forcedBreakAfter) flush();
  }
  if (line.length > 0 || lines.length === 0) flush();
  const main = fonts.main(faceStyle(!!style.bold, !!style.italic));
  const lineHeight = size * style.leading;
  const baseline = (lineHeight - (main.ascent + main.descent) * size) / 2 + main.ascent * size;
  return { lines, style, lineHeight, baseline };
}

function toLine(atoms: Atom[], size: number): TextLine {
  const frags: Frag[] = [];
  atoms.forEach((atom, ai) => {
    atom.pieces.forEach((p, pi) => {
      const isLast = ai === atoms.length - 1 && pi === atom.pieces.length - 1;
      const text = isLast ? p.text.trimEnd() : p.text;
      if (!text) return;
      const prev = frags[frags.length - 1];
      if (prev && prev.face === p.face && prev.reference === p.reference) prev.text += text;
      else frags.push({ text, face: p.face, width: 0, ...(p.reference ? { reference: p.reference } : {}) });
    });
  });
  let width = 0;
  for (const f of frags) {
    f.width = f.face.widthOf(f.text, size);
    width += f.width;
  }
  // A line that broke at a space (or a forced break) keeps one space after its last word:
  // invisible on paper, but what a screen reader, a copy or a reflow reads gets a space
  // between the last word of this line and the first of the next. Widths leave it out.
  const last = atoms[atoms.length - 1];
  const tail = frags[frags.length - 1];
  if (tail && last && (last.advance > last.width || last.forcedBreakAfter)) tail.text += ' ';
  return { frags, width };
}

/** Draws one line with its top at `top`; every fragment sits on the same baseline. */
export function drawLine(pdf: Pdf, block: TextBlock, line: TextLine, x: number, top: number, align: 'left' | 'center' | 'right' = 'left', width = 0): void {
  const { doc } = pdf;
  const size = block.style.size;
  const baselineY = top + block.baseline;
  let cx = align === 'left' ? x : align === 'center' ? x + (width - line.width) / 2 : x + width - line.width;
  doc.fillColor(block.style.color);
  for (const f of line.frags) {
    const x0 = cx;
    const draw = () => {
      doc.font(f.face.name).fontSize(size);
      doc.text(f.text, x0, baselineY - f.face.ascent * size, { lineBreak: false });
    };
    if (f.reference) pdf.tags.inline('Reference', draw);
    else draw();
    cx += f.width;
  }
}

/** Width of the widest unbreakable word of a text, as laid out (its own faces and size). */
export function widestWordWidth(content: RichText, style: TextStyle, fonts: FontStack): number {
  const atoms = atomsOf(shape(content, style, fonts), style.size);
  return Math.max(0, ...atoms.map((a) => a.width));
}
