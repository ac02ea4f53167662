import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { offsetRowWindow, rowAt, rowOffsets, rowWindow, variableRowWindow } from '../../src/layout/virtual.js';
import { sortEvents } from '../../src/layout/sort.js';
import { normalize } from '../../src/data/normalize.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { knownExtent } from '../../src/data/uncertain-date.js';

fc.configureGlobal({ seed: 20230802 });

describe('rowWindow', () => {
  it('rowWindow(count, h, top, view) covers every visible row, a few more, and spacers that add up (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 10, max: 100 }),
        fc.integer({ min: 0, max: 3e7 }),
        fc.integer({ min: 50, max: 2000 }),
        (count, h, top, view) => {
          const w = rowWindow(count, h, top, view);
          expect(w.before + (w.end - w.start) * h + w.after).to.equal(count * h);
          if (count === 0) {
            expect(w.end).to.equal(0);
            return;
          }
          const firstVisible = Math.min(count - 1, Math.floor(top / h));
          const lastVisible = Math.min(count - 1, Math.floor((top + view) / h));
          if (firstVisible * h <= count * h) {
            expect(w.start).to.be.at.most(firstVisible);
            if (top < count * h) expect(w.end).to.be.greaterThan(Math.min(lastVisible, count - 1));
          }
          expect(w.end - w.start).to.be.at.most(Math.ceil(view / h) + 14);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('variableRowWindow', () => {
  it('rowOffsets(heights) gives each row its top and the total last', () => {
    expect([...rowOffsets([10, 30, 20])]).to.deep.equal([0, 10, 40, 60]);
    expect([...rowOffsets([])]).to.deep.equal([0]);
  });

  it('rowAt(offsets, y) finds the row at y, clamped to the rows', () => {
    const o = rowOffsets([10, 30, 20]);
    expect([-5, 0, 9, 10, 39, 40, 59, 60, 1000].map((y) => rowAt(o, y))).to.deep.equal([0, 0, 0, 1, 1, 2, 2, 2, 2]);
  });

  it('renders the rows in view plus the overscan, with spacers of the rows left out', () => {
    // Rows of 100, 20, 20, …: a viewport of 45 px at 110 touches rows 1 to 3.
    const heights = [100, ...Array.from({ length: 20 }, () => 20)];
    expect(variableRowWindow(heights, 110, 45, 0)).to.deep.equal({ start: 1, end: 4, before: 100, after: 340 });
    expect(variableRowWindow(heights, 110, 45, 2)).to.deep.equal({ start: 0, end: 6, before: 0, after: 300 });
    expect(variableRowWindow(heights, 0, 50, 1)).to.deep.equal({ start: 0, end: 2, before: 0, after: 380 });
    // Scrolled past the end (the rows shrank): the last rows.
    expect(variableRowWindow(heights, 5000, 50, 1)).to.deep.equal({ start: 19, end: 21, before: 460, after: 0 });
    expect(variableRowWindow([], 100, 50)).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('variableRowWindow(heights, top, view) covers the viewport, a few rows more, and spacers that add up (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 400 }),
        // The scroll position as a fraction of the table's height, past its end at times.
        fc.integer({ min: 0, max: 1100 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 10 }),
        (heights, at, view, overscan) => {
          const total = heights.reduce((a, b) => a + b, 0);
          const top = Math.round((total * at) / 1000);
          const w = variableRowWindow(heights, top, view, overscan);
          const drawn = heights.slice(w.start, w.end).reduce((a, b) => a + b, 0);
          expect(w.before + drawn + w.after).to.equal(total);
          if (heights.length === 0) {
            expect(w).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
            return;
          }
          expect(w.start).to.be.at.least(0);
          expect(w.end).to.be.within(w.start + 1, heights.length);
          // The drawn rows reach from above the viewport's top to below its bottom (or the table's ends).
          expect(w.before).to.be.at.most(Math.min(top, total));
          expect(total - w.after).to.be.at.least(Math.min(top + view, total));
          // No more than `overscan` rows beyond those the viewport touches above, one more below (its bottom edge).
          if (top >= total) return;
          const offsets = rowOffsets(heights);
          const touched: number[] = [];
          for (let i = w.start; i < w.end; i++)
            if (offsets[i + 1]! >= top && offsets[i]! <= top + view) touched.push(i);
          expect(touched.length).to.be.greaterThan(0);
          expect(touched[0]! - w.start).to.be.at.most(overscan);
          expect(w.end - 1 - touched.at(-1)!).to.be.at.most(overscan + 1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('with equal heights it starts where rowWindow does and draws no more rows (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 10, max: 100 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 50, max: 2000 }),
        (count, h, top, view) => {
          const fixed = rowWindow(count, h, top, view);
          const variable = variableRowWindow(new Array<number>(count).fill(h), top, view);
          if (count === 0 || top >= count * h) return;
          expect(variable.start).to.equal(fixed.start);
          expect(variable.end).to.be.at.most(fixed.end);
          expect(variable.before).to.equal(fixed.before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('renders at least minRows rows, around the same view (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 1100 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 40 }),
        (heights, at, view, minRows) => {
          const total = heights.reduce((a, b) => a + b, 0);
          const top = Math.round((total * at) / 1000);
          const base = variableRowWindow(heights, top, view, 6);
          const w = variableRowWindow(heights, top, view, 6, minRows);
          expect(w.end - w.start).to.equal(Math.max(base.end - base.start, Math.min(heights.length, minRows)));
          expect(w.start).to.be.at.most(base.start);
          expect(w.end).to.be.at.least(base.end);
          const drawn = heights.slice(w.start, w.end).reduce((a, b) => a + b, 0);
          expect(w.before + drawn + w.after).to.equal(total);
        },
      ),
      { numRuns: 1000 },
    );
    // A table of 17 tall rows, scrolled to the top or the bottom: every row.
    const tall = Array.from({ length: 17 }, (_, i) => 250 + i * 20);
    expect(variableRowWindow(tall, 0, 420, 6, 20)).to.include({ start: 0, end: 17 });
    expect(variableRowWindow(tall, 1e6, 420, 6, 20)).to.include({ start: 0, end: 17 });
    // Rows 100 to 102 in view and one more on each side (99 to 103): 15 more rows, 7 above and 8 below.
    expect(variableRowWindow(new Array<number>(1000).fill(50), 5000, 100, 1, 20)).to.include({ start: 92, end: 112 });
  });

  it('offsetRowWindow(rowOffsets(heights), …) is variableRowWindow(heights, …)', () => {
    const heights = [33, 57, 80, 33, 33, 120, 41];
    for (const top of [0, 40, 150, 300, 500]) {
      expect(offsetRowWindow(rowOffsets(heights), top, 100, 1)).to.deep.equal(variableRowWindow(heights, top, 100, 1));
    }
  });
});

describe('sortEvents', () => {
  const { events } = normalize([
    { id: 'b', title: 'Beta', kind: 'visit', date: '2023-05' },
    { id: 'u', title: 'Alpha undated', kind: 'deal', date: null },
    { id: 'a', title: 'alpha', kind: 'statement', date: '2022' },
    { id: 'o', title: 'Open', kind: 'deal', date: '[..2023-03]' },
  ]);
  const ids = (key: 'date' | 'title' | 'kind', dir: 'ascending' | 'descending') =>
    sortEvents(events, key, dir, new Intl.Collator('en')).map((e) => e.id);

  it('sortEvents(events, "date") orders by known start, undated last either way', () => {
    expect(ids('date', 'ascending')).to.deep.equal(['a', 'o', 'b', 'u']);
    expect(ids('date', 'descending')).to.deep.equal(['b', 'o', 'a', 'u']);
  });

  it('sortEvents(events, "title" | "kind") uses the locale collation, ties by date', () => {
    expect(ids('title', 'ascending')).to.deep.equal(['a', 'u', 'b', 'o']);
    expect(ids('kind', 'ascending')).to.deep.equal(['o', 'u', 'a', 'b']);
    expect(ids('title', 'descending')).to.deep.equal(['o', 'b', 'u', 'a']);
  });

  // The order as one comparator states it: the reference for the typed-array sort.
  const reference = (
    list: readonly TimelineEvent[],
    key: 'date' | 'title' | 'kind',
    dir: 'ascending' | 'descending',
    collator: Intl.Collator,
  ) => {
    const sign = dir === 'ascending' ? 1 : -1;
    const ends = (e: TimelineEvent) => (e.date ? knownExtent(e.date) : null);
    const byDate = (a: TimelineEvent, b: TimelineEvent, s: number) => {
      const [ka, kb] = [ends(a), ends(b)];
      if (!ka || !kb) return ka === kb || (!ka && !kb) ? 0 : ka ? -1 : 1;
      return s * (ka[0] - kb[0] || ka[1] - kb[1]);
    };
    return [...list].sort((a, b) => {
      const c =
        key === 'date'
          ? byDate(a, b, sign)
          : sign * collator.compare(key === 'title' ? a.title : a.kind, key === 'title' ? b.title : b.kind);
      return c || byDate(a, b, 1) || a.index - b.index;
    });
  };

  it('sorts as one comparator would, with many ties, open and unknown dates and undated events (property)', () => {
    const record = fc.record({
      title: fc.constantFrom('alpha', 'Alpha', 'beta', 'Émile', 'zeta'),
      kind: fc.constantFrom('deal', 'visit', 'statement'),
      date: fc.constantFrom(
        null,
        '2023',
        '2023-05',
        '2023-05-02',
        '[..2023-03]',
        '2023-01/2023-06',
        '2023-05/..',
        '../..',
        '2022-12-31T23:00:00Z',
        'X',
      ),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.constantFrom('date', 'title', 'kind') as fc.Arbitrary<'date' | 'title' | 'kind'>,
        fc.constantFrom('ascending', 'descending') as fc.Arbitrary<'ascending' | 'descending'>,
        (records, key, dir) => {
          const { events: list } = normalize(records.map((r, i) => ({ id: `e${i}`, ...r })));
          // Input not in record order: dated then undated, as the table gives it, each reversed.
          const input = [...list.filter((e) => e.date).reverse(), ...list.filter((e) => !e.date).reverse()];
          const collator = new Intl.Collator('en');
          expect(sortEvents(input, key, dir, collator).map((e) => e.id)).to.deep.equal(
            reference(input, key, dir, collator).map((e) => e.id),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
