import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ymdToMs } from '../../src/data/calendar.js';
import { parseEdtf } from '../../src/data/edtf.js';
import {
  clampWindow,
  DAY,
  DEFAULT_MIN_SPAN,
  initialWindow,
  LIMIT,
  panBy,
  referenceMs,
  revealWindow,
  spanLimits,
  DEFAULT_ZOOM_OUT,
  toWallMs,
  zoomAround,
  type TimeWindow,
} from '../../src/layout/window.js';

fc.configureGlobal({ seed: 20230802 });

const YEAR = 365 * DAY;
const HOUR = 3_600_000;
const FIT: TimeWindow = [ymdToMs(2022, 1, 1), ymdToMs(2024, 1, 1)];

/** A warn callback that records its messages. */
const recorder = () => {
  const messages: string[] = [];
  return { messages, warn: (m: string) => void messages.push(m) };
};

describe('window constants', () => {
  it('a day, the Date limit and a one-hour default shortest window', () => {
    expect(DAY).to.equal(86_400_000);
    expect(LIMIT).to.equal(8.64e15);
    expect(new Date(LIMIT).getTime()).to.equal(LIMIT);
    expect(Number.isNaN(new Date(LIMIT + 1).getTime())).to.equal(true);
    expect(DEFAULT_MIN_SPAN).to.equal(HOUR);
  });
});

describe('initialWindow', () => {
  it('is the fit without start and end', () => {
    const { messages, warn } = recorder();
    expect(initialWindow(FIT, null, null, 'UTC', warn)).to.equal(FIT);
    expect(initialWindow(FIT, '', '', 'UTC', warn)).to.equal(FIT);
    expect(messages).to.deep.equal([]);
  });

  it('runs from the earliest of start to the end of end, either taken from the fit when absent', () => {
    const { messages, warn } = recorder();
    expect(initialWindow(FIT, '2023-03', '2023-05-10', 'UTC', warn)).to.deep.equal([
      ymdToMs(2023, 3, 1),
      ymdToMs(2023, 5, 11),
    ]);
    expect(initialWindow(FIT, '2023', null, 'UTC', warn)).to.deep.equal([ymdToMs(2023, 1, 1), FIT[1]]);
    expect(initialWindow(FIT, null, '2022-06', 'UTC', warn)).to.deep.equal([FIT[0], ymdToMs(2022, 7, 1)]);
    // EDTF with uncertainty: the widest reading.
    expect(initialWindow(FIT, '[2022-02-01..2022-03-01]', '2023?', 'UTC', warn)[0]).to.equal(ymdToMs(2022, 2, 1));
    expect(messages).to.deep.equal([]);
  });

  it('reads times of day in the time zone', () => {
    const w = initialWindow(FIT, '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z', 'Asia/Kolkata');
    expect(w).to.deep.equal([ymdToMs(2023, 1, 1) + 5.5 * HOUR, ymdToMs(2023, 1, 2) + 5.5 * HOUR + 1000]);
  });

  it('warns about and ignores an unreadable start or end', () => {
    for (const [start, end] of [
      ['not a date', null],
      [null, '2023-13-45'],
      ['2023-01-01', 'soon'],
    ] as const) {
      const { messages, warn } = recorder();
      expect(initialWindow(FIT, start, end, 'UTC', warn)).to.equal(FIT);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/^ignoring start\/end: /);
    }
    // Without a callback, it still falls back quietly.
    expect(initialWindow(FIT, 'not a date', null, 'UTC')).to.equal(FIT);
  });

  it('ignores an empty or open window', () => {
    expect(initialWindow(FIT, '2023-05-01', '2023-04-01', 'UTC')).to.equal(FIT);
    expect(initialWindow(FIT, '2025', null, 'UTC')).to.equal(FIT);
    expect(initialWindow(FIT, '../2023', null, 'UTC')).to.equal(FIT);
    expect(initialWindow(FIT, null, '2023/..', 'UTC')).to.equal(FIT);
  });
});

