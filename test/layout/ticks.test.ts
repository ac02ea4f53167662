import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { timeTicks, tickUnit } from '../../src/layout/ticks.js';
import { scaleTicks, timeScale } from '../../src/layout/time-scale.js';
import { ymdToMs } from '../../src/data/calendar.js';
import { gapWarp } from '../../src/layout/gaps.js';

fc.configureGlobal({ seed: 20230802 });

const DAY = 86_400_000;
const measure = (s: string) => s.length * 7;
const format = (v: number, unit: string, first: boolean) => {
  const d = new Date(v);
  const y = d.getUTCFullYear();
  if (unit === 'year') return y <= 0 ? `${1 - y} BCE` : String(y);
  if (unit === 'month') return first ? `${d.getUTCMonth() + 1}/${y}` : String(d.getUTCMonth() + 1);
  return first ? d.toISOString().slice(0, 10) : String(d.getUTCDate());
};

describe('timeTicks', () => {
  it('scaleTicks(scale, n) returns exactly what d3 scaleUtc().ticks(n) returns', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5e13, max: 5e13 }), fc.integer({ min: 3_600_000, max: 3e13 }), fc.integer({ min: 1, max: 30 }), (a, span, n) => {
        const ours = scaleTicks(timeScale([a, a + span], [0, 1000]), n);
        const d3 = scaleUtc().domain([new Date(a), new Date(a + span)]).ticks(n).map(Number);
        expect(ours).to.deep.equal(d3);
      }),
      { numRuns: 300 },
    );
  });

  it('timeTicks(scale) adapts from centuries down to days', () => {
    const scale = (a: number, b: number) => timeScale([a, b], [0, 1000]);
    expect(tickUnit(timeTicks(scale(ymdToMs(1200), ymdToMs(2024)), { format, measure }).map((t) => t.value))).to.equal('year');
    expect(tickUnit(timeTicks(scale(ymdToMs(2023, 1, 1), ymdToMs(2023, 12, 31)), { format, measure }).map((t) => t.value))).to.equal('month');
    expect(tickUnit(timeTicks(scale(ymdToMs(2023, 7, 1), ymdToMs(2023, 7, 31)), { format, measure }).map((t) => t.value))).to.equal('day');
    expect(tickUnit(timeTicks(scale(ymdToMs(2023, 7, 31), ymdToMs(2023, 7, 31) + DAY), { format, measure }).map((t) => t.value))).to.equal('hour');
  });

  it('timeTicks(scale) gives context at boundaries: the first tick and each new year among months', () => {
    const ticks = timeTicks(timeScale([ymdToMs(2022, 11, 1), ymdToMs(2023, 3, 1)], [0, 800]), { format, measure });
    const labels = ticks.map((t) => t.label);
    expect(labels[0]).to.equal('11/2022');
    expect(labels).to.include('1/2023');
    expect(labels).to.include('12');
  });

  it('timeTicks(scale) works before 1 CE, on round BCE years, and at Y-10000', () => {
    const bce = timeTicks(timeScale([ymdToMs(-500), ymdToMs(100)], [0, 1000]), { format, measure });
    const labels = bce.map((t) => t.label).filter(Boolean);
    // Round BCE years, 1 CE after 1 BCE: never "301 BCE", never a year 0.
    expect(labels).to.include('300 BCE');
    expect(labels.some((l) => /^\d*[1-9] BCE$/.test(l!) && l !== '1 BCE')).to.equal(false);
    expect(bce.every((t) => new Date(t.value).getUTCMonth() === 0 && new Date(t.value).getUTCDate() === 1)).to.equal(true);
    const deep = timeTicks(timeScale([ymdToMs(-10000), ymdToMs(2023)], [0, 1000]), { format, measure });
    expect(deep.length).to.be.greaterThan(2);
    // Every 1,000 years; the first tick stands on the axis's start, and its label, nudged in, goes.
    expect(deep.map((t) => t.label)).to.include.members([null, '9000 BCE', '1']);
  });

  it('labels never overlap and stay inside the axis (property), in either direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -6e13, max: 6e13 }),
        fc.integer({ min: 3_600_000, max: 6e13 }),
        fc.integer({ min: 120, max: 2560 }),
        fc.boolean(),
        (a, span, width, rtl) => {
          const scale = timeScale([a, a + span], rtl ? [width, 0] : [0, width]);
          const ticks = timeTicks(scale, { format, measure, gap: 12 });
          const boxes = ticks
            .filter((t) => t.label !== null)
            .map((t) => [t.labelX - measure(t.label!) / 2, t.labelX + measure(t.label!) / 2] as const)
            .sort((x, y) => x[0] - y[0]);
          for (const [l, r] of boxes) {
            expect(l).to.be.at.least(-1e-6);
            expect(r).to.be.at.most(width + 1e-6);
          }
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).to.be.at.least(boxes[i - 1]![1] + 12 - 1e-6);
          for (const t of ticks) expect(t.x).to.be.closeTo(scale(t.value), 1e-6);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an end label nudged into its neighbour goes alone: the ticks keep their step, the next label takes the context', () => {
    // Quarters 50 px apart: each label fits where its tick stands. The first tick, 6 px in, has its label
    // ("1/2018", 42 px) nudged inside the axis, into the next one.
    const a = ymdToMs(2017, 12, 20);
    const scale = timeScale([a, a + 1826 * DAY], [0, 1000]);
    const ticks = timeTicks(scale, { format, measure, gap: 12 });
    expect(ticks[1]!.value - ticks[0]!.value).to.equal(ymdToMs(2018, 4, 1) - ymdToMs(2018, 1, 1));
    expect(ticks[0]!.label).to.equal(null);
    expect(ticks[1]!.label).to.equal('4/2018');
    expect(ticks[2]!.label).to.equal('7');
    // At the other end, in either direction: the last label nudged in goes alone.
    for (const rtl of [false, true]) {
      const b = ymdToMs(2018, 1, 1) + 6 * DAY;
      const end = timeTicks(timeScale([b - 1826 * DAY, b], rtl ? [1000, 0] : [0, 1000]), { format, measure, gap: 12 });
      expect(tickUnit(end.map((t) => t.value))).to.equal('month');
      expect(end.at(-1)!.label).to.equal(null);
      expect(end.at(-2)!.label).to.not.equal(null);
    }
  });

  it('labels brought together by a break do not make the axis coarser: they go alone, and the year stays named', () => {
    // The article's shape on a phone: a day early in 2022, one at the turn of 2023, then a week apart from April
    // to August 2023, on 400 px. The two long gaps are compressed to breaks, so the ticks on either side of them
    // stand a few px apart whatever the step.
    const days = [ymdToMs(2022, 1, 1), ymdToMs(2023, 1, 1)];
    for (let t = ymdToMs(2023, 4, 1); t < ymdToMs(2023, 8, 1); t += 7 * DAY) days.push(t);
    days.push(ymdToMs(2023, 8, 1));
    const warp = gapWarp(days);
    expect(warp.breaks?.length ?? 0, 'two breaks').to.equal(2);
    for (const rtl of [false, true]) {
      const scale = timeScale([days[0]!, days.at(-1)!], rtl ? [400, 0] : [0, 400], warp);
      const ticks = timeTicks(scale, { format, measure, gap: 12, spacing: 70 });
      const after = ticks.filter((t) => t.value >= ymdToMs(2023, 4, 1));
      expect(after.map((t) => new Date(t.value).getUTCMonth() + 1), 'a tick each month after the breaks').to.deep.equal([4, 5, 6, 7, 8]);
      expect(after.every((t) => t.label !== null), 'each labelled').to.equal(true);
      // The first label after the breaks names the year, whichever label near them went.
      expect(after[0]!.label).to.equal('4/2023');
      const labels = ticks.filter((t) => t.label !== null).sort((a, b) => a.labelX - b.labelX);
      for (let k = 1; k < labels.length; k++) {
        const [l, r] = [labels[k - 1]!, labels[k]!];
        expect(r.labelX - measure(r.label!) / 2 - (l.labelX + measure(l.label!) / 2), 'no overlap').to.be.at.least(12 - 1e-6);
      }
    }
  });

  it("where the window sits never changes the ticks' step, and the first label has the context (property)", () => {
    // Labels of one width, on hour and day ticks (evenly spaced): two labels collide where their ticks stand at
    // any pan or none. Only an end label nudged inside the axis depends on the pan, and it must go alone.
    const H = 3_600_000;
    const base = ymdToMs(2024, 1, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 24 * H }),
        fc.integer({ min: 6, max: 60 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 20, max: 90 }),
        fc.boolean(),
        (offset, hours, width, w, rtl) => {
          const opts = { format, measure: () => w, gap: 12 };
          const ticksAt = (from: number) =>
            timeTicks(timeScale([from, from + hours * H], rtl ? [width, 0] : [0, width]), opts);
          const [here, aligned] = [ticksAt(base + offset), ticksAt(base)];
          fc.pre(here.length > 1 && aligned.length > 1);
          expect(here[1]!.value - here[0]!.value).to.equal(aligned[1]!.value - aligned[0]!.value);
          const first = here.find((t) => t.label !== null);
          if (first) expect(first.label).to.equal(format(first.value, tickUnit(here.map((t) => t.value)), true));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('timeScale', () => {
  it('timeScale(domain, range) maps, inverts and copies like d3 scaleLinear, reversed ranges included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5e13, max: 5e13 }), fc.integer({ min: 1000, max: 3e13 }), fc.integer({ min: 10, max: 3000 }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (a, span, width, rtl, f) => {
        const range: [number, number] = rtl ? [width, 0] : [0, width];
        const ours = timeScale([a, a + span], range);
        const d3 = scaleLinear().domain([a, a + span]).range(range);
        const t = a + f * span;
        expect(ours(t)).to.be.closeTo(d3(t), 1e-6);
        expect(ours.invert(ours(t))).to.be.closeTo(t, Math.max(1, Math.abs(t) * 1e-12));
        const copy = ours.copy().domain([a, a + 2 * span]);
        expect(ours.domain()).to.deep.equal([a, a + span]);
        expect(copy(t)).to.be.closeTo(scaleLinear().domain([a, a + 2 * span]).range(range)(t), 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('d3-zoom transform.rescaleX works on it', () => {
    const base = timeScale([0, 1000], [0, 100]);
    const t = zoomIdentity.translate(-50, 0).scale(2);
    expect(t.rescaleX(base).domain()).to.deep.equal(t.rescaleX(scaleLinear().domain([0, 1000]).range([0, 100])).domain());
  });
});
