/**
 * What an importer (TimelineJS JSON, CSV) hands to the normalizer. In a module
 * of its own so that the importers and load.ts, which calls them, do not import
 * each other.
 */
import type { Problem } from './problems.js';
import type { RawEra, RawEvent } from './types.js';

/**
 * What an importer (`fromTimelineJS`, `parseCsv`) returns: records
 * in our raw format for `normalize()`, and the importer's own problems.
 */
export interface ImportResult {
  /** The records read, in our raw format, not yet validated. */
  events: RawEvent[];
  /** The background periods read, not yet validated. */
  eras: RawEra[];
  /** The timeline's own title (TimelineJS's title slide), as plain text. */
  title: string | null;
  /** The importer's own problems, indexed like `recordIndex`'s values. */
  problems: Problem[];
  /** `recordIndex[k]` is the input index (CSV: data row) of `events[k]`, when they differ. */
  recordIndex?: number[];
  /** How messages name input record `index`, e.g. `Row 5` for CSV. Default `Record <index + 1>`. */
  recordName?: (index: number) => string;
}
