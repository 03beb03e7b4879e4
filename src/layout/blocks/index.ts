import { plainText, type Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { bracket, item, keepTogether, type Item } from '../items.js';
import { boxItems } from './box.js';
import { chartItems } from './chart.js';
import { organiserItems } from './organiser.js';
import { scaleItems } from './scale.js';
import { checklistItems } from './checklist.js';
import { headingItems } from './heading.js';
import { linesItems } from './lines.js';
import { listItems } from './list.js';
import { namefieldItems } from './namefield.js';
import { passageItems } from './passage.js';
import { questionItems } from './question.js';
import { quoteItems } from './quote.js';
import { ruleItems } from './rule.js';
import { tableItems } from './table.js';
import { textItems } from './text-items.js';
import { tipItems } from './tip.js';
import { cardsItems } from './cards.js';
import { signItems } from './sign.js';
import { slideItems } from './slide.js';

/**
 * Turns blocks into measured items for a column `width` wide. One renderer per block type.
 * `parts`, when given, receives each block's own items (the same objects), in order.
 */
export function blocksToItems(blocks: readonly Block[], width: number, env: LayoutEnv, parts?: { block: Block; items: Item[] }[]): Item[] {
  const out: Item[] = [];
  let pendingBreak = false;
  /** Items of the run of questions being collected: one numbered list (L). */
  let questions: Item[] = [];
  const endQuestions = () => {
    if (questions.length > 0) out.push(...bracket(questions, (pdf) => pdf.tags.listNumbering(pdf.tags.open('L'), 'Decimal'), (pdf, el) => pdf.tags.close(el)));
    questions = [];
  };
  let here = env;
  blocks.forEach((block, i) => {
    if (block.type === 'pagebreak') {
      pendingBreak = i > 0;
      return;
    }
    // Form fields are named after their section ("vragen-3", "exitticket-1").
    if (block.type === 'heading' && block.level <= 2) here = { ...env, section: plainText(block.content) };
    const items = blockItems(block, width, here, i === 0);
    parts?.push({ block, items });
    if (pendingBreak && items[0]) items[0].breakBefore = true;
    // A lead-in stays with the first lines of what it introduces, as a heading does.
    const next = blocks[i + 1];
    if (block.type === 'paragraph' && next && next.type !== 'heading' && next.type !== 'pagebreak' && items.length > 0) {
      // A sentence or two between a heading and its table or list opens that table or list too.
      const opens = blocks[i - 1]?.type === 'heading' && items.length <= 3 && INTRODUCED.has(next.type);
      if (opens || introduces(block)) items[items.length - 1]!.keepWithNext = true;
    }
    pendingBreak = false;
    if (block.type === 'question') questions.push(...items);
    else {
      endQuestions();
      out.push(...items);
    }
  });
  endQuestions();
  return out;
}

function blockItems(block: Block, width: number, env: LayoutEnv, first: boolean): Item[] {
  const gap = first ? 0 : env.theme.gap;
  switch (block.type) {
    case 'heading':
      return headingItems(block, width, env);
    case 'paragraph':
      return paragraphItems(block, width, env, gap);
    case 'list':
      return listItems(block, width, env, gap);
    case 'checklist':
      return checklistItems(block, width, env, gap);
    case 'quote':
      return quoteItems(block, width, env, gap);
    case 'passage':
      return passageItems(block, width, env, gap);
    case 'lines':
      return linesItems(block.count, width, env, gap);
    case 'box':
      return boxItems(block, width, env, gap);
    case 'table':
      return tableItems(block, width, env, gap);
    case 'tip':
      return tipItems(block, width, env, gap);
    case 'question':
      return questionItems(block, width, env, gap);
    case 'keep':
      return keepTogether(blocksToItems(block.children, width, env).map((it, k) => (k === 0 ? { ...it, gapBefore: gap } : it)));
    case 'namefield':
      return namefieldItems(width, env, gap);
    case 'rule':
      return ruleItems(width, env, gap);
    case 'pagebreak':
      return [item(0, () => {}, { breakBefore: true })];
    case 'scale':
      return scaleItems(block, width, env, gap);
    case 'organiser':
      return organiserItems(block, width, env, gap);
    case 'chart':
      return chartItems(block, width, env, gap);
    case 'cards':
      return cardsItems(block, width, env);
    case 'card':
      return cardsItems({ type: 'cards', children: [block] }, width, env);
    case 'sign':
      return signItems(block, width, env);
    case 'slide':
      return slideItems(block, width, env);
  }
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** Blocks a short paragraph under a heading introduces: the section's table or list. */
const INTRODUCED = new Set<Block['type']>(['table', 'list', 'checklist', 'organiser']);

function paragraphItems(block: Paragraph, width: number, env: LayoutEnv, gapBefore: number): Item[] {
  return textItems(block.content, block.size === 'small' ? env.theme.small : env.theme.body, width, env, { gapBefore, align: env.align });
}

/**
 * A paragraph that introduces what follows it: one that ends in a colon ("Zo gaan de
 * leerlingen te werk:") or opens with a bold label ("**Stellingen**", "**Rollen**
 * (rolkaarten bij de kaartjes)", "**Borden:** …"). Like a heading, it never ends a page
 * without the first lines of what it introduces.
 */
export function introduces(block: Paragraph): boolean {
  const text = plainText(block.content).trim();
  const first = block.content.find((c) => c.text.trim());
  return text.endsWith(':') || first?.bold === true;
}
