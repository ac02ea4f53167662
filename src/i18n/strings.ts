import type { KnownKind } from '../data/types.js';

/**
 * Every user-visible string of the element. Functions take already formatted
 * dates and numbers, so each language controls its own word order and plurals.
 */
export interface TimelineStrings {
  /** Name of the whole timeline region. */
  timeline: string;
  kinds: Record<KnownKind, string>;
  /** Lane label for events without an actor. */
  noActor: string;
  undated: string;
  undatedHint: string;
  loading: string;
  empty: string;
  /** All events are hidden by filters. */
  allFiltered: string;
  loadError: (message: string) => string;
  invalidRecords: (count: number) => string;
  legend: string;
  showKind: (kind: string, count: number) => string;
  /** Summary of the actor filter: how many of the actors are shown. */
  actorFilter: (shown: number, total: number) => string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  overview: string;
  now: string;
  reference: string;
  published: string;
  close: string;
  source: string;
  openSource: string;
  links: string;
  actors: string;
  place: string;
  datePhrase: string;
  resolvedDate: string;
  corroboration: string;
  beforeEvent: (title: string) => string;
  afterEvent: (title: string) => string;
  // Dates in words. Arguments are formatted dates or periods.
  sometimeIn: (period: string) => string;
  approximately: (date: string) => string;
  uncertain: (date: string) => string;
  between: (range: string) => string;
  /** Joins the ends of a range inside `between`: " and ". */
  rangeAnd: string;
  /** Joins the ends of a range inside `fromTo`: " to ". */
  rangeTo: string;
  noLaterThan: (date: string) => string;
  noEarlierThan: (date: string) => string;
  fromTo: (range: string) => string;
  since: (date: string) => string;
  until: (date: string) => string;
  decade: (year: string) => string;
  century: (year: string) => string;
  millennium: (year: string) => string;
  season: (season: 'spring' | 'summer' | 'autumn' | 'winter', year: string) => string;
  /** A year before 1 CE, given as a positive number of years BCE. */
  bce: (years: string) => string;
  /** "Iran and Belarus sign…, on 31 July, 31 July 2023, agreement". */
  eventName: (parts: { title: string; dateText: string | null; date: string; kind: string }) => string;
}

const plural = (n: number, one: string, other: string) => `${n.toLocaleString('en')} ${n === 1 ? one : other}`;

export const en: TimelineStrings = {
  timeline: 'Timeline',
  kinds: {
    visit: 'Visit',
    meeting: 'Meeting',
    agreement: 'Agreement',
    deal: 'Deal',
    deployment: 'Deployment',
    statement: 'Statement',
    application: 'Application',
    publication: 'Publication',
    other: 'Other',
  },
  noActor: 'No actor',
  undated: 'Undated',
  undatedHint: 'The source gives no date for these; they are ordered by what it says came before or after.',
  loading: 'Loading timeline…',
  empty: 'No events to show.',
  allFiltered: 'All events are hidden. Use the legend to show them again.',
  loadError: (message) => `The timeline could not be loaded: ${message}`,
  invalidRecords: (n) => `${plural(n, 'record was', 'records were')} skipped as invalid.`,
  legend: 'Kinds of event',
  showKind: (kind, n) => `${kind} (${plural(n, 'event', 'events')})`,
  actorFilter: (shown, total) => (shown === total ? `Actors (${total})` : `Actors (${shown} of ${total} shown)`),
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit all events',
  overview: 'Overview of the whole timeline; drag the window to move',
  now: 'Today',
  reference: 'Reference date',
  published: 'Published',
  close: 'Close details',
  source: 'Source',
  openSource: 'Read the source',
  links: 'Links',
  actors: 'Actors',
  place: 'Place',
  datePhrase: 'As the source puts it',
  resolvedDate: 'Date',
  corroboration: 'Other sources',
  beforeEvent: (t) => `before “${t}”`,
  afterEvent: (t) => `after “${t}”`,
  sometimeIn: (p) => `sometime in ${p}`,
  approximately: (d) => `approximately ${d}`,
  uncertain: (d) => `${d} (uncertain)`,
  between: (r) => `sometime between ${r}`,
  rangeAnd: ' and ',
  rangeTo: ' to ',
  noLaterThan: (d) => `no later than ${d}`,
  noEarlierThan: (d) => `no earlier than ${d}`,
  fromTo: (r) => `from ${r}`,
  since: (d) => `from ${d}, with no known end`,
  until: (d) => `until ${d}, with no known start`,
  decade: (y) => `the ${y}s`,
  century: (y) => `the ${y}s`,
  millennium: (y) => `the ${y}s`,
  season: (s, y) => `${s} ${y}`,
  bce: (y) => `${y} BCE`,
  eventName: ({ title, dateText, date, kind }) => [title, dateText, date, kind].filter(Boolean).join(', '),
};