describe('spanLimits', () => {
  it('by default zooms out a little past the fit: about 1.2 times the events, whose fit has 16% margins', () => {
    expect(spanLimits([0, YEAR], HOUR, null)).to.deep.equal([HOUR, YEAR * DEFAULT_ZOOM_OUT]);
    expect(spanLimits([5 * YEAR, 15 * YEAR], HOUR, null)).to.deep.equal([HOUR, 10 * YEAR * DEFAULT_ZOOM_OUT]);
    expect(spanLimits([0, 30 * DAY], HOUR, null)).to.deep.equal([HOUR, 30 * DAY * DEFAULT_ZOOM_OUT]);
    // The events' extent E becomes a fit of 1.16 E: the default longest window is about 1.2 E.
    expect((1.16 * DEFAULT_ZOOM_OUT) / 1).to.be.closeTo(1.2, 0.02);
  });

  it('takes an explicit longest window, never below the shortest', () => {
    expect(spanLimits([0, YEAR], HOUR, 10 * DAY)).to.deep.equal([HOUR, 10 * DAY]);
    expect(spanLimits([0, YEAR], HOUR, 100 * YEAR)).to.deep.equal([HOUR, 100 * YEAR]);
    expect(spanLimits([0, YEAR], 20 * DAY, 10 * DAY)).to.deep.equal([20 * DAY, 20 * DAY]);
    expect(spanLimits([0, YEAR], 10 * YEAR, null)).to.deep.equal([10 * YEAR, 10 * YEAR]);
  });
});

describe('clampWindow', () => {
  const limits: [number, number] = [HOUR, 10 * DAY];

  it('keeps a window within the limits as it is', () => {
    expect(clampWindow([0, 5 * DAY], limits)).to.deep.equal([0, 5 * DAY]);
    expect(clampWindow([-DAY, 9 * DAY], limits)).to.deep.equal([-DAY, 9 * DAY]);
  });

  it('widens or narrows around the same middle', () => {
    expect(clampWindow([10 * DAY, 10 * DAY + 1000], limits)).to.deep.equal([
      10 * DAY + 500 - HOUR / 2,
      10 * DAY + 500 + HOUR / 2,
    ]);
    expect(clampWindow([0, 30 * DAY], limits)).to.deep.equal([10 * DAY, 20 * DAY]);
    // A reversed window is too short: it opens to the shortest around its middle.
    expect(clampWindow([DAY, 0], limits)).to.deep.equal([DAY / 2 - HOUR / 2, DAY / 2 + HOUR / 2]);
  });

  it('stays inside what a Date can hold', () => {
    const wide: [number, number] = [0, 1e20];
    expect(clampWindow([-LIMIT - 10 * DAY, -LIMIT + 2 * DAY], wide)).to.deep.equal([-LIMIT, -LIMIT + 12 * DAY]);
    expect(clampWindow([LIMIT - 2 * DAY, LIMIT + 10 * DAY], wide)[1]).to.equal(LIMIT);
    expect(clampWindow([-1e18, 1e18], wide)).to.deep.equal([-LIMIT, LIMIT]);
  });

  it('within ±LIMIT, holds the span within the limits around the same middle (property)', () => {
    const ms = fc.integer({ min: -LIMIT, max: LIMIT });
    fc.assert(
      fc.property(ms, ms, fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 0, max: 1e15 }), (a, b, min, extra) => {
        const lim: [number, number] = [min, min + extra];
        const span = Math.min(lim[1], Math.max(lim[0], b - a));
        const mid = (a + b) / 2;
        fc.pre(mid - span / 2 >= -LIMIT && mid + span / 2 <= LIMIT);
        const [s, e] = clampWindow([a, b], lim);
        expect(e - s).to.be.closeTo(span, 4);
        expect((s + e) / 2).to.be.closeTo(mid, 4);
      }),
      { numRuns: 500 },
    );
  });

  it('at either Date limit, keeps the span and moves the window inside', () => {
    const limits: [number, number] = [2 * DAY, 10 * DAY];
    // The earliest limit: the window moves later.
    expect(clampWindow([-LIMIT - DAY * 1.5, -LIMIT + DAY / 2], limits)).to.deep.equal([-LIMIT, -LIMIT + 2 * DAY]);
    // The latest limit, the same: the window moves earlier.
    expect(clampWindow([LIMIT - DAY / 2, LIMIT + DAY * 1.5], limits)).to.deep.equal([LIMIT - 2 * DAY, LIMIT]);
    // Wholly past either limit: moved inside, never reversed.
    expect(clampWindow([-LIMIT - 5 * DAY, -LIMIT - 2 * DAY], limits)).to.deep.equal([-LIMIT, -LIMIT + 3 * DAY]);
    expect(clampWindow([LIMIT + 2 * DAY, LIMIT + 5 * DAY], limits)).to.deep.equal([LIMIT - 3 * DAY, LIMIT]);
  });

  it('returns a window inside ±LIMIT with its span held, whatever the window (property)', () => {
    const ms = fc.integer({ min: -1e16, max: 1e16 });
    fc.assert(
      fc.property(ms, ms, fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 0, max: 1e15 }), (a, b, min, extra) => {
        const lim: [number, number] = [min, min + extra];
        const [s, e] = clampWindow([a, b], lim);
        expect(s).to.be.at.least(-LIMIT);
        expect(e).to.be.at.most(LIMIT);
        const span = Math.min(lim[1], Math.max(lim[0], b - a));
        expect(e - s).to.be.closeTo(Math.min(span, 2 * LIMIT), 4);
      }),
      { numRuns: 500 },
    );
  });
});

