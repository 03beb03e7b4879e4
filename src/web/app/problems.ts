import type { ShownProblem } from '../web-kit.js';
import { el } from './dom.js';
import { t } from './words.js';

/** The place of a problem as the CLI prints it: file:line:col (or file:line, or file). */
export function placeOf(p: ShownProblem): string | undefined {
  if (!p.file) return undefined;
  return [p.file, p.line, p.line !== undefined ? p.col : undefined].filter((x) => x !== undefined).join(':');
}

/**
 * Shows problems in a box: where (file:line:col), what, and the hint, as `build --watch`
 * prints them. With `jump`, the place is a button that opens the file at that line.
 */
export function showProblems(box: HTMLElement, heading: string, problems: readonly ShownProblem[], jump?: Jump): void {
  if (problems.length === 0) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const items = problems.map((p) => {
    const place = placeOf(p);
    const where = place ? (jump && p.line !== undefined && jump.canOpen(p) ? jumpButton(place, () => jump.open(p)) : el('span', { className: 'where' }, place)) : null;
    return el(
      'li',
      {},
      where,
      where ? ': ' : '',
      p.message,
      ' ',
      el('span', { className: 'code' }, `[${p.code}]`),
      p.hint ? el('span', { className: 'hint' }, `${t().hint}: ${p.hint}`) : null,
    );
  });
  box.replaceChildren(el('p', {}, heading), el('ul', {}, ...items));
  box.hidden = false;
}

function jumpButton(place: string, onclick: () => void): HTMLButtonElement {
  return el('button', { type: 'button', className: 'link where', 'aria-label': t().jumpTo(place), onclick }, place);
}

/** Opens the file of a problem at its line (the editor of "Eigen les"). */
export interface Jump {
  canOpen(p: ShownProblem): boolean;
  open(p: ShownProblem): void;
}

/** Shows a bug in gesprekskit (not the user's mistake) in a box. */
export function showBug(box: HTMLElement, detail: string): void {
  box.replaceChildren(el('p', {}, t().internalError(detail)));
  box.hidden = false;
}
