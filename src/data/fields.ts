/**
 * Validators for the fields of a record and of a dataset, used by normalize():
 * each takes a raw value, returns what is kept, and reports what is wrong
 * through a {@link Report}. None throws.
 */
import { EdtfError, parseEdtf } from './edtf.js';
import { describeValue, type ProblemCode } from './problems.js';
import type {
  Corroboration,
  DatasetSource,
  EventLink,
  EventMedia,
  EventSourceRef,
  TimelineEra,
  TimelineEvent,
} from './types.js';

/** Records one problem: `index` is the record's (-1 for the dataset), `id` its id when known. */
export type Report = (
  code: ProblemCode,
  index: number,
  id: string | null,
  field: string | null,
  detail: string,
) => void;

const VIDEO_HOSTS =
  /^(?:https?:)?\/\/(?:[^/?#]*\.)?(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com)(?:[/?#:]|$)/i;
const NON_IMAGE = /\.(mp4|webm|mov|avi|mkv|mp3|wav|ogg|pdf|html?|php|js|json|txt|zip)$/i;

/**
 * An optional string field: null when absent; a finite number becomes its
 * string (a warning); anything else is dropped.
 */
export function optionalString(v: unknown, i: number, id: string | null, field: string, report: Report): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) {
    report('invalid-type', i, id, field, `expected a string, got the number ${v}; using "${v}"`);
    return String(v);
  }
  report('invalid-type', i, id, field, `expected a string, got ${describeValue(v)}; the field is dropped`);
  return null;
}

/** A flag (`draft`, `featured`): true or false; false when absent, and anything else is reported and dropped. */
export function normalizeFlag(
  v: unknown,
  i: number,
  id: string | null,
  field: 'draft' | 'featured',
  report: Report,
): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  report('invalid-type', i, id, field, `expected true or false, got ${describeValue(v)}; the field is dropped`);
  return false;
}

/**
 * CSS colour syntax: a hex colour, a keyword, or a colour function of numbers, units and separators. Checked by
 * shape only (not every keyword is a colour): the value is only ever set through CSSOM, where a wrong one is inert.
 */
const COLOR =
  /^(#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})|[a-z]{3,20}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\w\s.,%/+-]{1,60}\))$/i;

/** `color`: a CSS colour (see {@link COLOR}), trimmed, or null; anything else is reported and dropped. */
export function normalizeColor(v: unknown, i: number, id: string | null, report: Report): string | null {
  if (v === undefined || v === null) return null;
  const color = typeof v === 'string' ? v.trim() : '';
  if (COLOR.test(color)) return color;
  report(
    'invalid-type',
    i,
    id,
    'color',
    `expected a CSS colour such as #1a2b3c, got ${describeValue(v)}; it is dropped`,
  );
  return null;
}

/** `confidence`: a finite number from 0 to 1, or null; anything else is reported and dropped. */
export function normalizeConfidence(v: unknown, i: number, id: string | null, report: Report): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1) return v;
  const detail = `expected a number from 0 to 1, got ${describeValue(v)}; the field is dropped`;
  report('invalid-type', i, id, 'confidence', detail);
  return null;
}

/** A list of strings, trimmed and without repeats; a lone string becomes a one-item list, bad items are dropped. */
export function stringArray(v: unknown, i: number, id: string | null, field: string, report: Report): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    report('invalid-type', i, id, field, `expected an array of strings, got a string; using ["${v}"]`);
    return v.trim() ? [v.trim()] : [];
  }
  if (!Array.isArray(v)) {
    report('invalid-type', i, id, field, `expected an array of strings, got ${describeValue(v)}; the field is dropped`);
    return [];
  }
  const out: string[] = [];
  v.forEach((x, k) => {
    if (typeof x === 'string' && x.trim() !== '') {
      if (!out.includes(x.trim())) out.push(x.trim());
    } else {
      const detail = `expected a non-empty string, got ${describeValue(x)}; it is dropped`;
      report('invalid-type', i, id, `${field}[${k}]`, detail);
    }
  });
  return out;
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True for an http(s) URL or a relative reference (which resolves to the page's own scheme). */
function isSafeImageUrl(url: string): boolean {
  if (isHttpUrl(url)) return true;
  // A relative reference has no scheme before its first "/", "?" or "#".
  return url.trim() !== '' && !/^[^/?#]*:/.test(url) && !/[\u0000-\u001f\\]/.test(url);
}

/** `links`: the `{url, label?}` items with an http(s) URL; every other item is reported and dropped. */
export function normalizeLinks(v: unknown, i: number, id: string | null, report: Report): EventLink[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    const detail = `expected an array of {url, label}, got ${describeValue(v)}; the field is dropped`;
    report('invalid-type', i, id, 'links', detail);
    return [];
  }
  const out: EventLink[] = [];
  v.forEach((l, k) => {
    if (!isObject(l)) {
      report('invalid-type', i, id, `links[${k}]`, `expected {url, label}, got ${describeValue(l)}; it is dropped`);
      return;
    }
    if (!isHttpUrl(l.url)) {
      const detail = `${describeValue(l.url)} is not an http or https URL; the link is dropped`;
      report('invalid-url', i, id, `links[${k}].url`, detail);
      return;
    }
    const link: EventLink = { url: l.url as string };
    if (typeof l.label === 'string' && l.label.trim()) link.label = l.label;
    out.push(link);
  });
  return out;
}

/** `media`: an image with an http(s) or relative URL, or null; video hosts and non-image files are dropped. */
export function normalizeMedia(v: unknown, i: number, id: string | null, report: Report): EventMedia | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.url !== 'string') {
    const detail = `expected {url, caption, credit}, got ${describeValue(v)}; the field is dropped`;
    report('invalid-type', i, id, 'media', detail);
    return null;
  }
  if (!isSafeImageUrl(v.url)) {
    const detail = `${describeValue(v.url)} is not an http(s) or relative URL; the image is dropped`;
    report('invalid-url', i, id, 'media.url', detail);
    return null;
  }
  if (NON_IMAGE.test(v.url.split(/[?#]/)[0]!) || VIDEO_HOSTS.test(v.url)) {
    const detail = `"${v.url}" is not an image; only images are shown, so it is dropped`;
    report('unsupported-media', i, id, 'media.url', detail);
    return null;
  }
  const m: EventMedia = { url: v.url };
  if (typeof v.caption === 'string') m.caption = v.caption;
  if (typeof v.credit === 'string') m.credit = v.credit;
  return m;
}

/** `source`: the quote, its offsets when they span exactly the quote, and an http(s) URL; or null. */
export function normalizeSourceRef(v: unknown, i: number, id: string | null, report: Report): EventSourceRef | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.quote !== 'string' || v.quote === '') {
    const detail = `expected {quote, start, end} with a non-empty quote, got ${describeValue(v)}; the field is dropped`;
    report('invalid-source', i, id, 'source', detail);
    return null;
  }
  const ref: EventSourceRef = { quote: v.quote };
  if (v.start !== undefined || v.end !== undefined) {
    const ok =
      Number.isInteger(v.start) &&
      Number.isInteger(v.end) &&
      (v.start as number) >= 0 &&
      (v.end as number) - (v.start as number) === v.quote.length;
    if (ok) {
      ref.start = v.start as number;
      ref.end = v.end as number;
    } else {
      const offsets = `${describeValue(v.start)}..${describeValue(v.end)}`;
      const detail = `offsets ${offsets} do not span the quote's ${v.quote.length} characters; they are dropped`;
      report('invalid-source', i, id, 'source.start', detail);
    }
  }
  if (v.url !== undefined) {
    if (isHttpUrl(v.url)) ref.url = v.url as string;
    else report('invalid-url', i, id, 'source.url', notHttp(v.url, 'it is dropped'));
  }
  return ref;
}

