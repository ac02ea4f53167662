import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf from 'edtf';
import { parseEdtf, EdtfError, tryParseEdtf } from '../../src/data/edtf.js';
import { formatIsoYear, pad2, daysInMonth } from '../../src/data/calendar.js';
import { isFuzzyPoint, knownExtent } from '../../src/data/uncertain-date.js';

fc.configureGlobal({ seed: 20230802 });

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;

function expectError(s: string, code: string) {
  let err: unknown;
  try {
    parseEdtf(s);
  } catch (e) {
    err = e;
  }
  expect(err, `"${s}" should throw`).to.be.instanceOf(EdtfError);
  expect((err as EdtfError).code, s).to.equal(code);
}

describe('parseEdtf', () => {
  it('parseEdtf("2023-07-31") is a one-day point', () => {
    const d = parseEdtf('2023-07-31');
    expect(d.span).to.equal('point');
    expect(d.precision).to.equal('day');
    expect(iso(d.earliest)).to.equal('2023-07-31T00:00:00.000Z');
    expect(iso(d.latest)).to.equal('2023-07-31T23:59:59.999Z');
    expect(isFuzzyPoint(d)).to.equal(false);
  });

  it('parseEdtf("2023-05") is a point somewhere in May', () => {
    const d = parseEdtf('2023-05');
    expect([d.span, d.precision]).to.deep.equal(['point', 'month']);
    expect(iso(d.earliest)).to.equal('2023-05-01T00:00:00.000Z');
    expect(iso(d.latest)).to.equal('2023-05-31T23:59:59.999Z');
    expect(isFuzzyPoint(d)).to.equal(true);
  });

  it('parseEdtf("2022") is a point somewhere in the year', () => {
    const d = parseEdtf('2022');
    expect([d.span, d.precision, iso(d.earliest), iso(d.latest)]).to.deep.equal(['point', 'year', '2022-01-01T00:00:00.000Z', '2022-12-31T23:59:59.999Z']);
  });

  it('qualifiers set approximate and uncertain', () => {
    expect(parseEdtf('2023-03~')).to.include({ approximate: true, uncertain: false, precision: 'month' });
    expect(parseEdtf('2023?')).to.include({ approximate: false, uncertain: true });
    expect(parseEdtf('2023-03-02%')).to.include({ approximate: true, uncertain: true });
  });

  it('a one-of set is a point spanning its whole range (edtf 4.11 ends it on the first day)', () => {
    const d = parseEdtf('[2023-07-24..2023-07-30]');
    expect(d.span).to.equal('point');
    expect(d.oneOf).to.equal(true);
    expect(d.precision).to.equal('day');
    expect(iso(d.earliest)).to.equal('2023-07-24T00:00:00.000Z');
    expect(iso(d.latest)).to.equal('2023-07-30T23:59:59.999Z');
  });

  it('an open one-of set runs to -Infinity and keeps its qualifier', () => {
    const d = parseEdtf('[..2023-03~]');
    expect(d.earliest).to.equal(-Infinity);
    expect(iso(d.latest)).to.equal('2023-03-31T23:59:59.999Z');
    expect(d.approximate).to.equal(true);
    expect(knownExtent(d)!.map(iso)).to.deep.equal(['2023-03-31T23:59:59.999Z', '2023-03-31T23:59:59.999Z']);
  });

  it('an interval lasted from start to end, each end with its own precision', () => {
    const d = parseEdtf('2023-06-01/2023-08-15');
    expect(d.span).to.equal('interval');
    expect(iso(d.earliest)).to.equal('2023-06-01T00:00:00.000Z');
    expect(iso(d.latest)).to.equal('2023-08-15T23:59:59.999Z');
    const q = parseEdtf('2023-06~/2023-08?');
    expect(q.start).to.include({ approximate: true, uncertain: false, precision: 'month' });
    expect(q.end).to.include({ approximate: false, uncertain: true, precision: 'month' });
  });

  it('open and unknown interval ends', () => {
    const open = parseEdtf('../2023-04');
    expect(open.span).to.equal('interval');
    expect(open.earliest).to.equal(-Infinity);
    expect(open.start!.missing).to.equal('open');
    expect(iso(open.latest)).to.equal('2023-04-30T23:59:59.999Z');
    expect(knownExtent(open)!.map(iso)).to.deep.equal(['2023-04-01T00:00:00.000Z', '2023-04-30T23:59:59.999Z']);
    const after = parseEdtf('2022-02-24/..');
    expect(after.latest).to.equal(Infinity);
    expect(after.end!.missing).to.equal('open');
    expect(parseEdtf('/2023-04').start!.missing).to.equal('unknown');
    expect(parseEdtf('2023-04/').end!.missing).to.equal('unknown');
  });

  it('years before 1 CE: year 0 is 1 BCE, -0044 is 45 BCE', () => {
    const y0 = parseEdtf('0000');
    expect(new Date(y0.earliest).getUTCFullYear()).to.equal(0);
    const caesar = parseEdtf('-0044-03-15');
    const d = new Date(caesar.earliest);
    expect([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]).to.deep.equal([-44, 3, 15]);
    expect(caesar.latest - caesar.earliest).to.equal(DAY - 1);
  });

  it('two-digit years are not mapped to the 1900s', () => {
    const d = parseEdtf('0079-08-24');
    expect(new Date(d.earliest).getUTCFullYear()).to.equal(79);
  });

  it('Y-years beyond four digits', () => {
    const d = parseEdtf('Y-10000');
    expect(new Date(d.earliest).getUTCFullYear()).to.equal(-10000);
    expect(d.precision).to.equal('year');
    expect(new Date(parseEdtf('Y12345').latest).getUTCFullYear()).to.equal(12345);
    expectError('Y170000002', 'date-out-of-range');
    expectError('Y123', 'invalid-date');
  });

  it('unspecified digits widen the range', () => {
    const decade = parseEdtf('156X');
    expect([new Date(decade.earliest).getUTCFullYear(), new Date(decade.latest).getUTCFullYear(), decade.precision]).to.deep.equal([1560, 1569, 'decade']);
    const c = parseEdtf('19XX');
    expect([new Date(c.earliest).getUTCFullYear(), new Date(c.latest).getUTCFullYear()]).to.deep.equal([1900, 1999]);
    const m = parseEdtf('2023-XX');
    expect([iso(m.earliest), iso(m.latest)]).to.deep.equal(['2023-01-01T00:00:00.000Z', '2023-12-31T23:59:59.999Z']);
    const dd = parseEdtf('2023-02-2X');
    expect([iso(dd.earliest), iso(dd.latest)]).to.deep.equal(['2023-02-20T00:00:00.000Z', '2023-02-28T23:59:59.999Z']);
  });

  it('seasons are the northern meteorological seasons', () => {
    const winter = parseEdtf('2023-24');
    expect([iso(winter.earliest), iso(winter.latest)]).to.deep.equal(['2023-12-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z']);
    expect(parseEdtf('2023-21').precision).to.equal('season');
  });

  it('times: with a zone they become wall clock in the target zone; without, they are already wall clock', () => {
    const z = parseEdtf('2023-07-31T10:00:00Z');
    expect(iso(z.earliest)).to.equal('2023-07-31T10:00:00.000Z');
    expect(z.hasTime).to.equal(true);
    const tehran = parseEdtf('2023-07-31T10:00:00Z', { timeZone: 'Asia/Tehran' });
    expect(iso(tehran.earliest)).to.equal('2023-07-31T13:30:00.000Z');
    const off = parseEdtf('2023-07-31T10:00:00+03:00');
    expect(iso(off.earliest)).to.equal('2023-07-31T07:00:00.000Z');
    const floating = parseEdtf('2023-07-31T10:00', { timeZone: 'America/Los_Angeles' });
    expect(iso(floating.earliest)).to.equal('2023-07-31T10:00:00.000Z');
  });

  it('date-only values never depend on the time zone', () => {
    for (const timeZone of ['UTC', 'Asia/Tehran', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(iso(parseEdtf('2023-07-31', { timeZone }).earliest)).to.equal('2023-07-31T00:00:00.000Z');
    }
  });

  it('rejects what is not EDTF, with a reason', () => {
    for (const s of ['', '2023-13', '2023-02-30', '2023-00', '2', '2023-7-1', 'July 2023', '2023/2022', '2023-07-31T25:00', '[2023', '2023~~', '2023-06-01/2023-05-01'])
      expect(tryParseEdtf(s), s).to.equal(null);
    expectError('2023-06-01/2023-05-01', 'end-before-start');
    expectError('{2023-01,2023-03}', 'unsupported-date');
    expectError('2023-13', 'invalid-date');
    expect(() => parseEdtf('2023-02-30')).to.throw(/2023-02/);
    // Two digits are a century (EDTF level 0, as in edtf): "23" is the 2300s, not 2023.
    expect(parseEdtf('23')).to.include({ precision: 'century', earliest: Date.UTC(2300, 0, 1) });
  });
});

// ---- agreement with the edtf package (the reference implementation) ----

const year = fc.integer({ min: -9999, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const qual = fc.constantFrom('', '', '?', '~', '%');
const day = (y: number, m: number) => fc.integer({ min: 1, max: daysInMonth(y, m) });

const ymdStr = fc.oneof(
  year.map((y) => formatIsoYear(y)),
  fc.tuple(year, month).map(([y, m]) => `${formatIsoYear(y)}-${pad2(m)}`),
  fc.tuple(year, month).chain(([y, m]) => day(y, m).map((d) => `${formatIsoYear(y)}-${pad2(m)}-${pad2(d)}`)),
);
const qualified = fc.tuple(ymdStr, qual).map(([s, q]) => s + q);
const unspecified = fc.oneof(
  fc.integer({ min: 100, max: 999 }).map((y) => `${y}X`),
  fc.integer({ min: 10, max: 99 }).map((y) => `${y}XX`),
  fc.integer({ min: 1000, max: 9999 }).map((y) => `${y}-XX`),
  fc.tuple(fc.integer({ min: 1000, max: 9999 }), month).map(([y, m]) => `${y}-${pad2(m)}-XX`),
);
const longYear = fc.integer({ min: 10000, max: 270000 }).chain((n) => fc.constantFrom(`Y${n}`, `Y-${n}`));
const interval = fc.tuple(qualified, qualified).map(([a, b]) => `${a}/${b}`);
const openInterval = fc.oneof(qualified.map((a) => `${a}/..`), qualified.map((b) => `../${b}`));
const oneOfSet = fc.tuple(ymdStr, ymdStr).map(([a, b]) => `[${a}..${b}]`);

interface Reference {
  min: number;
  max: number;
}

/**
 * Where we knowingly differ from edtf 4.11 (docs/edtf-parser.md):
 * - `[a..b]`: edtf's max is the end of `a`; ours is the end of `b`;
 * - `../x`, `x/..`: same min/max, compared directly.
 */
function referenceOf(s: string): Reference | null {
  try {
    const d = edtf(s);
    return { min: d.min, max: d.max };
  } catch {
    return null;
  }
}

describe('parseEdtf agrees with edtf 4.11', () => {
  it('on days, months and years with qualifiers (min and max)', () => {
    fc.assert(
      fc.property(qualified, (s) => {
        const ours = parseEdtf(s);
        const ref = referenceOf(s)!;
        expect(ref, s).to.not.equal(null);
        expect([ours.earliest, ours.latest], s).to.deep.equal([ref.min, ref.max]);
      }),
      { numRuns: 1500 },
    );
  });

  it('on unspecified digits and long years', () => {
    fc.assert(
      fc.property(fc.oneof(unspecified, longYear), (s) => {
        const ours = parseEdtf(s);
        const ref = referenceOf(s)!;
        expect([ours.earliest, ours.latest], s).to.deep.equal([ref.min, ref.max]);
      }),
      { numRuns: 500 },
    );
  });

  it('on intervals, open or closed, and agrees on which are invalid', () => {
    fc.assert(
      fc.property(fc.oneof(interval, openInterval), (s) => {
        const ref = referenceOf(s);
        const ours = tryParseEdtf(s);
        if (ref === null) {
          if (ours === null) return;
          // Known disagreement: edtf rejects an interval whose end does not begin strictly after
          // its start begins (`2023/2023`, `2023-05-05/2023-05`); we accept any end that can
          // fall no earlier than the start, and reject only ends wholly before it.
          expect(ours.end!.earliest <= ours.start!.earliest, `edtf rejects ${s} for another reason`).to.equal(true);
          expect(ours.end!.latest >= ours.start!.earliest).to.equal(true);
          return;
        }
        expect(ours, `edtf accepts ${s}`).to.not.equal(null);
        expect([ours!.earliest, ours!.latest], s).to.deep.equal([ref.min, ref.max]);
      }),
      { numRuns: 1500 },
    );
  });

  it('on one-of sets: the same start; the end of the last member, where edtf ends on the first', () => {
    fc.assert(
      fc.property(oneOfSet, (s) => {
        const ref = referenceOf(s);
        const ours = tryParseEdtf(s);
        const [a, b] = s.slice(1, -1).split('..') as [string, string];
        if (parseEdtf(a).precision !== parseEdtf(b).precision) {
          expect([ref, ours], `both reject mixed precisions in ${s}`).to.deep.equal([null, null]);
          return;
        }
        if (parseEdtf(b).latest < parseEdtf(a).earliest) {
          // edtf accepts a range that runs backwards; we report it.
          expect(() => parseEdtf(s), s).to.throw(EdtfError, /ends before it starts/);
          return;
        }
        if (ref === null) {
          expect(ours, s).to.equal(null);
          return;
        }
        expect(ours!.earliest, s).to.equal(ref.min);
        expect(ours!.latest, s).to.equal(parseEdtf(b).latest);
        expect(ours!.latest).to.be.at.least(parseEdtf(a).latest);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but EdtfError on arbitrary strings', () => {
    const alphabet = fc.constantFrom(...'0123456789-/.:[]{}~?%XYTZ+ E'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 24 })), (s) => {
        try {
          const d = parseEdtf(s);
          expect(d.earliest <= d.latest || d.span === 'interval', s).to.equal(true);
        } catch (e) {
          expect(e, s).to.be.instanceOf(EdtfError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  // The fast path reads only exact `YYYY-MM-DD` and `YYYY-MM-DD/YYYY-MM-DD`; a
  // leading space (trimmed before the full parser runs) sends the same date
  // through the full parser, so the two results can be compared whole.
  const outcome = (s: string) => {
    try {
      return { ok: parseEdtf(s) };
    } catch (e) {
      return { code: (e as EdtfError).code, message: (e as Error).message };
    }
  };
  const dayText = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${formatIsoYear(y)}-${pad2(m)}-${pad2(d)}`);

  it('the fast path and the full parser agree on plain days, real or not', () => {
    fc.assert(
      fc.property(dayText, (d) => {
        expect(outcome(d), d).to.deep.equal(outcome(` ${d}`));
      }),
      { numRuns: 2000 },
    );
  });

  it('the fast path and the full parser agree on intervals of plain days, including ends before starts', () => {
    const near = fc.tuple(fc.integer({ min: 1900, max: 2100 }), month, fc.integer({ min: 1, max: 31 }), fc.integer({ min: -40, max: 400 })).map(([y, m, d, days]) => {
      const a = `${formatIsoYear(y)}-${pad2(m)}-${pad2(d)}`;
      const t = new Date(Date.UTC(y, m - 1, Math.min(d, 28)) + days * 86_400_000);
      return `${a}/${t.toISOString().slice(0, 10)}`;
    });
    fc.assert(
      fc.property(fc.oneof(near, fc.tuple(dayText, dayText).map(([a, b]) => `${a}/${b}`)), (iv) => {
        expect(outcome(iv), iv).to.deep.equal(outcome(` ${iv}`));
      }),
      { numRuns: 2000 },
    );
    // Both ends the same day, and the day itself.
    expect(parseEdtf('2023-07-31/2023-07-31')).to.deep.equal(outcome(' 2023-07-31/2023-07-31').ok);
    expect(() => parseEdtf('2023-08-01/2023-07-31')).to.throw(EdtfError, /ends before it starts/);
  });

  it('near misses of the fast path go to the full parser: other separators, digits and lengths', () => {
    for (const s of ['2023-07-3l', '2023/07/31', '２０２３-07-31', '2023-07-31 ', '+2023-07-31', '2023-07-31/2023-08-0x', '2023-07-31/', '2023-07-31/..']) {
      const viaParser = outcome(` ${s.trim()}`);
      expect(outcome(s), s).to.deep.equal(viaParser);
    }
    expect(parseEdtf('2023-07-31/..').end?.missing).to.equal('open');
  });
});
