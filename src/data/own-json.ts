/**
 * Our own JSON format, read without the importers: the part of
 * `parseDataset()` that the element needs for most pages, so that the CSV and
 * TimelineJS importers can stay out of the single-file bundle's first file
 * (see `read-dataset.ts`).
 */
import { normalize, type NormalizedDataset } from './normalize.js';
import type { Problem } from './problems.js';

/** `json` is our own JSON format; TimelineJS JSON is `timelinejs`. */
export type DatasetFormat = 'json' | 'timelinejs' | 'csv';

/** Options of {@link parseDataset}. */
export interface ParseDatasetOptions {
  /** Default `auto`: detect from the content type and the text. */
  format?: 'auto' | DatasetFormat;
  /** The response's Content-Type, if known. */
  contentType?: string | null;
  /** IANA zone for values with a time of day; see {@link normalize}. Default `UTC`. */
  timeZone?: string;
}

/** What {@link parseDataset} returns: a {@link NormalizedDataset} plus what was read. */
export interface ParsedDataset extends NormalizedDataset {
  /** TimelineJS's title slide headline; null for our JSON format. */
  title: string | null;
  /** The format read, or null when none could be. */
  format: DatasetFormat | null;
}

/**
 * `text` read as our JSON format, or null when it may be anything else (CSV,
 * TimelineJS, HTML, invalid JSON, or a `format` other than `auto`/`json`):
 * `parseDataset()` decides those, with the same result as if it had read all.
 */
export function ownJson(text: string, options: ParseDatasetOptions = {}): ParsedDataset | null {
  const format = options.format ?? 'auto';
  if (typeof text !== 'string' || (format !== 'auto' && format !== 'json')) return null;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.trimStart().slice(0, 1);
  if (head !== '{' && head !== '[') return null;
  if (/(^|\/)(csv|comma-separated-values)\b/.test((options.contentType ?? '').toLowerCase())) return null;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (format === 'auto' && isTimelineJs(json)) return null;
  if (isObject(json) && isObject(json.timeline)) return null;
  return ownDataset(json, options);
}

/** Parsed JSON in our format, normalized, its problems in record order. */
export function ownDataset(json: unknown, options: ParseDatasetOptions): ParsedDataset {
  const n = normalize(json, { timeZone: options.timeZone });
  return { ...n, problems: inRecordOrder(n.problems), title: null, format: 'json' };
}

/** TimelineJS JSON: an events array whose slides have `start_date`, or no events but a title slide. */
export function isTimelineJs(json: unknown): boolean {
  if (!isObject(json) || !Array.isArray(json.events)) return false;
  if (json.events.some((e) => isObject(e) && 'start_date' in e)) return true;
  return json.events.length === 0 && isObject(json.title);
}

/**
 * Input-wide problems (index -1) first, then by record. The sort is stable, so
 * within a record the importer's come first.
 */
export function inRecordOrder(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.index - b.index);
}

/** A plain object (not an array, not null). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
