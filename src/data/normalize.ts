import { EdtfError, parseEdtf } from './edtf.js';
import { problem, type Problem, type ProblemCode } from './problems.js';
import {
  EVENT_KINDS,
  type Corroboration,
  type DatasetSource,
  type EventLink,
  type EventMedia,
  type EventSourceRef,
  type TimelineEra,
  type TimelineEvent,
} from './types.js';

export interface NormalizeOptions {
  /** IANA zone for values with a time of day. Default `UTC`. */
  timeZone?: string;
  /** How messages name record `index`, e.g. `Row 5` for CSV. Default `Record <index + 1>`. */
  recordName?: (index: number) => string;
}

type Report = (code: ProblemCode, index: number, id: string | null, field: string | null, detail: string) => void;

/** The result of {@link normalize}: every valid event, and every problem found. */
export interface NormalizedDataset {
  events: TimelineEvent[];
  eras: TimelineEra[];
  source: DatasetSource | null;
  problems: Problem[];
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);
const MAX_MESSAGE = 600;
const EVENT_FIELDS: ReadonlySet<string> = new Set([
  'id', 'title', 'kind', 'date', 'dateText', 'actors', 'place', 'summary', 'links',
  'media', 'source', 'before', 'after', 'corroboration', 'group',
]);
const VIDEO_HOSTS = /^(?:https?:)?\/\/(?:[^/?#]*\.)?(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com)(?:[/?#:]|$)/i;
const NON_IMAGE = /\.(mp4|webm|mov|avi|mkv|mp3|wav|ogg|pdf|html?|php|js|json|txt|zip)$/i;

/**
 * Turns raw input (an array of records in our format, or a dataset object
 * `{source, events, eras}`) into validated events plus problems. Never throws:
 * a bad record is reported and skipped (or repaired, for warnings), and every
 * valid record is kept.
 */
export function normalize(input: unknown, options: NormalizeOptions = {}): NormalizedDataset {
  const problems: Problem[] = [];
  const report = reporter(problems, options.recordName);
  const timeZone = options.timeZone ?? 'UTC';
  let records: unknown[];
  let rawEras: unknown = undefined;
  let source: DatasetSource | null = null;

  if (Array.isArray(input)) records = input;
  else if (isObject(input) && Array.isArray(input.events)) {
    records = input.events;
    rawEras = input.eras;
    source = normalizeSource(input.source, report);
  } else {
    report('invalid-input', -1, null, null, `expected an array of events or an object with an "events" array, got ${describe(input)}`);
    return { events: [], eras: [], source: null, problems };
  }

  // Explicit ids claim their names first, so a generated or suffixed id never steals one
  // (gathered only when an id has to be made: most datasets give every record its own).
  let taken: Set<string> | undefined;
  const explicitIds = () => {
    if (!taken) {
      taken = new Set<string>();
      for (const r of records) if (isObject(r) && typeof r.id === 'string' && r.id.trim() !== '') taken.add(r.id.trim());
    }
    return taken;
  };
  const seen = new Set<string>();
  const events = normalizeRecords(records, 0, timeZone, explicitIds, seen, report);
  checkReferences(events, seen, report);
  const eras = normalizeEras(rawEras, timeZone, report);
  return { events, eras, source, problems: inRecordOrder(problems) };
}

/**
 * Incremental normalization for `records` whose first `from` entries are the
 * very objects `previous` was normalized from (records are treated as
 * immutable: replace one to change it). Only the new records are validated;
 * references that the new ids now satisfy are restored. The result equals
 * `normalize(records)`; when it could not (a new explicit id equals an id the
 * earlier records had generated), it is `normalize(records)`.
 */
export function normalizeAppend(
  previous: NormalizedDataset,
  records: readonly unknown[],
  from: number,
  options: NormalizeOptions = {},
): NormalizedDataset {
  const timeZone = options.timeZone ?? 'UTC';
  const byId = new Map(previous.events.map((e) => [e.id, e]));
  const taken = new Set(byId.keys());
  // As in normalize: every explicit id claims its name, even on a record that was skipped.
  for (let i = 0; i < from; i++) {
    const r = records[i];
    if (isObject(r) && typeof r.id === 'string' && r.id.trim() !== '') taken.add(r.id.trim());
  }
  for (let i = from; i < records.length; i++) {
    const r = records[i];
    if (!isObject(r) || typeof r.id !== 'string' || r.id.trim() === '') continue;
    const id = r.id.trim();
    const earlier = byId.get(id);
    // An earlier record generated this id; normalizing all at once would have chosen another.
    if (earlier && (records[earlier.index] as { id?: unknown }).id !== earlier.id) return normalize([...records], options);
    taken.add(id);
  }
  const problems: Problem[] = previous.problems.filter((p) => p.code !== 'unknown-reference');
  const report = reporter(problems, options.recordName);
  const added = normalizeRecords(records, from, timeZone, () => taken, new Set(byId.keys()), report);
  const events = previous.events.slice();
  // Re-read the earlier events' references from their records (new ids may satisfy them now),
  // copying only events that have any, so `previous` is left as it was.
  events.forEach((e, k) => {
    const r = records[e.index] as { before?: unknown; after?: unknown };
    if (r.before == null && r.after == null) return;
    const before = stringArray(r.before, e.index, e.id, 'before', () => {});
    const after = stringArray(r.after, e.index, e.id, 'after', () => {});
    if (before.length || after.length) events[k] = { ...e, before, after };
  });
  events.push(...added);
  checkReferences(events, new Set(events.map((e) => e.id)), report);
  return { events, eras: previous.eras, source: previous.source, problems: inRecordOrder(problems) };
}

/** Validates records[from…] and gives each a unique id (see normalize). */
function normalizeRecords(
  records: readonly unknown[],
  from: number,
  timeZone: string,
  taken: () => ReadonlySet<string>,
  seen: Set<string>,
  report: Report,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const nextSuffix = new Map<string, number>();
  for (let i = from; i < records.length; i++) {
    const ev = normalizeRecord(records[i], i, timeZone, report);
    if (!ev) continue;
    let id: string;
    const given = ev.id;
    if (given !== '' && !seen.has(given)) {
      id = given;
    } else {
      const base = given !== '' ? given : slugify(ev.title);
      id = base;
      // Resume from the last suffix tried for this base: many equal titles stay linear.
      let n = nextSuffix.get(base) ?? 2;
      while (taken().has(id) || seen.has(id)) id = `${base}-${n++}`;
      nextSuffix.set(base, n);
      if (given !== '') report('duplicate-id', i, given, 'id', `the id "${given}" is already used; kept as "${id}"`);
    }
    // Ids made so far are in `seen`, which every candidate is checked against too.
    seen.add(id);
    ev.id = id;
    events.push(ev);
  }
  return events;
}

/** Drops before/after references to ids that name no other event, reporting each. */
function checkReferences(events: TimelineEvent[], ids: ReadonlySet<string>, report: Report): void {
  for (const ev of events) {
    for (const rel of ['before', 'after'] as const) {
      const kept = ev[rel].filter((ref) => ids.has(ref) && ref !== ev.id);
      if (kept.length !== ev[rel].length) {
        for (const ref of ev[rel]) {
          if (!kept.includes(ref)) report('unknown-reference', ev.index, ev.id, rel, `"${ref}" names no other event; the reference is dropped`);
        }
        ev[rel] = kept;
      }
    }
  }
}

/** Problems sorted by record (whole-input ones first), keeping their order within a record. */
function inRecordOrder(problems: Problem[]): Problem[] {
  return problems.map((p, k) => [p, k] as const).sort((a, b) => a[0].index - b[0].index || a[1] - b[1]).map(([p]) => p);
}

/** Reports into `problems`, keeping each message readable whatever the size of the values it quotes (a 1 MB date). */
function reporter(problems: Problem[], recordName: NormalizeOptions['recordName']): Report {
  return (code, index, id, field, detail) => {
    const p = problem(code, index, id, field, detail, recordName);
    if (p.message.length > MAX_MESSAGE) p.message = problem(code, index, id && clip(id), field && clip(field), clip(detail, 400), recordName).message;
    problems.push(p);
  };
}

/** A long text's start and its longer end (where a message gives the reason) around an ellipsis, never splitting a surrogate pair. */
function clip(s: string, max = 200): string {
  if (s.length <= max) return s;
  let a = Math.round(max * 0.3);
  let b = s.length - (max - a);
  if (/[\ud800-\udbff]/.test(s.charAt(a - 1))) a--;
  if (/[\udc00-\udfff]/.test(s.charAt(b))) b++;
  return `${s.slice(0, a)}…${s.slice(b)}`;
}

function normalizeRecord(r: unknown, i: number, timeZone: string, report: Report): TimelineEvent | null {
  if (!isObject(r)) {
    report('invalid-record', i, null, null, `expected an object, got ${describe(r)}`);
    return null;
  }
  let id = '';
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id === 'string' && r.id.trim() !== '') id = r.id.trim();
    else if (typeof r.id === 'number' && Number.isFinite(r.id)) {
      id = String(r.id);
      report('invalid-type', i, id, 'id', `expected a string id, got the number ${r.id}; using "${id}"`);
    } else {
      report('invalid-id', i, null, 'id', `expected a non-empty string, got ${describe(r.id)}; an id is generated`);
    }
  }
  const label = id || null;

  if (typeof r.title !== 'string' || r.title.trim() === '') {
    const detail = r.title === undefined ? 'the title is missing' : `expected a non-empty string, got ${describe(r.title)}`;
    // The record is skipped, so this is an error whatever the title's type: missing-title, never a warning.
    report('missing-title', i, label, 'title', `${detail}; the record is skipped`);
    return null;
  }
  const title = r.title.trim();

  if (!('date' in r) || r.date === undefined) {
    report('missing-date', i, label, 'date', 'the date field is missing (use null for an undated event); the record is skipped');
    return null;
  }
  let date = null;
  if (r.date !== null) {
    if (typeof r.date !== 'string') {
      report('invalid-date', i, label, 'date', `expected an EDTF string or null, got ${describe(r.date)}; the record is skipped`);
      return null;
    }
    try {
      date = parseEdtf(r.date, { timeZone });
    } catch (e) {
      const code = e instanceof EdtfError ? e.code : 'invalid-date';
      report(code, i, label, 'date', `${(e as Error).message}; the record is skipped`);
      return null;
    }
  }

  // for…in rather than Object.keys: no array per record (records are plain JSON objects).
  for (const key in r) {
    if (!EVENT_FIELDS.has(key) && Object.hasOwn(r, key)) report('unknown-field', i, label, key, 'this field is not part of the format and is ignored');
  }

  let kind = 'other';
  if (r.kind !== undefined && r.kind !== null) {
    if (typeof r.kind !== 'string' || r.kind.trim() === '') {
      report('invalid-type', i, label, 'kind', `expected a string, got ${describe(r.kind)}; using "other"`);
    } else {
      kind = r.kind.trim();
      if (!KNOWN_KINDS.has(kind)) {
        report('unknown-kind', i, label, 'kind', `"${kind}" is not one of ${EVENT_KINDS.join(', ')}; it is drawn with a generic shape`);
      }
    }
  }

  return {
    id,
    index: i,
    title,
    kind,
    date,
    dateText: optionalString(r.dateText, i, label, 'dateText', report),
    actors: stringArray(r.actors, i, label, 'actors', report),
    place: optionalString(r.place, i, label, 'place', report),
    summary: optionalString(r.summary, i, label, 'summary', report),
    links: normalizeLinks(r.links, i, label, report),
    media: normalizeMedia(r.media, i, label, report),
    source: normalizeSourceRef(r.source, i, label, report),
    before: stringArray(r.before, i, label, 'before', report),
    after: stringArray(r.after, i, label, 'after', report),
    corroboration: normalizeCorroboration(r.corroboration, i, label, timeZone, report),
    group: optionalString(r.group, i, label, 'group', report),
  };
}

