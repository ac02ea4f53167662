import { utcTickInterval } from 'd3-time';
import type { TickUnit } from './ticks.js';

const DAY = 86_400_000;

/** A day's date in a display calendar: year, month (1-based, ordinal) and day of month. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Reads a day (wall-clock ms at UTC midnight) in some calendar. */
export type CalendarFields = (dayMs: number) => CalendarDate;

/** Calendars whose ticks are d3-time's: Gregorian, proleptic, as our dates are. */
export function isGregorian(calendar: string): boolean {
  return calendar === 'gregory' || calendar === 'iso8601';
}

const fieldCache = new Map<string, CalendarFields>();

/**
 * The calendar's year, month and day of a day, from Intl (ICU's calendars:
 * persian, islamic, islamic-umalqura, hebrew…). Cached per day. Returns null
 * for calendars whose months are not plain numbers (leap months).
 */
export function intlCalendarFields(calendar: string): CalendarFields | null {
  const known = fieldCache.get(calendar);
  if (known) return known;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
  } catch {
    return null;
  }
  if (fmt.resolvedOptions().calendar !== calendar) return null;
  const cache = new Map<number, CalendarDate>();
  const fields: CalendarFields = (dayMs) => {
    const key = Math.floor(dayMs / DAY);
    let f = cache.get(key);
    if (!f) {
      const parts: Record<string, string> = {};
      for (const p of fmt.formatToParts(new Date(key * DAY))) parts[p.type] = p.value;
      f = { year: Number(parts.year ?? parts.relatedYear), month: Number(parts.month), day: Number(parts.day) };
      if (cache.size > 50_000) cache.clear();
      cache.set(key, f);
    }
    return f;
  };
  // Leap-month calendars (chinese, dangi, hebrew in some ICUs) give months like "5bis".
  const probe = fields(Date.UTC(2023, 6, 1));
  if (![probe.year, probe.month, probe.day].every(Number.isFinite)) return null;
  fieldCache.set(calendar, fields);
  return fields;
}

/** Start (UTC midnight ms) of the calendar month holding `dayMs`. */
function monthStart(fields: CalendarFields, dayMs: number): number {
  const t = Math.floor(dayMs / DAY) * DAY;
  return t - (fields(t).day - 1) * DAY;
}

/** Start of the next calendar month after the month starting at `start`. */
function nextMonthStart(fields: CalendarFields, start: number): number {
  let t = start + 27 * DAY; // every calendar month has at least 28 days
  while (fields(t).day !== 1) t += DAY;
  return t;
}

/** Start of the calendar year holding `dayMs`. */
function yearStart(fields: CalendarFields, dayMs: number): number {
  let s = monthStart(fields, dayMs);
  while (fields(s).month !== 1) s = monthStart(fields, s - DAY);
  return s;
}

/** Start of calendar year `year`, from an estimate `near`: moves by whole years, landing inside the year. */
function startOfYear(fields: CalendarFields, year: number, near: number, yearDays: number): number {
  let s = yearStart(fields, near);
  for (let guard = 0; guard < 16; guard++) {
    const y = fields(s).year;
    if (y === year) return s;
    s = yearStart(fields, s + ((year - y) * yearDays + 10) * DAY);
  }
  return s;
}

const YEAR_STEPS = [1, 2, 5];

/**
 * About `count` ticks between `d0` and `d1` (wall-clock ms) on the display
 * calendar's own boundaries: year starts (1 Farvardin…), month starts
 * (1 Mordad 1402…), or days of the month, as the span calls for. Below a day,
 * hours are hours in every calendar: d3-time's utcTicks. Every value lies in
 * [d0, d1], and the step depends only on (d1 - d0) / count, which may be a
 * fraction below 1: a stretch between two axis breaks is asked for the step of
 * the whole window (timeTicks does this), and the steps are aligned to the
 * calendar (days 1, 1+k…; months 1, 1+k…; years that are multiples of k), so the
 * ticks of all stretches fall on one grid.
 */
export function calendarTicks(
  d0: number,
  d1: number,
  count: number,
  fields: CalendarFields,
): { values: number[]; unit: TickUnit } {
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const stepDays = (hi - lo) / (count > 0 ? count : 1) / DAY;
  if (stepDays < 1) {
    const interval = utcTickInterval(new Date(lo), new Date(hi), count > 0 ? count : 1);
    const values = interval ? interval.range(new Date(lo), new Date(hi + 1)).map(Number) : [];
    const first = interval?.ceil(new Date(lo));
    return { values, unit: first && +interval!.offset(first, 1) - +first >= 3_600_000 ? 'hour' : 'minute' };
  }
  const values: number[] = [];
  if (stepDays <= 10) {
    const k = [1, 2, 5, 10].find((s) => s >= stepDays) ?? 10;
    for (let t = Math.ceil(lo / DAY) * DAY; t <= hi; t += DAY) {
      const d = fields(t).day;
      // Days 1, 1+k, 1+2k… but not a stub day right before the next month starts.
      if ((d - 1) % k === 0 && (k === 1 || d === 1 || fields(t + Math.ceil(k / 2) * DAY).day > d)) values.push(t);
    }
    return { values, unit: 'day' };
  }
  if (stepDays <= 200) {
    const k = [1, 2, 3, 6].find((s) => s * 30 >= stepDays) ?? 6;
    let s = monthStart(fields, lo);
    if (s < lo) s = nextMonthStart(fields, s);
    for (; s <= hi; s = nextMonthStart(fields, s)) if ((fields(s).month - 1) % k === 0) values.push(s);
    return { values, unit: 'month' };
  }
  // Years: the calendar's average year length guides the search; steps 1, 2, 5, 10, 20, 50…
  const first = yearStart(fields, lo);
  const second = yearStart(fields, first + 400 * DAY);
  const yearDays = Math.max(300, (second - first) / DAY);
  const years = stepDays / yearDays;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, years)));
  const k = YEAR_STEPS.map((s) => s * magnitude).find((s) => s >= years) ?? 10 * magnitude;
  let y = Math.ceil(fields(lo).year / k) * k;
  for (let guard = 0; guard < 1000; guard++, y += k) {
    const near = first + (y - fields(first).year) * yearDays * DAY;
    if (near > hi + yearDays * DAY) break;
    const s = startOfYear(fields, y, near, yearDays);
    if (s > hi) break;
    if (s >= lo) values.push(s);
  }
  return { values, unit: 'year' };
}
