import { expect } from 'chai';
import { holdLines, item, LARGE_GAP, paginate, planPages, type Item } from '../../src/layout/items.js';
import type { Pdf } from '../../src/layout/pdf.js';

/**
 * The paginator's rule for runs that prefer to stay together (the lines of a table row, a
 * short list): whole on the next page when little room is left, split between two lines
 * when moving would leave a large gap, never where a keep rule forbids.
 */
describe('layout: held runs at a page break', () => {
  const PAGE = 100;
  const line = (h = 10) => item(h, () => {});
  /** `before` of filler, then a run of `n` held lines. */
  const plan = (before: number, n: number) => {
    const row = holdLines(Array.from({ length: n }, () => line()));
    const items: Item[] = [item(before, () => {}), ...row];
    return planPages(items, PAGE).slice(1).map((p) => p.page);
  };

  it('moves a run whole to the next page when the room left is small', () => {
    // 15 left of 100: less than the large gap (20), so the 6 lines go on together.
    expect(LARGE_GAP * PAGE).to.be.greaterThan(15);
    expect(plan(85, 6)).to.deep.equal([1, 1, 1, 1, 1, 1]);
  });

  it('splits a run between its lines when moving it would leave a large gap', () => {
    // 50 left: the first 5 lines fill this page, the last one cannot stand alone, so 4 and 2.
    expect(plan(50, 6)).to.deep.equal([0, 0, 0, 0, 1, 1]);
  });

  it('fills the page once it splits a run, however little room is left then', () => {
    // 55 left: split. After four lines 15 are left, less than a large gap, and a fifth line still fits.
    expect(plan(45, 8)).to.deep.equal([0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('keeps two lines at least on each side of the break', () => {
    // 25 left: room for 2 lines; then 4 on the next page.
    expect(plan(75, 6)).to.deep.equal([0, 0, 1, 1, 1, 1]);
    // Room for one line only: it moves, even if the gap is large for a short page.
    const short = planPages([item(75, () => {}), ...holdLines([line(15), line(15), line(15), line(15)])], PAGE).slice(1);
    expect(short.map((p) => p.page)).to.deep.equal([1, 1, 1, 1]);
  });

  it('never splits three lines or fewer', () => {
    expect(plan(50, 3).every((p) => p === 0)).to.equal(true);
    expect(plan(75, 3)).to.deep.equal([1, 1, 1]);
  });

  it('reserves the tail of an item that may end a page, and tells the last item on each page', () => {
    // Each line needs 5 below it when the page ends after it (the closing padding of a cut row).
    const row = holdLines(Array.from({ length: 8 }, (_, k) => item(10, () => {}, k < 7 ? { tail: 5 } : {})));
    const placed = planPages([item(50, () => {}), ...row], PAGE).slice(1);
    const onFirst = placed.filter((p) => p.page === 0);
    const last = onFirst[onFirst.length - 1]!;
    expect(last.y + last.item.height + 5).to.be.at.most(PAGE);
    const ends: boolean[] = [];
    const fake = {} as Pdf;
    paginate(
      row.map((it) => ({ ...it, draw: (_pdf: Pdf, _x: number, _y: number, endsPage?: boolean) => ends.push(endsPage === true) })),
      fake,
      0,
      { top: 0, bottom: 44, newPage: () => {} },
    );
    // Pages 44 high: a fourth line would end at 40, its tail at 45. The last two lines stay together.
    expect(ends).to.deep.equal([false, false, true, false, false, true, false, true]);
  });
});
