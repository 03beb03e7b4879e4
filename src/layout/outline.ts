import type { Pdf } from './pdf.js';

/** pdfkit 0.20's outline item: a bookmark, with the view it opens (see bookmark below). */
interface OutlineItem {
  addItem(title: string, options?: { expanded?: boolean; top?: number; left?: number }): OutlineItem;
}

/** Room above a heading when its bookmark opens the page: the heading is not cut off. */
const ABOVE = 8;

/**
 * Adds a bookmark for a heading drawn at `y` (from the page top) on the current page. It
 * nests under the last bookmark of a higher level (an H3 under its H2), opens the page
 * with the heading at the top of the view, and gets a number when its title repeats, so
 * every bookmark can be told apart.
 */
export function bookmark(pdf: Pdf, level: number, title: string, y: number): void {
  // A no-break space ("50 minuten") is an ordinary space in a bookmark.
  title = title.replace(/\u00a0/g, ' ');
  const stack = pdf.outline;
  while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
  const parent = (stack[stack.length - 1]?.item ?? pdf.doc.outline) as unknown as OutlineItem;
  const seen = (pdf.bookmarks.get(title) ?? 0) + 1;
  pdf.bookmarks.set(title, seen);
  const label = seen > 1 ? `${title} (${seen})` : title;
  // pdfkit writes the view as [page /XYZ (width − left) (height − top) 0]: left = width puts it at 0.
  const item = parent.addItem(label, { expanded: true, top: Math.max(0, y - ABOVE), left: pdf.geom.width });
  stack.push({ level, item });
}
