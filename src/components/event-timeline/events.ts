import type { Problem } from '../../data/problems.js';
import type { TimelineEvent } from '../../data/types.js';

const init = { bubbles: true, composed: true } as const;

/** Fired when the user selects an event (click, Enter or Space), or clears the selection. */
export class EventTimelineSelectEvent extends Event {
  static readonly eventName = 'event-timeline-select';
  constructor(readonly detail: { id: string | null; event: TimelineEvent | null }) {
    super(EventTimelineSelectEvent.eventName, init);
  }
}

/** Fired once per user zoom or pan gesture, when it settles. */
export class EventTimelineWindowChangeEvent extends Event {
  static readonly eventName = 'event-timeline-window-change';
  constructor(readonly detail: { start: Date; end: Date }) {
    super(EventTimelineWindowChangeEvent.eventName, init);
  }
}

/** Fired after each data load, with what was loaded and what was wrong. */
export class EventTimelineLoadEvent extends Event {
  static readonly eventName = 'event-timeline-load';
  constructor(readonly detail: { count: number; problems: Problem[] }) {
    super(EventTimelineLoadEvent.eventName, init);
  }
}

/** Fired when a source cannot be loaded at all, or a part of the element's code loaded on first use. */
export class EventTimelineErrorEvent extends Event {
  static readonly eventName = 'event-timeline-error';
  constructor(readonly detail: { message: string; cause: unknown }) {
    super(EventTimelineErrorEvent.eventName, init);
  }
}

/** Fired when the pointer or focus moves onto an event (id null when it leaves), for a slotted tooltip. */
export class EventTimelineHoverEvent extends Event {
  static readonly eventName = 'event-timeline-hover';
  constructor(readonly detail: { id: string | null; event: TimelineEvent | null }) {
    super(EventTimelineHoverEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'event-timeline-select': EventTimelineSelectEvent;
    'event-timeline-window-change': EventTimelineWindowChangeEvent;
    'event-timeline-load': EventTimelineLoadEvent;
    'event-timeline-error': EventTimelineErrorEvent;
    'event-timeline-hover': EventTimelineHoverEvent;
  }
}
