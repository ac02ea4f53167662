/**
 * `event-timeline/react`: `<event-timeline>` as a React component, made with
 * `@lit/react`. Properties are set as properties (so `events` takes an array
 * or a dataset object), and the element's events are typed callbacks.
 *
 * ```tsx
 * import { EventTimeline } from 'event-timeline/react';
 * <EventTimeline src="events.json" onSelect={(e) => console.log(e.detail.id)} />
 * ```
 *
 * Importing this module registers `<event-timeline>`. React (18 or 19) is an
 * optional peer dependency: only this entry point needs it.
 * @module event-timeline/react
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { EventTimeline as EventTimelineElement } from './components/event-timeline/event-timeline.js';
import type {
  EventTimelineErrorEvent,
  EventTimelineHoverEvent,
  EventTimelineLoadEvent,
  EventTimelineSelectEvent,
  EventTimelineWindowChangeEvent,
} from './components/event-timeline/events.js';

/** React callback props and the element events they listen to. */
export const EVENT_PROPS = {
  /** The user selected an event, or cleared the selection. */
  onSelect: 'event-timeline-select' as EventName<EventTimelineSelectEvent>,
  /** A user zoom or pan gesture settled. */
  onWindowChange: 'event-timeline-window-change' as EventName<EventTimelineWindowChangeEvent>,
  /** Data finished loading. */
  onLoad: 'event-timeline-load' as EventName<EventTimelineLoadEvent>,
  /** A source could not be loaded at all. */
  onError: 'event-timeline-error' as EventName<EventTimelineErrorEvent>,
  /** The pointer or focus moved onto an event, or off it. */
  onHover: 'event-timeline-hover' as EventName<EventTimelineHoverEvent>,
};

/**
 * `<event-timeline>` for React: every element property as a prop, plus
 * `onSelect`, `onWindowChange`, `onLoad`, `onError` and `onHover`.
 */
export const EventTimeline = createComponent({
  react: React,
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  events: EVENT_PROPS,
  displayName: 'EventTimeline',
});

/** The props of {@link EventTimeline}, including `ref` (to the element). */
export type EventTimelineProps = React.ComponentProps<typeof EventTimeline>;

export type { EventTimelineElement };
export type {
  EventTimelineErrorEvent,
  EventTimelineHoverEvent,
  EventTimelineLoadEvent,
  EventTimelineSelectEvent,
  EventTimelineWindowChangeEvent,
};
