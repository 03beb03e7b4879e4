import { KitError, problem } from '../../errors.js';
import { plainText, type Block } from '../../document/model.js';
import type { LayoutEnv } from '../env.js';
import { item, type Item } from '../items.js';
import type { Pdf } from '../pdf.js';
import { drawStack, largestFit, stackHeight } from '../stack.js';
import { drawLine, layoutText } from '../text.js';
import { mm, scaleTheme } from '../theme.js';
import { widestWord } from '../words.js';
import { blocksToItems } from './index.js';
import { textItems } from './text-items.js';

type Cards = Extract<Block, { type: 'cards' }>;
type Card = Extract<Block, { type: 'card' }>;

/** Grids tried from the most cards per sheet to the fewest: 2×2 (A6-like), thirds, halves, whole. */
const GRIDS = [
  { cols: 2, rows: 2 },
  { cols: 1, rows: 3 },
  { cols: 1, rows: 2 },
  { cols: 1, rows: 1 },
] as const;


/** "large" cards (one statement) print their text this much bigger, and grow up to MAX_GROW more when there is room. */
const LARGE = 1.45;
const MAX_GROW = 1.5;
/** Other cards (a role, a scenario) grow at most this much: they are read in the hand. */
const MAX_GROW_NORMAL = 1.25;

/** From the cut line to the card's printed border, and from the border to the text. */
const BORDER_INSET = mm(3);
const TEXT_INSET = mm(3) + mm(4.5);

interface Grid {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
}

/** A card measured for one cell size: its items, and how tall they stand. */
interface Laid {
  label: Item[];
  body: Item[];
  height: number;
  labelHeight: number;
  align: 'left' | 'center';
}

/**
 * Cut-out cards: whole sheets divided into 2 to 4 equal cells with dashed cut lines. Every
 * card of a group gets the same cell size, as many per sheet as the longest card allows, and
 * a card never crosses a cell or a sheet. `fill: 'page'` repeats the cards to fill the last
 * sheet (exit tickets for the whole class); the repeats are artifacts, read once.
 */
export function cardsItems(block: Cards, width: number, env: LayoutEnv): Item[] {
  const cards: Card[] = block.children.map((b) => (b.type === 'card' ? b : { type: 'card', children: [b] }));
  if (cards.length === 0) return [];
  const height = env.page.height;
  const { grid, laid } = chooseGrid(cards, width, height, env);
  const perPage = grid.cols * grid.rows;
  const slots: { card: number; copy: boolean }[] = cards.map((_, k) => ({ card: k, copy: false }));
  if (block.fill === 'page') {
    for (let k = 0; slots.length % perPage !== 0; k++) slots.push({ card: k % cards.length, copy: true });
  }
  const pages: (typeof slots)[] = [];
  for (let i = 0; i < slots.length; i += perPage) pages.push(slots.slice(i, i + perPage));
  return pages.map((slotsOnPage) =>
    item(
      height,
      (pdf, x, y) => {
        drawCutLines(pdf, x, y, grid, slotsOnPage.length, env);
        slotsOnPage.forEach((slot, k) => {
          const cx = x + (k % grid.cols) * grid.cellW;
          const cy = y + Math.floor(k / grid.cols) * grid.cellH;
          const draw = () => drawCard(pdf, laid[slot.card]!, cx, cy, grid, env);
          if (slot.copy) pdf.tags.asArtifact(draw);
          else draw();
        });
      },
      { breakBefore: true },
    ),
  );
}

function chooseGrid(cards: Card[], width: number, height: number, env: LayoutEnv): { grid: Grid; laid: Laid[] } {
  for (const g of GRIDS) {
    const grid = { ...g, cellW: width / g.cols, cellH: height / g.rows };
    const room = grid.cellH - 2 * TEXT_INSET;
    const innerWidth = grid.cellW - 2 * TEXT_INSET;
    const lay = (grow: number) => cards.map((c) => layCard(c, innerWidth, 1, grow, env));
    const laid = lay(1);
    if (!laid.every((l) => l.height <= room)) continue;
    // The cards then grow together, leaving air around the longest one and never so far
    // that a word no longer fits on a line.
    const large = cards.some((c) => c.size === 'large');
    const wordRoom = innerWidth / (widestWord(cards, env.fonts) * env.theme.body.size * (large ? LARGE : 1));
    const maxGrow = Math.max(1, Math.min(large ? MAX_GROW : MAX_GROW_NORMAL, wordRoom));
    const airy = (l: Laid[]) => l.every((c) => c.height <= room * 0.8);
    return { grid, laid: largestFit(lay, airy, 1, maxGrow)?.value ?? laid };
  }
  // A card too long for a whole sheet: shrink its text rather than split it, but never below
  // the smallest size a reader must read (10 pt, 16 in large print): a card longer still is refused.
  const grid = { cols: 1, rows: 1, cellW: width, cellH: height };
  const room = height - 2 * TEXT_INSET;
  const minScale = Math.min(1, env.theme.minText / env.theme.body.size);
  const laid = cards.map((c) => {
    const fit = largestFit((s) => layCard(c, width - 2 * TEXT_INSET, s, 1, env), (l) => l.height <= room, minScale, 1);
    if (!fit) {
      // The card's longest paragraph, for the shell to find where it was written (render-piece.ts).
      throw new KitError(problem('cardTooLong', { ...(c.label ? { label: c.label } : {}), text: longestText(c.children) }));
    }
    return fit.value;
  });
  return { grid, laid };
}

