/**
 * Turns a {@link Timex} into EDTF, as precise as the words and no more:
 * against the publication day, the tense of the verb nearest it, the year the
 * paragraph is about, and the previous date in the text (its anchor).
 */
import { daysInMonth, formatIsoDate, formatIsoYear, MS_PER_DAY, msToYmd, pad2, ymdToMs } from '../data/calendar.js';
import { tryParseEdtf } from '../data/edtf.js';
import type { UncertainDate } from '../data/uncertain-date.js';
import type { Season, Tense, Timex, Unit } from './lang/timex.js';

export interface ResolveContext {
  /** The publication day, as wall-clock ms of its midnight. */
  pub: number;
  tense: Tense;
  /** The previous date in the text, for anaphoric expressions. */
  anchor: UncertainDate | null;
  /** The year a paragraph is about ("In 2019, … In May, …"), for dates written without one. */
  refYear: number | null;
}

type Prec = 'day' | 'month' | 'year' | 'decade' | 'century';

/** The EDTF of `x`, or null when it cannot be placed. */
export function resolveTimex(x: Timex, ctx: ResolveContext): string | null {
  switch (x.t) {
    case 'cal':
      return calendar(x, ctx);
    case 'decade':
      return x.decade >= 100 && x.decade <= 999 ? `${x.decade}X` : null;
    case 'century':
      return x.century >= 0 && x.century <= 99 ? `${pad2(x.century)}XX` : null;
    case 'pub':
      return fromPublication(x.unit, x.offset, ctx);
    case 'month':
      return monthNamed(x.month, x.offset, ctx);
    case 'season':
      return seasonNamed(x.season, x.offset, ctx);
    case 'weekday':
      return weekday(x.weekday, x.offset, x.anchored, ctx);
    case 'ago':
      if (x.n === null) return `[..${fmt(shift(ctx.pub, -2, x.unit), precOf(x.unit))}~]`;
      return period(shift(ctx.pub, -x.n, x.unit), x.unit);
    case 'shift':
      if (
        x.calendar &&
        x.unit === 'week' &&
        ctx.anchor &&
        Number.isFinite(ctx.anchor.earliest) &&
        Number.isFinite(ctx.anchor.latest)
      ) {
        return period(
          x.dir > 0 ? dayOf(ctx.anchor.latest) + 7 * MS_PER_DAY : dayOf(ctx.anchor.earliest) - 7 * MS_PER_DAY,
          'week',
        );
      }
      return shifted(x.unit, x.n, x.dir, ctx.anchor);
    case 'weekend': {
      const saturday = ctx.tense === 'future' ? stepTo(ctx.pub, 5, 1) : stepTo(ctx.pub, 5, -1);
      return daySet(saturday, saturday + MS_PER_DAY);
    }
    case 'same':
      return same(x.unit, ctx.anchor);
    case 'within':
      // "earlier in the week" with nothing before it: the publication's week.
      return within(x.unit, x.part, x.of === 'pub' || !ctx.anchor ? tryParseEdtf(formatIsoDate(ctx.pub)) : ctx.anchor);
    case 'range':
      return range(x.from, x.to, x.as, ctx);
    case 'clock': {
      const day = x.on ? resolveTimex(x.on, ctx) : null;
      if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
      return `${day}T${pad2(x.hour)}:${pad2(x.minute)}`;
    }
    case 'vague':
      return null;
  }
}

function calendar(x: Extract<Timex, { t: 'cal' }>, ctx: ResolveContext): string | null {
  const pub = msToYmd(ctx.pub);
  let year = x.year ?? (x.yearOffset !== undefined ? pub.year + x.yearOffset : ctx.refYear);
  if (x.season) return year === null ? seasonNamed(x.season, null, ctx) : `${formatIsoYear(year)}-${20 + x.season}`;
  if (x.part) {
    const months = x.part.of === 'q' ? 3 : 6;
    const first = (x.part.n - 1) * months + 1;
    if (year === null) {
      year = pub.year;
      if (ctx.tense !== 'future' && first > pub.month) year--;
      if (ctx.tense === 'future' && first + months - 1 < pub.month) year++;
    }
    // EDTF level 2's sub-year groupings: quarters 33–36, halves (semestrals) 40–41.
    return `${formatIsoYear(year)}-${(x.part.of === 'q' ? 32 : 39) + x.part.n}`;
  }
  // "the end of the year": the paragraph's year, or the publication's.
  if (x.month === undefined) return formatIsoYear(year ?? pub.year);
  if (x.day !== undefined) {
    if (year === null) {
      year = pub.year;
      const here = ymdToMs(year, x.month, Math.min(x.day, daysInMonth(year, x.month)));
      const half = 183 * MS_PER_DAY;
      if (ctx.tense === 'past' ? here > ctx.pub : ctx.tense === 'present' && here > ctx.pub + half) year--;
      if (ctx.tense === 'future' ? here < ctx.pub : ctx.tense === 'present' && here < ctx.pub - half) year++;
    }
    if (x.day < 1 || x.day > daysInMonth(year, x.month)) return null;
    return formatIsoDate(ymdToMs(year, x.month, x.day));
  }
  if (year === null) return monthNamed(x.month, null, ctx);
  return `${formatIsoYear(year)}-${pad2(x.month)}`;
}

