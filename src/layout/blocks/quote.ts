import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { indent, wrap, type Item } from '../items.js';
import { blocksToItems } from './index.js';

type Quote = Extract<Block, { type: 'quote' }>;

/** A quotation with a bar on the left; a source quote ends with its ¶ reference. */
export function quoteItems(block: Quote, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  const { theme } = env;
  const inset = theme.indent;
  const children = block.ref ? withReference(block.children, block.ref) : block.children;
  const inner = indent(blocksToItems(children, width - inset, env), inset);
  if (inner.length === 0) return [];
  inner[0]!.gapBefore = gapBefore;
  let el: PDFKit.PDFStructureElement | undefined;
  return wrap(inner, {
    padTop: 2,
    padBottom: 2,
    decorate: (pdf, x, y, h) =>
      pdf.tags.artifact(() => {
        pdf.doc.save().rect(x + 2, y, 2.5, h).fill(theme.colors.quoteBar).restore();
      }),
    before: (pdf) => {
      el = pdf.tags.open('BlockQuote');
    },
    after: (pdf) => pdf.tags.close(el!),
  });
}

function withReference(children: Block[], ref: string): Block[] {
  const out = [...children];
  const lastIndex = out.map((b) => b.type).lastIndexOf('paragraph');
  const mark = ` (¶${ref})`;
  if (lastIndex === -1) return [...out, { type: 'paragraph', content: [{ text: mark.trim() }], size: 'small' }];
  const last = out[lastIndex] as Extract<Block, { type: 'paragraph' }>;
  out[lastIndex] = { ...last, content: [...last.content, { text: mark, bold: true }] };
  return out;
}
