/**
 * A focused parser for EDTF (ISO 8601-2), levels 0, 1 and 2 of the EDTF
 * specification (2019). It agrees with the `edtf` package on the verdict and on
 * earliest/latest for every example of the specification and every string of
 * edtf's tests, except where docs/edtf-parser.md says why not (edtf 4.11 ends
 * `[2023-07-24..2023-07-30]` on the 24th, and cannot hold `Y`-years beyond JS
 * Date, among others); test/data/edtf-conformance.test.ts checks each one.
 *
 * Why our own: edtf ships a nearley grammar (about 13 kB gzip, a fifth of our
 * budget) and parses some 100× slower, which matters at 100,000 events.
 */
import { daysInMonth, ymdToMs } from './calendar.js';
import { EdtfError, EdtfParser } from './edtf-parser.js';
import type { DateBound, UncertainDate } from './uncertain-date.js';

export { EdtfError, type EdtfErrorCode } from './edtf-parser.js';

/** Options of {@link parseEdtf}. */
export interface ParseEdtfOptions {
  /**
   * IANA zone for values with a time of day: a time with `Z` or an offset is
   * converted to this zone's wall clock; a time without one is read as
   * already in it. Date-only values are never shifted. Default `UTC`.
   */
  timeZone?: string;
}

/**
 * Parses an EDTF string into an {@link UncertainDate}.
 * @throws {EdtfError} when the string is not EDTF we support.
 */
export function parseEdtf(input: string, options: ParseEdtfOptions = {}): UncertainDate {
  if (typeof input !== 'string') throw new EdtfError('invalid-date', 'EDTF date must be a string');
  // Fast path: plain days and intervals of plain days are most of any large dataset.
  const fast = plainDayOrInterval(input);
  if (fast) return fast;
  const s = input.trim();
  if (s === '') throw new EdtfError('invalid-date', 'empty date');
  return new EdtfParser(s, options.timeZone ?? 'UTC').parse();
}

/**
 * `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`, exactly (no surrounding space),
 * read without a regex or a substring: the same result as the full parser
 * (property-tested), or null for anything else, which the parser then reads.
 */
function plainDayOrInterval(s: string): UncertainDate | null {
  if (s.length === 10) {
    const earliest = plainDayAt(s, 0);
    if (earliest !== earliest) return null; // NaN: not a plain day
    const latest = earliest + 86_399_999;
    return { edtf: s, span: 'point', earliest, latest, precision: 'day', approximate: false, uncertain: false };
  }
  if (s.length === 21 && s.charCodeAt(10) === 47 /* / */) {
    const a = plainDayAt(s, 0);
    const b = plainDayAt(s, 11);
    // NaN, or an end before the start: the parser says why.
    if (!(b >= a)) return null;
    const start = plainDay(a);
    const end = plainDay(b);
    return {
      edtf: s,
      span: 'interval',
      earliest: a,
      latest: end.latest,
      precision: 'day',
      approximate: false,
      uncertain: false,
      start,
      end,
    };
  }
  return null;
}

/** The whole of the day starting at `earliest` (wall-clock ms), as a sharp bound. */
function plainDay(earliest: number): DateBound {
  return { earliest, latest: earliest + 86_399_999, precision: 'day', approximate: false, uncertain: false };
}

/** The day `YYYY-MM-DD` at `at` in wall-clock ms, or NaN if the ten characters there are not a real day. */
function plainDayAt(s: string, at: number): number {
  const y = digits(s, at, 4);
  const m = digits(s, at + 5, 2);
  const d = digits(s, at + 8, 2);
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45 || !(m >= 1 && m <= 12 && d >= 1)) return NaN;
  return d <= daysInMonth(y, m) ? ymdToMs(y, m, d) : NaN;
}

/** The `n` ASCII digits at `at` as a number, or NaN. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/** Like {@link parseEdtf} but returns null instead of throwing. */
export function tryParseEdtf(input: string, options?: ParseEdtfOptions): UncertainDate | null {
  try {
    return parseEdtf(input, options);
  } catch {
    return null;
  }
}
