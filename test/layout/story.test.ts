import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize } from '../../src/data/normalize.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { knownExtent } from '../../src/data/uncertain-date.js';
import { groupLanes } from '../../src/layout/lanes.js';
import type { TickOptions } from '../../src/layout/ticks.js';
import {
  STORY_GAP,
  STORY_LIFT,
  dodge,
  layoutStory,
  storyItems,
  storyLength,
  storyScale,
  storyUnits,
  visibleCards,
} from '../../src/layout/story.js';
import {
  STORY_BREAK_LINE,
  breakLabelY,
  storyAxisWidth,
  storyTickLabel,
  storyTicks,
  widestTickLabel,
} from '../../src/layout/story-ticks.js';
import { dataInstants, gapWarp } from '../../src/layout/gaps.js';

fc.configureGlobal({ seed: 20230731 });

const ticks: TickOptions = { format: (v) => new Date(v).toISOString().slice(0, 10), measure: () => 14 };

/** EDTF dates of every shape the story draws: days, months, one-of sets, intervals, open ends. */
const edtf = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 1, max: 20 }).map((d) => `[2023-07-${String(d).padStart(2, '0')}..2023-07-${d + 8}]`),
  fc.integer({ min: 1, max: 11 }).map((m) => `2022-${String(m).padStart(2, '0')}/2022-12`),
  fc.constantFrom('2022-02-24/..', '[..2023-03~]', '2021~', '2023-07-31', '2023-07-04~', '2022-11-30?'),
);

function events(dates: string[]): TimelineEvent[] {
  const raw = dates.map((date, i) => ({ id: `e${i}`, title: `Event ${i}`, kind: i % 3 ? 'visit' : 'deal', date }));
  return normalize(raw).events;
}

const storyInput = fc.record({
  dates: fc.array(edtf, { minLength: 0, maxLength: 60 }),
  heights: fc.array(fc.integer({ min: 20, max: 400 }), { minLength: 60, maxLength: 60 }),
  length: fc.integer({ min: 100, max: 6000 }),
});

function lay(dates: string[], heights: number[], length: number) {
  const list = events(dates);
  const items = storyItems(groupLanes(list, 'kind'));
  const domain: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2024, 0, 1)];
  return { list, items, layout: layoutStory(items, { domain, length, heights }) };
}

