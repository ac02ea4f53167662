import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize } from '../../src/data/normalize.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { groupLanes } from '../../src/layout/lanes.js';
import { FEATURED_SCALE, labelOverSpan, layoutMarks, type IndexedLane, type PlacedMark } from '../../src/layout/marks.js';
import { TimeIndex } from '../../src/layout/time-index.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { ymdToMs } from '../../src/data/calendar.js';

fc.configureGlobal({ seed: 20230802 });

const measure = (s: string) => s.length * 6.5;
const indexed = (events: TimelineEvent[], by: 'kind' | 'actor' | 'none' = 'kind'): IndexedLane[] =>
  groupLanes(events, by).map((l) => {
    const members = new Set(l.events);
    return { ...l, index: new TimeIndex(l.events, (e) => e.date!.earliest, (e) => e.date!.latest), has: (e: TimelineEvent) => members.has(e) };
  });

/** 1,000 events over the decade 2014–2023 in eight lanes of about the same size. */
function eightLanes() {
  const raw = Array.from({ length: 1000 }, (_, i) => {
    const day = (i * 7919) % 3650;
    return { title: `Event ${i}`, date: new Date(Date.UTC(2014, 0, 1 + day)).toISOString().slice(0, 10), kind: `k${(i * 31) % 8}` };
  });
  const [t0, t1] = [Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1)];
  return { lanes: indexed(normalize(raw).events, 'kind'), t0, t1, mid: (t0 + t1) / 2 };
}

