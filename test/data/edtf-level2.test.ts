// Property test: parseEdtf against the reference implementation (edtf 4.11) on generated level-2 dates: qualifiers
// before and after any component, unspecified digits anywhere, seasons and sub-year groupings, decades, centuries,
// exponential and significant-digit years, times with a zone, and intervals and sets of them. Every string must get
// the reference's verdict and bounds, or differ for a reason docs/edtf-parser.md gives (test/data/edtf-differences.ts).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEdtf, EdtfError } from '../../src/data/edtf.js';
import { agree, reasonFor, reference, type Outcome } from './edtf-differences.js';

fc.configureGlobal({ seed: 20261205 });

const qualifier = fc.constantFrom('', '', '', '?', '~', '%');
const digits = (n: number, x: boolean) =>
  fc
    .array(fc.constantFrom(...'0123456789'.split(''), ...(x ? ['X', 'X'] : [])), { minLength: n, maxLength: n })
    .map((a) => a.join(''));
const component = (n: number, x: boolean) => fc.tuple(qualifier, digits(n, x), qualifier).map((p) => p.join(''));
const sign = fc.constantFrom('', '', '-');
const year = (x: boolean) => fc.tuple(qualifier, sign, digits(4, x), qualifier).map((p) => p.join(''));
const date = (x: boolean) =>
  fc.oneof(
    year(x),
    fc.tuple(year(x), component(2, x)).map((p) => p.join('-')),
    fc.tuple(year(x), component(2, x), component(2, x)).map((p) => p.join('-')),
  );
// Months and days that exist, so that more strings get past the calendar.
const real = fc
  .tuple(sign, fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .chain(([m, y, mo, d]) =>
    fc
      .tuple(qualifier, qualifier, qualifier, qualifier, qualifier, fc.integer({ min: 1, max: 3 }))
      .map(([a, b, c, e, f, parts]) => {
        const p = [`${a}${m}${String(y).padStart(4, '0')}${b}`, `${c}${String(mo).padStart(2, '0')}${e}`];
        return [...p, `${String(d).padStart(2, '0')}${f}`].slice(0, parts).join('-');
      }),
  );
const alone = fc.oneof(
  fc.tuple(digits(4, false), fc.integer({ min: 20, max: 42 })).map(([y, s]) => `${y}-${s}`),
  fc.tuple(sign, digits(3, false), qualifier).map((p) => p.join('')),
  fc.tuple(sign, digits(2, false), qualifier).map((p) => p.join('')),
  fc.tuple(sign, digits(4, false), fc.integer({ min: 0, max: 5 })).map(([m, y, k]) => `${m}${y}S${k}`),
  fc
    .tuple(sign, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('', 'S1', 'S2'))
    .map(([m, y, e, s]) => `Y${m}${y}E${e}${s}`),
);
const time = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom('', ':07', ':59', ':60', ':05.123', ':05.123456'),
    fc.constantFrom('Z', '+05:30', '-00:00', '+14:00', '-12:00', '-12:01', '+1401', '-00', '+03'),
  )
  .map(([y, h, m, s, z]) => `${y}-03-04T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s}${z}`);
const point = fc.oneof(date(true), real, real, alone, time);
// Intervals and sets of positive, specified dates: what edtf reads there (qualifiers, X) without its sign bugs.
const positive = fc.oneof(real, date(true)).filter((s) => !/^[?~%]?-/.test(s));
const interval = fc
  .tuple(fc.oneof(positive, fc.constantFrom('..', '')), fc.oneof(positive, fc.constantFrom('..', '')))
  .map(([a, b]) => `${a}/${b}`);
const set = fc
  .tuple(
    fc.constantFrom('[', '{'),
    fc.array(
      fc.oneof(
        positive,
        fc.tuple(positive, positive).map(([a, b]) => `${a}..${b}`),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([open, xs]) => `${open}${xs.join(',')}${open === '[' ? ']' : '}'}`);

function ours(s: string): Outcome {
  try {
    const d = parseEdtf(s);
    if (d.span === 'point') expect(d.earliest <= d.latest, s).to.equal(true);
    return { ok: true, min: d.earliest, max: d.latest, startEarliest: d.start?.earliest, endEarliest: d.end?.earliest };
  } catch (e) {
    expect(e, s).to.be.instanceOf(EdtfError);
    return { ok: false, code: (e as EdtfError).code };
  }
}

function check(s: string): void {
  const r = reference(s);
  const o = ours(s);
  if (agree(r, o)) return;
  expect(reasonFor(s, r, o), `${s}: edtf ${JSON.stringify(r)}, ours ${JSON.stringify(o)}`).to.be.a('string');
}

describe('parseEdtf against edtf 4.11 on generated level-2 dates', () => {
  it('single dates: qualifiers on any component, X anywhere, seasons, decades, long years, times', () => {
    fc.assert(fc.property(point, check), { numRuns: 4000 });
  });

  it('intervals and one-of sets (lists are unsupported-date when edtf reads them)', () => {
    fc.assert(fc.property(fc.oneof(interval, set), check), { numRuns: 2000 });
  });

  it('the two agree outright on most generated dates', () => {
    const sample = fc.sample(fc.oneof(date(true), real), { numRuns: 1000 });
    const same = sample.filter((s) => agree(reference(s), ours(s))).length;
    expect(same / sample.length).to.be.above(0.9);
  });
});
