import { pageGeometry, slideGeometry, type Geometry } from '../../src/layout/geometry.js';
import { makeTheme } from '../../src/layout/theme.js';
import type { PdfInfo, PdfPage, TextRun } from './pdf.js';
import { horizontal, vertical, type PageGraphics } from './pdf-graphics.js';
import { squash } from './pdf.js';

/**
 * Checks of a built PDF as a reader sees it: where text stands, what is drawn under it.
 * Each returns a list of problems (empty when all is well), so a failing test says where.
 */

const MM = 72 / 25.4;
/** What school printers cannot print: the outer 5 mm of a sheet. */
export const UNPRINTABLE = 5 * MM;
/** The colour of handwriting lines (the theme's, same in every variant). */
export const WRITING_COLOR = makeTheme().colors.writing.toLowerCase();

/** The page's layout geometry, recognised from its size. */
export function geometryOf(page: { width: number; height: number }): Geometry {
  const slide = slideGeometry();
  if (Math.abs(page.width - slide.width) < 1 && Math.abs(page.height - slide.height) < 1) return slide;
  for (const paper of ['A4', 'LETTER'] as const) {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const g = pageGeometry(paper, orientation);
      if (Math.abs(page.width - g.width) < 1 && Math.abs(page.height - g.height) < 1) return g;
    }
  }
  throw new Error(`unexpected page size ${page.width} × ${page.height}`);
}

const visible = (r: TextRun) => r.str.trim().length > 0;

/** Vertical extent of a run in PDF coordinates (baseline y; descenders below). */
const bottomOf = (r: TextRun) => r.y - r.height * 0.25;
const topOf = (r: TextRun) => r.y + r.height * 0.8;

/**
 * No text outside the printable area of the sheet, and no reading text outside the content
 * box (only the page header and footer live in the margins).
 */
export function textOutsideArea(pdf: PdfInfo, name: string): string[] {
  const out: string[] = [];
  pdf.pages.forEach((page, i) => {
    const g = geometryOf(page);
    for (const r of page.runs.filter(visible)) {
      const where = `${name} p${i + 1} "${r.str.slice(0, 30)}"`;
      const [left, right, bottom, top] = r.artifact
        ? [UNPRINTABLE, page.width - UNPRINTABLE, UNPRINTABLE, page.height - UNPRINTABLE]
        : [g.left, g.right, page.height - g.bottom, page.height - g.top];
      if (r.x < left - 0.5 || r.x + r.width > right + 0.5) out.push(`${where}: x ${r.x.toFixed(1)}–${(r.x + r.width).toFixed(1)} outside ${left.toFixed(1)}–${right.toFixed(1)}`);
      if (bottomOf(r) < bottom - 0.5 || topOf(r) > top + 0.5) out.push(`${where}: y ${bottomOf(r).toFixed(1)}–${topOf(r).toFixed(1)} outside ${bottom.toFixed(1)}–${top.toFixed(1)}`);
    }
  });
  return out;
}

/** Two pieces of text never print over each other. */
export function overlappingText(pdf: PdfInfo, name: string): string[] {
  const out: string[] = [];
  pdf.pages.forEach((page, i) => {
    const runs = page.runs.filter(visible);
    for (let a = 0; a < runs.length; a++) {
      for (let b = a + 1; b < runs.length; b++) {
        const r = runs[a]!;
        const s = runs[b]!;
        const dx = Math.min(r.x + r.width, s.x + s.width) - Math.max(r.x, s.x);
        const dy = Math.min(topOf(r), topOf(s)) - Math.max(bottomOf(r), bottomOf(s));
        if (dx > 0.5 && dy > 0.3 * Math.min(r.height, s.height)) out.push(`${name} p${i + 1}: "${r.str.slice(0, 25)}" overlaps "${s.str.slice(0, 25)}"`);
      }
    }
  });
  return out;
}

/** The lines of reading text on a page, top to bottom, each with its baseline. */
export function textLines(page: PdfPage): { y: number; text: string; runs: TextRun[] }[] {
  const lines: { y: number; text: string; runs: TextRun[] }[] = [];
  const runs = page.runs.filter((r) => !r.artifact && visible(r)).sort((a, b) => b.y - a.y || a.x - b.x);
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) < 1.5) last.runs.push(r);
    else lines.push({ y: r.y, text: '', runs: [r] });
  }
  for (const l of lines) l.text = l.runs.sort((a, b) => a.x - b.x).map((r) => r.str).join(' ');
  return lines;
}

/** No page (but the last) ends with a heading: a heading always has its text under it. */
export function lonelyHeadings(pdf: PdfInfo, name: string): string[] {
  const out: string[] = [];
  pdf.pages.slice(0, -1).forEach((page, i) => {
    const lines = textLines(page);
    const last = lines[lines.length - 1];
    if (last && last.runs.every((r) => /^H\d$/.test(r.tag))) out.push(`${name} p${i + 1} ends with the heading "${last.text}"`);
  });
  return out;
}

