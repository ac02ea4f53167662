// The single-file bundle of <event-timeline-article> (event-timeline-article.min.js, Lit included): load it
// beside event-timeline.bundle.min.js. It registers the element and exports its classes.
export * from './components/event-timeline-article/event-timeline-article.js';
