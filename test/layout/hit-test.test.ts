import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ymdToMs } from '../../src/data/calendar.js';
import { normalize } from '../../src/data/normalize.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { knownExtent } from '../../src/data/uncertain-date.js';
import { clusterInLayout, nearestInBand } from '../../src/layout/hit-test.js';
import { groupLanes } from '../../src/layout/lanes.js';
import { layoutMarks, type IndexedLane, type MarkLayout } from '../../src/layout/marks.js';
import { TimeIndex } from '../../src/layout/time-index.js';
import { timeScale, type TimeScale } from '../../src/layout/time-scale.js';

fc.configureGlobal({ seed: 20230802 });

const WIDTH = 1000;
const T0 = ymdToMs(2023, 1, 1);
const T1 = ymdToMs(2024, 1, 1);
const JUNE = [ymdToMs(2023, 6, 1), ymdToMs(2023, 7, 1)] as const;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` instants of 2023 to the second, as ISO strings, none in `skip`. */
function instants(n: number, rand: () => number, skip?: readonly [number, number]): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const t = T0 + Math.floor(rand() * (T1 - T0));
    if (skip && t >= skip[0] - 86_400_000 && t < skip[1]) continue;
    out.push(new Date(t).toISOString().slice(0, 19) + 'Z');
  }
  return out;
}

const rand = random(2023);
const { events } = normalize([
  // A sparse lane, drawn as marks.
  ...['2023-02-01', '2023-04-12', '2023-06-15', '2023-09-30', '2023-12-01'].map((date, i) => ({
    id: `visit-${i}`,
    title: `Visit ${i}`,
    kind: 'visit',
    date,
  })),
  // Two dense lanes: 2,000 deals (none from 31 May to 30 June but one ten-day deal), 300 statements.
  ...instants(2000, rand, JUNE).map((date, i) => ({ id: `deal-${i}`, title: `Deal ${i}`, kind: 'deal', date })),
  { id: 'long-deal', title: 'Long deal', kind: 'deal', date: '2023-06-10/2023-06-19' },
  ...instants(300, rand).map((date, i) => ({ id: `st-${i}`, title: `Statement ${i}`, kind: 'statement', date })),
]);

const lanes: IndexedLane[] = groupLanes(events, 'kind').map((l) => {
  const members = new Set(l.events);
  return {
    ...l,
    index: new TimeIndex(
      l.events,
      (e) => e.date!.earliest,
      (e) => e.date!.latest,
    ),
    has: (e: TimelineEvent) => members.has(e),
  };
});

const layoutFor = (dir: 'ltr' | 'rtl'): { layout: MarkLayout; scale: TimeScale } => {
  const scale = timeScale([T0, T1], dir === 'rtl' ? [WIDTH, 0] : [0, WIDTH]);
  const layout = layoutMarks(lanes, {
    scale,
    width: WIDTH,
    dir,
    measure: (s) => s.length * 6.5,
    laneLimit: 50,
  });
  return { layout, scale };
};
const ltr = layoutFor('ltr');
const rtl = layoutFor('rtl');
const { layout, scale } = ltr;

/** Distance in time from `t` to an event's known extent (0 inside it). */
const distance = (e: TimelineEvent, t: number) => {
  const [a, b] = knownExtent(e.date!)!;
  return a <= t && t <= b ? 0 : Math.min(Math.abs(a - t), Math.abs(b - t));
};

describe('hit-test fixture', () => {
  it('has a sparse lane of marks, then two aggregated lanes', () => {
    expect(lanes.map((l) => [l.key, l.events.length])).to.deep.equal([
      ['visit', 5],
      ['deal', 2001],
      ['statement', 300],
    ]);
    expect(layout.lanes.map((l) => !!l.aggregate)).to.deep.equal([false, true, true]);
    expect(layout.lanes[1]!.aggregate!.clusters.length).to.be.greaterThan(10);
    expect(layout.lanes[2]!.aggregate!.clusters.length).to.be.greaterThan(10);
  });
});

describe('clusterInLayout', () => {
  const [, deal, statement] = layout.lanes;

  it('finds the cluster under the point in the lane that holds it', () => {
    for (const box of [deal!, statement!]) {
      for (const c of box.aggregate!.clusters) {
        expect(clusterInLayout(layout, c.cx, c.cy)).to.equal(c);
        expect(clusterInLayout(layout, c.cx + 1, c.cy - 11)).to.equal(c);
      }
    }
    // The same x in either dense lane: each lane's own cluster.
    const c = deal!.aggregate!.clusters[3]!;
    const other = statement!.aggregate!.clusters.find((s) => Math.abs(s.cx - c.cx) < 1);
    expect(other, 'a statement cluster at the same x').to.not.equal(undefined);
    expect(clusterInLayout(layout, c.cx, other!.cy)).to.equal(other);
    expect(clusterInLayout(layout, c.cx, c.cy)).to.equal(c);
  });

  it('is null away from the cluster row, in a lane of marks, and outside the lanes', () => {
    const c = deal!.aggregate!.clusters[3]!;
    // The lane's header and its density band.
    expect(clusterInLayout(layout, c.cx, deal!.top + 2)).to.equal(null);
    expect(clusterInLayout(layout, c.cx, deal!.aggregate!.bandTop + 12)).to.equal(null);
    // The lane of marks above it: it has no clusters, whatever the x.
    const visit = layout.lanes[0]!;
    for (let y = visit.top; y < visit.top + visit.height; y += 4)
      expect(clusterInLayout(layout, c.cx, y)).to.equal(null);
    expect(clusterInLayout(layout, c.cx, -1)).to.equal(null);
    expect(clusterInLayout(layout, c.cx, layout.height)).to.equal(null);
    expect(clusterInLayout(layout, c.cx, layout.height + 100)).to.equal(null);
  });
});

describe('nearestInBand', () => {
  const deal = layout.lanes[1]!;
  const bandY = deal.aggregate!.bandTop + 10;

  it('returns the event nearest in time over the band, with its lane', () => {
    const e = lanes[1]!.events[17]!;
    const hit = nearestInBand(layout, lanes, scale, scale(e.date!.earliest), bandY);
    expect(hit?.lane).to.equal(1);
    expect(distance(hit!.event, e.date!.earliest)).to.equal(0);
    // The statement lane answers with a statement.
    const s = lanes[2]!.events[5]!;
    const st = nearestInBand(layout, lanes, scale, scale(s.date!.earliest), layout.lanes[2]!.aggregate!.bandTop + 10);
    expect(st?.lane).to.equal(2);
    expect(st!.event.kind).to.equal('statement');
  });

  it('finds an interval under the point even when its ends are far', () => {
    const mid = scale(ymdToMs(2023, 6, 15));
    expect(nearestInBand(layout, lanes, scale, mid, bandY)?.event.id).to.equal('long-deal');
  });

  it('is null with nothing within 6 px, in a lane of marks, and outside the lanes', () => {
    // 1 to 8 June: no deal within days, and 6 px is about two days.
    expect(scale.invert(6) - scale.invert(0)).to.be.lessThan(2.5 * 86_400_000);
    expect(nearestInBand(layout, lanes, scale, scale(ymdToMs(2023, 6, 5)), bandY)).to.equal(null);
    const visit = layout.lanes[0]!;
    const v = lanes[0]!.events[1]!;
    expect(nearestInBand(layout, lanes, scale, scale(v.date!.earliest), visit.top + visit.height / 2)).to.equal(null);
    expect(nearestInBand(layout, lanes, scale, 500, -1)).to.equal(null);
    expect(nearestInBand(layout, lanes, scale, 500, layout.height)).to.equal(null);
  });

  it('the event found is within 6 px and no event of the lane is nearer (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: WIDTH, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.constantFrom(1, 2),
        fc.boolean(),
        (x, fy, laneIndex, isRtl) => {
          const { layout: l, scale: s } = isRtl ? rtl : ltr;
          const box = l.lanes[laneIndex]!;
          const y = box.top + fy * box.height;
          const t = s.invert(x);
          const tol = Math.abs(s.invert(x + 6) - t);
          let best = Infinity;
          for (const e of lanes[laneIndex]!.events) best = Math.min(best, distance(e, t));
          const hit = nearestInBand(l, lanes, s, x, y);
          if (best > tol) {
            expect(hit).to.equal(null);
            return;
          }
          expect(hit).to.not.equal(null);
          expect(hit!.lane).to.equal(laneIndex);
          expect(lanes[laneIndex]!.has(hit!.event)).to.equal(true);
          expect(distance(hit!.event, t)).to.be.at.most(tol);
          expect(distance(hit!.event, t)).to.equal(best);
        },
      ),
      { numRuns: 400 },
    );
  });
});
