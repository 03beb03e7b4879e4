import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import { drawStack, largestFit, stackHeight } from '../stack.js';
import { mm, scaleTheme } from '../theme.js';
import { widestWord } from '../words.js';
import { blocksToItems } from './index.js';
import { textItems } from './text-items.js';

type Sign = Extract<Block, { type: 'sign' }>;

/** Sign text grows up to this size: readable across a classroom, still a few words per line. */
const MAX_SIZE = 110;

/**
 * A sign for the wall (a corner in "four corners", an end of the barometer): one statement as
 * large as the page allows, centred, in bold. It takes a whole page; words are never broken.
 */
export function signItems(block: Sign, width: number, env: LayoutEnv): Item[] {
  const height = env.page.height;
  const { theme } = env;
  const labelStyle = { ...theme.small, bold: true };
  // The label is the sign's heading, as a card's (document/headings.ts).
  const label = block.label ? textItems([{ text: block.label }], labelStyle, width, env, { align: 'center', tag: `H${block.level ?? 1}`, keepAll: true }) : [];
  const room = height - stackHeight(label) - mm(10);
  const build = (scale: number) => {
    const scaled = scaleTheme(theme, scale);
    const signTheme = { ...scaled, body: { ...scaled.body, bold: true, leading: 1.15 } };
    return blocksToItems(block.children, width, { ...env, theme: signTheme, align: 'center' });
  };
  const longestWord = widestWord(block.children, env.fonts);
  const maxScale = Math.max(1, Math.min(MAX_SIZE, (width * 0.98) / Math.max(longestWord, 1e-6)) / theme.body.size);
  const fit = largestFit(build, (items) => stackHeight(items) <= room, 0.5, maxScale) ?? { scale: 1, value: build(1) };
  const body = fit.value;
  return [
    item(
      height,
      (pdf, x, y) => {
        const el = pdf.tags.open('Div');
        drawStack(label, pdf, x, y);
        const bodyHeight = stackHeight(body);
        const top = y + stackHeight(label);
        drawStack(body, pdf, x, top + Math.max(0, (y + height - top - bodyHeight) / 2));
        pdf.tags.close(el);
      },
      { breakBefore: true },
    ),
  ];
}
