/**
 * The EDTF grammar behind `parseEdtf` (edtf.ts): intervals, one-of sets,
 * and single dates with their qualifiers, times and unspecified digits. A
 * recursive-descent reader over the trimmed string; edtf.ts handles the plain
 * days that most datasets are made of before it gets here.
 */
import { MAX_MS, daysInMonth, endOfMonthMs, endOfYearMs, instantToWall, ymdToMs } from './calendar.js';
import type { DateBound, Precision, UncertainDate } from './uncertain-date.js';

/** Why `parseEdtf` refused a string: the problem code the normalizer reports for it. */
export type EdtfErrorCode = 'invalid-date' | 'date-out-of-range' | 'end-before-start' | 'unsupported-date';

/** Thrown by `parseEdtf`; `code` is the problem code the normalizer reports. */
export class EdtfError extends Error {
  /** Which kind of failure; see {@link EdtfErrorCode}. */
  readonly code: EdtfErrorCode;
  constructor(code: EdtfErrorCode, message: string) {
    super(message);
    this.name = 'EdtfError';
    this.code = code;
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

/**
 * Reads one EDTF string (already trimmed, not empty). Internal: use
 * `parseEdtf`, which is the same plus a fast path.
 */
export class EdtfParser {
  private pos = 0;
  constructor(
    private readonly s: string,
    private readonly timeZone: string,
  ) {}

  parse(): UncertainDate {
    const s = this.s;
    let result: UncertainDate;
    if (s[0] === '{') {
      throw new EdtfError('unsupported-date', 'EDTF lists {…} are not supported: give each date its own event');
    }
    if (s[0] === '[') result = this.set();
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
        throw new EdtfError('date-out-of-range', outOfRange(s));
      }
      lo = ymdToMs(year, 1, 1);
      hiExclusive = endOfYearMs(year);
      return this.qualify(known(lo, hiExclusive, 'year'));
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
      if (negative) {
        throw new EdtfError('unsupported-date', `"${s}": unspecified digits in BCE years are not supported`);
      }
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
        return this.qualify(known(lo, hiExclusive, 'year'));
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
        return this.qualify(known(startMs, endMs, 'season'));
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
          return this.qualify(known(lo, hiExclusive, 'month'));
        }
        if (dd[1] === 'X') {
          const tens = Number(dd[0]);
          if (!(tens >= 0 && tens <= 3)) this.fail('day out of range');
          const first = Math.max(1, tens * 10);
          const last = Math.min(dim, tens * 10 + 9);
          if (first > dim) this.fail('day out of range');
          return this.qualify(known(ymdToMs(year, month, first), ymdToMs(year, month, last + 1), 'day'));
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
      throw new EdtfError('date-out-of-range', outOfRange(this.s));
    }
    return b;
  }
}

/** A bound from `earliest` up to `endExclusive`, with no qualifier yet (qualify() adds one). */
function known(earliest: number, endExclusive: number, precision: Precision): DateBound {
  return { earliest, latest: endExclusive - 1, precision, approximate: false, uncertain: false };
}

/** The message of a date-out-of-range error. */
function outOfRange(s: string): string {
  return `"${s}" lies outside the range a JS Date can hold (about ±275,000 years)`;
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
