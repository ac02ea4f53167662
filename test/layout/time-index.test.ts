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

  it('gives the items that start together in the order they were given (a stable sort by start)', () => {
    // Short spans only (none is "long"), and few distinct starts: many ties.
    const short = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 5 })).map(([s, len]) => ({ start: s, end: s + len }));
    fc.assert(
      fc.property(fc.array(short, { maxLength: 300 }), (items) => {
        const index = new TimeIndex(items, (d) => d.start, (d) => d.end);
        expect(index.query(-100, 100)).to.deep.equal([...items].sort((a, b) => a.start - b.start));
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

  describe('histogram(edges, out)', () => {
    const edgesOf = (cuts: number[]) => Float64Array.from([...cuts].sort((a, b) => a - b));
    const check = (items: Array<{ start: number; end: number }>, edges: Float64Array) => {
      const index = new TimeIndex(items, (d) => d.start, (d) => d.end);
      const out = new Uint32Array(edges.length - 1);
      index.histogram(edges, out);
      const want = Array.from({ length: edges.length - 1 }, (_, i) => index.countStarts(edges[i]!, edges[i + 1]!));
      expect([...out]).to.deep.equal(want);
    };

    it('counts as countStarts does per bin, walking the starts when bins outnumber them', () => {
      fc.assert(
        fc.property(fc.array(item, { maxLength: 60 }), fc.array(fc.integer({ min: -1200, max: 1200 }), { minLength: 40, maxLength: 120 }), (items, cuts) => check(items, edgesOf(cuts))),
        { numRuns: 400 },
      );
    });

    it('counts as countStarts does per bin, searching per edge when many items start in few bins', () => {
      fc.assert(
        fc.property(fc.array(item, { minLength: 50, maxLength: 300 }), fc.array(fc.integer({ min: -1200, max: 1200 }), { minLength: 2, maxLength: 4 }), (items, cuts) => check(items, edgesOf(cuts))),
        { numRuns: 400 },
      );
    });

    it('adds to what out holds, and does nothing without a bin', () => {
      const index = new TimeIndex([{ start: 1, end: 2 }, { start: 5, end: 5 }, { start: -Infinity, end: 3 }], (d) => d.start, (d) => d.end);
      const out = Uint32Array.from([7, 7]);
      index.histogram([0, 3, 10], out);
      expect([...out]).to.deep.equal([8, 8]);
      index.histogram([0], out);
      expect([...out]).to.deep.equal([8, 8]);
      // Twenty starts in one bin: the per-edge search adds too.
      const many = new TimeIndex(Array.from({ length: 20 }, (_, i) => ({ start: 1 + i / 10, end: 2 })), (d) => d.start, (d) => d.end);
      const one = Uint32Array.from([5]);
      many.histogram([0, 10], one);
      expect([...one]).to.deep.equal([25]);
    });
  });
});
