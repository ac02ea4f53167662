/**
 * A focused parser for EDTF (ISO 8601-2) levels 0 and 1, plus level 2's
 * one-of sets (`[a..b]`, `[..b]`, `[a,b]`). It agrees with the `edtf` package on
 * earliest/latest for every form it accepts, except where that package is
 * wrong (see docs/edtf-parser.md): edtf 4.11 ends `[2023-07-24..2023-07-30]`
 * on the 24th, and cannot hold `Y`-years beyond JS Date.
 *
 * Why our own: edtf ships a nearley grammar (about 13 kB gzip, half our
 * budget) and parses some 30× slower, which matters at 100,000 events.
 */
import {
  MAX_MS,
  daysInMonth,
  endOfMonthMs,
  endOfYearMs,
  instantToWall,
  ymdToMs,
} from './calendar.js';
import type { DateBound, Precision, UncertainDate } from './uncertain-date.js';

export type EdtfErrorCode = 'invalid-date' | 'date-out-of-range' | 'end-before-start' | 'unsupported-date';

/** Thrown by {@link parseEdtf}; `code` is the problem code the normalizer reports. */
export class EdtfError extends Error {
  readonly code: EdtfErrorCode;
  constructor(code: EdtfErrorCode, message: string) {
    super(message);
    this.name = 'EdtfError';
    this.code = code;
  }
}

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
  return new Parser(s, options.timeZone ?? 'UTC').parse();
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
    return { edtf: s, span: 'point', earliest, latest: earliest + 86_399_999, precision: 'day', approximate: false, uncertain: false };
  }
  if (s.length === 21 && s.charCodeAt(10) === 47 /* / */) {
    const a = plainDayAt(s, 0);
    const b = plainDayAt(s, 11);
    // NaN, or an end before the start: the parser says why.
    if (!(b >= a)) return null;
    const start = { earliest: a, latest: a + 86_399_999, precision: 'day' as const, approximate: false, uncertain: false };
    const end = { earliest: b, latest: b + 86_399_999, precision: 'day' as const, approximate: false, uncertain: false };
    return { edtf: s, span: 'interval', earliest: a, latest: end.latest, precision: 'day', approximate: false, uncertain: false, start, end };
  }
  return null;
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

const PRECISION_RANK: Record<Precision, number> = {
  millennium: 0,
  century: 1,
  decade: 2,
  year: 3,
  season: 4,
  month: 5,
  day: 6,
  hour: 7,
  minute: 8,
  second: 9,
  millisecond: 10,
};

