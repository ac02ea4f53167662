/**
 * TimelineJS dates: its date objects `{year, month, day, hour, …}` as EDTF,
 * the free-form dates of its version-1 spreadsheets (`Start Date`), and the
 * date as TimelineJS would print it, for slides that have nothing else to be
 * called by.
 */
import { formatIsoYear, pad2 } from './calendar.js';
import { describeValue } from './problems.js';

export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
export const DATE_PARTS: readonly DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
const MAX: Record<DatePart, number> = {
  year: Infinity,
  month: 12,
  day: 31,
  hour: 23,
  minute: 59,
  second: 59,
  millisecond: 999,
};

/**
 * A converted date: `edtf` is its first moment at its own precision; `last`,
 * for a date given to the hour, is the hour's last minute (EDTF has no
 * hour-only form, so `{hour: 10}` is the minutes 10:00 to 10:59).
 */
export type DateConversion =
  | { edtf: string; last?: string }
  | { code: 'missing-date' | 'invalid-date' | 'date-out-of-range'; part: DatePart; detail: string };

/**
 * EDTF for a TimelineJS date object `{year, month, day, hour, minute, second,
 * millisecond}`, whose parts may be numbers or numeric strings. The precision
 * is the finest part given: `{year: 2023}` is `2023`, never pinned to Jan 1;
 * a time is a wall-clock time without a zone; an hour alone is that hour
 * (see {@link DateConversion}), not the minute 10:00.
 *
 * BCE: TimelineJS counts years historically, with no year zero. It builds a JS
 * Date from the year, and its formatter (src/js/language/Language.js,
 * `formatJSDate`) writes a negative year as `Math.abs(y)` followed by the
 * `era_labels.negative_year` suffix "BCE", so year -44 is shown as "44 BCE".
 * EDTF years are astronomical (year 0 is 1 BCE, -0043 is 44 BCE), so a negative
 * TimelineJS year n becomes n + 1. TimelineJS shows year 0 as "0"; as no such
 * year exists, we read it as 1 BCE too.
 */
export function timelineJsDateToEdtf(d: Record<string, unknown>): DateConversion {
  const v: Partial<Record<DatePart, number>> = {};
  for (const part of DATE_PARTS) {
    const raw = d[part];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const n = toInteger(raw);
    if (!Number.isInteger(n)) {
      return { code: 'invalid-date', part, detail: `${describeValue(raw)} is not a whole number` };
    }
    if (part !== 'year' && (n < (part === 'month' || part === 'day' ? 1 : 0) || n > MAX[part])) {
      return { code: 'invalid-date', part, detail: `${n} is not a valid ${part}` };
    }
    v[part] = n;
  }
  const { year, month, day, hour, minute, second, millisecond } = v;
  if (year === undefined) return { code: 'missing-date', part: 'year', detail: 'the year is missing' };
  const astronomical = year < 0 ? year + 1 : year;
  if (Math.abs(astronomical) > 275_000) {
    const detail = `${year} lies outside the range a JS Date can hold (about ±275,000 years)`;
    return { code: 'date-out-of-range', part: 'year', detail };
  }
  const timeGiven = hour !== undefined || minute !== undefined || second !== undefined || millisecond !== undefined;
  let edtf = formatIsoYear(astronomical);
  if (month === undefined) {
    if (day !== undefined) return { code: 'invalid-date', part: 'month', detail: 'a day is given without a month' };
    if (timeGiven) return { code: 'invalid-date', part: 'hour', detail: 'a time is given without a month and day' };
    return { edtf };
  }
  if (Math.abs(astronomical) > 9999) {
    const detail = 'EDTF cannot give a month for a year of more than four digits';
    return { code: 'invalid-date', part: 'month', detail };
  }
  edtf += `-${pad2(month)}`;
  if (day === undefined) {
    return timeGiven ? { code: 'invalid-date', part: 'day', detail: 'a time is given without a day' } : { edtf };
  }
  edtf += `-${pad2(day)}`;
  if (!timeGiven) return { edtf };
  if (hour === undefined) {
    return { code: 'invalid-date', part: 'hour', detail: 'minutes or seconds are given without an hour' };
  }
  const hourOnly = minute === undefined && second === undefined && millisecond === undefined;
  if (hourOnly) return { edtf: `${edtf}T${pad2(hour)}:00`, last: `${edtf}T${pad2(hour)}:59` };
  edtf += `T${pad2(hour)}:${pad2(minute ?? 0)}`;
  if (second !== undefined || millisecond !== undefined) edtf += `:${pad2(second ?? 0)}`;
  if (millisecond !== undefined) edtf += `.${String(millisecond).padStart(3, '0')}`;
  return { edtf };
}

/** A whole number from a number or a numeric string, else NaN. */
function toInteger(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return NaN;
  // Spreadsheets write 1,200 and " 5 "; TimelineJS strips spaces and commas too.
  const s = raw.replace(/[\s,]/g, '');
  return /^[+-]?\d+$/.test(s) ? Number(s) : NaN;
}

/** Date parts as strings, as a spreadsheet cell gives them. */
export type DateParts = Partial<Record<DatePart, string>>;

