// The single-file bundle's companion for <event-timeline-article> (event-timeline-article.min.js): it imports
// the main bundle (event-timeline.bundle.min.js, beside it) for <event-timeline> and all they share, Lit
// included, so one script tag gives a page both elements, and the main bundle's budget is not touched.
import './bundle.js';

export * from './components/event-timeline-article/event-timeline-article.js';
