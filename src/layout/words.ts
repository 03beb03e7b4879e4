import type { Block, RichText } from '../document/model.js';
import type { FontStack } from './fonts.js';

/**
 * Width of the widest word in a block tree, per point of font size, in bold (the widest
 * face). Text that grows to fill a card, a sign or a slide must stop before a word no
 * longer fits on a line: the line breaker would then cut the word in two.
 */
export function widestWord(blocks: readonly Block[], fonts: FontStack): number {
  const bold = fonts.main('bold');
  let widest = 0;
  const visit = (content: RichText) => {
    for (const inline of content) {
      for (const word of inline.text.split(/\s+/)) if (word) widest = Math.max(widest, bold.widthOf(word, 1));
    }
  };
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'paragraph' || b.type === 'heading') visit(b.content);
      else if (b.type === 'checklist') b.items.forEach(visit);
      else if (b.type === 'list') b.items.forEach(walk);
      else if ('children' in b) walk(b.children);
    }
  };
  walk(blocks);
  return widest;
}