/** A unit counted from the publication day: "yesterday", "last week", "this month", "next year". */
function fromPublication(unit: Unit, offset: number, ctx: ResolveContext): string | null {
  const pub = ctx.pub;
  if (unit === 'week' || unit === 'weekend') {
    const monday = pub - isoWeekday(pub) * MS_PER_DAY + offset * 7 * MS_PER_DAY;
    if (unit === 'weekend') return daySet(monday + 5 * MS_PER_DAY, monday + 6 * MS_PER_DAY);
    // This week: the part of it already past, or still to come.
    if (offset === 0) return ctx.tense === 'future' ? daySet(pub, monday + 6 * MS_PER_DAY) : daySet(monday, pub);
    return daySet(monday, monday + 6 * MS_PER_DAY);
  }
  if (unit === 'season') return null;
  return period(shift(pub, offset, unit), unit);
}

function monthNamed(month: number, offset: -1 | 0 | 1 | null, ctx: ResolveContext): string {
  const pub = msToYmd(ctx.pub);
  let year = pub.year;
  if (offset === -1) year = month < pub.month ? pub.year : pub.year - 1;
  else if (offset === 1) year = month > pub.month ? pub.year : pub.year + 1;
  else if (offset === null && ctx.refYear !== null) year = ctx.refYear;
  else if (offset === null && ctx.tense === 'present')
    year = month - pub.month > 6 ? pub.year - 1 : pub.month - month > 6 ? pub.year + 1 : pub.year;
  else if (offset === null)
    year =
      ctx.tense === 'past'
        ? month <= pub.month
          ? pub.year
          : pub.year - 1
        : month >= pub.month
          ? pub.year
          : pub.year + 1;
  return `${formatIsoYear(year)}-${pad2(month)}`;
}

/** [start, end) of season `s` of year `y` (winter runs from December into the next year). */
function seasonSpan(y: number, s: Season): [number, number] {
  const m = [3, 6, 9, 12][s - 1]!;
  return [ymdToMs(y, m, 1), m === 12 ? ymdToMs(y + 1, 3, 1) : ymdToMs(y, m + 3, 1)];
}

function seasonNamed(s: Season, offset: -1 | 0 | 1 | null, ctx: ResolveContext): string {
  const pub = ctx.pub;
  const { year } = msToYmd(pub);
  if (offset === null && ctx.refYear !== null) return `${formatIsoYear(ctx.refYear)}-${20 + s}`;
  // The season the publication falls in bounds "last" and "next".
  let current: [number, number] = [pub, pub + 1];
  for (let y = year - 1; y <= year; y++) {
    for (const c of [1, 2, 3, 4] as const) {
      const span = seasonSpan(y, c);
      if (span[0] <= pub && pub < span[1]) current = span;
    }
  }
  const years = [year - 2, year - 1, year, year + 1];
  const fits = (y: number): boolean => {
    const [a, b] = seasonSpan(y, s);
    if (offset === -1) return b <= current[0];
    if (offset === 1) return a >= current[1];
    if (offset === 0) return a <= pub ? b > pub || y === year : y === year;
    return ctx.tense === 'future' ? b > pub : a <= pub;
  };
  const pick =
    offset === -1 || (offset === null && ctx.tense !== 'future') ? years.filter(fits).pop() : years.find(fits);
  return `${formatIsoYear(pick ?? year)}-${20 + s}`;
}

