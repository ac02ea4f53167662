// The single-file bundle for <script type="module">: registers <event-timeline>
// and exports what a page script needs. Authoring tools (the relative-date
// resolver) stay in the npm package's `event-timeline/data`. `readDataset`
// loads the CSV and TimelineJS importers (event-timeline.importers.min.js,
// beside this file) only when it meets one of those formats.
export * from './components/event-timeline/event-timeline.js';
export { normalize } from './data/normalize.js';
export { readDataset } from './data/read-dataset.js';
export { parseEdtf, EdtfError } from './data/edtf.js';
export { PROBLEM_SEVERITY } from './data/problems.js';
