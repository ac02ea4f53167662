// Plain Node, no DOM: event-timeline/data imports and validates the article
// dataset with zero problems. Run by scripts/test-consumers.mjs in a fresh
// project; exits non-zero with a reason on failure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

for (const name of ['window', 'document', 'customElements', 'HTMLElement']) {
  assert.equal(typeof globalThis[name], 'undefined', `Node has no ${name}, and the test needs that to prove anything`);
}

const data = await import('event-timeline/data');
for (const name of ['parseDataset', 'normalize', 'parseEdtf', 'fromTimelineJS', 'parseCsv', 'toCsv']) {
  assert.equal(typeof data[name], 'function', `event-timeline/data exports ${name}`);
}

const require = createRequire(import.meta.url);
const file = require.resolve('event-timeline/seeds/iran-belarus-defense-deal.events.json');
const text = readFileSync(file, 'utf8');
const parsed = data.parseDataset(text);
assert.deepEqual(parsed.problems, [], 'the seeds dataset has no problems');
assert.equal(parsed.format, 'json');
assert.equal(parsed.events.length, 17, '17 events');
assert.equal(parsed.source?.publisher, 'The Cradle');

const normalized = data.normalize(JSON.parse(text));
assert.deepEqual(normalized.problems, []);
assert.equal(normalized.events.find((e) => e.id === 'iran-belarus-defense-mou')?.date?.precision, 'day');

// A bad record is reported with its record and field, not thrown.
const bad = data.normalize([{ id: 'x', title: 'X', date: '2023-13' }]);
assert.equal(bad.events.length, 0);
assert.match(bad.problems[0].message, /Record 1 \("x"\), field "date"/);

// TimelineJS JSON and CSV import in Node too.
assert.equal(data.parseDataset('{"events": [{"start_date": {"year": 2023}, "text": {"headline": "<b>A</b>"}}]}').events[0].title, 'A');
assert.equal(data.parseDataset('Year,Headline\n2023,B\n').events[0].title, 'B');
assert.equal(data.parseEdtf('2023-05').precision, 'month');

console.log(`event-timeline/data in Node ${process.version}: ${parsed.events.length} events, ${parsed.problems.length} problems`);