function weekday(dow: number, offset: -1 | 0 | 1 | null, anchored: boolean, ctx: ResolveContext): string | null {
  if (anchored) {
    const a = ctx.anchor;
    if (!a || !Number.isFinite(a.earliest) || !Number.isFinite(a.latest) || a.latest - a.earliest > 7 * MS_PER_DAY)
      return null;
    if (offset === -1) return formatIsoDate(stepTo(dayOf(a.earliest) - MS_PER_DAY, dow, -1));
    if (offset === 1) return formatIsoDate(stepTo(dayOf(a.latest) + MS_PER_DAY, dow, 1));
    return formatIsoDate(stepTo(dayOf(a.earliest), dow, 1));
  }
  const pub = ctx.pub;
  if (offset === 0) return formatIsoDate(pub + (dow - isoWeekday(pub)) * MS_PER_DAY);
  if (offset === -1) return formatIsoDate(stepTo(pub - MS_PER_DAY, dow, -1));
  if (offset === 1 || ctx.tense === 'future') return formatIsoDate(stepTo(pub + MS_PER_DAY, dow, 1));
  return formatIsoDate(stepTo(pub, dow, -1));
}

function shifted(unit: Unit, n: number | null, dir: -1 | 1, anchor: UncertainDate | null): string | null {
  if (!anchor) return null;
  const prec = precOf(unit);
  if (n === null) {
    // "months earlier": at least two of the unit before the anchor, and vaguely so.
    const base = dir < 0 ? anchor.latest : anchor.earliest;
    if (!Number.isFinite(base)) return null;
    const at = fmt(shift(dayOf(base), 2 * dir, unit), prec);
    return dir < 0 ? `[..${at}~]` : `[${at}~..]`;
  }
  if (!Number.isFinite(anchor.earliest) || !Number.isFinite(anchor.latest)) return null;
  const lo = shift(dayOf(anchor.earliest), n * dir, unit);
  const hi = shift(dayOf(anchor.latest), n * dir, unit);
  // "up 12% in January from a year earlier": the same month a year before.
  return spanAt(lo, hi, unit === 'year' && anchor.precision === 'month' ? 'month' : prec);
}

function same(unit: Unit, anchor: UncertainDate | null): string | null {
  if (!anchor) return null;
  if (!Number.isFinite(anchor.earliest) || !Number.isFinite(anchor.latest)) return anchor.edtf;
  const prec = precOf(unit);
  // Never more precise than the anchor: "that day" after "in May" is May.
  const known = toPrec(anchor.precision);
  if (!known || RANK[known] < RANK[prec] || (unit === 'week' && RANK[known] < RANK.day)) return anchor.edtf;
  if (unit === 'week') {
    const monday = dayOf(anchor.earliest) - isoWeekday(anchor.earliest) * MS_PER_DAY;
    const sunday = dayOf(anchor.latest) + (6 - isoWeekday(anchor.latest)) * MS_PER_DAY;
    return daySet(monday, sunday);
  }
  return spanAt(anchor.earliest, anchor.latest, prec);
}

function within(unit: Unit, part: 'earlier' | 'later', point: UncertainDate | null): string | null {
  if (!point || !Number.isFinite(point.earliest) || !Number.isFinite(point.latest)) return null;
  const at = part === 'earlier' ? dayOf(point.latest) : dayOf(point.earliest);
  const { year, month } = msToYmd(at);
  let start: number;
  let end: number; // inclusive day
  if (unit === 'day') return formatIsoDate(at);
  if (unit === 'week') {
    start = at - isoWeekday(at) * MS_PER_DAY;
    end = start + 6 * MS_PER_DAY;
  } else if (unit === 'month') {
    start = ymdToMs(year, month, 1);
    end = ymdToMs(year, month, daysInMonth(year, month));
  } else if (unit === 'year') {
    start = ymdToMs(year, 1, 1);
    end = ymdToMs(year, 12, 31);
  } else return null;
  const [lo, hi] = part === 'earlier' ? [start, at] : [at, end];
  const prec: Prec = unit === 'year' ? 'month' : 'day';
  if (lo === start && hi === end) return period(start, unit);
  return spanAt(lo, hi, prec);
}