/** The longest run of text in some blocks (a card's statement or description), as plain text. */
function longestText(blocks: readonly Block[]): string {
  let longest = '';
  const visit = (b: Block) => {
    if ('content' in b && Array.isArray(b.content)) {
      const text = plainText(b.content);
      if (text.length > longest.length) longest = text;
    }
    if ('children' in b && Array.isArray(b.children)) (b.children as Block[]).forEach(visit);
    if (b.type === 'list') b.items.forEach((item) => item.forEach(visit));
  };
  blocks.forEach(visit);
  return longest;
}

function layCard(card: Card, innerWidth: number, scale: number, grow: number, env: LayoutEnv): Laid {
  const theme = scaleTheme(env.theme, scale);
  const bodyTheme = scaleTheme(theme, (card.size === 'large' ? LARGE : 1) * grow);
  const align = card.align ?? 'left';
  // The label shrinks with the card, never below the smallest readable size.
  const labelStyle = { ...theme.small, bold: true, size: Math.max(theme.small.size, Math.min(env.theme.small.size, env.theme.minText)) };
  // The label is the card's heading: a screen reader jumps card to card (document/headings.ts).
  const label = card.label ? textItems([{ text: card.label }], labelStyle, innerWidth, { ...env, theme }, { tag: `H${card.level ?? 1}`, keepAll: true }) : [];
  const body = blocksToItems(card.children, innerWidth, { ...env, theme: bodyTheme, align });
  if (body[0]) body[0].gapBefore = label.length ? theme.gap * 1.2 : 0;
  const all = [...label, ...body];
  return { label, body, height: stackHeight(all), labelHeight: stackHeight(label), align };
}

/** One card in its cell: a thin border (decoration) and the card's tagged text. */
function drawCard(pdf: Pdf, laid: Laid, x: number, y: number, grid: Grid, env: LayoutEnv): void {
  const { theme } = env;
  pdf.tags.artifact(() => {
    pdf.doc
      .save()
      .lineWidth(theme.strokes.frame)
      .strokeColor(theme.colors.rule)
      .roundedRect(x + BORDER_INSET, y + BORDER_INSET, grid.cellW - 2 * BORDER_INSET, grid.cellH - 2 * BORDER_INSET, 6)
      .stroke()
      .restore();
  });
  const el = pdf.tags.open('Div');
  const tx = x + TEXT_INSET;
  const ty = y + TEXT_INSET;
  drawStack(laid.label, pdf, tx, ty);
  // Centred cards (one statement) sit in the middle of the room under the label.
  const top = ty + laid.labelHeight + (laid.label.length && laid.body[0] ? laid.body[0].gapBefore : 0);
  const room = y + grid.cellH - TEXT_INSET - top;
  const by = laid.align === 'center' ? top + Math.max(0, (room - stackHeight(laid.body)) / 2) : top;
  drawStack(laid.body, pdf, tx, by);
  pdf.tags.close(el);
}

/**
 * Dashed cut lines around every used cell (shared edges drawn once), with a small scissors
 * where each horizontal cut starts.
 */
function drawCutLines(pdf: Pdf, x: number, y: number, grid: Grid, used: number, env: LayoutEnv): void {
  const { doc, fonts } = pdf;
  const rows = Math.ceil(used / grid.cols);
  const isUsed = (r: number, c: number) => r >= 0 && r < rows && c >= 0 && c < grid.cols && r * grid.cols + c < used;
  pdf.tags.artifact(() => {
    doc.save().lineWidth(env.theme.strokes.cut).strokeColor(env.theme.colors.rule).dash(5, { space: 3 });
    for (let r = 0; r <= rows; r++) {
      for (let c = 0; c < grid.cols; c++) {
        if (isUsed(r - 1, c) || isUsed(r, c)) doc.moveTo(x + c * grid.cellW, y + r * grid.cellH).lineTo(x + (c + 1) * grid.cellW, y + r * grid.cellH);
      }
    }
    for (let c = 0; c <= grid.cols; c++) {
      for (let r = 0; r < rows; r++) {
        if (isUsed(r, c - 1) || isUsed(r, c)) doc.moveTo(x + c * grid.cellW, y + r * grid.cellH).lineTo(x + c * grid.cellW, y + (r + 1) * grid.cellH);
      }
    }
    doc.stroke().undash().restore();
    const face = fonts.faceFor(0x2702, 'regular');
    if (!face) return;
    const scissors = layoutText([{ text: '\u2702' }], { ...env.theme.frame, size: 12 }, 40, fonts);
    const line = scissors.lines[0]!;
    for (let r = 0; r <= rows; r++) {
      const sx = x + 10;
      const sy = y + r * grid.cellH - scissors.lineHeight / 2;
      // A white patch under the scissors, so the cut line seems to run into its blades.
      doc.save().rect(sx - 2, sy + 1, line.width + 4, scissors.lineHeight - 2).fill('#ffffff').restore();
      drawLine(pdf, scissors, line, sx, sy);
    }
  });
}
