import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ymdToMs } from '../../src/data/calendar.js';
import { normalize } from '../../src/data/normalize.js';
import { dataInstants, gapWarp, LINEAR_WARP } from '../../src/layout/gaps.js';
import { timeTicks } from '../../src/layout/ticks.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { calendarTicks, intlCalendarFields } from '../../src/layout/calendar-ticks.js';
import { clampWindow, panBy, warpedSpanBounds, zoomAround } from '../../src/layout/window.js';

fc.configureGlobal({ seed: 20230802 });

const DAY = 86_400_000;
const T0 = ymdToMs(2000, 1, 1);
/** Instants as day offsets from 2000: clusters with long empty stretches between some of them. */
const instantsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 8000 }), fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 8 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((clusters) => clusters.flatMap(([at, offs]) => [at, ...offs.map((o) => at + o)]).map((d) => T0 + d * DAY));

describe('gapWarp', () => {
  it('is strictly monotone and invertible, inside and beyond the data (property)', () => {
    fc.assert(
      fc.property(instantsArb, fc.array(fc.integer({ min: -3000, max: 12000 }), { minLength: 2 }), (xs, probes) => {
        const warp = gapWarp(xs);
        const ts = [...new Set(probes.map((d) => T0 + d * DAY))].sort((a, b) => a - b);
        for (let i = 1; i < ts.length; i++) expect(warp(ts[i]!)).to.be.greaterThan(warp(ts[i - 1]!));
        for (const t of ts) expect(warp.invert(warp(t))).to.be.closeTo(t, 1);
      }),
      { numRuns: 300 },
    );
  });

  it('never puts an instant of the data inside a break, and breaks are ordered and disjoint (property)', () => {
    fc.assert(
      fc.property(instantsArb, (xs) => {
        const { breaks } = gapWarp(xs);
        for (const b of breaks) {
          expect(b.t1).to.be.greaterThan(b.t0);
          for (const x of xs) expect(x <= b.t0 || x >= b.t1, `${x} inside a break`).to.equal(true);
        }
        for (let i = 1; i < breaks.length; i++) expect(breaks[i]!.t0).to.be.greaterThan(breaks[i - 1]!.t1);
      }),
      { numRuns: 300 },
    );
  });

  it("'linear' is the identity, with no breaks (property)", () => {
    fc.assert(
      fc.property(instantsArb, fc.integer({ min: -5000, max: 12000 }), (xs, d) => {
        const warp = gapWarp(xs, 'linear');
        const t = T0 + d * DAY;
        expect(warp(t)).to.equal(t);
        expect(warp.invert(t)).to.equal(t);
        expect(warp.breaks).to.deep.equal([]);
      }),
    );
  });

  it('compresses a long empty stretch to a break much shorter than the time kept, and keeps evenly spread data linear', () => {
    // One event in 2022, the rest in July 2023.
    const xs = [ymdToMs(2022, 3, 1), ...Array.from({ length: 10 }, (_, i) => ymdToMs(2023, 7, 1 + i * 3))];
    const warp = gapWarp(xs);
    expect(warp.breaks).to.have.length(1);
    const b = warp.breaks[0]!;
    expect(b.t0).to.be.greaterThan(ymdToMs(2022, 3, 1));
    expect(b.t1).to.be.lessThan(ymdToMs(2023, 7, 1));
    const kept = ymdToMs(2023, 7, 28) - ymdToMs(2023, 7, 1);
    expect(warp(b.t1) - warp(b.t0)).to.be.lessThan(kept * 0.1);
    // Between breaks, one warped unit is one ms.
    expect(warp(ymdToMs(2023, 7, 20)) - warp(ymdToMs(2023, 7, 10))).to.be.closeTo(10 * DAY, 1);
    const even = Array.from({ length: 24 }, (_, i) => ymdToMs(2020, 1 + i, 1));
    expect(gapWarp(even)).to.equal(LINEAR_WARP);
  });

  it("finds the article dataset's long gap after its one 2022 event, between the event instants", async () => {
    const { events } = normalize(await (await fetch('/seeds/iran-belarus-defense-deal.events.json')).json());
    const xs = dataInstants(events);
    const warp = gapWarp(xs);
    expect(warp.breaks.length).to.be.greaterThan(0);
    expect(warp.breaks[0]!.t1 - warp.breaks[0]!.t0).to.be.greaterThan(300 * DAY);
    for (const b of warp.breaks) for (const x of xs) expect(x <= b.t0 || x >= b.t1).to.equal(true);
  });
});