const dateArb = fc.oneof(
  fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 2018, max: 2025 }).map(String),
  fc.tuple(fc.integer({ min: 2018, max: 2024 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-01/${y + 1}-01-15`),
  fc.integer({ min: 2018, max: 2025 }).map((y) => `[..${y}-03~]`),
  fc.integer({ min: 2018, max: 2025 }).map((y) => `${y}-06-01/..`),
);
const eventsArb = fc.array(
  fc.record({
    title: fc.oneof(
      fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
      // Words, so that labels wrap to two and three lines.
      fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 2, maxLength: 14 }).map((w) => w.join(' ')),
    ),
    date: dateArb,
    kind: fc.constantFrom('visit', 'deal', 'statement'),
    actors: fc.subarray(['Iran', 'Belarus', 'Russia']),
  }),
  { maxLength: 60 },
);

describe('layoutMarks', () => {
  it('layoutMarks(lanes) draws every event in the window exactly once per lane, and nothing outside it (property)', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 2017, max: 2025 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 320, max: 2560 }), fc.boolean(), (raw, y, months, width, rtl) => {
        const { events } = normalize(raw);
        const lanes = indexed(events, 'actor');
        const t0 = ymdToMs(y, 1, 1);
        const t1 = ymdToMs(y, 1 + months, 1);
        const layout = layoutMarks(lanes, {
          scale: timeScale([t0, t1], rtl ? [width, 0] : [0, width]),
          width,
          dir: rtl ? 'rtl' : 'ltr',
          measure,
          laneLimit: Infinity,
          maxLaneRows: Infinity,
        });
        lanes.forEach((lane, li) => {
          const want = lane.events.filter((e) => e.date!.earliest <= t1 && e.date!.latest >= t0).map((e) => e.id).sort();
          const got = layout.marks.filter((m) => m.lane === li).map((m) => m.event.id).sort();
          expect(got).to.deep.equal(want);
        });
      }),
      { numRuns: 250 },
    );
  });

  it('no two marks of one lane overlap in a row, and labels (a third line in the next row) do not overlap marks or labels (property)', () => {
    let threeLines = 0;
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 320, max: 1600 }), fc.boolean(), fc.array(fc.integer({ min: -1, max: 7 }), { maxLength: 60 }), (raw, width, rtl, hints) => {
        const { events } = normalize(raw);
        const lanes = indexed(events);
        const t0 = ymdToMs(2018, 1, 1);
        const t1 = ymdToMs(2026, 1, 1);
        // The rows some marks had in a last frame, any rows: a mark may only keep one that has room.
        const lastRows = new Map(
          events.flatMap((e, i) => ((hints[i] ?? -1) < 0 ? [] : [[`${lanes.findIndex((l) => l.has(e))}:${e.id}`, hints[i]!] as const])),
        );
        const layout = layoutMarks(lanes, { scale: timeScale([t0, t1], rtl ? [width, 0] : [0, width]), width, dir: rtl ? 'rtl' : 'ltr', measure, laneLimit: Infinity, maxLaneRows: Infinity, lastRows });
        const boxes = layout.marks.map((m) => {
          const markL = Math.min(m.left, m.cx - 6);
          const markR = Math.max(m.right, m.cx + 6);
          const lw = m.label ? (m.labelWidth ?? measure(m.label)) : 0;
          // In reading order the label starts at labelX; on screen it runs left in RTL.
          const labelL = rtl ? m.labelX - lw : m.labelX;
          // A label's third line hangs into the next row.
          const labelRows = (m.lines?.length ?? 0) > 2 ? [m.row, m.row + 1] : [m.row];
          if (labelRows.length > 1) threeLines++;
          return { lane: m.lane, row: m.row, markL, markR, labelL, labelR: labelL + lw, label: m.label, labelRows };
        });
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i]!;
          if (a.label) {
            expect(a.labelL, 'label inside the view').to.be.at.least(-1e-6);
            expect(a.labelR).to.be.at.most(width + 1e-6);
          }
          for (let j = i + 1; j < boxes.length; j++) {
            const b = boxes[j]!;
            if (a.lane !== b.lane) continue;
            const apart = (l1: number, r1: number, l2: number, r2: number) => r1 <= l2 + 1e-6 || r2 <= l1 + 1e-6;
            if (a.row === b.row) expect(apart(a.markL, a.markR, b.markL, b.markR), 'marks overlap').to.equal(true);
            if (a.label && a.labelRows.includes(b.row))
              expect(apart(a.labelL, a.labelR, b.markL, b.markR), 'a label covers a mark').to.equal(true);
            if (b.label && b.labelRows.includes(a.row))
              expect(apart(b.labelL, b.labelR, a.markL, a.markR), 'a label covers a mark').to.equal(true);
            if (a.label && b.label && a.labelRows.some((r) => b.labelRows.includes(r)))
              expect(apart(a.labelL, a.labelR, b.labelL, b.labelR), 'labels overlap').to.equal(true);
          }
        }
      }),
      { numRuns: 250 },
    );
    expect(threeLines, 'labels on three lines drawn').to.be.greaterThan(0);
  });

  it('aggregates dense lanes: cluster counts plus forced marks add up to the events in the window (property)', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 2017, max: 2025 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 320, max: 2000 }), fc.integer({ min: 0, max: 8 }), fc.boolean(), (raw, y, months, width, limit, rtl) => {
        const { events } = normalize(raw);
        const lanes = indexed(events, 'actor');
        const t0 = ymdToMs(y, 1, 1);
        const t1 = ymdToMs(y, 1 + months, 1);
        const forced = events.filter((_, i) => i % 7 === 3);
        const layout = layoutMarks(lanes, { scale: timeScale([t0, t1], rtl ? [width, 0] : [0, width]), width, dir: rtl ? 'rtl' : 'ltr', measure, laneLimit: limit, forced });
        lanes.forEach((lane, li) => {
          const want = lane.events.filter((e) => e.date!.earliest <= t1 && e.date!.latest >= t0);
          const box = layout.lanes[li]!;
          expect(box.visible).to.equal(want.length);
          const drawn = layout.marks.filter((m) => m.lane === li).map((m) => m.event);
          if (!box.aggregate) {
            expect(want.length).to.be.at.most(limit);
            if (box.visible > 60) expect(box.rows).to.be.at.most(10);
            expect(drawn.length).to.equal(want.length);
            return;
          }
          expect(want.length).to.be.greaterThan(limit);
          const clustered = box.aggregate.clusters.reduce((n, c) => n + c.count, 0);
          const binned = box.aggregate.bins.reduce((n, c) => n + c, 0);
          expect(binned).to.equal(clustered);
          // Only forced events of this lane in the window are drawn; the rest are counted, each once.
          for (const e of drawn) expect(forced).to.include(e);
          expect(clustered + drawn.length).to.equal(want.length);
          for (const c of box.aggregate.clusters) {
            expect(c.left).to.be.at.least(-1e-6);
            expect(c.right).to.be.at.most(width + 1e-6);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('zooming in, a lane drawn as marks stays marks: the lanes drawn last frame take the budget first', () => {
    // Eight lanes of about the same size, as a kind-grouped dataset often has: which lanes are the sparsest
    // changes from one window to the next.
    const { lanes, t0, t1, mid } = eightLanes();
    const layoutAt = (k: number, marksLanes?: ReadonlySet<string>) => {
      const half = ((t1 - t0) / 2) * k;
      return layoutMarks(lanes, { scale: timeScale([mid - half, mid + half], [0, 1200]), width: 1200, dir: 'ltr', measure, marksLanes });
    };
    const asMarks = (l: ReturnType<typeof layoutAt>) => new Set(l.lanes.filter((b) => !b.aggregate).map((b) => b.key));
    const flips = (sticky: boolean) => {
      let count = 0;
      let prev: Set<string> | undefined;
      for (let step = 0, k = 1; step < 12; step++, k *= 0.79) {
        const now = asMarks(layoutAt(k, sticky ? prev : undefined));
        // Zooming in never takes marks away from a lane.
        if (prev) count += [...prev].filter((key) => !now.has(key)).length;
        prev = now;
      }
      expect(prev!.size, 'zoomed in, every lane is marks').to.equal(8);
      return count;
    };
    expect(flips(true)).to.equal(0);
    // Without the previous frame, lanes of similar size trade the budget as the window narrows.
    expect(flips(false)).to.be.greaterThan(0);
  });

  it('during a gesture, a lane drawn as counts keeps them, however few its events; marks may still become counts', () => {
    const { lanes, t0, t1, mid } = eightLanes();
    const at = (k: number, o: { marksLanes?: ReadonlySet<string>; holdCounts?: boolean } = {}) => {
      const half = ((t1 - t0) / 2) * k;
      return layoutMarks(lanes, { scale: timeScale([mid - half, mid + half], [0, 1200]), width: 1200, dir: 'ltr', measure, ...o });
    };
    const asMarks = (l: ReturnType<typeof at>) => new Set(l.lanes.filter((b) => !b.aggregate).map((b) => b.key));
    const wide = asMarks(at(1));
    expect(wide.size, 'the whole decade: some lanes are counts').to.be.lessThan(8);
    // Zoomed in to a month: every lane would be marks; held, the lanes that were counts stay counts.
    const month = 1 / 120;
    expect(asMarks(at(month, { marksLanes: wide })).size).to.equal(8);
    const held = at(month, { marksLanes: wide, holdCounts: true });
    expect(asMarks(held)).to.deep.equal(wide);
    for (const box of held.lanes.filter((b) => b.aggregate)) {
      expect(box.visible, `${box.key} has few events in the window`).to.be.lessThan(60);
      expect(box.aggregate!.clusters.reduce((n, c) => n + c.count, 0), `${box.key}: every event counted`).to.equal(box.visible);
    }
    // Zoomed out, held or not, lanes of marks over the budget still become counts: the DOM stays bounded.
    const all = new Set(lanes.map((l) => l.key));
    expect(asMarks(at(1, { marksLanes: all, holdCounts: true })).size).to.be.lessThan(8);
  });

  it("an aggregated lane's marks do not keep rows they had as a lane of marks: its height does not change", () => {
    const { lanes, t0, t1 } = eightLanes();
    const scale = timeScale([t0, t1], [0, 1200]);
    const forced = lanes.map((l) => l.events[500 % l.events.length]!);
    const base = { scale, width: 1200, dir: 'ltr' as const, measure, laneLimit: 50, forced };
    const alone = layoutMarks(lanes, base);
    expect(alone.lanes.every((l) => l.aggregate)).to.equal(true);
    const lastRows = new Map(alone.marks.map((m) => [`${m.lane}:${m.event.id}`, 5]));
    const kept = layoutMarks(lanes, { ...base, lastRows });
    expect(kept.lanes.map((l) => l.height)).to.deep.equal(alone.lanes.map((l) => l.height));
    expect(kept.marks.map((m) => m.row)).to.deep.equal(alone.marks.map((m) => m.row));
  });

  it('a featured event stays a labelled mark in an aggregated lane, left out of the counts, with a larger symbol', () => {
    const raw = Array.from({ length: 400 }, (_, i) => ({
      id: `e${i}`,
      title: `Event number ${i}`,
      kind: 'deal',
      date: `2023-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    raw.push({ id: 'key', title: 'The key event', kind: 'deal', date: '2023-03-15', featured: true } as (typeof raw)[number]);
    const { events } = normalize(raw);
    const width = 1000;
    const scale = timeScale([ymdToMs(2023, 1, 1), ymdToMs(2023, 7, 1)], [0, width]);
    const layout = layoutMarks(indexed(events, 'kind'), { scale, width, dir: 'ltr', measure, laneLimit: 100 });
    const box = layout.lanes[0]!;
    expect(box.aggregate, 'the lane aggregates').to.not.equal(null);
    expect(layout.marks.map((m) => m.event.id)).to.deep.equal(['key']);
    const key = layout.marks[0]!;
    expect(key.label).to.equal('The key event');
    expect(box.aggregate!.clusters.reduce((n, c) => n + c.count, 0)).to.equal(400);
    // The label starts after the larger symbol.
    expect(key.labelX - key.cx).to.be.closeTo((12 * FEATURED_SCALE) / 2 + 4, 1e-6);
    // Not featured, the same event is counted with the others.
    const plain = normalize(raw.map((r) => ({ ...r, featured: false })));
    const counted = layoutMarks(indexed(plain.events, 'kind'), { scale, width, dir: 'ltr', measure, laneLimit: 100 });
    expect(counted.marks).to.deep.equal([]);
  });

  it('a featured event keeps its label in a crowded lane of marks', () => {
    // Eight events on one day, each labelled: only 6 label rows, but the featured one, last, keeps its label.
    const raw = Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, date: '2023-03-15', featured: i === 7 }));
    const { events } = normalize(raw);
    const scale = timeScale([ymdToMs(2023, 3, 1), ymdToMs(2023, 4, 1)], [0, 800]);
    const layout = layoutMarks(indexed(events, 'none'), { scale, width: 800, dir: 'ltr', measure });
    const byId = Object.fromEntries(layout.marks.map((m) => [m.event.id, m]));
    expect(byId.e6!.label).to.equal(null);
    expect(byId.e7!.label).to.equal('Event 7');
  });

  it('draws points, fuzzy spans and intervals differently, and fades open ends toward the open side', () => {
    const { events } = normalize([
      { id: 'day', title: 'Day', date: '2023-07-31' },
      { id: 'month', title: 'Month', date: '2023-05' },
      { id: 'week', title: 'Week', date: '[2023-07-24..2023-07-30]' },
      { id: 'lasted', title: 'Lasted', date: '2023-06-01/2023-06-20' },
      { id: 'before', title: 'Before', date: '[..2023-03~]' },
      { id: 'ongoing', title: 'Ongoing', date: '2023-02-01/..' },
    ]);
    const width = 1000;
    const scale = timeScale([ymdToMs(2023, 1, 1), ymdToMs(2023, 9, 1)], [0, width]);
    const byId = (layout: ReturnType<typeof layoutMarks>) => Object.fromEntries(layout.marks.map((m) => [m.event.id, m]));
    const ltr = byId(layoutMarks(indexed(events, 'none'), { scale, width, dir: 'ltr', measure }));
    expect(ltr.day!.shape).to.equal('point');
    expect(ltr.day!.uncertain).to.equal(false);
    expect([ltr.month!.shape, ltr.month!.uncertain]).to.deep.equal(['fuzzy', true]);
    expect([ltr.week!.shape, ltr.week!.uncertain]).to.deep.equal(['fuzzy', true]);
    expect([ltr.lasted!.shape, ltr.lasted!.uncertain]).to.deep.equal(['interval', false]);
    expect([ltr.before!.fadeLeft, ltr.before!.fadeRight]).to.deep.equal([true, false]);
    expect([ltr.ongoing!.fadeLeft, ltr.ongoing!.fadeRight]).to.deep.equal([false, true]);
    // An open start puts the symbol at the known end.
    expect(ltr.before!.cx).to.be.closeTo(scale(ymdToMs(2023, 4, 1)) - 6, 1);
    // In RTL everything mirrors: time runs right to left, fades flip.
    const rtl = byId(layoutMarks(indexed(events, 'none'), { scale: scale.copy().range([width, 0]), width, dir: 'rtl', measure }));
    expect(rtl.day!.cx).to.be.closeTo(width - ltr.day!.cx, 1e-6);
    expect([rtl.before!.fadeLeft, rtl.before!.fadeRight]).to.deep.equal([false, true]);
    // Zoomed in to hours, a day is still a sharp point, not a span.
    const close = byId(layoutMarks(indexed(events, 'none'), { scale: timeScale([ymdToMs(2023, 7, 30), ymdToMs(2023, 8, 2)], [0, width]), width, dir: 'ltr', measure }));
    expect([close.day!.shape, close.day!.uncertain]).to.deep.equal(['point', false]);
    expect(close.day!.cx).to.be.closeTo(width * 1.5 / 3, 1);
    expect(rtl.lasted!.left).to.be.closeTo(width - ltr.lasted!.right, 1e-6);
  });

  it('draws the level-2 EDTF forms as spans of what they may be: unspecified digits, decades, quarters, halves', () => {
    const { events, problems } = normalize([
      { id: 'xmas', title: 'A Christmas of the 1560s', date: '156X-12-25' },
      { id: 'decade', title: 'The 1570s', date: '157' },
      { id: 'quarter', title: 'Second quarter of 1580', date: '1580-34' },
      { id: 'half', title: 'Second half of 1585', date: '1585-41' },
      { id: 'sig', title: 'About 1550, two significant digits', date: '1550S2' },
      { id: 'day', title: 'A day', date: '?1590-06-~11' },
    ]);
    expect(problems).to.deep.equal([]);
    const width = 1000;
    const scale = timeScale([ymdToMs(1500, 1, 1), ymdToMs(1600, 1, 1)], [0, width]);
    const marks = Object.fromEntries(
      layoutMarks(indexed(events, 'none'), { scale, width, dir: 'ltr', measure, laneLimit: 100 }).marks.map((m) => [m.event.id, m]),
    );
    const x = (y: number, m = 1, d = 1) => scale(ymdToMs(y, m, d));
    for (const [id, from, to] of [
      ['xmas', x(1560, 12, 25), x(1569, 12, 26)],
      ['decade', x(1570), x(1580)],
      ['quarter', x(1580, 4), x(1580, 7)],
      ['half', x(1585, 7), x(1586)],
      ['sig', x(1500), x(1600)],
    ] as const) {
      const m = marks[id]!;
      expect(m.uncertain, id).to.equal(true);
      if (to - from > 10) {
        expect(m.shape, id).to.equal('fuzzy');
        expect([m.left, m.right], id).to.deep.equal([from, to]);
      } else {
        // A quarter or a half of a year is a few pixels of a century: a hollow point within it.
        expect(m.shape, id).to.equal('point');
        expect(m.cx, id).to.be.within(from, to);
      }
    }
    // Qualified per component, a day is still a sharp point, marked uncertain.
    expect([marks.day!.shape, marks.day!.uncertain]).to.deep.equal(['point', true]);
  });
});

