import { EventTimelineArticle } from './event-timeline-article.component.js';

export * from './event-timeline-article.component.js';

// Defined once, so loading the bundle twice on a page does not throw.
if (!customElements.get('event-timeline-article'))
  customElements.define('event-timeline-article', EventTimelineArticle);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline-article': EventTimelineArticle;
  }
}
