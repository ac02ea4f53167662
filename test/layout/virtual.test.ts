import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { rowWindow } from '../../src/layout/virtual.js';
import { sortEvents } from '../../src/layout/sort.js';
import { normalize } from '../../src/data/normalize.js';

fc.configureGlobal({ seed: 20230802 });

describe('rowWindow', () => {
  it('rowWindow(count, h, top, view) covers every visible row, a few more, and spacers that add up (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 10, max: 100 }), fc.integer({ min: 0, max: 3e7 }), fc.integer({ min: 50, max: 2000 }), (count, h, top, view) => {
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
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sortEvents', () => {
  const { events } = normalize([
    { id: 'b', title: 'Beta', kind: 'visit', date: '2023-05' },
    { id: 'u', title: 'Alpha undated', kind: 'deal', date: null },
    { id: 'a', title: 'alpha', kind: 'statement', date: '2022' },
    { id: 'o', title: 'Open', kind: 'deal', date: '[..2023-03]' },
  ]);
  const ids = (key: 'date' | 'title' | 'kind', dir: 'ascending' | 'descending') => sortEvents(events, key, dir, new Intl.Collator('en')).map((e) => e.id);

  it('sortEvents(events, "date") orders by known start, undated last either way', () => {
    expect(ids('date', 'ascending')).to.deep.equal(['a', 'o', 'b', 'u']);
    expect(ids('date', 'descending')).to.deep.equal(['b', 'o', 'a', 'u']);
  });

  it('sortEvents(events, "title" | "kind") uses the locale collation, ties by date', () => {
    expect(ids('title', 'ascending')).to.deep.equal(['a', 'u', 'b', 'o']);
    expect(ids('kind', 'ascending')).to.deep.equal(['o', 'u', 'a', 'b']);
    expect(ids('title', 'descending')).to.deep.equal(['o', 'b', 'u', 'a']);
  });
});
