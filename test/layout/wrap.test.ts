import { expect } from 'chai';
import { item, paginate, wrap } from '../../src/layout/items.js';
import type { Pdf } from '../../src/layout/pdf.js';

describe('layout: boxed runs of items (wrap)', () => {
  it('never paints a decoration over the item above, and keeps inner gaps', () => {
    const drawn: { kind: string; y: number; h: number }[] = [];
    const child = (h: number, gapBefore: number, name: string) =>
      item(h, (_pdf, _x, y) => drawn.push({ kind: name, y, h }), { gapBefore });
    const items = wrap([child(20, 0, 'title'), child(30, 8, 'body'), child(10, 4, 'tail')], {
      padTop: 5,
      padBottom: 5,
      decorate: (_pdf, _x, y, h) => drawn.push({ kind: 'box', y, h }),
    });
    const pdf = {} as Pdf;
    paginate(items, pdf, 0, { top: 0, bottom: 1000, newPage: () => {} });
    const content = drawn.filter((d) => d.kind !== 'box');
    const boxes = drawn.filter((d) => d.kind === 'box');
    // Content keeps its inner gaps: body starts 8 below the title's end, tail 4 below body.
    expect(content.map((c) => c.y)).to.deep.equal([5, 5 + 20 + 8, 5 + 20 + 8 + 30 + 4]);
    // Each box slice starts where the previous slice ended: no overlap, no hole.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).to.equal(boxes[i - 1]!.y + boxes[i - 1]!.h);
    // The slice behind the body does not reach up into the title.
    expect(boxes[1]!.y).to.be.at.least(content[0]!.y + content[0]!.h);
    expect(boxes[2]!.y + boxes[2]!.h).to.equal(content[2]!.y + 10 + 5);
  });
});
