import type { TimelineEvent } from '../data/types.js';
import type { UncertainDate } from '../data/uncertain-date.js';
import type { TimelineStrings } from '../i18n/strings.js';

/**
 * Everything the views say, in the element's language: the UI strings and
 * the words for kinds, dates and events. The locale controller makes one per
 * render; templates take it as an argument.
 */
export interface ViewText {
  strings: TimelineStrings;
  /** A kind's name. */
  kindName(kind: string): string;
  /** An event's date in words; for an undated event, what places it. */
  describe(e: TimelineEvent): string;
  /** An event's accessible name: title, date words, resolved date, kind. */
  eventName(e: TimelineEvent): string;
  /** A date in words. */
  date(d: UncertainDate): string;
  /** The day holding a wall-clock instant, in words. */
  day(t: number): string;
}
