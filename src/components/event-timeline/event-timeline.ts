import { EventTimeline } from './event-timeline.component.js';
import { FONT_STACK } from '../../render/theme.styles.js';

export * from './event-timeline.component.js';
export * from './events.js';

// Defined once, so loading the bundle twice on a page does not throw.
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);

// Costs that the first timeline drawn in a page pays once, whatever its data, are paid while the page is idle
// instead (usually while the element's data is fetched), so that the first frame that draws does not wait for
// them: the first Intl date format made in a page loads ICU's date data (about 13 ms on our benchmark machine;
// every later one takes a tenth of a millisecond), the first number format about 1 ms more, and the first text
// measured on a canvas loads the font stack's fonts (about 4 ms, less on a page whose own text has loaded
// them), in each weight and style the element draws (the lanes' and the titles' bold, the gaps' italic: about
// 3 ms of the first layout when left to it). A page that hands over its events before it is ever idle pays
// them in that frame, as before.
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(
    () => {
      try {
        new Intl.DateTimeFormat(document.documentElement.lang || undefined).format(0);
        new Intl.NumberFormat(document.documentElement.lang || undefined).format(0);
      } catch {
        // An invalid page `lang`: the element reads it as English when it draws.
      }
      const ctx = document.createElement('canvas').getContext('2d');
      if (ctx) {
        for (const style of ['', '600 ', '700 ', 'italic ']) {
          ctx.font = `${style}13px ${FONT_STACK}`;
          ctx.measureText('Timeline 2023');
        }
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
