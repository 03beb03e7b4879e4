import { plainText, type Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { indent, keepTogether, wrap, type Item } from '../items.js';
import { drawLine, layoutText } from '../text.js';
import { blocksToItems } from './index.js';

type Question = Extract<Block, { type: 'question' }>;

/**
 * A question with its answer space: number in a hanging column, and never split from its
 * writing lines (the whole question moves to the next page when it does not fit). Tagged as
 * a list item (LI > Lbl + LBody); blocksToItems puts a run of questions in one list (L), so
 * a screen reader announces "list of 5 items" and reads each number with its question.
 */
export function questionItems(block: Question, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const hang = block.number !== undefined ? theme.body.size * 2 : 0;
  // The answer space's form field (fillable worksheets) is named after the question and says its text.
  const prompt = block.children.find((b) => b.type === 'paragraph');
  const answer = { name: [env.section ?? 'vraag', block.number ?? ''], label: prompt && prompt.type === 'paragraph' ? plainText(prompt.content) : env.labels.fieldAnswer };
  const inner = blocksToItems(block.children, width - hang, { ...env, answer });
  if (inner.length === 0) return [];
  inner[0]!.gapBefore = gapBefore * 1.3;
  const number = block.number !== undefined ? layoutText([{ text: `${block.number}.` }], { ...theme.body, bold: true }, hang, env.fonts) : undefined;
  let el: PDFKit.PDFStructureElement | undefined;
  return keepTogether(
    wrap(indent(inner, hang), {
      before: (pdf, x, y) => {
        el = pdf.tags.open('LI');
        if (number) pdf.tags.leaf('Lbl', () => drawLine(pdf, number, number.lines[0]!, x, y));
        pdf.tags.open('LBody');
      },
      after: (pdf) => pdf.tags.close(el!),
    }),
  );
}