function range(from: Timex, to: Timex, as: 'between' | 'span', ctx: ResolveContext): string | null {
  // A year written on one end only belongs to both: "between May and July 2023".
  let [f, t] = [from, to];
  if (f.t === 'cal' && t.t === 'cal') {
    if (f.year === undefined && t.year !== undefined) f = { ...f, year: t.year };
    if (t.year === undefined && f.year !== undefined) t = { ...t, year: f.year };
  }
  const a = tryParseEdtf(resolveTimex(f, ctx) ?? '');
  let b = tryParseEdtf(resolveTimex(t, ctx) ?? '');
  if (!a || !b || !Number.isFinite(a.earliest) || !Number.isFinite(b.latest)) return null;
  if (b.latest < a.earliest && t.t === 'cal' && t.year === undefined && f.t === 'cal' && f.year !== undefined) {
    b = tryParseEdtf(resolveTimex({ ...t, year: f.year + 1 }, ctx) ?? '');
    if (!b) return null;
  }
  if (b.latest < a.earliest) return null;
  const simple = (d: UncertainDate): boolean => !d.oneOf && d.span === 'point' && !/[~?%]/.test(d.edtf);
  if (as === 'span' && simple(a) && simple(b)) return `${a.edtf}/${b.edtf}`;
  if (as === 'between' && simple(a) && simple(b) && a.precision === b.precision && a.edtf !== b.edtf)
    return `[${a.edtf}..${b.edtf}]`;
  const prec = coarser(a.precision, b.precision);
  if (!prec) return null;
  const lo = fmt(a.earliest, prec);
  const hi = fmt(b.latest, prec);
  if (lo === hi) return lo;
  return as === 'span' ? `${lo}/${hi}` : `[${lo}..${hi}]`;
}

// ---- calendar arithmetic ---------------------------------------------------

const RANK: Record<Prec, number> = { century: 0, decade: 1, year: 2, month: 3, day: 4 };

function coarser(a: string | null, b: string | null): Prec | null {
  const pa = toPrec(a);
  const pb = toPrec(b);
  if (!pa || !pb) return null;
  return RANK[pa] <= RANK[pb] ? pa : pb;
}

function toPrec(p: string | null): Prec | null {
  if (p === 'season') return 'year';
  if (p === 'millennium') return 'century';
  return p && p in RANK ? (p as Prec) : p && ['hour', 'minute', 'second', 'millisecond'].includes(p) ? 'day' : null;
}

/** The precision a unit is written at (a week is its days). */
function precOf(unit: Unit): Prec {
  if (unit === 'week' || unit === 'weekend' || unit === 'day') return 'day';
  if (unit === 'season') return 'month';
  return unit;
}

/** Monday 0 … Sunday 6. */
function isoWeekday(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

function dayOf(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** The first day on `ms` or beyond it, in direction `dir`, that is weekday `dow`. */
function stepTo(ms: number, dow: number, dir: 1 | -1): number {
  let d = dayOf(ms);
  while (isoWeekday(d) !== dow) d += dir * MS_PER_DAY;
  return d;
}

/** `ms` moved by `n` units; months and years keep the day where they can. */
function shift(ms: number, n: number, unit: Unit): number {
  const { year, month, day } = msToYmd(ms);
  const months =
    unit === 'month'
      ? n
      : unit === 'season'
        ? 3 * n
        : unit === 'year'
          ? 12 * n
          : unit === 'decade'
            ? 120 * n
            : unit === 'century'
              ? 1200 * n
              : 0;
  if (months) {
    const total = year * 12 + (month - 1) + months;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    return ymdToMs(y, m, Math.min(day, daysInMonth(y, m)));
  }
  const days = unit === 'week' || unit === 'weekend' ? 7 * n : n;
  return ms + days * MS_PER_DAY;
}

function fmt(ms: number, prec: Prec): string {
  const { year, month } = msToYmd(ms);
  if (prec === 'day') return formatIsoDate(ms);
  if (prec === 'month') return `${formatIsoYear(year)}-${pad2(month)}`;
  if (prec === 'year') return formatIsoYear(year);
  if (year < 0 || year > 9999) return formatIsoYear(year);
  const y = formatIsoYear(year);
  return prec === 'decade' ? `${y.slice(0, 3)}X` : `${y.slice(0, 2)}XX`;
}

/** The unit holding `ms`: its day, its Monday–Sunday week as a set of days, its month, year, decade. */
function period(ms: number, unit: Unit): string {
  if (unit === 'week' || unit === 'weekend') {
    const monday = ms - isoWeekday(ms) * MS_PER_DAY;
    return unit === 'week'
      ? daySet(monday, monday + 6 * MS_PER_DAY)
      : daySet(monday + 5 * MS_PER_DAY, monday + 6 * MS_PER_DAY);
  }
  return fmt(ms, precOf(unit));
}

/** One value when `lo` and `hi` fall in the same unit of `prec`, else a one-of set between them. */
function spanAt(lo: number, hi: number, prec: Prec): string {
  const a = fmt(lo, prec);
  const b = fmt(hi, prec);
  if (a === b) return a;
  if (prec === 'decade' || prec === 'century') return `[${fmt(lo, 'year')}..${fmt(hi, 'year')}]`;
  return `[${a}..${b}]`;
}

function daySet(lo: number, hi: number): string {
  return spanAt(lo, hi, 'day');
}