/** `corroboration`: `{date, note, url?}` with its date parsed as EDTF, or null when it cannot be used. */
export function normalizeCorroboration(
  v: unknown,
  i: number,
  id: string | null,
  timeZone: string,
  report: Report,
): TimelineEvent['corroboration'] {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.date !== 'string' || typeof v.note !== 'string') {
    const detail = `expected {date, note, url?}, got ${describeValue(v)}; it is dropped`;
    report('invalid-corroboration', i, id, 'corroboration', detail);
    return null;
  }
  let parsed;
  try {
    parsed = parseEdtf(v.date, { timeZone });
  } catch (e) {
    const detail = `${(e as Error).message}; the corroboration is dropped`;
    report('invalid-corroboration', i, id, 'corroboration.date', detail);
    return null;
  }
  const c: Corroboration & { parsed: typeof parsed } = { date: v.date, note: v.note, parsed };
  if (v.url !== undefined) {
    if (isHttpUrl(v.url)) c.url = v.url as string;
    else report('invalid-url', i, id, 'corroboration.url', notHttp(v.url, 'it is dropped'));
  }
  return c;
}

/** The dataset's `source` (the publication), or null; a bad `published` date or URL is left out. */
export function normalizeSource(v: unknown, report: Report): DatasetSource | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.title !== 'string') {
    const detail = `expected {title, publisher, published, file, url?}, got ${describeValue(v)}; it is ignored`;
    report('invalid-type', -1, null, 'source', detail);
    return null;
  }
  const s: DatasetSource = { title: v.title };
  if (typeof v.publisher === 'string') s.publisher = v.publisher;
  if (typeof v.published === 'string') {
    try {
      parseEdtf(v.published);
      s.published = v.published;
    } catch (e) {
      report('invalid-date', -1, null, 'source.published', `${(e as Error).message}; it is ignored`);
    }
  }
  if (typeof v.file === 'string') s.file = v.file;
  if (v.url !== undefined) {
    if (isHttpUrl(v.url)) s.url = v.url as string;
    else report('invalid-url', -1, null, 'source.url', notHttp(v.url, 'it is ignored'));
  }
  return s;
}

/** The dataset's `eras`, each with its date parsed; an era that cannot be read is reported and skipped. */
export function normalizeEras(v: unknown, timeZone: string, report: Report): TimelineEra[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    const detail = `expected an array of {title, date}, got ${describeValue(v)}; eras are ignored`;
    report('invalid-type', -1, null, 'eras', detail);
    return [];
  }
  const out: TimelineEra[] = [];
  v.forEach((e, k) => {
    if (!isObject(e) || typeof e.title !== 'string' || typeof e.date !== 'string') {
      const detail = `expected {title, date}, got ${describeValue(e)}; the era is skipped`;
      report('invalid-type', -1, null, `eras[${k}]`, detail);
      return;
    }
    try {
      out.push({ title: e.title, date: parseEdtf(e.date, { timeZone }) });
    } catch (err) {
      const code = err instanceof EdtfError ? err.code : 'invalid-date';
      report(code, -1, null, `eras[${k}].date`, `${(err as Error).message}; the era is skipped`);
    }
  });
  return out;
}

/** The message for a URL that is not http(s), ending with what happens to it. */
function notHttp(url: unknown, consequence: string): string {
  return `${describeValue(url)} is not an http or https URL; ${consequence}`;
}

/** True for a plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
