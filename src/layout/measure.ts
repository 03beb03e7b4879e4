import type { Block, PrintDocument } from '../document/model.js';
import { blocksToItems } from './blocks/index.js';
import type { LayoutEnv } from './env.js';
import type { InputFiles } from '../input/input-files.js';
import { FontStack, type FontChoice } from './fonts.js';
import { contentHeight, contentWidth, geometryFor, type Geometry, type Orientation } from './geometry.js';
import { planPages, type Item } from './items.js';
import { LABELS } from './labels.js';
import type { RenderOptions } from './render-pdf.js';
import { makeTheme, type ThemeOptions } from './theme.js';

/**
 * Measuring without drawing: fonts, text shaping and the items every block becomes, with
 * no pdfkit document (and without loading pdfkit). Everything the layout can refuse (a
 * character no font has, a card too long for its card) is found here, so `validate` runs
 * the same checks as `build` by calling measureDocument.
 */

const stacks = new Map<FontChoice, FontStack>();

/** The font stack of a typeface choice, built once per process. */
export function fontStack(choice: FontChoice, input: InputFiles): FontStack {
  let stack = stacks.get(choice);
  if (!stack) {
    stack = new FontStack(choice, input);
    stacks.set(choice, stack);
  }
  return stack;
}

/** A run of pages with one geometry, and its items measured for that geometry. */
export interface Section {
  geom: Geometry;
  items: Item[];
}

/**
 * Splits the document where a top-level page break turns the page. Each part is measured
 * for its own page size, so a landscape sign gets the landscape width.
 */
export function sections(blocks: readonly Block[], options: RenderOptions, env: Omit<LayoutEnv, 'page'>): Section[] {
  const medium = options.medium ?? 'paper';
  const paper = options.paper ?? 'A4';
  const parts: { orientation: Orientation; blocks: Block[] }[] = [{ orientation: options.orientation ?? 'portrait', blocks: [] }];
  for (const block of blocks) {
    const last = parts[parts.length - 1]!;
    if (block.type === 'pagebreak' && block.orientation && medium === 'paper') parts.push({ orientation: block.orientation, blocks: [] });
    else last.blocks.push(block);
  }
  return parts.map((part) => {
    const geom = geometryFor(medium, paper, part.orientation);
    const page = { width: contentWidth(geom), height: contentHeight(geom) };
    return { geom, items: blocksToItems(part.blocks, page.width, { ...env, page }) };
  });
}


/**
 * Lays out a document as a build would, up to where drawing starts, and throws the same
 * KitErrors. Returns the measured sections.
 */
export function measureDocument(document: PrintDocument, options: RenderOptions): Section[] {
  const theme = makeTheme(options);
  const parts = sections(document.blocks, options, { fonts: options.fonts, theme, labels: options.labels ?? LABELS.nl, outlineLevels: options.outlineLevels ?? 0 });
  // Page breaks are planned too (without drawing): an item taller than a page is refused there.
  for (const part of parts) planPages(part.items, part.geom.bottom - part.geom.top);
  return parts;
}