export interface Found {
  page: number;
  /** Baseline of the line the text ends on. */
  lastY: number;
  /** Baseline of the next line of text below it on the page, if any. */
  nextY?: number;
}

/** Where a text stands whole on one page (not split over two), or undefined. */
export function findWhole(pdf: PdfInfo, text: string): Found | undefined {
  const wanted = squash(text);
  for (let p = 0; p < pdf.pages.length; p++) {
    const lines = textLines(pdf.pages[p]!);
    let joined = '';
    const ends: number[] = [];
    for (const l of lines) {
      joined += squash(l.text);
      ends.push(joined.length);
    }
    const at = joined.indexOf(wanted);
    if (at === -1) continue;
    const endLine = ends.findIndex((e) => e >= at + wanted.length);
    return { page: p, lastY: lines[endLine]!.y, nextY: lines[endLine + 1]?.y };
  }
  return undefined;
}

/** Handwriting lines (their heights) between a text's last line and the next text below it. */
export function writingLinesBelow(graphics: PageGraphics, found: Found, pageBottom = 0): number[] {
  const floor = found.nextY ?? pageBottom;
  const ys = horizontal(graphics.segments)
    .filter((s) => s.color === WRITING_COLOR && !s.dashed && s.y1 < found.lastY && s.y1 > floor)
    .map((s) => Math.round(s.y1 * 10) / 10);
  return [...new Set(ys)].sort((a, b) => b - a);
}

/** Pages without any reading text (a footer that spilled, an empty sheet). */
export function emptyPages(pdf: PdfInfo, name: string): string[] {
  return pdf.pages.flatMap((page, i) => (page.runs.some((r) => !r.artifact && visible(r)) ? [] : [`${name} p${i + 1} has no content`]));
}

/** The cells a card sheet is cut into: between neighbouring dashed lines. */
export function cutCells(graphics: PageGraphics): { x0: number; x1: number; y0: number; y1: number }[] {
  const dashed = graphics.segments.filter((s) => s.dashed);
  const round = (v: number) => Math.round(v * 10) / 10;
  const xs = [...new Set(vertical(dashed).map((s) => round(s.x1)))].sort((a, b) => a - b);
  const ys = [...new Set(horizontal(dashed).map((s) => round(s.y1)))].sort((a, b) => a - b);
  const cells: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (let i = 0; i + 1 < xs.length; i++) for (let j = 0; j + 1 < ys.length; j++) cells.push({ x0: xs[i]!, x1: xs[i + 1]!, y0: ys[j]!, y1: ys[j + 1]! });
  return cells;
}

/** All text inside a cell, squashed, in reading order. */
export function cellText(page: PdfPage, cell: { x0: number; x1: number; y0: number; y1: number }): string {
  const runs = page.runs.filter((r) => visible(r) && r.x >= cell.x0 && r.x + r.width <= cell.x1 && r.y >= cell.y0 && r.y <= cell.y1);
  const lines = textLines({ ...page, runs: runs.map((r) => ({ ...r, artifact: false })) });
  return squash(lines.map((l) => l.text).join(''));
}

/** WCAG contrast ratio of a colour against white paper. */
export function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (lum + 0.05);
}


/**
 * Lines and boxes stay inside the content box; only the header rule lives in the top margin.
 * Decoration is an artifact, or part of a tagged figure (a drawn diagram with alt text).
 */
export function drawingOutsideArea(pages: readonly { width: number; height: number }[], graphics: readonly PageGraphics[], name: string): string[] {
  const out: string[] = [];
  graphics.forEach((g, i) => {
    const page = pages[i]!;
    const geom = geometryOf(page);
    const [left, right, bottom, top] = [geom.left, geom.right, page.height - geom.bottom, page.height - geom.top];
    for (const s of g.segments) {
      const xs = [s.x1, s.x2];
      const ys = [s.y1, s.y2];
      const inside = xs.every((x) => x >= left - 1 && x <= right + 1) && ys.every((y) => y >= bottom - 1 && y <= top + 1);
      const headerRule = s.y1 === s.y2 && s.y1 > top && s.y1 < page.height - UNPRINTABLE && xs.every((x) => x >= left - 1 && x <= right + 1);
      if (!inside && !headerRule) out.push(`${name} p${i + 1}: line ${s.x1.toFixed(0)},${s.y1.toFixed(0)}–${s.x2.toFixed(0)},${s.y2.toFixed(0)} outside the content box`);
      if (!s.tags.includes('Artifact') && !s.tags.includes('Figure')) out.push(`${name} p${i + 1}: line ${s.x1.toFixed(0)},${s.y1.toFixed(0)} is neither an artifact nor part of a figure`);
    }
  });
  return out;
}