const ISO_SHORT = /^([+-]?\d+?)(?:-(\d{2}))?(?:-(\d{2}))?$/;
const ISO_TIME =
  /^([+-]?\d{4})-(\d{2})-(\d{2})[T ](\d{2})(?::?(\d{2}))?(?::?(\d{2})(?:[.,](\d{1,3})\d*)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * The date of a version-1 spreadsheet cell (`Start Date`, `End Date`), read as
 * TimelineJS 3 reads it (`parseDate` in src/js/date/TLDate.js): `2013`,
 * `-44`, `2013-01`, `2013-01-15`, an ISO date and time (`2013-01-15T10:30`,
 * `Z` or an offset is read as UTC), `1/15/2013` (month/day/year, US order),
 * `1/2013` (month/year), each optionally followed by a time `10:30`,
 * `10:30:15.5` or `3 PM`. TimelineJS 3 shows no slide for TimelineJS 2's
 * `2013,1,15`; we read it too (year, month, day[, hour, minute, second]), so a
 * sheet made for TimelineJS 2 loses nothing. Null when the cell is none of these.
 */
export function parseSheetDate(cell: string): DateParts | null {
  const s = cell.trim();
  if (s.length > 60) return null;
  let m = ISO_SHORT.exec(s);
  if (m) return compact({ year: m[1]!.replace('+', ''), month: m[2], day: m[3] });
  m = ISO_TIME.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, ms, zone] = m;
    if (zone === undefined)
      return compact({ year: y, month: mo, day: d, hour: h, minute: mi, second: sec, millisecond: ms });
    const t = new Date(`${y}-${mo}-${d}T${h}:${mi ?? '00'}:${sec ?? '00'}.${(ms ?? '0').padEnd(3, '0')}${zone}`);
    if (Number.isNaN(t.getTime())) return null;
    const parts: DateParts = {
      year: String(t.getUTCFullYear()),
      month: String(t.getUTCMonth() + 1),
      day: String(t.getUTCDate()),
    };
    const minute = mi !== undefined || t.getUTCMinutes() ? String(t.getUTCMinutes()) : undefined;
    return compact({ ...parts, hour: String(t.getUTCHours()), minute, second: sec, millisecond: ms });
  }
  m = /^([+-]?\d+)\s*,\s*(\d+)(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+)(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+))?)?$/.exec(s);
  if (m) return compact({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6] });
  m = /^(\d{1,2})\/(?:(\d{1,2})\/)?([+-]?\d+)(?:\s+(.*))?$/.exec(s);
  if (!m) return null;
  const date: DateParts = compact({ year: m[3], month: m[1], day: m[2] });
  if (m[4] === undefined) return date;
  const t = parseTime(m[4].trim());
  if (!t) return null;
  const str = (n: number | undefined): string | undefined => (n === undefined ? undefined : String(n));
  return compact({
    ...date,
    hour: str(t.hour),
    minute: str(t.minute),
    second: str(t.second),
    millisecond: str(t.millisecond),
  });
}

function compact(parts: Record<string, string | undefined>): DateParts {
  const out: Record<string, string> = {};
  for (const k in parts) if (parts[k] !== undefined) out[k] = parts[k]!;
  return out as DateParts;
}

const TIME = /^(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2})(?:[.,](\d{1,3}))?)?)?(?:\s*([ap])\.?\s*m\.?)?$/i;

/**
 * `10:30`, `10:30:15`, `10:30:15.250`, `1030`, `10.30`, `10 PM`, `10:30 p.m.`
 * (TimelineJS's forms); null when it is none of them or out of range.
 */
export function parseTime(s: string): { hour: number; minute?: number; second?: number; millisecond?: number } | null {
  const m = s.length > 40 ? null : TIME.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  const period = m[5]?.toLowerCase();
  if (period) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (period === 'p' ? 12 : 0);
  }
  const t: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
  if (m[2] !== undefined) t.minute = Number(m[2]);
  if (m[3] !== undefined) t.second = Number(m[3]);
  if (m[4] !== undefined) t.millisecond = Number(m[4].padEnd(3, '0'));
  if (hour > 23 || (t.minute ?? 0) > 59 || (t.second ?? 0) > 59) return null;
  return t;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * A TimelineJS date object in words, as TimelineJS's English formats print
 * it: `1969`, `44 BCE`, `July 1969`, `July 20, 1969`, `July 20, 1969 10:00`.
 * Only called on a date that {@link timelineJsDateToEdtf} accepted.
 */
export function formatSlideDate(d: Record<string, unknown>): string {
  const n = (part: DatePart): number | undefined => {
    const raw = d[part];
    if (raw === undefined || raw === null || String(raw).trim() === '') return undefined;
    return Number(String(raw).replace(/[\s,]/g, ''));
  };
  const year = n('year')!;
  const month = n('month');
  const day = n('day');
  const hour = n('hour');
  let s = year < 0 ? `${-year} BCE` : String(year);
  if (month !== undefined) s = `${MONTHS[month - 1]}${day === undefined ? '' : ` ${day},`} ${s}`;
  if (hour !== undefined) s += ` ${pad2(hour)}:${pad2(n('minute') ?? 0)}`;
  return s;
}