describe('revealWindow', () => {
  const w: TimeWindow = [ymdToMs(2023, 1, 1), ymdToMs(2023, 3, 1)];
  const span = w[1] - w[0];

  it('is null when the date is in view, wholly', () => {
    expect(revealWindow(w, parseEdtf('2023-02-10'))).to.equal(null);
    expect(revealWindow(w, parseEdtf('2023-01'))).to.equal(null);
    expect(revealWindow(w, parseEdtf('2023-01-01/2023-02-28'))).to.equal(null);
  });

  it('pans at the same zoom to centre a date out of view or partly in view', () => {
    for (const edtf of ['2023-06-15', '2022-11-03', '2023-02-20/2023-03-05', '2023-03']) {
      const d = parseEdtf(edtf);
      const r = revealWindow(w, d)!;
      expect(r, edtf).to.not.equal(null);
      expect(r[1] - r[0]).to.equal(span);
      expect((r[0] + r[1]) / 2).to.equal((d.earliest + d.latest) / 2);
      expect(r[0]).to.be.at.most(d.earliest);
      expect(r[1]).to.be.at.least(d.latest);
    }
  });

  it('zooms out to frame a date longer than 80% of the window, with a tenth of it either side', () => {
    const d = parseEdtf('2023-02-01/2023-05-01');
    const len = d.latest - d.earliest;
    expect(len).to.be.greaterThan(span * 0.8);
    expect(revealWindow(w, d)).to.deep.equal([d.earliest - len * 0.1, d.latest + len * 0.1]);
    expect(revealWindow(w, parseEdtf('2020'))).to.deep.equal([
      ymdToMs(2020, 1, 1) - (ymdToMs(2021, 1, 1) - 1 - ymdToMs(2020, 1, 1)) * 0.1,
      ymdToMs(2021, 1, 1) - 1 + (ymdToMs(2021, 1, 1) - 1 - ymdToMs(2020, 1, 1)) * 0.1,
    ]);
  });

  it('frames an open-ended date at its known end', () => {
    // ../2023-06: known to end in June; the known extent is that month.
    const r = revealWindow(w, parseEdtf('../2023-06'))!;
    expect(r[1] - r[0]).to.equal(span);
    expect((r[0] + r[1]) / 2).to.equal((ymdToMs(2023, 6, 1) + ymdToMs(2023, 7, 1) - 1) / 2);
    expect(revealWindow(w, parseEdtf('2022-12-01/..'))).to.not.equal(null);
  });
});

