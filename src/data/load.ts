/**
 * One entry point for fetched text: detect the format, import, normalize, and
 * return every problem in one list.
 */
import { detectCsvFormat, parseCsv } from './csv.js';
import { normalize, type NormalizedDataset } from './normalize.js';
import { problem, type Problem } from './problems.js';
import { fromTimelineJS } from './timelinejs.js';
import type { ImportResult } from './import-result.js';

// Re-exported where it used to be defined, for code that imports it from here.
export type { ImportResult } from './import-result.js';

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
 * Parses the text of a dataset in our JSON format, TimelineJS JSON, or CSV,
 * and normalizes it. Detection (format `auto`): HTML (a text/html response
 * that is not JSON, or text starting with `<`) is an error; text/csv, or a
 * recognised CSV header row, is CSV; other JSON is TimelineJS when its events
 * have `start_date`, else ours. Importer and normalizer problems come back as
 * one list in record order. Never throws.
 */
export function parseDataset(text: string, options: ParseDatasetOptions = {}): ParsedDataset {
  try {
    return read(text, options);
  } catch (e) {
    // Only a bug gets here; it still must not take the page down.
    return failed(`the data could not be read: ${e instanceof Error ? e.message : String(e)}`, null);
  }
}

function read(text: string, options: ParseDatasetOptions): ParsedDataset {
  if (typeof text !== 'string') return failed('expected the text of a JSON or CSV file', null);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.trimStart().slice(0, 1);
  const type = (options.contentType ?? '').toLowerCase();
  let format = options.format ?? 'auto';

  if (head === '<' || (format === 'auto' && type.includes('html') && head !== '{' && head !== '[')) {
    return failed('the source returned HTML, not JSON or CSV (is the URL right, and is the file public?)', null);
  }
  if (head === '') return failed('the source is empty', null);

  const auto = format === 'auto';
  const csvType = /(^|\/)(csv|comma-separated-values)\b/.test(type);
  if (auto && (csvType || (head !== '{' && head !== '[' && detectCsvFormat(body)))) {
    format = 'csv';
  }
  if (format === 'csv') return finish(parseCsv(body), 'csv', options);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const why = (e as Error).message;
    return failed(
      auto && head !== '{' && head !== '['
        ? `the source is neither JSON (${why}) nor CSV with a recognised header row`
        : `the source is not valid JSON: ${why}`,
      null,
    );
  }
  if (format === 'timelinejs' || (auto && isTimelineJs(json))) {
    return finish(fromTimelineJS(json), 'timelinejs', options);
  }
  if (isObject(json) && isObject(json.timeline) && Array.isArray(json.timeline.date)) {
    return failed(
      'this is TimelineJS 2 JSON ({"timeline": {"date": […]}}), which is not supported; use the TimelineJS 3 format',
      'timelinejs',
    );
  }
  const n = normalize(json, { timeZone: options.timeZone });
  return { ...n, problems: inRecordOrder(n.problems), title: null, format: 'json' };
}

/** TimelineJS JSON: an events array whose slides have `start_date`, or no events but a title slide. */
function isTimelineJs(json: unknown): boolean {
  if (!isObject(json) || !Array.isArray(json.events)) return false;
  if (json.events.some((e) => isObject(e) && 'start_date' in e)) return true;
  return json.events.length === 0 && isObject(json.title);
}

/** Normalizes an importer's output and merges the two problem lists in record order. */
function finish(imp: ImportResult, format: DatasetFormat, options: ParseDatasetOptions): ParsedDataset {
  const map = imp.recordIndex;
  const name = imp.recordName ?? ((i: number) => `Record ${i + 1}`);
  const n = normalize(
    { events: imp.events, eras: imp.eras },
    { timeZone: options.timeZone, recordName: (k) => name(map?.[k] ?? k) },
  );
  if (map) {
    for (const p of n.problems) if (p.index >= 0) p.index = map[p.index] ?? p.index;
    for (const e of n.events) e.index = map[e.index] ?? e.index;
  }
  return { ...n, problems: inRecordOrder([...imp.problems, ...n.problems]), title: imp.title, format };
}

/**
 * Input-wide problems (index -1) first, then by record. The sort is stable, so
 * within a record the importer's come first.
 */
function inRecordOrder(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.index - b.index);
}

function failed(detail: string, format: DatasetFormat | null): ParsedDataset {
  const problems = [problem('invalid-input', -1, null, null, detail)];
  return { events: [], eras: [], source: null, problems, title: null, format };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
