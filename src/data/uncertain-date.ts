/**
 * How finely a date is known. Sets take their members' precision; an interval
 * takes the coarser of its known ends.
 */
export type Precision =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'millisecond';

/** One end of an interval, or the whole of a point. */
export interface DateBound {
  /** First possible instant, wall-clock ms (see {@link UncertainDate}); `-Infinity` when open or unknown. */
  earliest: number;
  /** Last possible instant, inclusive, wall-clock ms; `Infinity` when open or unknown. */
  latest: number;
  /** How finely the date is known; null for an open or unknown end. */
  precision: Precision | null;
  /** EDTF `~` (or `%`): the source says "about". */
  approximate: boolean;
  /** EDTF `?` (or `%`): the source is unsure. */
  uncertain: boolean;
  /**
   * `open`: EDTF `..`, the interval runs on without a known end;
   * `unknown`: an empty end, the end exists but the source does not say it.
   */
  missing?: 'open' | 'unknown';
}

/**
 * A parsed EDTF / ISO 8601-2 date.
 *
 * `earliest` and `latest` are **wall-clock milliseconds**: the calendar date
 * and time encoded as if they were UTC. A date-only value is the UTC midnight of
 * that day in every time zone, so it never shifts by a day. Values with a time
 * zone are converted to the wall clock of the time zone the data was
 * normalized for (default UTC).
 *
 * `span` keeps "a point somewhere in earliest..latest" (`point`: `2022`,
 * `2023-05`, `[2023-07-24..2023-07-30]`) apart from "lasted from start to end"
 * (`interval`: `2023-06-01/2023-08-15`).
 */
export interface UncertainDate extends DateBound {
  /** The EDTF string as given, trimmed. */
  edtf: string;
  /** `point`: one moment somewhere in `earliest..latest`; `interval`: lasted from start to end. */
  span: 'point' | 'interval';
  /** For intervals, each end with its own uncertainty. */
  start?: DateBound;
  /** For intervals, the end, with its own uncertainty. */
  end?: DateBound;
  /** True for a one-of set such as `[2023-07-24..2023-07-30]`. */
  oneOf?: boolean;
  /** True when a time of day was given. */
  hasTime?: boolean;
}

/**
 * True when the date is a point whose possible range is wider than one day:
 * it must be drawn as a fuzzy span, not a sharp marker.
 */
export function isFuzzyPoint(d: UncertainDate): boolean {
  return d.span === 'point' && !(d.latest - d.earliest < 86_400_000);
}

/** True when either end is open or unknown. */
export function isOpenEnded(d: UncertainDate): boolean {
  return !Number.isFinite(d.earliest) || !Number.isFinite(d.latest);
}

/**
 * The finite extent used for framing (`fit()`): open ends are replaced by the
 * known end, so `../2023-04` frames April 2023, not the dawn of time.
 */
export function knownExtent(d: UncertainDate): [number, number] | null {
  const lo = Number.isFinite(d.earliest) ? d.earliest : firstFinite(d.start?.latest, d.end?.earliest, d.latest);
  const hi = Number.isFinite(d.latest) ? d.latest : firstFinite(d.end?.earliest, d.start?.latest, d.earliest);
  if (lo === undefined || hi === undefined) return null;
  return [lo, hi];
}

/**
 * Where a date sorts: its known start (`knownExtent`'s first), read without allocating when the start is known, or
 * `fallback` for no date or one of which nothing is known. The keyboard order, the drawn marks' order and the story
 * all sort by it.
 */
export function knownStart(d: UncertainDate | null, fallback: number): number {
  if (!d) return fallback;
  return Number.isFinite(d.earliest) ? d.earliest : (knownExtent(d)?.[0] ?? fallback);
}

function firstFinite(...xs: Array<number | undefined>): number | undefined {
  for (const x of xs) if (x !== undefined && Number.isFinite(x)) return x;
  return undefined;
}
