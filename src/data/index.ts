/**
 * The data model: parse EDTF, normalize records, import TimelineJS and CSV.
 * Pure and DOM-free, so it runs in Node as well as in the browser.
 * @module event-timeline/data
 */
export * from './calendar.js';
export * from './edtf.js';
export * from './normalize.js';
export * from './problems.js';
export * from './problem-codes.js';
export * from './relative.js';
export * from './types.js';
export * from './uncertain-date.js';
export * from './html-text.js';
export * from './timelinejs.js';
export * from './csv.js';
export * from './load.js';
export * from './export.js';
