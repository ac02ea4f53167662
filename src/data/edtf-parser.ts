/**
 * The EDTF grammar behind `parseEdtf` (edtf.ts): levels 0, 1 and 2 of the EDTF
 * specification (2019). Intervals, one-of sets, lists (read, then refused as
 * unsupported), and single dates with qualifiers on any component, unspecified
 * digits anywhere, seasons and sub-year groupings 21–41, decades, centuries,
 * long, exponential and significant-digit years, and times. A recursive-descent
 * reader over the trimmed string; edtf.ts handles the plain days that most
 * datasets are made of before it gets here. docs/edtf-parser.md lists where we
 * differ from the reference implementation and why.
 */
import { MAX_MS, daysInMonth, endOfYearMs, instantToWall, ymdToMs } from './calendar.js';
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

/** Coarsest first. */
const PRECISIONS: Precision[] = ['millennium', 'century', 'decade', 'year', 'season', 'month', 'day'];

function coarser(a: Precision | null, b: Precision | null): Precision | null {
  if (a === null) return b;
  if (b === null) return a;
  const i = PRECISIONS.indexOf(a);
  const j = PRECISIONS.indexOf(b);
  return (i < 0 ? 99 : i) <= (j < 0 ? 99 : j) ? a : b;
}

/**
 * The first month of seasons 21–41: 21–28 and 29–32 are the northern and southern meteorological seasons
 * (spring, summer, autumn, winter), 33–36 quarters, 37–39 quadrimesters, 40–41 semesters.
 */
const SEASON_START = [3, 6, 9, 12, 3, 6, 9, 12, 9, 12, 3, 6, 1, 4, 7, 10, 1, 5, 9, 1, 7];

/** Where a date stands: alone, at an end of an interval, or in a set or list. */
const ALONE = 0;
const END = 1;
const MEMBER = 2;

/**
 * Reads one EDTF string (already trimmed, not empty). Internal: use
 * `parseEdtf`, which is the same plus a fast path.
 */
export class EdtfParser {
  private pos = 0;
  private sawTime = false;
  /** Components of the last date read: 1 year, 2 month or season, 3 day; 0 for the forms that stand alone. */
  private parts = 0;
  /** The last date read has unspecified digits left of specified ones: one of several separate dates. */
  private gaps = false;

  constructor(
    private readonly s: string,
    private readonly timeZone: string,
  ) {}

  parse(): UncertainDate {
    const s = this.s;
    const c = s[0];
    let r: UncertainDate;
    if (c === '[' || c === '{') r = this.set(c === '[' ? ']' : '}');
    else if (s.includes('/')) r = this.interval();
    else {
      r = { edtf: s, span: 'point', ...this.date(ALONE) };
      if (this.gaps) r.oneOf = true;
    }
    if (this.pos !== s.length) this.fail(`unexpected "${s.slice(this.pos)}"`);
    if (c === '{') {
      throw new EdtfError('unsupported-date', `"${s}": lists {…} (all of these dates) are not supported`);
    }
    if (this.sawTime) r.hasTime = true;
    return r;
  }

  private fail(why: string): never {
    throw new EdtfError('invalid-date', `"${this.s}" is not a valid EDTF date: ${why}`);
  }

  private interval(): UncertainDate {
    const start = this.end(-Infinity);
    if (this.s[this.pos++] !== '/') this.fail('expected "/"');
    const end = this.end(Infinity);
    if (start.missing && end.missing) this.fail('an interval needs at least one known end');
    if (end.latest < start.earliest) throw new EdtfError('end-before-start', `"${this.s}" ends before it starts`);
    return {
      edtf: this.s,
      span: 'interval',
      earliest: start.earliest,
      latest: end.latest,
      precision: coarser(start.precision, end.precision),
      approximate: start.approximate || end.approximate,
      uncertain: start.uncertain || end.uncertain,
      start,
      end,
    };
  }

  private end(at: number): DateBound {
    const s = this.s;
    if (s.startsWith('..', this.pos)) {
      this.pos += 2;
      return openBound(at, 'open');
    }
    return this.pos === s.length || s[this.pos] === '/' ? openBound(at, 'unknown') : this.date(END);
  }

