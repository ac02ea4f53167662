/**
 * CSV import and export. Two column sets are read: TimelineJS's Google Sheets
 * template, and our own (see {@link CSV_COLUMNS}), which {@link toCsv} writes.
 *
 * Only d3-dsv's `csvParseRows` is used (rows are written by hand, as its
 * `csvFormatRows` writes them): `csvParse` and `dsvFormat().parse` build row
 * objects with `new Function`, which a strict Content-Security-Policy forbids.
 */
import { csvParseRows } from 'd3-dsv';
import { CSV_COLUMNS } from './csv-export.js';
import type { ImportResult } from './import-result.js';
import { describeValue, problem, type Problem, type ProblemCode } from './problems.js';
import { templateRow, TIMELINEJS_V1_CSV_COLUMNS } from './timelinejs-sheet.js';
import type { EventLink, RawEvent } from './types.js';

export { CSV_COLUMNS, toCsv } from './csv-export.js';

/** TimelineJS's Google Sheets template (as in TimelineJS3's own test sheets). */
export const TIMELINEJS_CSV_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** A CSV's column set: TimelineJS's template ({@link TIMELINEJS_CSV_COLUMNS}) or ours ({@link CSV_COLUMNS}). */
export type CsvFormat = 'timelinejs' | 'events';

/**
 * Header cells compare case-, space-, `_`- and `-`-insensitively: `End Year` =
 * `endyear`, `source_quote` = `Source Quote`.
 */
const key = (s: string): string => s.replace(/[\s_-]+/g, '').toLowerCase();
const KNOWN: Record<CsvFormat, ReadonlySet<string>> = {
  timelinejs: new Set(TIMELINEJS_CSV_COLUMNS.map(key)),
  events: new Set(CSV_COLUMNS.map(key)),
};

/** Which column set a CSV's header row uses, or null when it is neither. */
export function detectCsvFormat(text: string): CsvFormat | null {
  if (typeof text !== 'string') return null;
  return formatOf(csvParseRows(stripBom(firstRecord(text)))[0] ?? []);
}

const KNOWN_V1: ReadonlySet<string> = new Set(TIMELINEJS_V1_CSV_COLUMNS.map(key));

function formatOf(header: string[]): CsvFormat | null {
  const keys = new Set(header.map(key));
  if ((keys.has('year') || keys.has('startdate')) && keys.has('headline')) return 'timelinejs';
  if (keys.has('title') && keys.has('date')) return 'events';
  return null;
}

const rowName = (i: number): string => `Row ${i + 2}`;

/**
 * Parses CSV in either column set. Data row `i` (0-based, after the header)
 * is spreadsheet "Row i+2" in messages and `index` i in problems; blank rows
 * are skipped. Never throws.
 */
export function parseCsv(text: string): ImportResult {
  const problems: Problem[] = [];
  const result: ImportResult = { events: [], eras: [], title: null, problems, recordIndex: [], recordName: rowName };
  const fail = (detail: string): ImportResult => {
    problems.push(problem('invalid-input', -1, null, null, detail));
    return result;
  };
  if (typeof text !== 'string') return fail(`expected CSV text, got ${describeValue(text)}`);
  const src = stripBom(text);
  if (src.trim() === '') return fail('the CSV is empty');

  const rows = csvParseRows(src);
  const header = rows[0] ?? [];
  const format = formatOf(header);
  if (!format) {
    return fail(
      `the header row (${describeValue(header.join(','))}) is neither TimelineJS's template ` +
        '(Year, Month, Day, …, Headline, Text, …) nor ours (id, title, kind, date, …)',
    );
  }
  const unclosed = unclosedQuoteRecord(src);
  if (unclosed === 0) return fail('a quoted cell in the header row never closes (an unbalanced ")');

  const col = new Map<string, number>();
  // A sheet with Start Date is TimelineJS's version-1 template, as TimelineJS decides it.
  const v1 = format === 'timelinejs' && header.some((h) => key(h) === 'startdate');
  const known = v1 ? KNOWN_V1 : KNOWN[format];
  header.forEach((h, c) => {
    const k = key(h);
    if (k === '' || col.has(k)) return;
    col.set(k, c);
    if (!known.has(k)) {
      const of = format === 'timelinejs' ? 'TimelineJS template' : 'format';
      problems.push(problem('unknown-field', -1, null, h.trim(), `the column is not part of the ${of} and is ignored`));
    }
  });

  // Column of each name the row readers ask for, looked up once rather than per cell.
  const names: readonly string[] = v1
    ? TIMELINEJS_V1_CSV_COLUMNS
    : format === 'timelinejs'
      ? TIMELINEJS_CSV_COLUMNS
      : CSV_COLUMNS;
  const at = new Map(names.map((n) => [n, col.get(key(n))]));

  for (let r = 1; r < rows.length; r++) {
    const i = r - 1;
    const row = rows[r]!;
    const report = (code: ProblemCode, id: string | null, column: string | null, detail: string): void => {
      problems.push(columnProblem(code, i, id, column, detail));
    };
    if (r === unclosed) {
      report(
        'invalid-input',
        null,
        null,
        'a quoted cell opens with " but never closes, so the rest of the file was read into it; the row is skipped',
      );
      break;
    }
    if (row.every((c) => c.trim() === '')) continue;
    if (row.length > header.length && row.slice(header.length).some((c) => c.trim() !== '')) {
      const detail = `the row has ${row.length} cells but the header has ${header.length}; the extra cells are ignored`;
      report('unknown-field', null, null, detail);
    }
    const cell = (name: string): string => {
      const c = at.get(name);
      return c === undefined ? '' : (row[c] ?? '');
    };
    if (format === 'timelinejs')
      templateRow(cell, i, result, (code, column, detail) => report(code, null, column, detail), v1);
    else {
      const ev = eventRow(cell, (code, column, detail) => report(code, cell('id').trim() || null, column, detail));
      result.events.push(ev);
      result.recordIndex!.push(i);
    }
  }
  return result;
}

