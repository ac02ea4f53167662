import type { KnownKind } from '../data/types.js';
import { formatCount, formatLength } from './number.js';

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
  /** Lane label for events without a group (lanes by group). */
  noGroup: string;
  undated: string;
  undatedHint: string;
  /** How to zoom with the wheel: on a plain wheel, a cooperative timeline leaves it to the page. */
  zoomHint: (mac: boolean) => string;
  loading: string;
  empty: string;
  /** All events are hidden by filters. */
  allFiltered: string;
  loadError: (message: string) => string;
  invalidRecords: (count: number) => string;
  /** Problems that dropped or adjusted a field but kept the record. */
  warnings: (count: number) => string;
  /** The problems list shows the first few; this says how many more there are. */
  moreProblems: (count: number) => string;
  legend: string;
  showKind: (kind: string, count: number) => string;
  /** Summary of the actor filter: how many of the actors are shown. */
  actorFilter: (shown: number, total: number) => string;
  /** The actor filter's button that shows every actor's events again. */
  allActors: string;
  /** The visible text of an actor's "only this actor" button, and its accessible name. */
  only: string;
  onlyActor: (actor: string) => string;
  /** Name of the toolbar of zoom and view buttons. */
  controls: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  overview: string;
  now: string;
  reference: string;
  published: string;
  /** A compressed gap's length in words ("10 months"), from its length in ms. */
  gapLength: (ms: number) => string;
  /** What an axis break means, given the gap's length in words. */
  gap: (length: string) => string;
  close: string;
  source: string;
  /** Between the parts of the credit line (title, publisher, date). */
  creditSeparator: string;
  openSource: string;
  links: string;
  image: string;
  actors: string;
  place: string;
  /** The label of an event's own colour (a TimelineJS slide's background). */
  color: string;
  datePhrase: string;
  resolvedDate: string;
  corroboration: string;
  /** Quotes the source's words: “…” in English, «…» in Persian and Russian. */
  quote: (text: string) => string;
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
  /** Name of the listbox of events in view. */
  eventsInWindow: string;
  /** An option's name with its lane, when an event shows in several lanes. */
  inLane: (name: string, lane: string) => string;
  /** The live region's announcement after zooming or panning. */
  showing: (window: string, count: number) => string;
  table: string;
  tableCaption: (count: number) => string;
  /** Shown where the table would be when its code could not be loaded. */
  tableFailed: string;
  columns: {
    title: string;
    kind: string;
    datePhrase: string;
    date: string;
    actors: string;
    place: string;
    summary: string;
    quote: string;
    links: string;
  };
  keys: string;
  keysTitle: string;
  /** Key bindings as [keys, what they do]; `rtl` swaps the arrows' meaning. */
  keyBindings: (rtl: boolean) => Array<[string, string]>;
  /** "Iran and Belarus sign…, on 31 July, 31 July 2023, agreement", and ", featured" for a featured event. */
  eventName: (parts: {
    title: string;
    dateText: string | null;
    date: string;
    kind: string;
    featured: boolean;
  }) => string;
}

const plural = (n: number, one: string, other: string) => `${formatCount(n, 'en')} ${n === 1 ? one : other}`;

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
  noGroup: 'No group',
  undated: 'Undated',
  undatedHint: 'The source gives no date for these; they are ordered by what it says came before or after.',
  zoomHint: (mac) => `Use ${mac ? '⌘' : 'Ctrl'} + scroll to zoom the timeline`,
  loading: 'Loading timeline…',
  empty: 'No events to show.',
  allFiltered: 'All events are hidden. Use the legend to show them again.',
  loadError: (message) => `The timeline could not be loaded: ${message}`,
  invalidRecords: (n) => `${plural(n, 'record was', 'records were')} skipped as invalid.`,
  warnings: (n) => `${plural(n, 'warning', 'warnings')}: fields dropped or adjusted.`,
  moreProblems: (n) => `and ${n} more (see the problems property).`,
  legend: 'Kinds of event',
  showKind: (kind, n) => `${kind} (${plural(n, 'event', 'events')})`,
  actorFilter: (shown, total) => (shown === total ? `Actors (${total})` : `Actors (${shown} of ${total} shown)`),
  allActors: 'All actors',
  only: 'only',
  onlyActor: (actor) => `Only ${actor}`,
  controls: 'Zoom and view',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit all events',
  overview: 'Overview of the whole timeline; drag the window to move',
  now: 'Today',
  reference: 'Reference date',
  published: 'Published',
  gapLength: (ms) => formatLength(ms, 'en'),
  gap: (length) => `${length} without events, compressed`,
  close: 'Close details',
  source: 'Source',
  creditSeparator: ', ',
  openSource: 'Read the source',
  links: 'Links',
  image: 'Image',
  actors: 'Actors',
  place: 'Place',
  color: 'Colour',
  datePhrase: 'As the source puts it',
  resolvedDate: 'Date',
  corroboration: 'Other sources',
  quote: (t) => `“${t}”`,
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
  eventName: ({ title, dateText, date, kind, featured }) =>
    [title, dateText, date, kind, featured && 'featured'].filter(Boolean).join(', '),
  eventsInWindow: 'Events in view, in date order',
  inLane: (name, lane) => `${name}, in the ${lane} row`,
  showing: (w, n) => `Showing ${w}, ${plural(n, 'event', 'events')}`,
  table: 'Table',
  tableCaption: (n) => `All ${plural(n, 'event', 'events')}. Sort by a column with its heading.`,
  tableFailed: 'The table could not be loaded.',
  columns: {
    title: 'Event',
    kind: 'Kind',
    datePhrase: 'As the source puts it',
    date: 'Date',
    actors: 'Actors',
    place: 'Place',
    summary: 'Summary',
    quote: 'Source quote',
    links: 'Links and image',
  },
  keys: 'Keys',
  keysTitle: 'Keyboard',
  keyBindings: (rtl) => [
    ['Tab', 'Move between the toolbars and the events'],
    [rtl ? '← →' : '→ ←', 'Next or previous event in time'],
    ['↑ ↓', 'The nearest event in the lane above or below'],
    ['Home End', 'First or last event'],
    ['Enter Space', 'Open the event’s details'],
    ['Escape', 'Close the details'],
    ['+ −', 'Zoom in or out'],
    ['0', 'Fit all events'],
    ['Shift + → ←', 'Pan'],
  ],
};