  /** `[…]` one of these dates, or `{…}` all of them; members are dates or ranges `a..b`, `..b`, `a..`. */
  private set(close: string): UncertainDate {
    const s = this.s;
    let earliest = Infinity;
    let latest = -Infinity;
    let precision: Precision | null = null;
    let approximate = false;
    let uncertain = false;
    this.pos++;
    for (;;) {
      let lo: DateBound;
      let hi: DateBound;
      if (s.startsWith('..', this.pos)) {
        this.pos += 2;
        hi = this.date(MEMBER);
        lo = openBound(-Infinity, 'open');
      } else {
        lo = hi = this.date(MEMBER);
        const parts = this.parts;
        if (s.startsWith('..', this.pos)) {
          this.pos += 2;
          const c = s[this.pos];
          if (c === ',' || c === close) hi = openBound(Infinity, 'open');
          else if (((hi = this.date(MEMBER)), this.parts !== parts)) {
            this.fail('both ends of a range in a set must have the same precision');
          }
        }
      }
      if (hi.latest < lo.earliest) {
        throw new EdtfError('end-before-start', `"${s}": a range in the set ends before it starts`);
      }
      earliest = Math.min(earliest, lo.earliest);
      latest = Math.max(latest, hi.latest);
      for (const b of [lo, hi]) {
        if (b.missing) continue;
        precision = coarser(precision, b.precision);
        approximate ||= b.approximate;
        uncertain ||= b.uncertain;
      }
      this.spaces();
      const c = s[this.pos++];
      if (c === close) break;
      if (c !== ',') this.fail(`expected "," or "${close}"`);
      this.spaces();
    }
    return { edtf: s, span: 'point', oneOf: true, earliest, latest, precision, approximate, uncertain };
  }

  private spaces(): void {
    while (this.s[this.pos] === ' ') this.pos++;
  }

  /** Digits and X from here on. */
  private digits(): string {
    const start = this.pos;
    for (let c = this.s.charCodeAt(this.pos); (c >= 48 && c <= 57) || c === 88;) c = this.s.charCodeAt(++this.pos);
    return this.s.slice(start, this.pos);
  }

