import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TimelineEvent } from '../../src/data/types.js';
import { knownExtent } from '../../src/data/uncertain-date.js';
import { normalize } from '../../src/data/normalize.js';
import { groupLanes } from '../../src/layout/lanes.js';
import { listOrder, navigationOrder, type NavigationOrder } from '../../src/layout/navigation.js';
import { lowerBound, orderBy } from '../../src/layout/time-index.js';

const { events } = normalize([
  { id: 'v1', title: 'V1', kind: 'visit', date: '2023-01-10' },
  { id: 'd1', title: 'D1', kind: 'deal', date: '2023-02-01' },
  { id: 'v2', title: 'V2', kind: 'visit', date: '2023-03-05' },
  { id: 'd2', title: 'D2', kind: 'deal', date: '[..2023-04]' },
  { id: 'u1', title: 'U1', kind: 'deal', date: null },
]);
const lanes = groupLanes(
  events.filter((e) => e.date),
  'kind',
);
const nav = navigationOrder(
  lanes,
  events.filter((e) => !e.date),
);

describe('navigationOrder', () => {
  it('steps chronologically across lanes, then into the undated events', () => {
    const keys = [nav.first()!];
    for (let i = 0; i < 6; i++) keys.push(nav.step(keys.at(-1)!, 1)!);
    // d2 has an open start: it sorts by its known end, April 2023.
    expect(keys).to.deep.equal(['0:v1', '1:d1', '0:v2', '1:d2', 'u:u1', 'u:u1', 'u:u1']);
    expect(nav.step('0:v2', -1)).to.equal('1:d1');
    expect(nav.last()).to.equal('u:u1');
  });

  it('moves between lanes to the nearest event in time', () => {
    // From 5 March: the 1 February deal is nearer than d2, known to end 30 April.
    expect(nav.lane('0:v2', 1)).to.equal('1:d1');
    expect(nav.lane('1:d2', -1)).to.equal('0:v2');
    expect(nav.lane('1:d1', -1)).to.equal('0:v1');
    expect(nav.lane('0:v1', -1)).to.equal('0:v1');
    expect(nav.idOf('1:d2')).to.equal('d2');
    expect(nav.isDated('u:u1')).to.equal(false);
  });
});

/** The order as it was built before typed arrays (entry objects, comparator sorts, a map of keys): the reference. */
function referenceOrder(
  lanes: ReadonlyArray<{ events: readonly TimelineEvent[] }>,
  undated: readonly TimelineEvent[],
): NavigationOrder {
  type Entry = { key: string; id: string; lane: number; t: number };
  const entries: Entry[] = [];
  const perLane: Entry[][] = lanes.map(() => []);
  lanes.forEach((lane, li) => {
    for (const e of lane.events) {
      const k = e.date ? knownExtent(e.date) : null;
      const entry = { key: `${li}:${e.id}`, id: e.id, lane: li, t: k ? k[0] : 0 };
      entries.push(entry);
      perLane[li]!.push(entry);
    }
  });
  entries.sort((a, b) => a.t - b.t || a.lane - b.lane);
  for (const list of perLane) list.sort((a, b) => a.t - b.t);
  const laneTimes = perLane.map((list) => Float64Array.from(list, (e) => e.t));
  for (const e of undated) entries.push({ key: `u:${e.id}`, id: e.id, lane: -1, t: NaN });
  const position = new Map(entries.map((e, i) => [e.key, i]));
  const at = (i: number) => entries[Math.max(0, Math.min(entries.length - 1, i))]?.key ?? null;
  return {
    first: () => at(0),
    last: () => at(entries.length - 1),
    step(key, delta) {
      const i = key === null ? undefined : position.get(key);
      return i === undefined ? at(delta > 0 ? 0 : entries.length - 1) : at(i + delta);
    },
    lane(key, delta) {
      const i = key === null ? undefined : position.get(key);
      if (i === undefined) return at(0);
      const cur = entries[i]!;
      if (cur.lane < 0) return key;
      for (let l = cur.lane + delta; l >= 0 && l < perLane.length; l += delta) {
        const list = perLane[l]!;
        if (!list.length) continue;
        const j = lowerBound(laneTimes[l]!, cur.t);
        const candidates = [list[j - 1], list[j]].filter((x): x is Entry => !!x);
        candidates.sort((a, b) => Math.abs(a.t - cur.t) - Math.abs(b.t - cur.t));
        return candidates[0]!.key;
      }
      return key;
    },
    idOf(key) {
      const i = position.get(key);
      return i === undefined ? null : entries[i]!.id;
    },
    isDated: (key) => !key.startsWith('u:'),
  };
}

