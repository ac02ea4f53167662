/**
 * Imports TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html)
 * into our raw format. The slide and date conversions are shared with the
 * CSV importer, which reads TimelineJS's spreadsheet template.
 */
import { formatIsoYear, pad2 } from './calendar.js';
import { EdtfError, parseEdtf } from './edtf.js';
import { htmlToText } from './html-text.js';
import type { ImportResult } from './import-result.js';
import { describeValue, problem, type Problem, type ProblemCode } from './problems.js';
import type { EventMedia, RawEra, RawEvent } from './types.js';

/** Reports a problem with one slide; `field` is a TimelineJS path such as `start_date.year`. */
export type SlideReport = (code: ProblemCode, field: string | null, detail: string) => void;

const SKIP_RECORD = 'the record is skipped';
const SKIP_ERA = 'the era is skipped';

/**
 * Converts a TimelineJS timeline object. The title slide becomes `title`;
 * every slide that cannot be an event is reported (one error each) and left
 * out, and `recordIndex` maps the events back to their slides. Never throws.
 */
export function fromTimelineJS(json: unknown): ImportResult {
  const problems: Problem[] = [];
  if (!isObject(json) || !Array.isArray(json.events)) {
    const what = isObject(json) ? 'an object without an "events" array' : describeValue(json);
    const detail = `expected a TimelineJS object with an "events" array, got ${what}`;
    problems.push(problem('invalid-input', -1, null, null, detail));
    return { events: [], eras: [], title: null, problems };
  }
  const events: RawEvent[] = [];
  const recordIndex: number[] = [];
  json.events.forEach((slide: unknown, k) => {
    const id = isObject(slide) ? slideId(slide.unique_id) : undefined;
    const ev = timelineJsSlideToEvent(slide, (code, field, detail) =>
      problems.push(problem(code, k, id ?? null, field, detail)),
    );
    if (ev) {
      events.push(ev);
      recordIndex.push(k);
    }
  });

  const eras: RawEra[] = [];
  if (Array.isArray(json.eras)) {
    json.eras.forEach((e: unknown, k) => {
      const era = timelineJsSlideToEra(e, (code, field, detail) =>
        problems.push(problem(code, -1, null, field ? `eras[${k}].${field}` : `eras[${k}]`, detail)),
      );
      if (era) eras.push(era);
    });
  } else if (json.eras !== undefined && json.eras !== null) {
    const detail = `expected an array of eras, got ${describeValue(json.eras)}; eras are ignored`;
    problems.push(problem('invalid-type', -1, null, 'eras', detail));
  }

  // The title slide is a slide like any other, but only its headline is kept.
  const title = (isObject(json.title) ? slideText(json.title).headline : html(json.title)) || null;
  return { events, eras, title, problems, recordIndex };
}

/** One slide as an event, or null (after one error report) when it cannot be one. */
export function timelineJsSlideToEvent(slide: unknown, report: SlideReport): RawEvent | null {
  if (!isObject(slide)) {
    report('invalid-record', null, `expected a TimelineJS slide object, got ${describeValue(slide)}; it is skipped`);
    return null;
  }
  const date = slideDate(slide, report);
  if (date === null) return null;

  const { headline, text } = slideText(slide);
  const dateText = displayDate(slide);
  // TimelineJS draws slides without a headline; ours need a title, so fall back to what the reader would see.
  const title = headline || firstLine(text) || dateText;
  if (!title) {
    const detail = 'the slide has no headline or text, and an event needs a title; the record is skipped';
    report('missing-title', 'text.headline', detail);
    return null;
  }

  const ev: RawEvent = { title, kind: 'other', date, dateText: dateText || null, summary: text || null };
  const id = slideId(slide.unique_id);
  if (id !== undefined) ev.id = id;
  const group = plain(slide.group);
  if (group) ev.group = group;
  const media = slideMedia(slide.media, report);
  if (media) ev.media = media;
  return ev;
}

/** One era as `{title, date: 'start/end'}`, or null (after one report) when its dates do not make an interval. */
export function timelineJsSlideToEra(era: unknown, report: SlideReport): RawEra | null {
  if (!isObject(era)) {
    const detail = `expected an era object {start_date, end_date, text}, got ${describeValue(era)}; the era is skipped`;
    report('invalid-type', null, detail);
    return null;
  }
  const start = dateField(era, 'start_date', report, SKIP_ERA);
  if (start === null) return null;
  if (!hasDate(era.end_date)) {
    report('missing-date', 'end_date', 'an era needs an end date; the era is skipped');
    return null;
  }
  const end = dateField(era, 'end_date', report, SKIP_ERA);
  if (end === null) return null;
  const date = `${start}/${end}`;
  if (!checkEdtf(date, report, SKIP_ERA)) return null;
  return { title: slideText(era).headline, date };
}

type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';
const DATE_PARTS: readonly DatePart[] = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
const MAX: Record<DatePart, number> = {
  year: Infinity,
  month: 12,
  day: 31,
  hour: 23,
  minute: 59,
  second: 59,
  millisecond: 999,
};

type DateConversion =
  { edtf: string } | { code: 'missing-date' | 'invalid-date' | 'date-out-of-range'; part: DatePart; detail: string };

