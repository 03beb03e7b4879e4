import type { Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, planPages, type Item, type Placement } from '../items.js';
import type { Pdf } from '../pdf.js';
import { bookmark } from '../outline.js';
import { drawStack, largestFit, stackHeight } from '../stack.js';
import { scaleTheme } from '../theme.js';
import { widestWord } from '../words.js';
import { blocksToItems } from './index.js';
import { inOutline } from './heading.js';
import { textItems } from './text-items.js';

type Slide = Extract<Block, { type: 'slide' }>;

/**
 * Slide text grows to fill the slide, up to this share of the slide theme (26 pt body →
 * 32 pt); "large" slides (one question, one statement) up to LARGE (42 pt).
 */
const GROW = 1.25;
const LARGE = 1.6;
/**
 * Text on a crowded slide never shrinks below the slide theme (26 pt body, 24 pt for the
 * smallest text, theme.minText): what does not fit continues on a next slide instead,
 * readable from the back of a classroom.
 */
const MIN_SCALE = 1;

/**
 * One projector slide. A slide never overflows: its text grows to fill the slide (up to GROW
 * or LARGE), and what does not fit at the slide theme's size continues on a next slide under
 * the same title marked "(vervolg)", split where the usual keep rules allow.
 */
export function slideItems(block: Slide, width: number, env: LayoutEnv): Item[] {
  const height = env.page.height;
  // Never so large that a word no longer fits on a line.
  const wordRoom = (width * 0.95) / Math.max(1e-6, widestWord(block.children, env.fonts) * env.theme.body.size);
  const start = Math.max(MIN_SCALE, Math.min(block.size === 'large' ? LARGE : GROW, wordRoom));
  const align = block.align === 'center' ? 'center' : 'left';
  // One level below the title slide's heading (document/headings.ts).
  const level = block.level ?? 2;
  const build = (scale: number) => {
    const theme = scaleTheme(env.theme, scale);
    const slideEnv: LayoutEnv = { ...env, theme, align };
    const body = blocksToItems(block.children, width, slideEnv);
    // The title stays at the slide theme's size: every slide's title sits in the same place.
    const title = (text: string, outline: boolean) =>
      block.title === undefined
        ? []
        : textItems([{ text }], env.theme.h2, width, env, {
            tag: `H${level}`,
            onFirstLine: outline && inOutline(level, env) ? (pdf, y) => bookmark(pdf, level, block.bookmark ?? text, y) : undefined,
          });
    return { body, title, theme };
  };
  const titleGap = env.theme.gap * 1.2;
  // Titles do not scale, so their height is known up front; the continued title may be longer.
  const base = build(1);
  const firstTitle = base.title(block.title ?? '', true);
  const nextTitle = base.title(env.labels.continued.replace('{title}', block.title ?? ''), false);
  const fits = (s: ReturnType<typeof build>) => stackHeight(firstTitle) + (firstTitle.length ? titleGap : 0) + stackHeight(s.body) <= height;
  const fitted = largestFit(build, fits, MIN_SCALE, start);
  const laid = fitted?.value ?? build(MIN_SCALE);
  // Room for the body: the same on every slide of a continued run, so it splits where it must.
  const titleHeight = (fitted ? stackHeight(firstTitle) : Math.max(stackHeight(firstTitle), stackHeight(nextTitle))) + (firstTitle.length ? titleGap : 0);

  // Pages of body items; a single page when it fits.
  const plan = balancedPlan(laid.body, height - titleHeight);
  const pages: Item[][] = [];
  for (const p of plan) (pages[p.page] ??= []).push(p.item);
  if (pages.length === 0) pages.push([]);

  let sect: PDFKit.PDFStructureElement | undefined;
  return pages.map((body, k) => {
    const title = k === 0 ? firstTitle : nextTitle;
    return item(
      height,
      (pdf: Pdf, x: number, y: number) => {
        if (k === 0) sect = pdf.tags.open('Sect');
        // "Title (vervolg)" repeats the title for the eye; a screen reader reads on (the list or
        // paragraph that continues is still open), as with a table's repeated header row.
        if (k === 0) drawStack(title, pdf, x, y);
        else pdf.tags.asArtifact(() => drawStack(title, pdf, x, y));
        const top = y + titleHeight;
        const room = height - titleHeight;
        const bodyHeight = stackHeight(body);
        drawStack(body, pdf, x, block.align === 'center' ? top + Math.max(0, (room - bodyHeight) / 2) : top);
        if (k === pages.length - 1) pdf.tags.close(sect!);
      },
      { breakBefore: true },
    );
  });
}

/**
 * The body's slides, balanced: text that runs over onto a next slide is shared out so that
 * the continued slide is not two lines under a title, the lowest room that still needs no
 * more slides than the full room does.
 */
function balancedPlan(body: readonly Item[], room: number): Placement[] {
  const full = planPages(body, room);
  const slides = (plan: Placement[]) => (plan.length ? plan[plan.length - 1]!.page + 1 : 0);
  const count = slides(full);
  if (count < 2) return full;
  const tryRoom = (r: number) => {
    try {
      const plan = planPages(body, r);
      return slides(plan) <= count ? plan : undefined;
    } catch {
      // An item taller than this room: too little.
      return undefined;
    }
  };
  let best = full;
  let lo = room / count;
  let hi = room;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const plan = tryRoom(mid);
    if (plan) {
      best = plan;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

