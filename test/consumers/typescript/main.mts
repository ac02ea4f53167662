// A strict TypeScript consumer of the published types (skipLibCheck: false).
// Type-checked twice, with moduleResolution bundler and node16. Every
// `@ts-expect-error` must find an error, or tsc fails: the types can't be `any`.
import 'event-timeline';
import {
  EventTimelineSelectEvent,
  parseDataset,
  type EventTimeline,
  type EventTimelineLoadEvent,
  type EventTimelineWindowChangeEvent,
  type Problem,
  type RawDataset,
  type RawEvent,
  type TimelineEvent,
} from 'event-timeline';
import { normalize, type NormalizedDataset } from 'event-timeline/data';
import type { EventTimeline as UnregisteredEventTimeline } from 'event-timeline/elements';

/** True only when A and B are the same type. */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

const el = document.querySelector('event-timeline');
assertType<Equals<typeof el, EventTimeline | null>>();
const created = document.createElement('event-timeline');
assertType<Equals<typeof created, EventTimeline>>();
created.remove();
assertType<Equals<EventTimeline, UnregisteredEventTimeline>>();

if (el) {
  const events: RawEvent[] = [{ id: 'mou', title: 'Iran and Belarus sign an MoU', date: '2023-07-31', dateText: 'on 31 July' }];
  el.events = events;
  el.events = { source: { title: 'The Cradle' }, events, eras: [] } satisfies RawDataset;
  // @ts-expect-error -- a date is an EDTF string or null, not a number
  el.events = [{ title: 'A', date: 2023 }];
  // @ts-expect-error -- every event needs a title
  el.events = [{ date: '2023' }];
  el.groupBy = 'actor';
  // @ts-expect-error -- group-by is kind, actor or none
  el.groupBy = 'country';
  el.src = 'events.json';
  el.zoomTo('2023-05-01', new Date());
  el.select('mou');
  const view: { start: Date; end: Date } = el.getWindow();
  const problems: readonly Problem[] = el.problems;
  void el.renderComplete.then(() => undefined);
  void view;
  void problems;

  el.addEventListener('event-timeline-select', (e) => {
    assertType<Equals<typeof e, EventTimelineSelectEvent>>();
    const id: string | null = e.detail.id;
    const ev: TimelineEvent | null = e.detail.event;
    // @ts-expect-error -- the id is string | null
    const wrong: number = e.detail.id;
    void [id, ev, wrong];
  });
  el.addEventListener('event-timeline-window-change', (e) => {
    assertType<Equals<typeof e, EventTimelineWindowChangeEvent>>();
    const start: Date = e.detail.start;
    void start;
  });
  el.addEventListener('event-timeline-load', (e: EventTimelineLoadEvent) => {
    const count: number = e.detail.count;
    void count;
  });
  el.addEventListener('event-timeline-error', (e) => {
    const message: string = e.detail.message;
    void message;
  });
  el.addEventListener('event-timeline-hover', (e) => {
    const id: string | null = e.detail.id;
    void id;
  });
  // The event classes carry their names, for listeners written generically.
  const name: 'event-timeline-select' = EventTimelineSelectEvent.eventName;
  void name;
}

const parsed = parseDataset('[{"title": "A", "date": "2023"}]');
const normalized: NormalizedDataset = normalize(parsed.events.length ? [] : []);
const first: TimelineEvent | undefined = parsed.events[0];
const precision = first?.date?.precision;
void [normalized, precision];