type Cell = (column: string) => string;

/** A row in our own columns, as a raw record for normalize() (which validates it); empty cells are left out. */
function eventRow(cell: Cell, report: (code: ProblemCode, column: string, detail: string) => void): RawEvent {
  const text = (name: string): string | undefined => (cell(name).trim() === '' ? undefined : cell(name));
  const list = (name: string): string[] | undefined => {
    const items = cell(name)
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  };
  const date = cell('date').trim();
  const ev: Record<string, unknown> = { title: cell('title'), date: date === '' ? null : date };
  const fields: Array<[string, unknown]> = [
    ['id', text('id')?.trim()],
    ['kind', text('kind')?.trim()],
    ['dateText', text('dateText')],
    ['actors', list('actors')],
    ['place', text('place')],
    ['summary', text('summary')],
    ['before', list('before')],
    ['after', list('after')],
    ['group', text('group')],
    ['color', text('color')],
  ];
  for (const [k, v] of fields) if (v !== undefined) ev[k] = v;

  const quote = cell('source_quote');
  if (quote !== '') {
    const source: Record<string, unknown> = { quote };
    const offsets = [cell('source_start').trim(), cell('source_end').trim()];
    const bad = offsets.findIndex((v) => v !== '' && !/^\d+$/.test(v));
    if (bad >= 0) {
      const detail = `${describeValue(offsets[bad])} is not a whole number; the source offsets are dropped`;
      report('invalid-source', bad ? 'source_end' : 'source_start', detail);
    } else {
      if (offsets[0]) source.start = Number(offsets[0]);
      if (offsets[1]) source.end = Number(offsets[1]);
    }
    if (text('source_url')) source.url = cell('source_url').trim();
    ev.source = source;
  } else if (['source_start', 'source_end', 'source_url'].some((c) => cell(c).trim() !== '')) {
    const detail = 'source offsets or URL are given without a source quote; they are ignored';
    report('invalid-source', 'source_quote', detail);
  }

  if (cell('links').trim() !== '') ev.links = parseLinks(cell('links'));

  const mediaUrl = cell('media_url').trim();
  if (mediaUrl !== '') {
    const media: Record<string, string> = { url: mediaUrl };
    if (text('media_caption')) media.caption = cell('media_caption');
    if (text('media_credit')) media.credit = cell('media_credit');
    ev.media = media;
  }

  const cDate = cell('corroboration_date').trim();
  const cNote = cell('corroboration_note');
  if (cDate !== '' || cNote.trim() !== '') {
    // A missing date is passed on as such, for normalize() to report.
    const c: Record<string, unknown> = { note: cNote };
    if (cDate) c.date = cDate;
    if (text('corroboration_url')) c.url = cell('corroboration_url').trim();
    ev.corroboration = c;
  }
  return ev as unknown as RawEvent;
}

/** One link per line: `label | url` or `url`. */
function parseLinks(cell: string): EventLink[] {
  const links: EventLink[] = [];
  for (const raw of cell.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const bar = line.lastIndexOf('|');
    const link: EventLink = { url: line.slice(bar + 1).trim() };
    const label = bar < 0 ? '' : line.slice(0, bar).trim();
    if (label) link.label = label;
    links.push(link);
  }
  return links;
}

/** Like problem(), but names the spreadsheet row and column. */
function columnProblem(
  code: ProblemCode,
  i: number,
  id: string | null,
  column: string | null,
  detail: string,
): Problem {
  const p = problem(code, i, id, column, detail, rowName);
  p.message = `${rowName(i)}${id ? ` ("${id}")` : ''}${column ? `, column "${column}"` : ''}: ${detail}`;
  return p;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text of the first record, whose quoted cells may hold line breaks. */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) return text.slice(0, i);
  }
  return text;
}

/**
 * The record (0 = header) holding a quoted cell that never closes, or -1.
 * Mirrors csvParseRows: a quote only opens a cell at its start, `""` is an
 * escaped quote, and one character after the closing quote is skipped.
 */
function unclosedQuoteRecord(text: string): number {
  let record = 0;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (cellStart && c === 34) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return record;
        if (text.charCodeAt(j + 1) !== 34) break;
        j += 2;
      }
      // csvParseRows takes the character after the closing quote as the delimiter, whatever it is.
      const d = text.charCodeAt(j + 1);
      if (d === 10 || d === 13) {
        record++;
        if (d === 13 && text.charCodeAt(j + 2) === 10) j++;
      }
      i = j + 1; // the loop's i++ moves past that character
      continue;
    }
    if (c === 44) cellStart = true;
    else if (c === 10 || c === 13) {
      record++;
      cellStart = true;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    } else cellStart = false;
  }
  return -1;
}
