import type { Block, RichText } from './model.js';

/** Marks a source text uses for a footnote: the note starts with it, the text it belongs to ends a word with it. */
const NOTE_MARK = /^([*†‡]+)/;

/**
 * Links footnote marks to their note. A source text's note passage (role=note, like ¶29 of
 * the interview: "*Binnen het Mechelse politiekorps …") starts with a mark; where the same
 * mark ends a word in another passage of the document ("… commissaris Jinnih Beels?*"), it
 * becomes an inline part of its own that refers to the note. The layout tags the note as a
 * Note and the mark as its Reference (PDF/UA-1 7.9), so a screen reader can announce both.
 */
export function linkNotes(blocks: Block[]): void {
  const notes = new Map<string, string>();
  const passages: Extract<Block, { type: 'passage' }>[] = [];
  const walk = (list: Block[]) => {
    for (const b of list) {
      if (b.type === 'passage') passages.push(b);
      if (b.type === 'list') b.items.forEach(walk);
      else if ('children' in b) walk(b.children);
    }
  };
  walk(blocks);
  for (const p of passages) {
    if (p.role !== 'note') continue;
    const first = p.children[0];
    const mark = first?.type === 'paragraph' ? NOTE_MARK.exec(first.content[0]?.text ?? '')?.[1] : undefined;
    if (mark && !notes.has(mark)) notes.set(mark, p.ref);
  }
  if (notes.size === 0) return;
  for (const p of passages) {
    if (p.role === 'note') continue;
    for (const child of p.children) if (child.type === 'paragraph') child.content = markReferences(child.content, notes);
  }
}

/** Splits each mark that ends a word ("Beels?*") into an inline of its own with the note's ref. */
function markReferences(content: RichText, notes: Map<string, string>): RichText {
  const out: RichText = [];
  for (const inline of content) {
    let rest = inline.text;
    const re = /(?<=\S)([*†‡]+)(?=\s|$)/gu;
    let last = 0;
    for (const m of rest.matchAll(re)) {
      const ref = notes.get(m[1]!);
      if (!ref) continue;
      if (m.index > last) out.push({ ...inline, text: rest.slice(last, m.index) });
      out.push({ ...inline, text: m[1]!, reference: ref });
      last = m.index + m[1]!.length;
    }
    rest = rest.slice(last);
    if (rest || last === 0) out.push({ ...inline, text: rest });
  }
  return out;
}
