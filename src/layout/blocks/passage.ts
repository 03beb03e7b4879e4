import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { bracket, indent, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';
import { textItems } from './text-items.js';

type Passage = Extract<Block, { type: 'passage' }>;

/**
 * A paragraph of the reading text with its number in the margin column, so worksheets and
 * hints can say "¶4". The interviewer's questions (role=question) are set in bold.
 */
export function passageItems(block: Passage, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const margin = theme.body.size * 2.4;
  const numberStyle = { ...theme.small, bold: true };
  // The number ends with a space the layout gives no width: a screen reader reads "¶4 Ik ben…", not "¶4Ik ben…".
  const number = layoutText([{ text: `¶${block.ref} ` }], numberStyle, margin - 4, env.fonts);
  const style = block.role === 'question' ? { ...theme.body, bold: true } : block.role === 'note' ? theme.small : theme.body;
  const out: Item[] = [];
  block.children.forEach((child, k) => {
    if (child.type !== 'paragraph') return;
    // A note's paragraphs are P elements inside its Note (opened below).
    const items = textItems(child.content, style, width - margin, env, {
      gapBefore: k === 0 ? gapBefore : theme.gap * 0.6,
      prefix:
        k === 0
          ? (pdf, x, y, text) => {
              // The number shares the first line's baseline, in the margin column.
              const dy = text.baseline - number.baseline;
              drawLine(pdf, number, number.lines[0]!, x - margin, y + dy);
            }
          : undefined,
    });
    out.push(...indent(items, margin));
  });
  if (block.role !== 'note' || out.length === 0) return out;
  // A footnote (¶29 of the interview) is a Note with an ID; its mark elsewhere is a Reference (document/notes.ts).
  return bracket(
    out,
    (pdf) => pdf.tags.identify(pdf.tags.open('Note'), `note-${block.ref}`),
    (pdf, el) => pdf.tags.close(el),
  );
}
