/**
 * The importers, as one module that `read-dataset.ts` imports on demand: in
 * the single-file bundle this becomes `event-timeline.importers.min.js`.
 */
export { parseDataset } from './load.js';
