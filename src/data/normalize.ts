/**
 * Raw records to validated events: `normalize()` and its incremental twin
 * `normalizeAppend()`, with id generation and before/after references. The
 * validators of the single fields are in fields.ts.
 */
import { EdtfError, parseEdtf } from './edtf.js';
import {
  isObject,
  normalizeColor,
  normalizeConfidence,
  normalizeCorroboration,
  normalizeFlag,
  normalizeEras,
  normalizeLinks,
  normalizeMedia,
  normalizeSource,
  normalizeSourceRef,
  optionalString,
  stringArray,
  type Report,
} from './fields.js';
import { describeValue, problem, type Problem } from './problems.js';
import { EVENT_KINDS, type DatasetSource, type TimelineEra, type TimelineEvent } from './types.js';

// Moved to fields.ts; still exported here for code that imports it from this module.
export { isHttpUrl } from './fields.js';

/** Options of {@link normalize} and {@link normalizeAppend}. */
export interface NormalizeOptions {
  /** IANA zone for values with a time of day. Default `UTC`. */
  timeZone?: string;
  /** How messages name record `index`, e.g. `Row 5` for CSV. Default `Record <index + 1>`. */
  recordName?: (index: number) => string;
}

/** The result of {@link normalize}: every valid event, and every problem found. */
export interface NormalizedDataset {
  /** The valid events, in input order, each with a unique id. */
  events: TimelineEvent[];
  /** The valid eras (background periods), in input order. */
  eras: TimelineEra[];
  /** The dataset's `source`, or null when it has none (or an array of records was given). */
  source: DatasetSource | null;
  /** Every problem found, whole-input ones first, then by record. */
  problems: Problem[];
}

const KNOWN_KINDS: ReadonlySet<string> = new Set(EVENT_KINDS);
const MAX_MESSAGE = 600;
const EVENT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'kind',
  'date',
  'dateText',
  'actors',
  'place',
  'summary',
  'links',
  'media',
  'source',
  'before',
  'after',
  'corroboration',
  'group',
  'color',
  'draft',
  'confidence',
  'featured',
]);

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
    const detail = `expected an array of events or an object with an "events" array, got ${describeValue(input)}`;
    report('invalid-input', -1, null, null, detail);
    return { events: [], eras: [], source: null, problems };
  }

  // Explicit ids claim their names first, so a generated or suffixed id never steals one
  // (gathered only when an id has to be made: most datasets give every record its own).
  let taken: Set<string> | undefined;
  const explicitIds = () => {
    if (!taken) {
      taken = new Set<string>();
      for (const r of records) {
        if (isObject(r) && typeof r.id === 'string' && r.id.trim() !== '') taken.add(r.id.trim());
      }
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
    if (earlier && (records[earlier.index] as { id?: unknown }).id !== earlier.id) {
      return normalize([...records], options);
    }
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
          if (kept.includes(ref)) continue;
          report('unknown-reference', ev.index, ev.id, rel, `"${ref}" names no other event; the reference is dropped`);
        }
        ev[rel] = kept;
      }
    }
  }
}

/** Problems sorted by record (whole-input ones first), keeping their order within a record. */
function inRecordOrder(problems: Problem[]): Problem[] {
  return problems
    .map((p, k) => [p, k] as const)
    .sort((a, b) => a[0].index - b[0].index || a[1] - b[1])
    .map(([p]) => p);
}

/** Reports into `problems`, keeping each message readable whatever the size of the values it quotes (a 1 MB date). */
function reporter(problems: Problem[], recordName: NormalizeOptions['recordName']): Report {
  return (code, index, id, field, detail) => {
    const p = problem(code, index, id, field, detail, recordName);
    if (p.message.length > MAX_MESSAGE) {
      p.message = problem(code, index, id && clip(id), field && clip(field), clip(detail, 400), recordName).message;
    }
    problems.push(p);
  };
}

/**
 * A long text's start and its longer end (where a message gives the reason)
 * around an ellipsis, never splitting a surrogate pair.
 */
function clip(s: string, max = 200): string {
  if (s.length <= max) return s;
  let a = Math.round(max * 0.3);
  let b = s.length - (max - a);
  if (/[\ud800-\udbff]/.test(s.charAt(a - 1))) a--;
  if (/[\udc00-\udfff]/.test(s.charAt(b))) b++;
  return `${s.slice(0, a)}…${s.slice(b)}`;
}

/** One record as an event with its id as given (or ''), or null after reporting why it is skipped. */
function normalizeRecord(r: unknown, i: number, timeZone: string, report: Report): TimelineEvent | null {
  if (!isObject(r)) {
    report('invalid-record', i, null, null, `expected an object, got ${describeValue(r)}`);
    return null;
  }
  let id = '';
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id === 'string' && r.id.trim() !== '') id = r.id.trim();
    else if (typeof r.id === 'number' && Number.isFinite(r.id)) {
      id = String(r.id);
      report('invalid-type', i, id, 'id', `expected a string id, got the number ${r.id}; using "${id}"`);
    } else {
      const detail = `expected a non-empty string, got ${describeValue(r.id)}; an id is generated`;
      report('invalid-id', i, null, 'id', detail);
    }
  }
  const label = id || null;

  if (typeof r.title !== 'string' || r.title.trim() === '') {
    const detail =
      r.title === undefined ? 'the title is missing' : `expected a non-empty string, got ${describeValue(r.title)}`;
    // The record is skipped, so this is an error whatever the title's type: missing-title, never a warning.
    report('missing-title', i, label, 'title', `${detail}; the record is skipped`);
    return null;
  }
  const title = r.title.trim();

  if (!('date' in r) || r.date === undefined) {
    const detail = 'the date field is missing (use null for an undated event); the record is skipped';
    report('missing-date', i, label, 'date', detail);
    return null;
  }
  let date = null;
  if (r.date !== null) {
    if (typeof r.date !== 'string') {
      const detail = `expected an EDTF string or null, got ${describeValue(r.date)}; the record is skipped`;
      report('invalid-date', i, label, 'date', detail);
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
    if (!EVENT_FIELDS.has(key) && Object.hasOwn(r, key)) {
      report('unknown-field', i, label, key, 'this field is not part of the format and is ignored');
    }
  }

  let kind = 'other';
  if (r.kind !== undefined && r.kind !== null) {
    if (typeof r.kind !== 'string' || r.kind.trim() === '') {
      report('invalid-type', i, label, 'kind', `expected a string, got ${describeValue(r.kind)}; using "other"`);
    } else {
      kind = r.kind.trim();
      if (!KNOWN_KINDS.has(kind)) {
        const detail = `"${kind}" is not one of ${EVENT_KINDS.join(', ')}; it is drawn with a generic shape`;
        report('unknown-kind', i, label, 'kind', detail);
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
    color: normalizeColor(r.color, i, label, report),
    draft: normalizeFlag(r.draft, i, label, 'draft', report),
    confidence: normalizeConfidence(r.confidence, i, label, report),
    featured: normalizeFlag(r.featured, i, label, 'featured', report),
  };
}

/**
 * A kebab-case id from a title, at most 60 characters; a title with no ASCII
 * letter or digit (once accents are stripped) gets `event-` and a content hash. How normalize()
 * makes the id of a record that has none. Not exported by the data index.
 */
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
