// CommonJS can require() the ES module too (Node 20.19+ and 22.12+).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseDataset } = require('event-timeline/data');

const result = parseDataset('[{"title": "A", "date": "2023"}]');
if (result.events.length !== 1 || result.problems.length !== 0) {
  console.error('require("event-timeline/data") did not parse', result);
  process.exit(1);
}
console.log('require("event-timeline/data") works');
