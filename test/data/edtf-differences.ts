// Where parseEdtf differs from the reference implementation (edtf 4.11) on purpose, in the order of
// docs/edtf-parser.md, which explains each. Shared by scripts/edtf-conformance.mjs (which names the reason of each
// difference in test/fixtures/edtf-conformance.json) and the level-2 property test (test/data/edtf-level2.test.ts).

import edtf from 'edtf';

/** What a parser made of a string: its bounds, or that it refused it (`code`: ours only). */
export interface Outcome {
  ok: boolean;
  min?: number | null;
  max?: number | null;
  code?: string;
  /** Ours, for intervals: the start's earliest and the end's earliest. */
  startEarliest?: number;
  endEarliest?: number;
}

type Test = (s: string, ref: Outcome, ours: Outcome) => boolean;

/** [id, why, which strings]: `which` is given the string, edtf's outcome and ours. */
export const REASONS: Array<[string, string, Test]> = [
  [
    'set-range-end',
    'a range a..b in a set ends with b; edtf ends it with a',
    (s, r, o) => /^\[.*\.\.[^\]]/.test(s) && r.ok && o.ok && r.min === o.min,
  ],
  [
    'set-order',
    'a set spans all its members, in any order; edtf runs from its first member to its last',
    (s, r, o) => /^\[.*,/.test(s) && r.ok && o.ok,
  ],
  [
    'set-members',
    'qualifiers and X may stand in any member of a set, both ends of a range too; edtf takes them only in some',
    (s, r, o) => /^[[{].*[?~%X]/.test(s) && !r.ok && (o.ok || o.code === 'unsupported-date'),
  ],
  [
    'set-backward',
    'a range in a set that ends before it starts is end-before-start; edtf accepts it',
    (s, _r, o) => o.code === 'end-before-start' && /^[[{]/.test(s),
  ],
  [
    'interval-overlap',
    'an interval may end in the period it starts in (2023/2023); edtf needs the end to begin later',
    (s, r, o) => s.includes('/') && !r.ok && o.ok && o.endEarliest! <= o.startEarliest!,
  ],
  [
    'interval-levels',
    'the ends of an interval may mix qualifiers and X as they like (2004-XX/2005~, ?2000/2020~); edtf rejects some mixes',
    (s, r, o) => {
      const l2 = (x = '') => /(^|-)[?~%]|[?~%]-/.test(x);
      const l1 = (x = '') => /[?~%]$/.test(x) && !l2(x);
      const x = (e = '') => e.includes('X');
      const q = (e = '') => /[?~%]/.test(e);
      const [a, b] = s.split('/');
      return !r.ok && o.ok && ((l2(a) && l1(b)) || (l1(a) && l2(b)) || (x(a) && q(b)) || (q(a) && x(b)));
    },
  ],
  [
    'seasons',
    'seasons 21–32 are meteorological seasons (21 spring = March–May); edtf reads them as quarters',
    (s) => /^-?\d{4}-(2[1-9]|3[0-2])$/.test(s),
  ],
  [
    'quadrimesters',
    'quadrimesters 37 and 38 are January–April and May–August; edtf gives them five months',
    (s) => /^-?\d{4}-3[78]$/.test(s),
  ],
  [
    'season-intervals',
    'seasons may end intervals and sets (derive writes them); edtf takes them only with an option',
    (s) => /\d{4}-(2[1-9]|3\d|4[01])([/\]]|\.\.|$)/.test(s) && /[/[{]/.test(s),
  ],
  [
    'times-in-sets',
    'a set may hold times: the TimelineJS import writes an hour as [10:00..10:59]; edtf rejects them',
    (s, r, o) => /^\[.*T/.test(s) && !r.ok && o.ok,
  ],
  [
    'lists',
    '{…} "all of these dates" is unsupported-date: one event has one date',
    (s, r, o) => s[0] === '{' && r.ok && o.code === 'unsupported-date',
  ],
  [
    'unknown-year',
    'a wholly unspecified year (XXXX, XXXX-12-XX) is unsupported-date: the event is undated; edtf spans 0 to 9999',
    (s, r, o) => /XXXX/.test(s) && r.ok && o.code === 'unsupported-date',
  ],
  [
    'no-known-end',
    'an interval needs one known end to be placed on a timeline',
    (s, r, o) => /^(\.\.)?\/(\.\.)?$/.test(s) && r.ok && !o.ok,
  ],
  [
    'unknown-end',
    'an unknown end is -Infinity or Infinity, marked missing: unknown; edtf gives null',
    (s, r, o) => /^\/|\/$/.test(s) && r.ok && o.ok && (r.min === null || r.max === null),
  ],
  [
    'out-of-range',
    'a year beyond JS Date is date-out-of-range; edtf gives NaN',
    (_s, r, o) => r.ok && !Number.isFinite(r.min) && o.code === 'date-out-of-range',
  ],
  [
    'times',
    'a time spans its minute or second; edtf gives the instant it begins',
    (s, r, o) => /T\d\d:\d\d(:\d\d)?([Z+-]|$)/.test(s) && r.ok && o.ok && r.min === o.min,
  ],
  [
    'fraction',
    'fractional seconds are a decimal fraction: .4 is 400 ms; edtf reads 4 ms',
    (s, r, o) => /\.\d{1,2}(\D|$)/.test(s) && r.ok && o.ok,
  ],
  [
    'negative-unspecified',
    'unspecified digits in a negative year stay negative, earliest first; edtf drops the sign or puts the minimum after the maximum',
    (s, r, o) => /^-[\dX]{4}/.test(s) && s.includes('X') && r.ok && o.ok,
  ],
  [
    'negative-decades',
    'a negative decade or century is its X form: -193 is -193X, -1939 to -1930; edtf runs -1930 to -1921',
    (s, r, o) => /^-\d{2,3}[?~%]?$/.test(s) && r.ok && o.ok,
  ],
  [
    'month-x0',
    'month X0 can only be October; edtf runs it from January',
    (s, r, o) => /[\dX]{4}-X0/.test(s) && r.ok && o.ok,
  ],
  [
    'significant-digits',
    '1950S2 is some year of 1900–1999, as the specification says (and may leave JS Date); edtf gives 1950',
    (s, r, o) => /S\d+$/.test(s) && r.ok && (o.ok || o.code === 'date-out-of-range'),
  ],
  [
    'leap-day',
    'an unspecified year with 29 February ends on the last leap year that fits; edtf ends on a 28 February',
    (s, r, o) => /X.*-02-29/.test(s) && r.ok && o.ok && r.min === o.min,
  ],
  [
    'timestamp',
    'digits alone are not a date; edtf() reads 12345 as milliseconds since 1970 (its parser rejects it)',
    (s, r, o) => /^\d{5,}$/.test(s) && r.ok && !o.ok,
  ],
];

/** True when the two outcomes agree: both refuse, or both accept with the same bounds. */
export function agree(ref: Outcome, ours: Outcome): boolean {
  return ref.ok === ours.ok && (!ref.ok || (ref.min === ours.min && ref.max === ours.max));
}

/** The id of the documented reason the two differ, or undefined if none applies. */
export function reasonFor(s: string, ref: Outcome, ours: Outcome): string | undefined {
  return REASONS.find(([, , test]) => test(s, ref, ours))?.[0];
}

/** What the reference makes of `s`. */
export function reference(s: string): Outcome {
  try {
    const d = edtf(s);
    return { ok: true, min: d.min, max: d.max };
  } catch {
    return { ok: false };
  }
}
