import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize } from '../../src/data/normalize.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { knownExtent } from '../../src/data/uncertain-date.js';
import { markOrder, rovingTabStop } from '../../src/layout/focus.js';
import { layoutMarks, type PlacedMark } from '../../src/layout/marks.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { deriveView } from '../../src/layout/view-model.js';

fc.configureGlobal({ seed: 20230802 });

const DATASET = '/seeds/iran-belarus-defense-deal.events.json';

/** A mark of `event` in `lane`; markOrder reads only the event and the lane. */
const mark = (event: TimelineEvent, lane: number): PlacedMark => ({
  event,
  uncertain: false,
  lane,
  row: 0,
  shape: 'point',
  left: 0,
  right: 0,
  fadeLeft: false,
  fadeRight: false,
  cx: 0,
  cy: 0,
  label: null,
  labelX: 0,
});

const key = (m: PlacedMark) => `${m.lane}:${m.event.id}`;

const dateArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 2020, max: 2023 }).map(String),
  fc.integer({ min: 2020, max: 2023 }).map((y) => `../${y}-03`),
  fc.integer({ min: 2020, max: 2023 }).map((y) => `${y}-06-01/..`),
  fc.constant(null),
);

describe('markOrder', () => {
  it('orders by start, then lane, then record', () => {
    const { events } = normalize([
      { id: 'late', title: 'Late', date: '2023-05-01' },
      { id: 'early', title: 'Early', date: '2023-01-01' },
      { id: 'month', title: 'Month', date: '2023-05' },
      { id: 'open', title: 'Open', date: '../2023-03' },
    ]);
    const [late, early, month, open] = events as [TimelineEvent, TimelineEvent, TimelineEvent, TimelineEvent];
    const marks = [mark(late, 0), mark(month, 1), mark(late, 2), mark(early, 1), mark(open, 0), mark(month, 0)];
    // 'month' and 'late' both start on 1 May: lane first, then the record's index.
    // An open start sorts by its known end, March.
    expect(markOrder(marks).map(key)).to.deep.equal(['1:early', '0:open', '0:late', '0:month', '1:month', '2:late']);
    // The input is left as it was.
    expect(marks.map(key)).to.deep.equal(['0:late', '1:month', '2:late', '1:early', '0:open', '0:month']);
    expect(markOrder([])).to.deep.equal([]);
  });

  it('sorts like a plain sort on (start, lane, index) (property)', () => {
    fc.assert(
      fc.property(
        fc.array(dateArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 })), { maxLength: 60 }),
        (dates, picks) => {
          const { events } = normalize(dates.map((date, i) => ({ id: `e${i}`, title: `E${i}`, date })));
          const marks = picks.map(([i, lane]) => mark(events[i % events.length]!, lane));
          const start = (m: PlacedMark) => (m.event.date ? knownExtent(m.event.date)![0] : 0);
          const tuple = (m: PlacedMark) => [start(m), m.lane, m.event.index];
          const want = [...marks].sort((a, b) => {
            const x = tuple(a);
            const y = tuple(b);
            for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k]! < y[k]! ? -1 : 1;
            return 0;
          });
          const got = markOrder(marks);
          expect(got).to.have.length(marks.length);
          expect(got.map(tuple)).to.deep.equal(want.map(tuple));
          // The same marks, each once.
          const position = new Map(marks.map((m, i) => [m, i]));
          expect(got.map((m) => position.get(m)!).sort((a, b) => a - b)).to.deep.equal(marks.map((_, i) => i));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is the keyboard order's dated part for the seed's marks", async () => {
    const seed = normalize(await (await fetch(DATASET)).json());
    for (const groupBy of ['kind', 'actor', 'none'] as const) {
      const view = deriveView(seed, {
        groupBy,
        hiddenKinds: [],
        hiddenActors: [],
        reference: null,
        timeZone: 'UTC',
        today: 0,
      });
      const layout = layoutMarks(view.lanes, {
        scale: timeScale(view.fit, [0, 1200]),
        width: 1200,
        dir: 'ltr',
        measure: (s) => s.length * 6.5,
        laneLimit: Infinity,
        maxLaneRows: Infinity,
      });
      expect(layout.marks).to.have.length(view.lanes.reduce((n, l) => n + l.events.length, 0));
      const nav: string[] = [];
      for (let k = view.nav.first(); k && view.nav.isDated(k) && !nav.includes(k); k = view.nav.step(k, 1)) nav.push(k);
      // Shuffle the drawn marks: the order must come from markOrder, not from the layout.
      const shuffled = [...layout.marks].reverse();
      expect(markOrder(shuffled).map(key), groupBy).to.deep.equal(nav);
    }
  });
});

describe('rovingTabStop', () => {
  const drawn = ['0:a', '1:b', '2:c'];

  it('keeps the focused key while it is drawn', () => {
    expect(rovingTabStop(drawn, '1:b', 'u:x')).to.equal('1:b');
    expect(rovingTabStop(drawn, '2:c', null)).to.equal('2:c');
  });

  it('keeps a focused undated key, drawn marks or not', () => {
    expect(rovingTabStop(drawn, 'u:y', 'u:x')).to.equal('u:y');
    expect(rovingTabStop([], 'u:y', 'u:x')).to.equal('u:y');
  });

  it('falls back to the first drawn mark when the focused one is not drawn, or nothing is focused', () => {
    expect(rovingTabStop(drawn, '3:d', 'u:x')).to.equal('0:a');
    // The same event in a lane that is not drawn is another mark.
    expect(rovingTabStop(drawn, '0:b', 'u:x')).to.equal('0:a');
    expect(rovingTabStop(drawn, null, 'u:x')).to.equal('0:a');
    expect(rovingTabStop(drawn, '', 'u:x')).to.equal('0:a');
  });

  it('then to the first undated event, then to nothing', () => {
    expect(rovingTabStop([], '3:d', 'u:x')).to.equal('u:x');
    expect(rovingTabStop([], null, 'u:x')).to.equal('u:x');
    expect(rovingTabStop([], null, null)).to.equal(null);
    expect(rovingTabStop([], '0:a', null)).to.equal(null);
  });
});
