import type { UncertainDate } from './uncertain-date.js';

/**
 * The kinds of event the article format knows. Each has its own marker shape
 * and colour; any other string is accepted with an `unknown-kind` warning and
 * drawn with a generic shape.
 */
export const EVENT_KINDS = [
  'visit',
  'meeting',
  'agreement',
  'deal',
  'deployment',
  'statement',
  'application',
  'publication',
  'other',
] as const;

export type KnownKind = (typeof EVENT_KINDS)[number];
/** A kind from {@link EVENT_KINDS}, or a dataset's own. */
export type EventKind = KnownKind | (string & {});

/** A link shown in the details panel. Only `http:` and `https:` URLs are kept. */
export interface EventLink {
  url: string;
  label?: string;
}

/** An image shown in the details panel. */
export interface EventMedia {
  url: string;
  caption?: string;
  credit?: string;
}

/** Where in the source text the event is reported. */
export interface EventSourceRef {
  /** Verbatim text from the source. */
  quote: string;
  /** UTF-16 index of the quote's first character in the source text. */
  start?: number;
  /** UTF-16 index just after the quote's last character (exclusive). */
  end?: number;
  /** A URL for this particular source, when it differs from the dataset's. */
  url?: string;
}

/** Outside knowledge that dates the event more precisely than the source did. */
export interface Corroboration {
  /** EDTF date. */
  date: string;
  note: string;
  url?: string;
}

/** One event as written in a dataset (our JSON format). */
export interface RawEvent {
  /** Unique, stable, kebab-case. Generated from the title and date when absent. */
  id?: string;
  title: string;
  kind?: EventKind;
  /** EDTF / ISO 8601-2 string, or null when the source gives no date. */
  date: string | null;
  /** The source's own words for the date, verbatim. */
  dateText?: string | null;
  actors?: string[];
  place?: string | null;
  summary?: string | null;
  links?: EventLink[];
  media?: EventMedia | null;
  source?: EventSourceRef | null;
  /** Ids of events this one happened before. */
  before?: string[];
  /** Ids of events this one happened after. */
  after?: string[];
  corroboration?: Corroboration | null;
  /** A free grouping label, e.g. TimelineJS's Group column. */
  group?: string | null;
}

/** A background period. */
export interface RawEra {
  title: string;
  /** EDTF, usually an interval. */
  date: string;
}

/** The publication the events were derived from. */
export interface DatasetSource {
  title: string;
  publisher?: string;
  /** EDTF day of publication; relative dates resolve against it. */
  published?: string;
  /** File name of the verbatim source text, next to the dataset. */
  file?: string;
  url?: string;
}

/** A whole dataset file in our JSON format. */
export interface RawDataset {
  source?: DatasetSource;
  events: RawEvent[];
  eras?: RawEra[];
}

/** A normalized, validated event, ready for layout. */
export interface TimelineEvent {
  id: string;
  /** Position of the record in its input, for problem reports. */
  index: number;
  title: string;
  kind: EventKind;
  /** null for an undated event. */
  date: UncertainDate | null;
  dateText: string | null;
  actors: string[];
  place: string | null;
  summary: string | null;
  links: EventLink[];
  media: EventMedia | null;
  source: EventSourceRef | null;
  before: string[];
  after: string[];
  corroboration: (Corroboration & { parsed: UncertainDate }) | null;
  group: string | null;
}

export interface TimelineEra {
  title: string;
  date: UncertainDate;
}
