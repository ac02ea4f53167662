import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TimeIndex, lowerBound } from '../../src/layout/time-index.js';

fc.configureGlobal({ seed: 20230802 });

// Distinct objects, so indexOf finds each one.
const item = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 300 }), fc.boolean(), fc.boolean()).map(([s, len, openStart, openEnd]) => ({
  start: openStart && len > 250 ? -Infinity : s,
  end: openEnd && len > 280 ? Infinity : s + len,
}));

describe('TimeIndex', () => {
  it('new TimeIndex(items).query(lo, hi) returns exactly the items overlapping [lo, hi]', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 200 }), fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: 0, max: 800 }), (items, lo, len) => {
        const index = new TimeIndex(items, (d) => d.start, (d) => d.end);
        const hi = lo + len;
        const got = index.query(lo, hi).map((d) => items.indexOf(d)).sort((x, y) => x - y);
        const want = items.flatMap((d, i) => (d.start <= hi && d.end >= lo ? [i] : []));
        expect(got).to.deep.equal(want);
        expect(index.count(lo, hi)).to.equal(want.length);
      }),
      { numRuns: 500 },
    );
  });

  it('answers the same for items given already sorted by start (the build skips its sort) and in any order', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 200 }), fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: 0, max: 800 }), (items, lo, len) => {
        const sorted = [...items].sort((a, b) => a.start - b.start);
        const a = new TimeIndex(sorted, (d) => d.start, (d) => d.end);
        const b = new TimeIndex([...items].reverse(), (d) => d.start, (d) => d.end);
        const hi = lo + len;
        const want = sorted.filter((d) => d.start <= hi && d.end >= lo);
        expect(a.query(lo, hi)).to.have.members(want);
        expect(b.count(lo, hi)).to.equal(want.length);
        expect(a.runningAt(lo)).to.have.members(sorted.filter((d) => d.start < lo && d.end >= lo));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps rare long items out of the scan window', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ start: i * 10, end: i * 10 + 1 }));
    items.push({ start: -Infinity, end: 5 }, { start: 0, end: 1e9 });
    const index = new TimeIndex(items, (d) => d.start, (d) => d.end);
    expect(index.size).to.equal(1002);
    expect(index.query(5000, 5005).map((d) => d.start)).to.deep.equal([0, 5000]);
  });

  it('lowerBound(a, x) finds the first index >= x (or > x, strict)', () => {
    const a = Float64Array.from([1, 2, 2, 3]);
    expect([lowerBound(a, 0), lowerBound(a, 2), lowerBound(a, 2, true), lowerBound(a, 9)]).to.deep.equal([0, 1, 3, 4]);
  });
});