function coarser(a: Precision | null, b: Precision | null): Precision | null {
  if (a === null) return b;
  if (b === null) return a;
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly s: string,
    private readonly timeZone: string,
  ) {}

  parse(): UncertainDate {
    const s = this.s;
    let result: UncertainDate;
    if (s[0] === '[') result = this.set();
    else if (s[0] === '{') throw new EdtfError('unsupported-date', 'EDTF lists {…} are not supported: give each date its own event');
    else if (s.includes('/')) result = this.interval();
    else {
      const b = this.date();
      result = { edtf: s, span: 'point', ...b, hasTime: this.sawTime || undefined };
    }
    if (this.pos !== s.length) this.fail(`unexpected "${s.slice(this.pos)}"`);
    if (!result.hasTime) delete result.hasTime;
    return result;
  }

  private sawTime = false;

  private fail(why: string): never {
    throw new EdtfError('invalid-date', `"${this.s}" is not a valid EDTF date: ${why}`);
  }

  private interval(): UncertainDate {
    const start = this.intervalEnd('start');
    if (this.s[this.pos] !== '/') this.fail('expected "/"');
    this.pos++;
    const end = this.intervalEnd('end');
    if (start.missing && end.missing) this.fail('an interval needs at least one known end');
    if (!start.missing && !end.missing && end.latest < start.earliest) {
      throw new EdtfError('end-before-start', `"${this.s}" ends before it starts`);
    }
    return {
      edtf: this.s,
      span: 'interval',
      earliest: start.earliest,
      latest: end.latest,
      precision: coarser(start.missing ? null : start.precision, end.missing ? null : end.precision),
      approximate: start.approximate || end.approximate,
      uncertain: start.uncertain || end.uncertain,
      start,
      end,
      hasTime: this.sawTime || undefined,
    };
  }

  private intervalEnd(which: 'start' | 'end'): DateBound {
    const s = this.s;
    if (s.startsWith('..', this.pos)) {
      this.pos += 2;
      return which === 'start' ? openBound(-Infinity, 'open') : openBound(Infinity, 'open');
    }
    if (this.pos === s.length || s[this.pos] === '/') {
      return which === 'start' ? openBound(-Infinity, 'unknown') : openBound(Infinity, 'unknown');
    }
    return this.date();
  }

  private set(): UncertainDate {
    this.pos++; // [
    let earliest = Infinity;
    let latest = -Infinity;
    let precision: Precision | null = null;
    let approximate = false;
    let uncertain = false;
    let any = false;
    for (;;) {
      let lo: DateBound | null = null;
      let hi: DateBound | null = null;
      if (this.s.startsWith('..', this.pos)) {
        this.pos += 2;
        hi = this.date();
        lo = openBound(-Infinity, 'open');
      } else {
        lo = this.date();
        if (this.s.startsWith('..', this.pos)) {
          this.pos += 2;
          const c = this.s[this.pos];
          hi = c === ',' || c === ']' ? openBound(Infinity, 'open') : this.date();
        } else hi = lo;
      }
      if (lo !== hi && !lo.missing && !hi.missing && lo.precision !== hi.precision) {
        this.fail('both ends of a range in a set must have the same precision');
      }
      if (!lo.missing && !hi.missing && hi.latest < lo.earliest) {
        throw new EdtfError('end-before-start', `"${this.s}": a range in the set ends before it starts`);
      }
      earliest = Math.min(earliest, lo.earliest);
      latest = Math.max(latest, hi.latest);
      for (const b of [lo, hi]) {
        if (b.missing) continue;
        precision = coarser(precision, b.precision);
        approximate ||= b.approximate;
        uncertain ||= b.uncertain;
      }
      any = true;
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        break;
      }
      this.fail('expected "," or "]" in the set');
    }
    if (!any) this.fail('empty set');
    return {
      edtf: this.s,
      span: 'point',
      oneOf: true,
      earliest,
      latest,
      precision,
      approximate,
      uncertain,
      hasTime: this.sawTime || undefined,
    };
  }

  /** A single EDTF date, optionally with time and a trailing qualifier. */
  private date(): DateBound {
    const s = this.s;
    let year: number;
    let yearDigits: string;
    let negative = false;
    let lo: number;
    let hiExclusive: number;
    let precision: Precision;

    if (s[this.pos] === 'Y') {
      // Level 1: years of more than four digits, Y170000002 / Y-10000.
      this.pos++;
      if (s[this.pos] === '-') {
        negative = true;
        this.pos++;
      }
      const start = this.pos;
      while (isDigit(s.charCodeAt(this.pos))) this.pos++;
      yearDigits = s.slice(start, this.pos);
      if (yearDigits.length < 5) this.fail('a Y-year needs at least five digits');
      if (s[this.pos] === 'E' || s[this.pos] === 'S') {
        throw new EdtfError('unsupported-date', `"${s}": exponential and significant-digit years are not supported`);
      }
      year = (negative ? -1 : 1) * Number(yearDigits);
      if (Math.abs(year) > 275_000) {
        throw new EdtfError('date-out-of-range', `"${s}" lies outside the range a JS Date can hold (about ±275,000 years)`);
      }
      lo = ymdToMs(year, 1, 1);
      hiExclusive = endOfYearMs(year);
      return this.qualify({ earliest: lo, latest: hiExclusive - 1, precision: 'year', approximate: false, uncertain: false });
    }

    if (s[this.pos] === '-') {
      negative = true;
      this.pos++;
    }
    yearDigits = s.slice(this.pos, this.pos + 4);
    if (!/^\d[\dX]{3}$/.test(yearDigits) || /X\d/.test(yearDigits)) {
      if (/^X{4}$/.test(yearDigits)) {
        throw new EdtfError('unsupported-date', `"${s}": a wholly unspecified year (XXXX) is not supported`);
      }
      this.fail('expected a four-digit year');
    }
    this.pos += 4;
    const xs = yearDigits.length - yearDigits.replace(/X+$/, '').length;
    if (xs > 0) {
      if (negative) throw new EdtfError('unsupported-date', `"${s}": unspecified digits in BCE years are not supported`);
      const base = Number(yearDigits.replace(/X/g, '0'));
      const width = 10 ** xs;
      lo = ymdToMs(base, 1, 1);
      hiExclusive = ymdToMs(base + width, 1, 1);
      precision = xs === 1 ? 'decade' : xs === 2 ? 'century' : 'millennium';
      if (s[this.pos] === '-') this.fail('a year with unspecified digits cannot have a month');
      return this.qualify({ earliest: lo, latest: hiExclusive - 1, precision, approximate: false, uncertain: false });
    }
    year = (negative ? -1 : 1) * Number(yearDigits);
    if (negative && year === 0) year = 0; // "-0000" is year 0 too
    lo = ymdToMs(year, 1, 1);
    hiExclusive = endOfYearMs(year);
    precision = 'year';

    if (s[this.pos] === '-' && isDigitOrX(s.charCodeAt(this.pos + 1))) {
      this.pos++;
      const mm = s.slice(this.pos, this.pos + 2);
      this.pos += 2;
      if (!/^[\dX]{2}$/.test(mm)) this.fail('expected a two-digit month');
      if (mm === 'XX') {
        // Month unspecified: the whole year, but a day cannot follow a known-unknown month unless also XX.
        if (s[this.pos] === '-') {
          const dd = s.slice(this.pos + 1, this.pos + 3);
          if (dd !== 'XX') this.fail('a day cannot follow an unspecified month');
          this.pos += 3;
        }
        return this.qualify({ earliest: lo, latest: hiExclusive - 1, precision: 'year', approximate: false, uncertain: false });
      }
      if (mm[1] === 'X') {
        if (mm[0] !== '0' && mm[0] !== '1') this.fail('month out of range');
        if (s[this.pos] === '-') this.fail('a day cannot follow a partly unspecified month');
        const first = mm[0] === '0' ? 1 : 10;
        const last = mm[0] === '0' ? 9 : 12;
        return this.qualify({
          earliest: ymdToMs(year, first, 1),
          latest: endOfMonthMs(year, last) - 1,
          precision: 'month',
          approximate: false,
          uncertain: false,
        });
      }
      if (mm[0] === 'X') this.fail('month out of range');
      const month = Number(mm);
      if (month >= 21 && month <= 24) {
        // Level 1 seasons, northern hemisphere: spring = Mar–May, … winter = Dec–Feb.
        const startMonth = [3, 6, 9, 12][month - 21]!;
        const startMs = ymdToMs(year, startMonth, 1);
        const endMs = startMonth === 12 ? ymdToMs(year + 1, 3, 1) : ymdToMs(year, startMonth + 3, 1);
        if (s[this.pos] === '-') this.fail('a season cannot have a day');
        return this.qualify({ earliest: startMs, latest: endMs - 1, precision: 'season', approximate: false, uncertain: false });
      }
      if (month < 1 || month > 12) this.fail(`month ${mm} out of range`);
      lo = ymdToMs(year, month, 1);
      hiExclusive = endOfMonthMs(year, month);
      precision = 'month';

      if (s[this.pos] === '-' && isDigitOrX(s.charCodeAt(this.pos + 1))) {
        this.pos++;
        const dd = s.slice(this.pos, this.pos + 2);
        this.pos += 2;
        if (!/^[\dX]{2}$/.test(dd)) this.fail('expected a two-digit day');
        const dim = daysInMonth(year, month);
        if (dd === 'XX') {
          return this.qualify({ earliest: lo, latest: hiExclusive - 1, precision: 'month', approximate: false, uncertain: false });
        }
        if (dd[1] === 'X') {
          const tens = Number(dd[0]);
          if (!(tens >= 0 && tens <= 3)) this.fail('day out of range');
          const first = Math.max(1, tens * 10);
          const last = Math.min(dim, tens * 10 + 9);
          if (first > dim) this.fail('day out of range');
          return this.qualify(
            { earliest: ymdToMs(year, month, first), latest: ymdToMs(year, month, last + 1) - 1, precision: 'day', approximate: false, uncertain: false },
          );
        }
        if (dd[0] === 'X') this.fail('day out of range');
        const day = Number(dd);
        if (day < 1 || day > dim) this.fail(`day ${dd} does not exist in ${yearDigits}-${mm}`);
        lo = ymdToMs(year, month, day);
        hiExclusive = lo + 86_400_000;
        precision = 'day';

        if (s[this.pos] === 'T') return this.time(lo);
      }
    }
    return this.qualify({ earliest: lo, latest: hiExclusive - 1, precision, approximate: false, uncertain: false });
  }

  private time(dayMs: number): DateBound {
    this.sawTime = true;
    const m = /^T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?/.exec(this.s.slice(this.pos));
    if (!m) this.fail('expected a time hh:mm[:ss[.sss]] after T');
    this.pos += m[0].length;
    const h = Number(m[1]);
    const min = Number(m[2]);
    const sec = m[3] === undefined ? 0 : Number(m[3]);
    const ms = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
    if (h > 24 || min > 59 || sec > 59 || (h === 24 && (min || sec || ms))) this.fail('time out of range');
    let t = dayMs + ((h * 60 + min) * 60 + sec) * 1000 + ms;
    const zone = m[5];
    if (zone !== undefined) {
      let offsetMin = 0;
      if (zone !== 'Z') {
        const digits = zone.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
        if (oh > 14 || om > 59) this.fail('time zone offset out of range');
        offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
      }
      const instant = t - offsetMin * 60_000;
      t = instantToWall(instant, this.timeZone);
    }
    const precision: Precision = m[4] !== undefined ? 'millisecond' : m[3] !== undefined ? 'second' : 'minute';
    const width = precision === 'minute' ? 60_000 : precision === 'second' ? 1000 : 1;
    return this.qualify({ earliest: t, latest: t + width - 1, precision, approximate: false, uncertain: false }, false);
  }

  private qualify(b: DateBound, allowQualifier = true): DateBound {
    const c = this.s[this.pos];
    if (allowQualifier && (c === '?' || c === '~' || c === '%')) {
      this.pos++;
      b.uncertain = c !== '~';
      b.approximate = c !== '?';
    }
    if (!(b.earliest >= -MAX_MS && b.latest <= MAX_MS)) {
      throw new EdtfError('date-out-of-range', `"${this.s}" lies outside the range a JS Date can hold (about ±275,000 years)`);
    }
    return b;
  }
}

function openBound(at: number, missing: 'open' | 'unknown'): DateBound {
  return { earliest: at, latest: at, precision: null, approximate: false, uncertain: false, missing };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDigitOrX(c: number): boolean {
  return isDigit(c) || c === 88;
}
