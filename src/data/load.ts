/**
 * One entry point for fetched text: detect the format, import, normalize, and
 * return every problem in one list.
 */
import { detectCsvFormat, parseCsv } from './csv.js';
import { normalize } from './normalize.js';
import {
  inRecordOrder,
  isObject,
  isTimelineJs,
  ownDataset,
  type DatasetFormat,
  type ParseDatasetOptions,
  type ParsedDataset,
} from './own-json.js';
import { problem } from './problems.js';
import { fromTimelineJS } from './timelinejs.js';
import type { ImportResult } from './import-result.js';

// Re-exported where it used to be defined, for code that imports it from here.
export type { ImportResult } from './import-result.js';

export type { DatasetFormat, ParseDatasetOptions, ParsedDataset } from './own-json.js';

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
  return ownDataset(json, options);
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

function failed(detail: string, format: DatasetFormat | null): ParsedDataset {
  const problems = [problem('invalid-input', -1, null, null, detail)];
  return { events: [], eras: [], source: null, problems, title: null, format };
}
