import { plainText, type Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { indent, wrap, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';
import { blocksToItems } from './index.js';

type Question = Extract<Block, { type: 'question' }>;

/** Blocks a student writes, ticks or draws in. */
const ANSWER_SPACES = new Set<Block['type']>(['lines', 'box', 'scale', 'organiser', 'chart', 'checklist', 'namefield', 'table']);

/**
 * A question with its answer space: number in a hanging column, and never split from its
 * writing lines (the question moves to the next page when they do not fit). Tagged as
 * a list item (LI > Lbl + LBody); blocksToItems puts a run of questions in one list (L), so
 * a screen reader announces "list of 5 items" and reads each number with its question.
 */
export function questionItems(block: Question, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const hang = block.number !== undefined ? theme.body.size * 2 : 0;
  // The answer space's form field (fillable worksheets) is named after the question and says its text.
  const prompt = block.children.find((b) => b.type === 'paragraph');
  const answer = { name: [env.section ?? 'vraag', block.number ?? ''], label: prompt && prompt.type === 'paragraph' ? plainText(prompt.content) : env.labels.fieldAnswer };
  const parts: { block: Block; items: Item[] }[] = [];
  const inner = blocksToItems(block.children, width - hang, { ...env, answer }, parts);
  if (inner.length === 0) return [];
  // Never split from its answer space: everything up to the last place a student writes in is
  // kept together, and the prompt keeps at least with the first lines of what follows it. The
  // rest (the answer hint in a teacher guide) is held: it moves with the question when little
  // room is left, and goes on on the next page rather than leave a large gap.
  let kept = parts[0]!.items.length;
  parts.forEach((p, k) => {
    if (ANSWER_SPACES.has(p.block.type)) kept = parts.slice(0, k + 1).reduce((n, q) => n + q.items.length, 0);
  });
  inner.forEach((it, k) => {
    if (k < inner.length - 1) {
      if (k < kept) it.keepWithNext = true;
      else if (!it.keepWithNext) it.holdWithNext = true;
    }
  });
  inner[0]!.gapBefore = gapBefore * 1.3;
  const number = block.number !== undefined ? layoutText([{ text: `${block.number}.` }], { ...theme.body, bold: true }, hang, env.fonts) : undefined;
  let el: PDFKit.PDFStructureElement | undefined;
  return wrap(indent(inner, hang), {
    before: (pdf, x, y) => {
      el = pdf.tags.open('LI');
      if (number) pdf.tags.leaf('Lbl', () => drawLine(pdf, number, number.lines[0]!, x, y));
      pdf.tags.open('LBody');
    },
    after: (pdf) => pdf.tags.close(el!),
  });
}
