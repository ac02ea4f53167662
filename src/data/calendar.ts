/**
 * Proleptic Gregorian calendar arithmetic on "wall-clock milliseconds": a
 * calendar date and time encoded as if it were UTC. A date-only value is that
 * day's UTC midnight, whatever the viewer's time zone, so it never shifts.
 *
 * Years are astronomical (ISO 8601 / EDTF): year 0 is 1 BCE, -1 is 2 BCE.
 * `Date.UTC` maps years 0–99 to 1900–1999, so we never pass it a bare year.
 */

/** The largest magnitude a JS Date can hold, in ms (±100,000,000 days). */
export const MAX_MS = 8.64e15;

/** Milliseconds in a day of wall-clock time (which has no DST). */
export const MS_PER_DAY = 86_400_000;

/** Milliseconds of 00:00 on the given day; `month` is 1-based. */
export function ymdToMs(year: number, month = 1, day = 1): number {
  // Date.UTC is fast but reads years 0–99 as 1900–1999; only those and BCE years need the slow way.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Milliseconds of the first instant after the given year. */
export function endOfYearMs(year: number): number {
  return ymdToMs(year + 1, 1, 1);
}

/** Milliseconds of the first instant after the given month (`month` is 1-based). */
export function endOfMonthMs(year: number, month: number): number {
  return month === 12 ? ymdToMs(year + 1, 1, 1) : ymdToMs(year, month + 1, 1);
}

/** True for a leap year of the proleptic Gregorian calendar (astronomical years: 0 is a leap year). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (`month` is 1-based). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Calendar fields of wall-clock ms. */
export function msToYmd(ms: number): { year: number; month: number; day: number } {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** True when `ms` can be held by a JS Date. */
export function inDateRange(ms: number): boolean {
  return ms >= -MAX_MS && ms <= MAX_MS;
}

/** ISO 8601 calendar date of wall-clock ms, with EDTF's `Y` form for long years. */
export function formatIsoDate(ms: number): string {
  const { year, month, day } = msToYmd(ms);
  return `${formatIsoYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/** A year as EDTF writes it: four digits, `-` before a BCE year (`-0044`), `Y` before a longer one (`Y-12000`). */
export function formatIsoYear(year: number): string {
  const abs = Math.abs(year);
  if (abs > 9999) return `Y${year}`;
  return (year < 0 ? '-' : '') + String(abs).padStart(4, '0');
}

/** A number below 100 as two digits (`7` → `07`). */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock ms in `timeZone` of a UTC instant. For "UTC" it is the
 * instant itself. Throws a RangeError for an unknown IANA zone name.
 */
export function instantToWall(instant: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return instant;
  let fmt = offsetFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, fmt);
  }
  const f: Record<string, string> = {};
  for (const p of fmt.formatToParts(new Date(instant))) f[p.type] = p.value;
  let year = Number(f.year);
  if (f.era === 'BC' || f.era === 'B') year = 1 - year;
  const wall =
    ymdToMs(year, Number(f.month), Number(f.day)) +
    ((Number(f.hour) * 60 + Number(f.minute)) * 60 + Number(f.second)) * 1000;
  // formatToParts drops milliseconds; the offset is whole seconds.
  return wall + (((instant % 1000) + 1000) % 1000);
}

/** The UTC instant of a wall-clock time in `timeZone` (first match in a DST fold). */
export function wallToInstant(wall: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wall;
  // Two fixed-point steps settle every real-world offset change.
  let guess = wall - (instantToWall(wall, timeZone) - wall);
  guess = wall - (instantToWall(guess, timeZone) - guess);
  return guess;
}

const validZones = new Map<string, boolean>();

/** True when `timeZone` is an IANA name this runtime knows (remembered per name). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === 'UTC') return true;
  let ok = validZones.get(timeZone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      ok = true;
    } catch {
      ok = false;
    }
    if (validZones.size > 100) validZones.clear();
    validZones.set(timeZone, ok);
  }
  return ok;
}
