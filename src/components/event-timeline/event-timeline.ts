import { EventTimeline } from './event-timeline.component.js';

export * from './event-timeline.component.js';
export * from './events.js';

// Defined once, so loading the bundle twice on a page does not throw.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

// The first Intl date format made in a page loads ICU's date data, about 13 ms on our benchmark machine; every
// later one takes a tenth of a millisecond. Load it while the page is idle (usually while the element's data
// is fetched), so that the first frame that draws a timeline does not wait for it. A page that hands over its
// events before it is ever idle pays it in that frame, as before.
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(
    () => {
      try {
        new Intl.DateTimeFormat(document.documentElement.lang || undefined).format(0);
      } catch {
        // An invalid page `lang`: the element reads it as English when it draws.
      }
    },
    { timeout: 2000 },
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
