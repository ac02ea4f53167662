/**
 * event-timeline/article: registers `<event-timeline-article>`, the source article beside a timeline, with
 * its quotes and dates highlighted and linked. Import `event-timeline` too for `<event-timeline>` itself.
 */
export * from './components/event-timeline-article/event-timeline-article.js';
