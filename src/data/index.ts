/**
 * The data model: parse EDTF, normalize records, import TimelineJS and CSV.
 * Pure and DOM-free, so it runs in Node as well as in the browser.
 *
 * This file is the public API of `event-timeline/data` (and, through
 * `src/index.ts`, of `event-timeline`): every name is listed here on purpose.
 * The modules' other exports are internal helpers.
 * @module event-timeline/data
 */

// Records and events
export { EVENT_KINDS } from './types.js';
export type {
  Corroboration,
  DatasetSource,
  EventKind,
  EventLink,
  EventMedia,
  EventSourceRef,
  KnownKind,
  RawDataset,
  RawEra,
  RawEvent,
  TimelineEra,
  TimelineEvent,
} from './types.js';

// Dates: EDTF and uncertain dates
export { EdtfError, parseEdtf, tryParseEdtf } from './edtf.js';
export type { EdtfErrorCode, ParseEdtfOptions } from './edtf.js';
export { isFuzzyPoint, isOpenEnded, knownExtent } from './uncertain-date.js';
export type { DateBound, Precision, UncertainDate } from './uncertain-date.js';
export { resolveRelative, relativeAnchor } from './relative.js';
export type { AnchorKind, ResolveContext } from './relative.js';

// Wall-clock milliseconds (the unit of UncertainDate) and time zones
export { formatIsoDate, instantToWall, isValidTimeZone, msToYmd, wallToInstant, ymdToMs } from './calendar.js';

// Validation and problems
export { normalize, normalizeAppend } from './normalize.js';
export type { NormalizedDataset, NormalizeOptions } from './normalize.js';
export { PROBLEM_SEVERITY } from './problems.js';
export type { Problem, ProblemCode } from './problems.js';
export { PROBLEM_CODES } from './problem-codes.js';

// Reading: our JSON, TimelineJS JSON, CSV
export { parseDataset } from './load.js';
export type { DatasetFormat, ParseDatasetOptions, ParsedDataset } from './load.js';
export type { ImportResult } from './import-result.js';
export { fromTimelineJS } from './timelinejs.js';
export { CSV_COLUMNS, TIMELINEJS_CSV_COLUMNS, detectCsvFormat, parseCsv } from './csv.js';
export type { CsvFormat } from './csv.js';
export { htmlToText } from './html-text.js';

// Writing: our JSON, CSV
export { toRawDataset, toRawEvent } from './export.js';
export type { ExportableDataset } from './export.js';
export { toCsv } from './csv.js';
