import { EventTimelineErrorEvent } from './events.js';

/**
 * The `failed` callback of code loaded on first use (the story's, the table's, a translation): an
 * `event-timeline-error` put in the element's outbox, which it dispatches once the DOM shows what it drew instead.
 */
export const failTo =
  (outbox: { push(e: Event): unknown }) =>
  (detail: EventTimelineErrorEvent['detail']): void => {
    outbox.push(new EventTimelineErrorEvent(detail));
  };