describe('storyItems', () => {
  it('orders by known start, then lane, then record, once per event (its first lane), as one comparator would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(edtf, fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 })), { maxLength: 50 }), fc.boolean(), (rows, shuffled) => {
        const list = events(rows.map(([d]) => d));
        // Lanes given in any order of records (shuffled: a lane not in record order).
        const lanes = [0, 1, 2, 3].map((l) => {
          const inLane = list.filter((_, i) => rows[i]![1].includes(l));
          return { events: shuffled ? [...inLane].reverse() : inLane };
        });
        const seen = new Set<string>();
        const want = lanes
          .flatMap((lane, li) => lane.events.filter((e) => !seen.has(e.id) && seen.add(e.id)).map((e) => ({ e, li, t: knownExtent(e.date!)?.[0] ?? 0 })))
          .sort((a, b) => a.t - b.t || a.li - b.li || a.e.index - b.e.index)
          .map(({ e, li }) => `${li}:${e.id}`);
        expect(storyItems(lanes).map((it) => it.key)).to.deep.equal(want);
        expect(storyItems(lanes).every((it) => it.key.endsWith(`:${it.event.id}`))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('layoutStory', () => {
  it("places each date where the story's scale puts it (gaps and all), a point at its middle", () => {
    fc.assert(
      fc.property(storyInput, fc.double({ min: 0.2, max: 8, noNaN: true }), ({ dates, heights, length }, zoom) => {
        const list = events(dates);
        const items = storyItems(groupLanes(list, 'kind'));
        const domain: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2024, 0, 1)];
        const warp = gapWarp(dataInstants(list), 'compress');
        const o = { domain, length: length * zoom, heights, warp };
        const layout = layoutStory(items, { ...o, units: storyUnits(items, domain, warp) });
        const [lo, hi] = layout.scale.range() as [number, number];
        const at = (t: number) => Math.max(lo - 8, Math.min(hi + 8, layout.scale(t)));
        for (const c of layout.cards) {
          const d = c.event.date!;
          const vague = d.span === 'point' && d.latest - d.earliest >= 86_400_000;
          expect(c.uncertain, 'hollow: somewhere in a span, approximate or uncertain').to.equal(
            vague || !!d.approximate || !!d.uncertain,
          );
          if (!Number.isFinite(d.latest)) continue;
          const end = at(d.latest + 1);
          if (!Number.isFinite(d.earliest)) {
            expect(c.anchor, 'an open start anchors at its end').to.be.closeTo(end, 1e-6);
            continue;
          }
          const start = at(d.earliest);
          const point = c.shape === 'point';
          expect(c.y0).to.be.closeTo(point ? (start + end) / 2 : start, 1e-6);
          expect(c.y1).to.be.closeTo(point ? (start + end) / 2 : end, 1e-6);
          expect(c.anchor).to.equal(c.y0);
        }
        // Without the units, the layout finds them itself.
        expect(layoutStory(items, o).cards.map((c) => c.top)).to.deep.equal(layout.cards.map((c) => c.top));
      }),
      { numRuns: 300 },
    );
  });

  it('places every dated event once, in date order, and never overlaps two cards', () => {
    fc.assert(
      fc.property(storyInput, ({ dates, heights, length }) => {
        const { list, items, layout } = lay(dates, heights, length);
        expect(layout.cards.map((c) => c.event.id).sort()).to.deep.equal(list.map((e) => e.id).sort());
        layout.cards.forEach((c, i) => {
          expect(c.index).to.equal(i);
          expect(c.key).to.equal(items[i]!.key);
          expect(c.height).to.equal(heights[i]);
          if (i === 0) return;
          const prev = layout.cards[i - 1]!;
          const start = (e: TimelineEvent) => (Number.isFinite(e.date!.earliest) ? e.date!.earliest : e.date!.latest);
          expect(start(c.event) >= start(prev.event) || !Number.isFinite(c.event.date!.earliest)).to.equal(true);
          expect(c.top, `card ${i} overlaps card ${i - 1}`).to.be.at.least(prev.top + prev.height + STORY_GAP - 1e-6);
        });
        expect(layout.height).to.be.at.least(Math.max(0, ...layout.cards.map((c) => c.top + c.height)));
      }),
      { numRuns: 300 },
    );
  });

  it("never puts a card's top above its anchor's top bound, and anchors each at its date on the scale", () => {
    fc.assert(
      fc.property(storyInput, ({ dates, heights, length }) => {
        const { layout } = lay(dates, heights, length);
        for (const c of layout.cards) {
          expect(c.top).to.be.at.least(c.anchor - STORY_LIFT - 1e-6);
          expect(c.y0).to.be.at.most(c.y1);
          const d = c.event.date!;
          if (c.shape !== 'point' && Number.isFinite(d.earliest))
            expect(c.y0).to.be.closeTo(layout.scale(d.earliest), 9);
          expect(c.anchor).to.be.within(c.y0 - 1e-6, c.y1 + 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the encodings of uncertain dates, turned along the axis', () => {
    const { layout } = lay(
      ['2023-07-31', '[2023-07-24..2023-07-30]', '2022-02-24/..', '2023-05', '[..2023-03~]'],
      [40, 40, 40, 40, 40],
      3000,
    );
    const by = (id: string) => layout.cards.find((c) => c.event.id === id)!;
    expect(by('e0').shape).to.equal('point');
    expect(by('e0').uncertain).to.equal(false);
    expect(by('e1').shape, 'a one-of set is a dotted span').to.equal('fuzzy');
    expect(by('e1').uncertain).to.equal(true);
    expect(by('e2').shape).to.equal('interval');
    expect(by('e2').fadeBottom, 'an open end fades').to.equal(true);
    expect(by('e4').fadeTop, 'an open start fades').to.equal(true);
    expect(by('e4').uncertain).to.equal(true);
    // Spans that overlap take separate columns beside the axis.
    const spans = layout.cards.filter((c) => c.shape !== 'point');
    for (const a of spans)
      for (const b of spans)
        if (a !== b && a.track === b.track && a.track < 3) expect(a.y1 + 4 <= b.y0 || b.y1 + 4 <= a.y0).to.equal(true);
  });

  it('dodge() is the lowest placement that keeps order: a card moves only when the previous one is in the way', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 300 }))), (pairs) => {
        const mins = pairs.map(([m]) => m).sort((a, b) => a - b);
        const heights = pairs.map(([, h]) => h);
        const tops = dodge(mins, heights, 6);
        tops.forEach((t, i) => {
          const floor = i ? tops[i - 1]! + heights[i - 1]! + 6 : -Infinity;
          expect(t).to.equal(Math.max(mins[i]!, floor));
        });
      }),
    );
  });

  it('storyLength() chooses a length where dense stretches stay near their dates', () => {
    fc.assert(
      fc.property(storyInput, ({ dates, heights }) => {
        const { items } = lay(dates, heights, 1000);
        const domain: [number, number] = [Date.UTC(2019, 0, 1), Date.UTC(2024, 0, 1)];
        const length = storyLength(items, { domain, heights, maxPush: 300, min: 400 });
        const total = items.reduce((s, _, i) => s + heights[i]! + STORY_GAP, 0);
        expect(length).to.be.at.least(400);
        expect(length).to.be.at.most(Math.max(400, total * 4) + 1);
        const layout = layoutStory(items, { domain, length, heights });
        // Beyond the cards of its own date above it, no card is pushed more than 300 px (unless at the longest).
        const start = (c: (typeof layout.cards)[number]) => knownExtent(c.event.date!)![0];
        let same = 0;
        layout.cards.forEach((c, i) => {
          const prev = layout.cards[i - 1];
          same = prev && start(prev) === start(c) ? same + prev.height + STORY_GAP : 0;
          const push = c.top - (c.anchor - STORY_LIFT) - same;
          if (length < Math.max(400, total * 4) && Number.isFinite(c.event.date!.earliest))
            expect(push, `card ${i}`).to.be.at.most(300 + STORY_LIFT + 1);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('visibleCards() returns exactly the cards whose box or anchor meets the rows, as one run', () => {
    fc.assert(
      fc.property(storyInput, fc.integer({ min: -200, max: 8000 }), fc.integer({ min: 0, max: 900 }), (s, y0, h) => {
        const { layout } = lay(s.dates, s.heights, s.length);
        const [a, b] = visibleCards(layout.cards, y0, y0 + h);
        layout.cards.forEach((c, i) => {
          const meets = c.top + c.height >= y0 && Math.min(c.anchor, c.top) <= y0 + h;
          if (meets) expect(i >= a && i < b, `card ${i} is drawn`).to.equal(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("storyTicks() gives every label its context, not only the band's first: any tick on screen names its month", () => {
    const { layout } = lay(['2022-02-24', '2023-07-31'], [60, 60], 4000);
    const withContext: TickOptions = { ...ticks, format: (_v, u, first) => `${first ? 'context' : 'plain'} ${u}` };
    for (const [y0, y1] of [
      [0, 4100],
      [900, 1700],
      [2000, 2600],
    ] as const) {
      const labels = storyTicks(layout.scale, y0, y1, { ...withContext, spacing: 140, gap: 10 })
        .map((t) => t.label)
        .filter((l) => l !== null);
      expect(labels.length, `labels in ${y0}..${y1}`).to.be.greaterThan(1);
      for (const l of labels) expect(l).to.match(/^context /);
    }
  });

  it('storyAxisWidth() fits the widest tick label beside the era titles, never narrower than the default', () => {
    expect(storyAxisWidth(0)).to.equal(76);
    expect(storyAxisWidth(48)).to.equal(76);
    expect(storyAxisWidth(65.8)).to.equal(94); // "اردیبهشت ۱۴۰۲": 16 + 65.8 + 4 + 6 + 2, rounded up
    expect(storyAxisWidth(NaN)).to.equal(76);
    const { layout } = lay(['2023-07-31'], [60], 400);
    expect(layout.axis, 'a layout given no width has the default').to.equal(76);
  });

  it("storyTicks() keeps the label of a tick at the axis's top, drawn in the room above it, beside a close next label", () => {
    // Monthly ticks about 44 px apart (a 15 px label and a 24 px gap need 39), the first at the axis's top. Moved
    // inside the axis, the first label came within 39 px of the next one, and went: a story on a wide screen, whose
    // short first stretch ends at a break, showed no date above that break.
    const t0 = Date.UTC(2022, 0, 1);
    const scale = storyScale([t0 - 3_600_000, Date.UTC(2023, 0, 1)], 12 * 44);
    const t = storyTicks(scale, 0, 600, { ...ticks, measure: () => 15, spacing: 44, gap: 24 });
    expect(t[0]!.value).to.equal(t0);
    expect(t[0]!.x - 24).to.be.below(7.5);
    const labelled = t.filter((x) => x.label !== null);
    expect(labelled.length).to.equal(t.length);
    expect(labelled[0]!.labelX).to.equal(t[0]!.x);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.labelX - labelled[i - 1]!.labelX).to.be.at.least(39);
  });

  it('storyTickLabel(): a month or a day on one line with its context, a time under its day', () => {
    const format: TickOptions['format'] = (_v, unit, context) => `${unit}${context ? '+' : ''}`;
    expect(storyTickLabel(format, 0, 'month')).to.equal('month+');
    expect(storyTickLabel(format, 0, 'day')).to.equal('day+');
    for (const unit of ['hour', 'minute', 'second'] as const)
      expect(storyTickLabel(format, 0, unit)).to.equal(`day+\n${unit}`);
    // The column's width: each line measured on its own, a time's too.
    const wide = (u: string) => (u === 'minute' ? 'x'.repeat(40) : 'ab');
    expect(widestTickLabel({ format: (_v, u) => wide(u), measure: (s) => s.length }, 0)).to.equal(40);
    expect(widestTickLabel({ format: (_v, u) => `${u}!`, measure: (s) => s.length }, 0)).to.equal('second!'.length);
  });

  it("storyTicks() drops a label that would touch a break's label, and keeps those clear of it", () => {
    // A story zoomed out: a year and a half compressed to a break 6 px long, its label a line centred on it.
    const dates = ['2021-01', '2021-02', '2021-03', '2021-04', '2022-12', '2023-01', '2023-02'];
    const list = events(dates);
    const items = storyItems(groupLanes(list, 'kind'));
    const domain: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2023, 2, 1)];
    const warp = gapWarp(dataInstants(list), 'compress', { size: 0.01 });
    const layout = layoutStory(items, { domain, length: 700, heights: dates.map(() => 20), warp });
    expect(layout.breaks).to.have.length(1);
    const o = { ...ticks, measure: () => 15, spacing: 30, gap: 8 };
    const all = storyTicks(layout.scale, 0, 800, o);
    const t = storyTicks(layout.scale, 0, 800, o, layout.breaks);
    const b = layout.breaks[0]!;
    const centre = b.y0 + Math.max(STORY_BREAK_LINE, b.y1 - b.y0) / 2;
    const near = (x: number) => Math.abs(x - centre) < 17;
    expect(
      all.some((x) => x.label !== null && near(x.x)),
      'without the breaks, a label touches it',
    ).to.equal(true);
    expect(t.map((x) => x.value)).to.deep.equal(all.map((x) => x.value));
    t.forEach((x, i) => expect(x.label, x.label ?? '').to.equal(near(x.x) ? null : all[i]!.label));
  });

  it("labels a break unless its label would touch the last labelled break's: the story zoomed out", () => {
    const list = events(['2021-01', '2021-02', '2022-06', '2022-07', '2023-09', '2023-10']);
    const items = storyItems(groupLanes(list, 'kind'));
    const domain: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2023, 10, 1)];
    const warp = gapWarp(dataInstants(list), 'compress');
    const at = (length: number) => layoutStory(items, { domain, length, heights: items.map(() => 20), warp }).breaks;
    expect(at(2000).map((b) => b.labelled)).to.deep.equal([true, true]);
    const close = at(40);
    expect(close).to.have.length(2);
    expect(breakLabelY(close[1]!) - breakLabelY(close[0]!), 'closer than a line').to.be.below(STORY_BREAK_LINE + 2);
    expect(close.map((b) => b.labelled)).to.deep.equal([true, false]);
  });

  it('storyTicks() labels the drawn band without collisions, each tick at its time on the story scale', () => {
    const { layout } = lay(['2022-02-24', '2023-07-31'], [60, 60], 4000);
    for (const [y0, y1] of [
      [0, 4100],
      [900, 1700],
      [3900, 5000],
    ] as const) {
      const t = storyTicks(layout.scale, y0, y1, { ...ticks, spacing: 140, gap: 10 });
      expect(t.length, `ticks in ${y0}..${y1}`).to.be.greaterThan(0);
      for (const tick of t) {
        expect(tick.x).to.be.closeTo(layout.scale(tick.value), 1e-6);
        expect(tick.x).to.be.within(Math.max(y0, 24) - 1e-6, Math.min(y1, 4024) + 1e-6);
      }
      const labelled = t.filter((x) => x.label !== null).map((x) => x.labelX);
      for (let i = 1; i < labelled.length; i++) expect(labelled[i]! - labelled[i - 1]!).to.be.at.least(14 + 10 - 1e-6);
    }
  });
});