describe('labelOverSpan', () => {
  const base = { uncertain: true, lane: 0, row: 0, cy: 0, fadeLeft: false, fadeRight: false } as const;
  const mark = (over: Partial<PlacedMark>): PlacedMark =>
    ({ ...base, event: normalize([{ title: 'A', date: '2023-05' }]).events[0]!, ...over }) as PlacedMark;

  it('is true when a label starts after the symbol, inside its own span, in LTR and mirrored in RTL', () => {
    const m = mark({ shape: 'fuzzy', left: 100, right: 200, cx: 107, label: 'Visit', labelWidth: 60, labelX: 117 });
    expect(labelOverSpan(m, 'ltr')).to.equal(true);
    const r = mark({ shape: 'fuzzy', left: 800, right: 900, cx: 893, label: 'Visit', labelWidth: 60, labelX: 883 });
    expect(labelOverSpan(r, 'rtl')).to.equal(true);
  });

  it('is false for a point, an unlabelled mark, and a label beside its span or only touching it', () => {
    expect(labelOverSpan(mark({ shape: 'point', left: 100, right: 112, cx: 106, label: 'A', labelWidth: 40, labelX: 100 }), 'ltr')).to.equal(false);
    expect(labelOverSpan(mark({ shape: 'fuzzy', left: 100, right: 200, cx: 107, label: null, labelX: 117 }), 'ltr')).to.equal(false);
    // Ends before the symbol (the label on the span's left).
    expect(labelOverSpan(mark({ shape: 'interval', left: 100, right: 200, cx: 107, label: 'A', labelWidth: 50, labelX: 49 }), 'ltr')).to.equal(false);
    expect(labelOverSpan(mark({ shape: 'interval', left: 100, right: 200, cx: 107, label: 'A', labelWidth: 50, labelX: 200.5 }), 'ltr')).to.equal(false);
    // In RTL a label reads leftward from labelX: at 99 it lies left of the span.
    expect(labelOverSpan(mark({ shape: 'fuzzy', left: 100, right: 200, cx: 193, label: 'A', labelWidth: 50, labelX: 99 }), 'rtl')).to.equal(false);
  });
});
