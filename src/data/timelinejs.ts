/**
 * Imports TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html)
 * into our raw format. The slide and date conversions are shared with the
 * CSV importer, which reads TimelineJS's spreadsheet template.
 */
import { EdtfError, parseEdtf } from './edtf.js';
import type { ImportResult } from './import-result.js';
import { describeValue, problem, type Problem, type ProblemCode } from './problems.js';
import { DATE_PARTS, formatSlideDate, timelineJsDateToEdtf } from './timelinejs-dates.js';
import { html, slideMedia } from './timelinejs-media.js';
import type { RawEra, RawEvent } from './types.js';

/** Reports a problem with one slide; `field` is a TimelineJS path such as `start_date.year`. */
export type SlideReport = (code: ProblemCode, field: string | null, detail: string) => void;

const SKIP_RECORD = 'the record is skipped';
const SKIP_ERA = 'the era is skipped';

/**
 * Converts a TimelineJS timeline object. The title slide becomes `title`;
 * every slide with a readable start date becomes an event (one without a
 * headline or text is named by its caption or date, with a warning); a slide
 * whose date cannot be read is reported (one error each) and left out, and
 * `recordIndex` maps the events back to their slides. A slide's group is
 * kept as the event's `group`. Never throws.
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

/** One slide as an event, or null (after one error report) when its date cannot be read. */
export function timelineJsSlideToEvent(slide: unknown, report: SlideReport): RawEvent | null {
  if (!isObject(slide)) {
    report('invalid-record', null, `expected a TimelineJS slide object, got ${describeValue(slide)}; it is skipped`);
    return null;
  }
  const date = slideDate(slide, report);
  if (date === null) return null;

  const { headline, text } = slideText(slide);
  const dateText = displayDate(slide);
  const { media, links, caption, quote, color } = slideMedia(slide.media, slide.background, report);
  // TimelineJS draws slides without a headline; ours need a title, so fall back to what the reader would see.
  let title = headline || firstLine(text);
  if (!title) {
    title = firstLine(caption) || dateText || formatSlideDate(slide.start_date as Record<string, unknown>);
    const from = caption ? 'media caption' : dateText ? 'display date' : 'date';
    report('fallback-title', 'text.headline', `the slide has no headline or text, so its ${from} is the title`);
  }
  const summary = [text, quote].filter(Boolean).join('\n\n');
  const ev: RawEvent = { title, kind: 'other', date, dateText: dateText || null, summary: summary || null };
  const id = slideId(slide.unique_id);
  if (id !== undefined) ev.id = id;
  const group = plain(slide.group);
  if (group) ev.group = group;
  if (links.length) ev.links = links;
  if (media) ev.media = media;
  if (color) ev.color = color;
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
  const date = `${start.edtf}/${end.last ?? end.edtf}`;
  if (!checkEdtf(date, report, SKIP_ERA)) return null;
  return { title: slideText(era).headline, date };
}

/**
 * The slide's EDTF date, or null after reporting why not: an interval when it
 * has an end date; a date given to the hour is the set of that hour's minutes
 * (`[2023-05-01T10:00..2023-05-01T10:59]`), and as an end, its last minute.
 */
function slideDate(slide: Record<string, unknown>, report: SlideReport): string | null {
  const start = dateField(slide, 'start_date', report, SKIP_RECORD);
  if (start === null) return null;
  let date = start.last ? `[${start.edtf}..${start.last}]` : start.edtf;
  const endDate = slide.end_date;
  if (hasDate(endDate)) {
    const end = dateField(slide, 'end_date', report, SKIP_RECORD);
    if (end === null) return null;
    date = `${start.edtf}/${end.last ?? end.edtf}`;
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
): { edtf: string; last?: string } | null {
  const d = slide[field];
  if (!isObject(d)) {
    const why =
      d === undefined ? `the ${field} is missing` : `expected a date object with a year, got ${describeValue(d)}`;
    report('missing-date', field, `${why}; ${consequence}`);
    return null;
  }
  const r = timelineJsDateToEdtf(d);
  if ('edtf' in r) return r;
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

function slideId(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
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
