/**
 * From article to draft timeline: find every date expression in a news text
 * and derive a draft dataset in the project's format. Pure, deterministic, no
 * network and no model; not part of the element's bundle.
 * @module event-timeline/derive
 */
export { findDates, type DateMention, type FindDatesOptions } from './find-dates.js';
export { deriveTimeline, type DeriveOptions, type DraftDataset, type DraftEvent } from './derive.js';
export { SUPPORTED_LANGUAGES } from './lang/index.js';
