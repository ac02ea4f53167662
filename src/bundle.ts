// The single-file bundle for <script type="module">: registers <event-timeline>
// and exports what a page script needs. Authoring tools (the relative-date
// resolver) stay in the npm package's `event-timeline/data`.
export * from './components/event-timeline/event-timeline.js';
export { normalize } from './data/normalize.js';
export { parseDataset } from './data/load.js';
export { parseEdtf, EdtfError } from './data/edtf.js';
export { PROBLEM_SEVERITY } from './data/problems.js';