describe('a time scale with compressed gaps', () => {
  const xs = [ymdToMs(2022, 3, 1), ...Array.from({ length: 10 }, (_, i) => ymdToMs(2023, 7, 1 + i * 3))];
  const warp = gapWarp(xs);
  const fit: [number, number] = [ymdToMs(2022, 2, 1), ymdToMs(2023, 8, 15)];

  it('is linear in warped units, keeps its warp through copy(), and lists the breaks in its domain', () => {
    const s = timeScale(fit, [0, 1000], warp);
    expect(s.invert(s(ymdToMs(2023, 7, 10)))).to.be.closeTo(ymdToMs(2023, 7, 10), 1);
    const c = s.copy().domain([ymdToMs(2023, 7, 1), ymdToMs(2023, 8, 1)]);
    expect(c.warp()).to.equal(warp);
    expect(c.breaks()).to.deep.equal([]);
    expect(s.breaks()).to.deep.equal(warp.breaks);
    expect(timeScale(fit, [0, 1000]).breaks()).to.deep.equal([]);
    // The events get the width: July 2023 takes most of it, not the 5% a linear scale gives it.
    expect(s(ymdToMs(2023, 8, 1)) - s(ymdToMs(2023, 7, 1))).to.be.greaterThan(500);
  });

  it('draws no tick inside a break', () => {
    const measure = (t: string) => t.length * 7;
    const format = (v: number) => new Date(v).toISOString().slice(0, 10);
    for (const width of [320, 720, 1280, 1920]) {
      const ticks = timeTicks(timeScale(fit, [0, width], warp), { format, measure });
      expect(ticks.length).to.be.greaterThan(1);
      for (const t of ticks) for (const b of warp.breaks) expect(t.value <= b.t0 || t.value >= b.t1).to.equal(true);
    }
  });

  it('zooms and pans in warped units: a break keeps its share of the window (property)', () => {
    const share = (w: [number, number]) => {
      const s = timeScale(w, [0, 1], warp);
      return s(warp.breaks[0]!.t1) - s(warp.breaks[0]!.t0);
    };
    fc.assert(
      fc.property(fc.double({ min: 0.2, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, at) => {
        const t = timeScale(fit, [0, 1], warp).invert(at);
        const zoomed = zoomAround(fit, k, t, warp);
        expect(share(zoomed)).to.be.closeTo(share(fit) * k, 1e-6);
        expect(timeScale(zoomed, [0, 1], warp)(t)).to.be.closeTo(at, 1e-6);
        const panned = panBy(zoomed, 0.1, warp);
        expect(share(panned)).to.be.closeTo(share(zoomed), 1e-6);
        const held = clampWindow(zoomed, [0, warp(fit[1]) - warp(fit[0])], warp);
        expect(warp(held[1]) - warp(held[0])).to.be.at.most(warp(fit[1]) - warp(fit[0]) + 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ticks across compressed gaps', () => {
  // Dense clusters far apart: a year, a few days, then months, so one stretch between breaks is narrow.
  const xs = [
    ymdToMs(2020, 1, 1),
    ymdToMs(2020, 1, 20),
    ymdToMs(2021, 6, 1),
    ymdToMs(2021, 6, 4),
    ...Array.from({ length: 12 }, (_, i) => ymdToMs(2023, 3, 1 + i * 10)),
  ];
  const warp = gapWarp(xs);
  const fit: [number, number] = [ymdToMs(2019, 12, 1), ymdToMs(2023, 8, 1)];
  const format = (v: number) => new Date(v).toISOString().slice(0, 10);
  const measure = (t: string) => t.length * 6;
  /** The tick values on each stretch of slope 1 (between breaks, inside the data). */
  const kept = (values: number[]) =>
    values.filter((v) => v >= xs[0]! && v <= xs[xs.length - 1]! && Math.abs(warp(v + DAY) - warp(v) - DAY) < 1);

  it('has breaks around a narrow stretch (the premise)', () => {
    expect(warp.breaks.length).to.be.greaterThan(1);
    expect(warp.extent).to.deep.equal([xs[0], xs[xs.length - 1]]);
  });

  it('ticks every stretch between breaks with one interval, the narrow one included (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 2560 }), fc.double({ min: 1, max: 6, noNaN: true }), (width, k) => {
        const w = zoomAround(fit, k, ymdToMs(2021, 6, 2), warp);
        const ticks = timeTicks(timeScale(w, [0, width], warp), { format, measure });
        const values = ticks.map((t) => t.value);
        for (const v of values) for (const b of warp.breaks) expect(v <= b.t0 || v >= b.t1, format(v)).to.equal(true);
        // One grid: if the ticks of the widest stretch (spring 2023) are all year starts, or all month starts,
        // so are those of every stretch between breaks: the narrow one is not ticked finer.
        const inside = kept(values);
        const wide = inside.filter((v) => v >= ymdToMs(2023, 1, 1));
        const day = (v: number) => new Date(v).getUTCDate();
        const jan1 = (v: number) => day(v) === 1 && new Date(v).getUTCMonth() === 0;
        if (wide.length > 1 && wide.every(jan1)) for (const v of inside) expect(jan1(v), format(v)).to.equal(true);
        if (wide.length > 1 && wide.every((v) => day(v) === 1))
          for (const v of inside) expect(day(v), format(v)).to.equal(1);
      }),
      { numRuns: 60 },
    );
  });

  it('the narrow stretch gets no finer ticks than the wide one', () => {
    const scale = timeScale(fit, [0, 1600], warp);
    const ticks = timeTicks(scale, { format, measure });
    const narrow = ticks.filter((t) => t.value >= ymdToMs(2021, 5, 1) && t.value <= ymdToMs(2021, 7, 1));
    const wide = ticks.filter((t) => t.value >= ymdToMs(2023, 3, 1) && t.value <= ymdToMs(2023, 7, 1));
    expect(wide.length).to.be.greaterThan(1);
    const step = wide[1]!.value - wide[0]!.value;
    for (let i = 1; i < narrow.length; i++) expect(narrow[i]!.value - narrow[i - 1]!.value).to.be.at.least(step - 3 * DAY);
    // Month ticks in the wide stretch: the narrow one is not ticked by the day.
    expect(step).to.be.at.least(28 * DAY);
    for (const t of narrow) expect(new Date(t.value).getUTCDate()).to.equal(1);
  });

  it('calendar ticks (Solar Hijri) honour breaks and keep one interval across stretches', () => {
    const fields = intlCalendarFields('persian')!;
    const ticker = (a: number, b: number, n: number) => calendarTicks(a, b, n, fields);
    for (const width of [480, 1200, 1920]) {
      const scale = timeScale(fit, [0, width], warp);
      const ticks = timeTicks(scale, { format, measure, ticker });
      expect(ticks.length).to.be.greaterThan(1);
      for (const t of ticks) for (const b of warp.breaks) expect(t.value <= b.t0 || t.value >= b.t1).to.equal(true);
      const inside = kept(ticks.map((t) => t.value));
      // Between breaks, all ticks are Persian month starts, or all fall on the same days of the month.
      const days = new Set(inside.map((v) => fields(v).day));
      expect(days.has(1) || inside.length === 0).to.equal(true);
      if ([...days].every((d) => d === 1)) continue;
      const k = Math.min(...[...days].filter((d) => d > 1)) - 1;
      for (const d of days) expect((d - 1) % k).to.equal(0);
    }
  });

  it('calendarTicks takes a fractional count: a narrow stretch asked for a long step gets a coarse tick or none', () => {
    const fields = intlCalendarFields('persian')!;
    const [a, b] = [ymdToMs(2021, 6, 1), ymdToMs(2021, 6, 4)];
    // A month-scale step (60 days) over 3 days: no day ticks.
    const { values, unit } = calendarTicks(a, b, 3 / 60, fields);
    expect(unit).to.equal('month');
    expect(values).to.deep.equal([]);
  });
});

describe('span limits with compressed gaps', () => {
  const xs = [ymdToMs(2022, 3, 1), ...Array.from({ length: 10 }, (_, i) => ymdToMs(2023, 7, 1 + i * 3))];
  const warp = gapWarp(xs);
  const WEEK = 7 * DAY;
  const YEAR = 365 * DAY;

  it('holds min and max as spans of real time, wherever the window is (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: ymdToMs(2020, 1, 1), max: ymdToMs(2025, 1, 1) }),
        fc.integer({ min: 1000, max: 4 * YEAR }),
        (s, len) => {
          const [a, b] = clampWindow([s, s + len], [WEEK, YEAR], warp);
          const real = b - a;
          expect(real).to.be.closeTo(Math.min(YEAR, Math.max(WEEK, len)), 1000);
          // Around the same middle, in warped units.
          expect((warp(a) + warp(b)) / 2).to.be.closeTo((warp(s) + warp(s + len)) / 2, 1000);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps an instant in place when asked, and caps the drawn span first', () => {
    const at = ymdToMs(2023, 7, 10);
    const w: [number, number] = [at - DAY, at + 3 * DAY];
    const [a, b] = clampWindow(w, [WEEK, YEAR], warp, { at });
    expect(b - a).to.be.closeTo(WEEK, 1000);
    expect((warp(at) - warp(a)) / (warp(b) - warp(a))).to.be.closeTo(0.25, 1e-6);
    const fit: [number, number] = [ymdToMs(2022, 2, 1), ymdToMs(2023, 8, 15)];
    const drawnMax = warp(fit[1]) - warp(fit[0]);
    const [c, d] = clampWindow([ymdToMs(2015, 1, 1), ymdToMs(2030, 1, 1)], [WEEK, Infinity], warp, { drawnMax });
    expect(warp(d) - warp(c)).to.be.closeTo(drawnMax, 1);
    // The shortest span still wins over the cap.
    const [e, f] = clampWindow(fit, [10 * YEAR, Infinity], warp, { drawnMax });
    expect(f - e).to.be.closeTo(10 * YEAR, 1000);
  });

  it('warpedSpanBounds: exact for a linear warp, loose enough to let every held window through with gaps', () => {
    expect(warpedSpanBounds([WEEK, YEAR])).to.deep.equal([WEEK, YEAR]);
    expect(warpedSpanBounds([WEEK, Infinity], LINEAR_WARP, YEAR)).to.deep.equal([WEEK, YEAR]);
    expect(warpedSpanBounds([YEAR, Infinity], LINEAR_WARP, WEEK)).to.deep.equal([YEAR, YEAR]);
    const [lo, hi] = warpedSpanBounds([WEEK, YEAR], warp);
    fc.assert(
      fc.property(fc.integer({ min: ymdToMs(2020, 1, 1), max: ymdToMs(2025, 1, 1) }), fc.integer({ min: 1000, max: 4 * YEAR }), (s, len) => {
        const [a, b] = clampWindow([s, s + len], [WEEK, YEAR], warp);
        expect(warp(b) - warp(a)).to.be.within(lo - 1, hi + 1);
      }),
      { numRuns: 200 },
    );
  });
});
