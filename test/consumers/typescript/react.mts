// The React wrapper's props and callbacks are typed (React's types come with
// @lit/react's peer dependency on @types/react).
import { createElement } from 'react';
import { EventTimeline, type EventTimelineElement, type EventTimelineProps } from 'event-timeline/react';

const props: EventTimelineProps = {
  src: 'events.json',
  groupBy: 'none',
  onSelect: (e) => {
    const id: string | null = e.detail.id;
    void id;
  },
  onWindowChange: (e) => void e.detail.end.getTime(),
  onLoad: (e) => void e.detail.problems.length,
  onError: (e) => void e.detail.message.length,
  onHover: (e) => void e.detail.event?.title,
  ref: (el: EventTimelineElement | null) => void el?.fit(),
};
void createElement(EventTimeline, props);

// @ts-expect-error -- onSelect gets the select event, not a number
void createElement(EventTimeline, { onSelect: (n: number) => n });
// @ts-expect-error -- group-by is kind, actor or none
void createElement(EventTimeline, { groupBy: 'country' });
