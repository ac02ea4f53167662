import { EventTimeline } from './event-timeline.component.js';

export * from './event-timeline.component.js';
export * from './events.js';

// Defined once, so loading the bundle twice on a page does not throw.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
