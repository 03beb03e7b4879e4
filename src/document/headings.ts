import { plainText, type Block } from './model.js';

/** A heading as a screen reader lists it: its level and text, and the block it comes from. */
export interface HeadingEntry {
  level: number;
  text: string;
  block: Block;
  /** A heading written in the template (# …), not a title the layout turns into one. */
  written: boolean;
}

const MAX_LEVEL = 6;

/**
 * Gives the titles that the layout tags as headings (of tips, cards, signs and slides) their
 * level, and returns every heading in reading order. A screen reader jumps from heading to
 * heading, and PDF/UA-1 (7.4.2) wants the first one to be H1 and none to skip a level, so a
 * title is one level below the heading of the section it stands in:
 * - a tip's title below the last heading written before it ("Zo praten we met elkaar" right
 *   under the worksheet's title is an H2, a hint under a question group's H3 an H4);
 * - a card's or a sign's label likewise (a card sheet without headings: H1, one per card, so
 *   a screen reader can jump card to card);
 * - a slide's title one level below the document's first heading (the title slide's H1), so
 *   headings inside one slide do not push down the titles of the next.
 * Written headings keep the level the template gives them.
 */
export function assignHeadingLevels(blocks: Block[]): HeadingEntry[] {
  const out: HeadingEntry[] = [];
  let section = 0;
  let top = 0;
  const below = (level: number) => Math.min(MAX_LEVEL, level + 1);
  const walk = (list: Block[]) => {
    for (const b of list) {
      switch (b.type) {
        case 'heading':
          section = b.level;
          if (top === 0) top = b.level;
          out.push({ level: b.level, text: plainText(b.content), block: b, written: true });
          break;
        case 'tip':
          if (b.title) {
            b.level = below(section);
            out.push({ level: b.level, text: b.title, block: b, written: false });
          }
          walk(b.children);
          break;
        case 'card':
        case 'sign':
          if (b.label) {
            b.level = below(section);
            out.push({ level: b.level, text: b.label, block: b, written: false });
          }
          walk(b.children);
          break;
        case 'slide':
          if (b.title) {
            b.level = below(top);
            out.push({ level: b.level, text: b.title, block: b, written: false });
          }
          walk(b.children);
          break;
        case 'list':
          b.items.forEach(walk);
          break;
        default:
          if ('children' in b) walk(b.children);
      }
    }
  };
  walk(blocks);
  return out;
}