function optionalString(v: unknown, i: number, id: string | null, field: string, report: Report): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) {
    report('invalid-type', i, id, field, `expected a string, got the number ${v}; using "${v}"`);
    return String(v);
  }
  report('invalid-type', i, id, field, `expected a string, got ${describe(v)}; the field is dropped`);
  return null;
}

function stringArray(v: unknown, i: number, id: string | null, field: string, report: Report): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    report('invalid-type', i, id, field, `expected an array of strings, got a string; using ["${v}"]`);
    return v.trim() ? [v.trim()] : [];
  }
  if (!Array.isArray(v)) {
    report('invalid-type', i, id, field, `expected an array of strings, got ${describe(v)}; the field is dropped`);
    return [];
  }
  const out: string[] = [];
  v.forEach((x, k) => {
    if (typeof x === 'string' && x.trim() !== '') {
      if (!out.includes(x.trim())) out.push(x.trim());
    } else report('invalid-type', i, id, `${field}[${k}]`, `expected a non-empty string, got ${describe(x)}; it is dropped`);
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

function normalizeLinks(v: unknown, i: number, id: string | null, report: Report): EventLink[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    report('invalid-type', i, id, 'links', `expected an array of {url, label}, got ${describe(v)}; the field is dropped`);
    return [];
  }
  const out: EventLink[] = [];
  v.forEach((l, k) => {
    if (!isObject(l)) {
      report('invalid-type', i, id, `links[${k}]`, `expected {url, label}, got ${describe(l)}; it is dropped`);
      return;
    }
    if (!isHttpUrl(l.url)) {
      report('invalid-url', i, id, `links[${k}].url`, `${describe(l.url)} is not an http or https URL; the link is dropped`);
      return;
    }
    const link: EventLink = { url: l.url as string };
    if (typeof l.label === 'string' && l.label.trim()) link.label = l.label;
    out.push(link);
  });
  return out;
}

function normalizeMedia(v: unknown, i: number, id: string | null, report: Report): EventMedia | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.url !== 'string') {
    report('invalid-type', i, id, 'media', `expected {url, caption, credit}, got ${describe(v)}; the field is dropped`);
    return null;
  }
  if (!isSafeImageUrl(v.url)) {
    report('invalid-url', i, id, 'media.url', `${describe(v.url)} is not an http(s) or relative URL; the image is dropped`);
    return null;
  }
  if (NON_IMAGE.test(v.url.split(/[?#]/)[0]!) || VIDEO_HOSTS.test(v.url)) {
    report('unsupported-media', i, id, 'media.url', `"${v.url}" is not an image; only images are shown, so it is dropped`);
    return null;
  }
  const m: EventMedia = { url: v.url };
  if (typeof v.caption === 'string') m.caption = v.caption;
  if (typeof v.credit === 'string') m.credit = v.credit;
  return m;
}

function normalizeSourceRef(v: unknown, i: number, id: string | null, report: Report): EventSourceRef | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.quote !== 'string' || v.quote === '') {
    report('invalid-source', i, id, 'source', `expected {quote, start, end} with a non-empty quote, got ${describe(v)}; the field is dropped`);
    return null;
  }
  const ref: EventSourceRef = { quote: v.quote };
  if (v.start !== undefined || v.end !== undefined) {
    const ok =
      Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.end as number) - (v.start as number) === v.quote.length;
    if (ok) {
      ref.start = v.start as number;
      ref.end = v.end as number;
    } else {
      report('invalid-source', i, id, 'source.start', `offsets ${describe(v.start)}..${describe(v.end)} do not span the quote's ${v.quote.length} characters; they are dropped`);
    }
  }
  if (v.url !== undefined) {
    if (isHttpUrl(v.url)) ref.url = v.url as string;
    else report('invalid-url', i, id, 'source.url', `${describe(v.url)} is not an http or https URL; it is dropped`);
  }
  return ref;
}

