// Size budget of the single-file bundle: prints min+gzip, what it is made of,
// and fails when over budget. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

export const BUDGET_BYTES = 64 * 1024;
const FILE = 'dist/event-timeline.bundle.min.js';

const code = readFileSync(FILE, 'utf8');
const gzip = gzipSync(code, { level: 9 }).length;

// Attribute minified bytes to packages through the source map.
const map = new TraceMap(readFileSync(`${FILE}.map`, 'utf8'));
const lines = code.split('\n');
const bytes = new Map();
let prev = null;
const flush = (end) => {
  if (!prev) return;
  const len = (end.line === prev.line ? end.col : lines[prev.line - 1].length) - prev.col;
  bytes.set(prev.owner, (bytes.get(prev.owner) ?? 0) + Math.max(0, len));
};
eachMapping(map, (m) => {
  const cur = { line: m.generatedLine, col: m.generatedColumn, owner: ownerOf(m.source) };
  flush(cur);
  prev = cur;
});
flush({ line: -1, col: 0 });

function ownerOf(source) {
  if (!source) return '(unmapped)';
  const nm = source.lastIndexOf('node_modules/');
  if (nm < 0) return 'event-timeline (src)';
  const rest = source.slice(nm + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

const total = [...bytes.values()].reduce((a, b) => a + b, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`\nSingle-file bundle ${FILE}`);
console.log(`  minified: ${kb(code.length)}   min+gzip: ${kb(gzip)}   budget: ${kb(BUDGET_BYTES)} min+gzip`);
console.log('  made of (share of minified bytes; gzip estimated pro rata):');
for (const [owner, n] of [...bytes].sort((a, b) => b[1] - a[1])) {
  console.log(`    ${owner.padEnd(26)} ${kb(n).padStart(9)} min  ~${kb((n / total) * gzip).padStart(8)} gzip  ${((n / total) * 100).toFixed(1).padStart(5)}%`);
}
if (gzip > BUDGET_BYTES) {
  console.error(`\nOver budget: ${kb(gzip)} > ${kb(BUDGET_BYTES)} min+gzip.`);
  process.exit(1);
}
console.log(`  within budget (${((gzip / BUDGET_BYTES) * 100).toFixed(0)}% used)`);

// Files the bundle loads only on demand, listed outside the budget, which is what every page downloads: the CSV
// and TimelineJS importers, the vertical story (which a narrow viewport starts loading with the bundle), and the
// table of events (loaded when a reader first opens it), and the Persian and Russian strings (on such pages only).
const LAZY = [
  ['dist/event-timeline.importers.min.js', 'CSV or TimelineJS data only', 'importers'],
  ['dist/event-timeline.story.min.js', 'the vertical story only', 'story'],
  ['dist/event-timeline.table.min.js', 'the table of events, once opened', 'table'],
  ['dist/event-timeline.fa.min.js', 'the Persian strings, on pages in Persian', 'Persian translation'],
  ['dist/event-timeline.ru.min.js', 'the Russian strings, on pages in Russian', 'Russian translation'],
  ['dist/event-timeline-article.min.js', '<event-timeline-article>: its script imports the bundle', 'article'],
];
for (const [file, when, what] of LAZY) {
  if (!existsSync(file)) {
    console.error(`\n${file} is missing: the build did not write the ${what} file.`);
    process.exit(1);
  }
  const lazy = readFileSync(file, 'utf8');
  console.log(`\nLoaded on demand (${when}): ${file}`);
  console.log(`  minified: ${kb(lazy.length)}   min+gzip: ${kb(gzipSync(lazy, { level: 9 }).length)}`);
}
console.log('');
