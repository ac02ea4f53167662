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

/** One of {@link EVENT_KINDS}: a kind with its own marker shape and colour. */
export type KnownKind = (typeof EVENT_KINDS)[number];
/** A kind from {@link EVENT_KINDS}, or a dataset's own. */
export type EventKind = KnownKind | (string & {});

/** A link shown in the details panel. Only `http:` and `https:` URLs are kept. */
export interface EventLink {
  /** Absolute `http:` or `https:` URL. */
  url: string;
  /** The link's text; the URL is shown when there is none. */
  label?: string;
}

/** An image shown in the details panel. */
export interface EventMedia {
  /** An image: an `http(s):` URL, or a URL relative to the page. Video hosts and non-image files are dropped. */
  url: string;
  /** What the image shows, as plain text. */
  caption?: string;
  /** Who made or owns the image, as plain text. */
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
  /** Where the date comes from and why it is trusted, as plain text. */
  note: string;
  /** A page that shows it; only `http:` and `https:` URLs are kept. */
  url?: string;
}

/** One event as written in a dataset (our JSON format). */
export interface RawEvent {
  /** Unique, stable, kebab-case. Generated from the title and date when absent. */
  id?: string;
  /** What happened, as plain text. Required, non-empty. */
  title: string;
  /** One of {@link EVENT_KINDS}, or the dataset's own; `other` when absent. */
  kind?: EventKind;
  /** EDTF / ISO 8601-2 string, or null when the source gives no date. */
  date: string | null;
  /** The source's own words for the date, verbatim. */
  dateText?: string | null;
  /** Who took part: people, states, organisations. */
  actors?: string[];
  /** Where it happened, as plain text. */
  place?: string | null;
  /** A longer account, as plain text. */
  summary?: string | null;
  /** Further reading; links that are not `http(s):` are dropped. */
  links?: EventLink[];
  /** An image for the details panel. */
  media?: EventMedia | null;
  /** Where in the source text the event is reported. */
  source?: EventSourceRef | null;
  /** Ids of events this one happened before. */
  before?: string[];
  /** Ids of events this one happened after. */
  after?: string[];
  /** Outside knowledge that dates the event more precisely than the source. */
  corroboration?: Corroboration | null;
  /** A free grouping label, e.g. TimelineJS's Group column. */
  group?: string | null;
  /**
   * A colour the source gave the event, e.g. a TimelineJS slide's background: CSS colour syntax
   * (`#1a2b3c`, `rebeccapurple`, `rgb(26 43 60)`). Shown as a swatch in the details panel.
   */
  color?: string | null;
  /** True for a machine-derived draft awaiting review (as `event-timeline/derive` writes); false when absent. */
  draft?: boolean;
  /** How sure the derivation is, 0 to 1 (1 is certain); absent when nobody estimated it. */
  confidence?: number;
  /** True for a key event: drawn larger, always labelled, never counted into a cluster; false when absent. */
  featured?: boolean;
}

/** A background period. */
export interface RawEra {
  /** The period's name, as plain text. */
  title: string;
  /** EDTF, usually an interval. */
  date: string;
}

/** The publication the events were derived from. */
export interface DatasetSource {
  /** The publication's title, e.g. the article's headline. */
  title: string;
  /** Who published it. */
  publisher?: string;
  /** EDTF day of publication; relative dates resolve against it. */
  published?: string;
  /** File name of the verbatim source text, next to the dataset. */
  file?: string;
  /** Where the publication can be read; only `http:` and `https:` URLs are kept. */
  url?: string;
}

/** A whole dataset file in our JSON format. */
export interface RawDataset {
  /** The publication the events were derived from. */
  source?: DatasetSource;
  /** The events, in any order. */
  events: RawEvent[];
  /** Background periods, drawn behind the events. */
  eras?: RawEra[];
}

/** A normalized, validated event, ready for layout. */
export interface TimelineEvent {
  /** Unique in the dataset: the record's own id, or one generated from the title (suffixed when taken). */
  id: string;
  /** Position of the record in its input, for problem reports. */
  index: number;
  /** What happened, trimmed. */
  title: string;
  /** The record's kind, trimmed; `other` when it gave none (or not a string). */
  kind: EventKind;
  /** null for an undated event. */
  date: UncertainDate | null;
  /** The source's own words for the date, verbatim; null when it gave none. */
  dateText: string | null;
  /** Who took part, trimmed, without repeats; empty when none. */
  actors: string[];
  /** Where it happened; null when not given. */
  place: string | null;
  /** A longer account, as plain text; null when not given. */
  summary: string | null;
  /** The links with an `http(s):` URL; empty when none. */
  links: EventLink[];
  /** The image, when it is one with a safe URL; else null. */
  media: EventMedia | null;
  /** Where in the source text the event is reported; offsets only when they span the quote. */
  source: EventSourceRef | null;
  /** Ids of other events of the dataset this one happened before (unknown ids are dropped). */
  before: string[];
  /** Ids of other events of the dataset this one happened after (unknown ids are dropped). */
  after: string[];
  /** The corroboration with its date parsed, or null when there is none (or it could not be used). */
  corroboration: (Corroboration & { parsed: UncertainDate }) | null;
  /** A free grouping label; null when not given. */
  group: string | null;
  /** A colour in CSS syntax, trimmed; null when not given (or not a CSS colour). */
  color: string | null;
  /** True for a machine-derived draft awaiting review; false when the record did not say so. */
  draft: boolean;
  /** How sure the derivation is, 0 to 1; null when not given (or not a number in that range). */
  confidence: number | null;
  /** A key event: drawn larger, always labelled, never counted into a cluster; false when the record did not say so. */
  featured: boolean;
}

/** A normalized background period. */
export interface TimelineEra {
  /** The period's name. */
  title: string;
  /** The period's dates, usually an interval. */
  date: UncertainDate;
}