function normalizeCorroboration(
  v: unknown,
  i: number,
  id: string | null,
  timeZone: string,
  report: Report,
): TimelineEvent['corroboration'] {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.date !== 'string' || typeof v.note !== 'string') {
    report('invalid-corroboration', i, id, 'corroboration', `expected {date, note, url?}, got ${describe(v)}; it is dropped`);
    return null;
  }
  let parsed;
  try {
    parsed = parseEdtf(v.date, { timeZone });
  } catch (e) {
    report('invalid-corroboration', i, id, 'corroboration.date', `${(e as Error).message}; the corroboration is dropped`);
    return null;
  }
  const c: Corroboration & { parsed: typeof parsed } = { date: v.date, note: v.note, parsed };
  if (v.url !== undefined) {
    if (isHttpUrl(v.url)) c.url = v.url as string;
    else report('invalid-url', i, id, 'corroboration.url', `${describe(v.url)} is not an http or https URL; it is dropped`);
  }
  return c;
}

function normalizeSource(v: unknown, report: Report): DatasetSource | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v) || typeof v.title !== 'string') {
    report('invalid-type', -1, null, 'source', `expected {title, publisher, published, file, url?}, got ${describe(v)}; it is ignored`);
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
    else report('invalid-url', -1, null, 'source.url', `${describe(v.url)} is not an http or https URL; it is ignored`);
  }
  return s;
}

function normalizeEras(v: unknown, timeZone: string, report: Report): TimelineEra[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    report('invalid-type', -1, null, 'eras', `expected an array of {title, date}, got ${describe(v)}; eras are ignored`);
    return [];
  }
  const out: TimelineEra[] = [];
  v.forEach((e, k) => {
    if (!isObject(e) || typeof e.title !== 'string' || typeof e.date !== 'string') {
      report('invalid-type', -1, null, `eras[${k}]`, `expected {title, date}, got ${describe(e)}; the era is skipped`);
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

/** A kebab-case id from a title; non-Latin titles get a short content hash. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || `event-${hash(title)}`;
}

function hash(s: string): string {
  // FNV-1a, 32-bit: stable across runs and engines.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe description of a value for messages. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? `the string "${v.slice(0, 37)}…"` : `the string "${v}"`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : `the number ${v}`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}
