/**
 * event-timeline: registers `<event-timeline>` and exports everything.
 * For the classes without registering them, import `event-timeline/elements`.
 */
export * from './components/event-timeline/event-timeline.js';
export * from './data/index.js';