describe('navigationOrder against the reference', () => {
  // Few distinct days, so many marks share a time; events in one to three of four lanes (as by actor).
  const record = fc.record({
    day: fc.integer({ min: 1, max: 6 }),
    shape: fc.constantFrom('day', 'month', 'open-start', 'interval', 'undated'),
    lanes: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
  });
  const dateOf = (day: number, shape: string) =>
    shape === 'undated'
      ? null
      : shape === 'month'
        ? `2023-0${day}`
        : shape === 'open-start'
          ? `../2023-0${day}-10`
          : shape === 'interval'
            ? `2023-01-0${day}/2023-03-01`
            : `2023-02-0${day}`;

  it('gives the same first, last, steps, lane moves and ids for every key, and for unknown ones', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const { events } = normalize(
          records.map((r, i) => ({ id: `e${i}`, title: `E${i}`, date: dateOf(r.day, r.shape) })),
        );
        const lanes = [0, 1, 2, 3].map((l) => ({
          events: events.filter((e, i) => e.date && records[i]!.lanes.includes(l)),
        }));
        const undated = events.filter((e) => !e.date);
        const got = navigationOrder(lanes as never, undated);
        const want = referenceOrder(lanes, undated);
        expect([got.first(), got.last()]).to.deep.equal([want.first(), want.last()]);
        const keys = [
          ...lanes.flatMap((l, li) => l.events.map((e) => `${li}:${e.id}`)),
          ...undated.map((e) => `u:${e.id}`),
        ];
        for (const key of [...keys, '9:e0', '0:nope', 'u:nope', '-1:e0', ':e0', null]) {
          for (const d of [1, -1] as const) {
            expect(got.step(key, d), `step ${key} ${d}`).to.equal(want.step(key, d));
            expect(got.lane(key, d), `lane ${key} ${d}`).to.equal(want.lane(key, d));
          }
          if (key !== null) expect(got.idOf(key), `idOf ${key}`).to.equal(want.idOf(key));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('orderBy sorts indices by key, equal keys in index order, over a whole array or a range of it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 60 }), fc.nat(), fc.nat(), (ks, a, b) => {
        const keys = Float64Array.from(ks, (k) => k * 1e11 + 0.5);
        const [from, to] = [Math.min(a, b) % (ks.length + 1), Math.max(a, b) % (ks.length + 1)].sort(
          (x, y) => x - y,
        ) as [number, number];
        const want = Array.from({ length: to - from }, (_, i) => from + i).sort((x, y) => keys[x]! - keys[y]! || x - y);
        expect([...orderBy(keys, from, to)]).to.deep.equal(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('listOrder', () => {
  const dated = [{ key: '1:d1' }, { key: '0:v1' }, { key: '0:v2' }];
  const index = new Map(dated.map((d, i) => [d.key, i]));
  const order = listOrder(
    dated,
    index,
    events.filter((e) => !e.date),
    (key) => key.split(':')[1] ?? null,
  );

  it('steps through the items in their order, then the undated shelf, and stays put at the ends', () => {
    const keys = [order.first()!];
    for (let i = 0; i < 4; i++) keys.push(order.step(keys.at(-1)!, 1)!);
    expect(keys).to.deep.equal(['1:d1', '0:v1', '0:v2', 'u:u1', 'u:u1']);
    expect(order.step('1:d1', -1)).to.equal('1:d1');
    expect(order.step('u:u1', -1)).to.equal('0:v2');
    expect(order.last()).to.equal('u:u1');
  });

  it('with one column, up and down step as left and right do; an unknown key starts at an end', () => {
    expect(order.lane('0:v1', 1)).to.equal('0:v2');
    expect(order.lane('0:v1', -1)).to.equal('1:d1');
    expect(order.step(null, 1)).to.equal('1:d1');
    expect(order.step('9:gone', -1)).to.equal('u:u1');
    expect(order.idOf('0:v2')).to.equal('v2');
    expect([order.isDated('0:v2'), order.isDated('u:u1')]).to.deep.equal([true, false]);
  });
});