  /** A single EDTF date, with its qualifiers, unspecified digits and time. */
  private date(where: number): DateBound {
    const s = this.s;
    this.parts = 0;
    this.gaps = false;
    let approximate = false;
    let uncertain = false;
    const qualifier = (): boolean => {
      const c = s[this.pos];
      if (c !== '?' && c !== '~' && c !== '%') return false;
      this.pos++;
      approximate ||= c !== '?';
      uncertain ||= c !== '~';
      return true;
    };
    const bound = (earliest: number, latest: number, precision: Precision): DateBound => {
      if (!(earliest >= -MAX_MS && latest <= MAX_MS)) throw new EdtfError('date-out-of-range', outOfRange(s));
      return { earliest, latest, precision, approximate, uncertain };
    };
    /** Years lo..lo + width - 1 (whole), or their mirror image for a negative year. */
    const years = (y: number, width: number): DateBound => {
      const lo = Math.floor(Math.abs(y) / width) * width;
      const hi = lo + width - 1;
      if (hi > 275_000) throw new EdtfError('date-out-of-range', outOfRange(s));
      const [a, b] = y < 0 ? [-hi, -lo] : [lo, hi];
      const p = width === 1 ? 'year' : width === 10 ? 'decade' : width === 100 ? 'century' : 'millennium';
      return bound(ymdToMs(a), endOfYearMs(b) - 1, p);
    };
    const alone = where === ALONE;

    const long = s[this.pos] === 'Y' && /^Y(-?)(\d+)(E\d+)?(?:S([1-9]\d*))?/.exec(s.slice(this.pos));
    if (long) {
      // Level 1 long years Y170000002, level 2 exponential Y17E7 and significant digits Y171010000S3.
      const [text, minus, digits, exp, sig] = long;
      if (!alone) this.fail('a Y-year, decade or century stands alone, not in an interval or set');
      if (!exp && (digits.length < 5 || digits[0] === '0')) this.fail('a Y-year needs five digits or more');
      this.pos += text.length;
      const y = Number(digits) * 10 ** Number(exp?.slice(1) ?? 0);
      return years(minus ? -y : y, significance(y, sig));
    }

    const lead = qualifier();
    const negative = s[this.pos] === '-';
    if (negative) this.pos++;
    const y = this.digits();
    const plainYear = /^\d+$/.test(y);
    if (negative && /^0+$/.test(y)) this.fail(`-${y} is not a year`);
    if (alone && !lead && plainYear && (y.length === 2 || y.length === 3)) {
      // Level 2 decades 193, level 0 centuries 19.
      const width = y.length === 2 ? 100 : 10;
      const b = years((negative ? -1 : 1) * Number(y) * width, width);
      qualifier();
      return { ...b, approximate, uncertain };
    }
    if (y.length !== 4) this.fail('expected a four-digit year');
    if (alone && !lead && plainYear && s[this.pos] === 'S') {
      // Level 2 significant digits: 1950S2 is some year of 1900–1999.
      const sig = /^S([1-9]\d*)/.exec(s.slice(this.pos));
      if (!sig) this.fail('expected the number of significant digits');
      this.pos += sig[0].length;
      return years((negative ? -1 : 1) * Number(y), significance(Number(y), sig[1]));
    }
    const both = qualifier() && lead;
    const masks = [y];
    while (masks.length < 3 && s[this.pos] === '-' && /[\dX?~%]/.test(s[this.pos + 1] ?? '')) {
      this.pos++;
      qualifier();
      const m = this.digits();
      if (m.length !== 2) this.fail(masks.length === 1 ? 'expected a two-digit month' : 'expected a two-digit day');
      masks.push(m);
      qualifier();
    }
    this.parts = masks.length;
    const all = masks.join('');
    const qualified = approximate || uncertain;
    // As in edtf: a year alone takes one qualifier, before or after it; X and qualifiers do not mix; X8 is 08.
    if (both && this.parts < 2) this.fail('one qualifier before or after the year');
    if (qualified && all.includes('X')) this.fail('a date with unspecified digits takes no qualifier');
    if (this.parts === 2 && /^X[3-9]/.test(masks[1]!)) this.fail(`write month ${masks[1]} as 0${masks[1]![1]}`);
    const code = Number(masks[1]);
    if (code > 20 && this.parts === 2 && plainYear) {
      // Seasons (level 1: 21–24) and sub-year groupings (level 2: 25–41).
      if (code > 41 || qualified) this.fail(code > 41 ? `no season ${code}` : 'a season takes no qualifier');
      const year = (negative ? -1 : 1) * Number(y);
      const start = SEASON_START[code - 21]!;
      const months = code < 37 ? 3 : code < 40 ? 4 : 6;
      // Beyond the northern seasons, a span of months: the formatter names seasons by the northern calendar.
      this.gaps = code > 28;
      return bound(ymdToMs(year, start), ymdToMs(year, start + months) - 1, code > 28 ? 'month' : 'season');
    }
    const range = maskRange(negative, masks);
    const x = all.indexOf('X');
    if (!range) {
      const [, m, d] = masks;
      this.fail(
        x >= 0
          ? 'no date fits these digits'
          : +m! < 1 || +m! > 12
            ? `month ${m} out of range`
            : `day ${d} does not exist in ${y}-${m}`,
      );
    }
    if (y === 'XXXX') throw new EdtfError('unsupported-date', `"${s}": a wholly unspecified year places no event`);
    this.gaps = /X.*\d/.test(all);
    const precision = (
      ['millennium', 'millennium', 'century', 'decade', 'year', 'month', 'month', 'day', 'day'] as const
    )[x < 0 ? 2 + 2 * this.parts : x];
    if (s[this.pos] === 'T') {
      if (this.parts < 3 || x >= 0 || qualified) this.fail('a time needs a whole day before it');
      return this.time(range[0]);
    }
    return bound(range[0], range[1], precision);
  }

