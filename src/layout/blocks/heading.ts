import { plainText, type Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import type { Item } from '../items.js';
import { bookmark } from '../outline.js';
import { textItems } from './text-items.js';

type Heading = Extract<Block, { type: 'heading' }>;

/** Headings keep with the first lines of what follows (the paginator sees keepWithNext). */
export function headingItems(block: Heading, width: number, env: LayoutEnv): Item[] {
  const style = block.level === 1 ? env.theme.h1 : block.level === 2 ? env.theme.h2 : env.theme.h3;
  const gapBefore = block.level === 1 ? env.theme.gap * 2 : block.level === 2 ? env.theme.gap * 2 : env.theme.gap * 1.5;
  const items = textItems(block.content, style, width, env, {
    tag: `H${block.level}`,
    gapBefore,
    keepAll: true,
    align: env.align,
    onFirstLine: inOutline(block.level, env) ? (pdf, y) => bookmark(pdf, block.level, plainText(block.content), y) : undefined,
  });
  // A little air between a heading and its text, as part of the heading.
  const last = items[items.length - 1]!;
  last.height += style.size * 0.3;
  return items;
}

/** Whether headings of this level become bookmarks in this document. */
export function inOutline(level: number, env: LayoutEnv): boolean {
  return level >= (env.outlineTop ?? 1) && level <= env.outlineLevels;
}