describe('zoomAround', () => {
  it('divides the span by the factor and keeps t in place', () => {
    expect(zoomAround([0, 100], 2, 50)).to.deep.equal([25, 75]);
    expect(zoomAround([0, 100], 2, 0)).to.deep.equal([0, 50]);
    expect(zoomAround([0, 100], 0.5, 100)).to.deep.equal([-100, 100]);
    expect(zoomAround([0, 100], 4, 80)).to.deep.equal([60, 85]);
  });

  it('keeps the relative position of t and divides the span by the factor (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.integer({ min: 1000, max: 1e13 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (s, span, at, factor) => {
          const t = s + at * span;
          const [a, b] = zoomAround([s, s + span], factor, t);
          // Rounding: a few ulps of the largest magnitude involved.
          const tol = 16 * (Math.abs(s) + span) * Number.EPSILON;
          expect(a).to.be.closeTo(t - (at * span) / factor, tol);
          expect(b).to.be.closeTo(t + ((1 - at) * span) / factor, tol);
          expect(b - a).to.be.closeTo(span / factor, 2 * tol);
          if (span / factor > 1e6 * tol) expect((t - a) / (b - a)).to.be.closeTo(at, 1e-6);
          // Zooming back by the inverse factor around the same t restores the window.
          const [c, d] = zoomAround([a, b], 1 / factor, t);
          expect(c).to.be.closeTo(s, 64 * tol);
          expect(d).to.be.closeTo(s + span, 64 * tol);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('panBy', () => {
  it('moves the window by a fraction of its span, keeping the span', () => {
    expect(panBy([0, 100], 0.25)).to.deep.equal([25, 125]);
    expect(panBy([0, 100], -1)).to.deep.equal([-100, 0]);
    expect(panBy([10, 30], 0)).to.deep.equal([10, 30]);
    const w: TimeWindow = [ymdToMs(2023, 1, 1), ymdToMs(2023, 2, 1)];
    expect(panBy(w, 0.5)).to.deep.equal([ymdToMs(2023, 1, 16) + 12 * HOUR, ymdToMs(2023, 2, 16) + 12 * HOUR]);
  });
});

describe('toWallMs', () => {
  it("reads a Date as its instant on the time zone's wall clock", () => {
    const d = new Date(Date.UTC(2023, 6, 31, 20, 15));
    expect(toWallMs(d, 'earliest', 'UTC')).to.equal(+d);
    expect(toWallMs(d, 'latest', 'UTC')).to.equal(+d);
    expect(toWallMs(d, 'earliest', 'Asia/Kolkata')).to.equal(+d + 5.5 * HOUR);
    // Minsk is UTC+3 all year.
    expect(toWallMs(d, 'latest', 'Europe/Minsk')).to.equal(ymdToMs(2023, 8, 1) + 15 * 60_000 - HOUR);
  });

  it('reads an ISO or EDTF string from its earliest, or to its end (exclusive)', () => {
    expect(toWallMs('2023-07-31', 'earliest', 'UTC')).to.equal(ymdToMs(2023, 7, 31));
    expect(toWallMs('2023-07-31', 'latest', 'UTC')).to.equal(ymdToMs(2023, 8, 1));
    expect(toWallMs('2023', 'latest', 'UTC')).to.equal(ymdToMs(2024, 1, 1));
    expect(toWallMs('2023-03~', 'earliest', 'UTC')).to.equal(parseEdtf('2023-03~').earliest);
    expect(toWallMs('2023-06-01/2023-08-15', 'latest', 'UTC')).to.equal(ymdToMs(2023, 8, 16));
    // A date without a time is the same wall day everywhere.
    expect(toWallMs('2023-07-31', 'earliest', 'Asia/Kolkata')).to.equal(ymdToMs(2023, 7, 31));
    expect(toWallMs('2023-07-31T12:00:00Z', 'earliest', 'Asia/Kolkata')).to.equal(ymdToMs(2023, 7, 31) + 17.5 * HOUR);
    // An open end is fine on the other side.
    expect(toWallMs('../2023', 'latest', 'UTC')).to.equal(ymdToMs(2024, 1, 1));
    expect(toWallMs('2023/..', 'earliest', 'UTC')).to.equal(ymdToMs(2023, 1, 1));
  });

  it('throws a RangeError for an invalid Date or a string open on the side asked for', () => {
    expect(() => toWallMs(new Date(NaN), 'earliest', 'UTC')).to.throw(RangeError);
    expect(() => toWallMs(new Date('nope'), 'latest', 'Asia/Kolkata')).to.throw(RangeError);
    expect(() => toWallMs('../2023', 'earliest', 'UTC')).to.throw(RangeError, /has no start/);
    expect(() => toWallMs('2023/..', 'latest', 'UTC')).to.throw(RangeError, /has no end/);
    expect(() => toWallMs('not a date', 'earliest', 'UTC')).to.throw();
  });
});

describe('referenceMs', () => {
  it('is the earliest of the date, or null when absent or unreadable', () => {
    expect(referenceMs('2023-08-02', 'UTC')).to.equal(ymdToMs(2023, 8, 2));
    expect(referenceMs('2023-08', 'Asia/Kolkata')).to.equal(ymdToMs(2023, 8, 1));
    expect(referenceMs('2023-08-02T00:00:00Z', 'Asia/Kolkata')).to.equal(ymdToMs(2023, 8, 2) + 5.5 * HOUR);
    expect(referenceMs(null, 'UTC')).to.equal(null);
    expect(referenceMs(undefined, 'UTC')).to.equal(null);
    expect(referenceMs('', 'UTC')).to.equal(null);
    expect(referenceMs('   ', 'UTC')).to.equal(null);
    expect(referenceMs('yesterday', 'UTC')).to.equal(null);
    expect(referenceMs('2023-02-30', 'UTC')).to.equal(null);
  });
});
