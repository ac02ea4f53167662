/**
 * The element classes and types, without registering any custom element:
 * for scoped registries and subclassing.
 */
export { EventTimeline } from './components/event-timeline/event-timeline.component.js';
export * from './components/event-timeline/events.js';
export type * from './data/types.js';
export type { Problem, ProblemCode } from './data/problems.js';
export type { UncertainDate, DateBound, Precision } from './data/uncertain-date.js';
export {
  EventTimelineArticle,
  EventTimelineArticleSelectEvent,
} from './components/event-timeline-article/event-timeline-article.component.js';