  private time(dayMs: number): DateBound {
    this.sawTime = true;
    const m = /^T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(Z|([+-])(\d\d)(?::?(\d\d))?)?/.exec(this.s.slice(this.pos));
    if (!m) this.fail('expected a time hh:mm[:ss[.sss]] after T');
    this.pos += m[0].length;
    const [, h, min, sec = '0', frac, zone, sign, oh = '0', om = '0'] = m;
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
    if (+h > 24 || +min > 59 || +sec > 59 || (+h === 24 && +min + +sec + ms > 0)) this.fail('time out of range');
    let t = dayMs + ((+h * 60 + +min) * 60 + +sec) * 1000 + ms;
    if (zone) {
      const offset = (sign === '-' ? -1 : 1) * (+oh * 60 + +om);
      // ISO 8601 writes UTC as Z or +00:00, never -00:00; zones run from -12:00 to +14:00.
      if (+om > 59 || offset < -720 || offset > 840 || (sign === '-' && !offset)) this.fail('no such time zone offset');
      t = instantToWall(t - offset * 60_000, this.timeZone);
    }
    const precision: Precision = frac ? 'millisecond' : m[3] ? 'second' : 'minute';
    const width = frac ? 1 : m[3] ? 1000 : 60_000;
    return { earliest: t, latest: t + width - 1, precision, approximate: false, uncertain: false };
  }
}

/** The width in years of `y` with `sig` significant digits: 1950S2 is one of 100 years. */
function significance(y: number, sig: string | undefined): number {
  return sig === undefined ? 1 : 10 ** Math.max(0, String(y).length - Number(sig));
}

/** Does `n`, zero-padded to the mask's width, match the mask's digits (X matches any)? */
function fits(n: number, mask: string): boolean {
  if (!mask.includes('X')) return +mask === n;
  const t = String(n).padStart(mask.length, '0');
  if (t.length !== mask.length) return false;
  for (let i = 0; i < t.length; i++) if (mask[i] !== 'X' && mask[i] !== t[i]) return false;
  return true;
}

/**
 * The first instant of the earliest and the last instant of the latest date that matches the masks of year,
 * month and day (digits and X): `156X-12-25` runs from 1560-12-25 to the end of 1569-12-25. Null if none does.
 */
function maskRange(negative: boolean, [y, m, d]: string[]): [number, number] | null {
  const fixed = !y!.includes('X');
  // Candidate years, ascending: the one year, or every year the mask can hold (never -0000).
  const first = fixed ? (negative ? -1 : 1) * Number(y) : negative ? -9999 : 0;
  const last = fixed ? first : negative ? -1 : 9999;
  const edge = (year: number, latest: boolean): number => {
    for (let i = 0; i < 12; i++) {
      const month = latest ? 12 - i : i + 1;
      if (m === undefined) return latest ? endOfYearMs(year) - 1 : ymdToMs(year);
      if (!fits(month, m)) continue;
      const dim = daysInMonth(year, month);
      if (d === undefined) return ymdToMs(year, month + (latest ? 1 : 0)) - (latest ? 1 : 0);
      for (let j = 0; j < dim; j++) {
        const day = latest ? dim - j : j + 1;
        if (fits(day, d)) return ymdToMs(year, month, day) + (latest ? 86_399_999 : 0);
      }
    }
    return NaN;
  };
  // No day of a leap year matches: none can (and the year loop below need not run).
  if (!fixed && Number.isNaN(edge(2000, false))) return null;
  let lo = NaN;
  let hi = NaN;
  for (let k = first; k <= last && lo !== lo; k++) if (fits(Math.abs(k), y!)) lo = edge(k, false);
  for (let k = last; k >= first && hi !== hi; k--) if (fits(Math.abs(k), y!)) hi = edge(k, true);
  return lo === lo ? [lo, hi] : null;
}

/** The message of a date-out-of-range error. */
function outOfRange(s: string): string {
  return `"${s}" lies outside the range a JS Date can hold (about ±275,000 years)`;
}

function openBound(at: number, missing: 'open' | 'unknown'): DateBound {
  return { earliest: at, latest: at, precision: null, approximate: false, uncertain: false, missing };
}
