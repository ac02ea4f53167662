import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stackLabelled, stackMarks, type LabelledInput, type StackInput } from '../../src/layout/stack.js';

fc.configureGlobal({ seed: 20230802 });

const input = fc
  .tuple(fc.integer({ min: -50, max: 1200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 250 }), fc.integer({ min: 0, max: 3 }))
  .map(([x0, w, lw, kind]): StackInput => ({ x0, x1: x0 + w, labelWidth: kind === 0 ? 0 : lw, labelBefore: kind === 3 ? lw : 0 }));

/** The extents each input occupies in its row, as stacked. */
function occupied(items: StackInput[], gap: number, labelGap: number) {
  const r = stackMarks(items, { gap, labelGap, maxRows: 10_000 });
  return items.map((it, i) => {
    const labelled = r.labelled[i] === 1;
    const left = labelled && it.labelBefore ? it.x0 - labelGap - it.labelBefore : it.x0;
    const right = labelled && it.labelWidth ? it.x1 + labelGap + it.labelWidth : it.x1;
    return { row: r.rows[i]!, left, right, labelled };
  });
}

describe('stackMarks', () => {
  it('stackMarks(items) never overlaps two marks, or a visible label and anything, in one row', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 80 }), (items) => {
        const gap = 4;
        const placed = occupied(items, gap, 6);
        for (let i = 0; i < placed.length; i++) {
          expect(placed[i]!.row, 'every mark is placed').to.be.at.least(0);
          for (let j = i + 1; j < placed.length; j++) {
            const a = placed[i]!;
            const b = placed[j]!;
            if (a.row !== b.row) continue;
            const apart = a.right + gap <= b.left || b.right + gap <= a.left;
            expect(apart, `items ${i} and ${j} overlap in row ${a.row}`).to.equal(true);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('stackMarks(items) labels within maxLabelRows and falls back to unlabelled rows', () => {
    const items = Array.from({ length: 5 }, () => ({ x0: 0, x1: 10, labelWidth: 100 }));
    const r = stackMarks(items, { maxLabelRows: 2 });
    expect([...r.rows]).to.deep.equal([0, 1, 2, 3, 4]);
    expect([...r.labelled]).to.deep.equal([1, 1, 0, 0, 0]);
    expect(r.rowCount).to.equal(5);
  });

  it('stackMarks(items) keeps a keepLabel item\'s label, below the labelled rows if it must', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ x0: 0, x1: 10, labelWidth: 100, keepLabel: i === 4 }));
    const r = stackMarks(items, { maxLabelRows: 2 });
    expect([...r.rows]).to.deep.equal([0, 1, 2, 3, 4]);
    expect([...r.labelled]).to.deep.equal([1, 1, 0, 0, 1]);
  });

  it('stackMarks(items) reuses a row once it is free again', () => {
    const r = stackMarks([
      { x0: 0, x1: 10, labelWidth: 0 },
      { x0: 5, x1: 15, labelWidth: 0 },
      { x0: 20, x1: 30, labelWidth: 0 },
    ]);
    expect([...r.rows]).to.deep.equal([0, 1, 0]);
  });

  it('stackMarks(items) reports marks beyond maxRows as -1', () => {
    const r = stackMarks([{ x0: 0, x1: 10, labelWidth: 0 }, { x0: 0, x1: 10, labelWidth: 0 }], { maxRows: 1 });
    expect([...r.rows]).to.deep.equal([0, -1]);
  });
});

describe('stackLabelled', () => {
  // A mark at x with a label of `w` px after it, on one line only.
  const item = (x: number, w: number, row?: number): LabelledInput => ({
    x0: x - 6,
    x1: x + 6,
    after: x + 10,
    before: x - 10,
    label: (room, _cut, lines) => (lines === 1 && room >= w ? w : 0),
    row,
  });

  it('puts a mark in its last row when it fits there, and else where first fit would', () => {
    const o = { gap: 4, labelGap: 0, maxLabelRows: 4, maxRows: 8, bounds: [0, 1000] as [number, number] };
    // Alone, each takes the first row that has room.
    expect([...stackLabelled([item(100, 50), item(300, 50)], o).rows]).to.deep.equal([0, 0]);
    // Its last row first, when it has room: the second mark stays in row 2.
    expect([...stackLabelled([item(100, 50), item(300, 50, 2)], o).rows]).to.deep.equal([0, 2]);
    // No room left in its last row (the first mark's label runs to the edge of the plot): first fit decides.
    expect([...stackLabelled([item(100, 850, 1), item(300, 50, 1)], o).rows]).to.deep.equal([1, 0]);
    // A last row beyond the labelled rows is not kept.
    expect([...stackLabelled([item(100, 50), item(300, 50, 5)], o).rows]).to.deep.equal([0, 0]);
  });

  // A mark at x whose label of `total` px of text takes total / lines (+ 4) px on `lines` lines; `wrap` says how
  // many lines it may take at most (at least 2: one line never fits here).
  const wrapped = (x: number, total: number, wrap = 3): LabelledInput => ({
    x0: x - 6,
    x1: x + 6,
    after: x + 10,
    before: x - 10,
    label: (room, cut, lines) => {
      const most = Math.min(lines, wrap);
      if (most < 2) return 0;
      const w = total / most + 4;
      return w <= room ? w : cut && room >= 48 ? room : 0;
    },
  });
  const o = { gap: 4, labelGap: 0, maxLabelRows: 4, maxRows: 8, bounds: [0, 400] as [number, number] };

  it('gives a label three lines when two do not fit and the row below is free under it', () => {
    // After the mark at 100 there are 290 px: 600 px of text needs 304 on two lines, 204 on three.
    const r = stackLabelled([wrapped(100, 600), wrapped(150, 40, 2), wrapped(330, 40, 2), wrapped(370, 40, 2)], o);
    expect([r.rows[0], r.lines[0], r.side[0], r.cut[0]]).to.deep.equal([0, 3, 0, 0]);
    // The third line takes row 1 from 110 to 314: a mark under it goes to row 2; past its end, row 1 is free again
    // (the mark at 370 finds row 0 taken by the one at 330, and its label goes before it in row 1).
    expect([...r.rows]).to.deep.equal([0, 2, 0, 1]);
    expect([r.lines[3], r.side[3]]).to.deep.equal([2, 1]);
    expect(r.rowCount).to.equal(3);
  });

  it('shortens the label when the row below is taken under it, as before three lines', () => {
    // A mark kept in row 1 first (its label to 374), then the long label's mark: row 0 has room, row 1 not.
    const first = { ...wrapped(60, 600, 2), row: 1 };
    const r = stackLabelled([first, wrapped(100, 600)], { ...o, maxLabelRows: 2 });
    expect(r.rows[0]).to.equal(1);
    expect([r.rows[1], r.lines[1], r.cut[1]]).to.deep.equal([0, 2, 1]);
  });

  it('never gives three lines in the last labelled row', () => {
    const r = stackLabelled([wrapped(100, 600)], { ...o, maxLabelRows: 1 });
    expect([r.rows[0], r.lines[0], r.cut[0]]).to.deep.equal([0, 2, 1]);
  });
});