/**
 * EDTF for a TimelineJS date object `{year, month, day, hour, minute, second,
 * millisecond}`, whose parts may be numbers or numeric strings. The precision
 * is the finest part given: `{year: 2023}` is `2023`, never pinned to Jan 1;
 * a time is a wall-clock time without a zone.
 *
 * BCE: TimelineJS counts years historically, with no year zero. It builds a JS
 * Date from the year, and its formatter (src/js/language/Language.js,
 * `formatJSDate`) writes a negative year as `Math.abs(y)` followed by the
 * `era_labels.negative_year` suffix "BCE", so year -44 is shown as "44 BCE".
 * EDTF years are astronomical (year 0 is 1 BCE, -0043 is 44 BCE), so a negative
 * TimelineJS year n becomes n + 1. TimelineJS shows year 0 as "0"; as no such
 * year exists, we read it as 1 BCE too.
 */
function timelineJsDateToEdtf(d: Record<string, unknown>): DateConversion {
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

/** The slide's EDTF date (an interval when it has an end date), or null after reporting why not. */
function slideDate(slide: Record<string, unknown>, report: SlideReport): string | null {
  const start = dateField(slide, 'start_date', report, SKIP_RECORD);
  if (start === null) return null;
  let date = start;
  const endDate = slide.end_date;
  if (hasDate(endDate)) {
    const end = dateField(slide, 'end_date', report, SKIP_RECORD);
    if (end === null) return null;
    date = `${start}/${end}`;
  } else if (isObject(endDate) && DATE_PARTS.some((p) => isGiven(endDate[p]))) {
    // TimelineJS drops such an end date with a warning; so do we.
    report('invalid-type', 'end_date.year', 'the end date has no year, so it is ignored');
  }
  return checkEdtf(date, report, SKIP_RECORD) ? date : null;
}

function dateField(
  slide: Record<string, unknown>,
  field: 'start_date' | 'end_date',
  report: SlideReport,
  consequence: string,
): string | null {
  const d = slide[field];
  if (!isObject(d)) {
    const why =
      d === undefined ? `the ${field} is missing` : `expected a date object with a year, got ${describeValue(d)}`;
    report('missing-date', field, `${why}; ${consequence}`);
    return null;
  }
  const r = timelineJsDateToEdtf(d);
  if ('edtf' in r) return r.edtf;
  report(r.code, `${field}.${r.part}`, `${r.detail}; ${consequence}`);
  return null;
}

/** Validates EDTF built from parts, so calendar errors (31 April, end before start) name the slide's dates. */
function checkEdtf(edtf: string, report: SlideReport, consequence: string): boolean {
  try {
    parseEdtf(edtf);
    return true;
  } catch (e) {
    const code = e instanceof EdtfError ? e.code : 'invalid-date';
    report(code, code === 'end-before-start' ? 'end_date' : 'start_date', `${(e as Error).message}; ${consequence}`);
    return false;
  }
}

function hasDate(d: unknown): d is Record<string, unknown> {
  return isObject(d) && isGiven(d.year);
}

function isGiven(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

function slideText(slide: Record<string, unknown>): { headline: string; text: string } {
  const t = isObject(slide.text) ? slide.text : {};
  return { headline: html(t.headline), text: html(t.text) };
}

function displayDate(slide: Record<string, unknown>): string {
  const own = html(slide.display_date);
  if (own) return own;
  const start = isObject(slide.start_date) ? html(slide.start_date.display_date) : '';
  const end = isObject(slide.end_date) ? html(slide.end_date.display_date) : '';
  return start && end ? `${start} – ${end}` : start;
}

const IMAGE_FILE = /\.(jpe?g|png|gif|svg|webp|avif|bmp)$/i;
/** Hosts and markup TimelineJS embeds; a host must start the name (so dropbox.com is not x.com). */
const NOT_IMAGES: ReadonlyArray<[RegExp, string]> = [
  [/<\s*iframe/i, 'an <iframe> embed'],
  [/<\s*blockquote/i, 'an embedded quote'],
  [/^\s*</, 'HTML'],
  [/(^|[/.])(youtube\.com|youtu\.be)\//i, 'a YouTube video'],
  [/(^|[/.])vimeo\.com\//i, 'a Vimeo video'],
  [/(^|[/.])(twitter|x)\.com\//i, 'a tweet'],
  [/wiki(pedia|media)\.org\/wiki\//i, 'a Wikipedia page'],
  [/(^|[/.])soundcloud\.com\//i, 'a SoundCloud track'],
  [/(^|[/.])spotify\.com\//i, 'a Spotify embed'],
  [/(^|[/.])instagram\.com\//i, 'an Instagram post'],
  [/(^|[/.])google\.[a-z.]{2,8}\/maps|maps\.google\./i, 'a Google Map'],
];

/**
 * Image media only: TimelineJS also embeds videos, tweets, maps and raw HTML,
 * which we never render. URL safety (scheme, etc.) is left to normalize().
 */
function slideMedia(m: unknown, report: SlideReport): EventMedia | null {
  if (!isObject(m) || typeof m.url !== 'string' || m.url.trim() === '') return null;
  const url = m.url.trim();
  const kind = NOT_IMAGES.find(([re]) => re.test(url))?.[1];
  if (kind !== undefined || !IMAGE_FILE.test(url.split(/[?#]/)[0]!)) {
    const what = kind ?? `${describeValue(url)}, not an image file,`;
    report('unsupported-media', 'media.url', `${what} is not an image; only images are shown, so the media is dropped`);
    return null;
  }
  const media: EventMedia = { url };
  const caption = html(m.caption);
  const credit = html(m.credit);
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  return media;
}

function slideId(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Text of an HTML field; numbers are accepted, anything else is empty. */
function html(v: unknown): string {
  if (typeof v === 'string') return htmlToText(v);
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function plain(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]!;
  return line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
