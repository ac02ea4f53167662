// Where the bytes of the shipped files go: attributes each minified byte of the single-file bundle and of the files
// it loads on demand to its source file through the source maps, and writes docs/bundle-treemap.svg (a treemap:
// file shipped > package or src folder > source file, area = estimated min+gzip bytes) and docs/bundle-treemap.md
// (the same as tables). Run after `npm run build`: `npm run treemap`.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

const SHIPPED = [
  ['dist/event-timeline.bundle.min.js', 'the single-file bundle (every page)'],
  ['dist/event-timeline.story.min.js', 'the vertical story (narrow viewports, orientation="vertical")'],
  ['dist/event-timeline.importers.min.js', 'the CSV and TimelineJS importers (such data only)'],
  ['dist/event-timeline.table.min.js', 'the table of events (once a reader opens it)'],
  ['dist/event-timeline.fa.min.js', 'the Persian strings (pages in Persian)'],
  ['dist/event-timeline.ru.min.js', 'the Russian strings (pages in Russian)'],
  ['dist/event-timeline-article.min.js', '<event-timeline-article> (its own script tag)'],
];

/** Minified bytes per source file of one shipped file, and its min+gzip size. */
function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const gzip = gzipSync(code, { level: 9 }).length;
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  let prev = null;
  const flush = (end) => {
    if (!prev) return;
    const len = (end.line === prev.line ? end.col : lines[prev.line - 1].length) - prev.col;
    bytes.set(prev.source, (bytes.get(prev.source) ?? 0) + Math.max(0, len));
  };
  eachMapping(map, (m) => {
    const cur = { line: m.generatedLine, col: m.generatedColumn, source: m.source ?? '(unmapped)' };
    flush(cur);
    prev = cur;
  });
  flush({ line: -1, col: 0 });
  const mapped = [...bytes.values()].reduce((a, b) => a + b, 0);
  // The bytes no mapping covers (the module wrapper, separators) are listed as such, so the parts add up.
  bytes.set('(unmapped)', (bytes.get('(unmapped)') ?? 0) + Math.max(0, code.length - mapped));
  return { min: code.length, gzip, bytes };
}

/** A source's group and short name: a package, or a folder of src/. */
function place(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    return { group: pkg, name: parts.at(-1) };
  }
  const src = source.lastIndexOf('src/');
  if (src >= 0) {
    const parts = source.slice(src + 4).split('/');
    return { group: parts.length > 1 ? `src/${parts[0]}` : 'src', name: parts.slice(1).join('/') || parts[0] };
  }
  return { group: 'other', name: source.replace(/^(\.\.\/)+/, '') };
}

const tree = { name: 'shipped', children: [] };
const tables = [];
for (const [file, when] of SHIPPED) {
  const { min, gzip, bytes } = attribute(file);
  const groups = new Map();
  for (const [source, n] of bytes) {
    if (n === 0) continue;
    const { group, name } = place(source);
    if (!groups.has(group)) groups.set(group, []);
    // Estimated min+gzip bytes: the file's gzip size shared pro rata to minified bytes.
    groups.get(group).push({ name, min: n, value: (n / min) * gzip });
  }
  const node = { name: file.replace('dist/', ''), when, min, gzip, children: [] };
  for (const [group, files] of groups) node.children.push({ name: group, children: files });
  tree.children.push(node);
  tables.push(node);
}

// ---- the SVG ----
const W = 1200;
const H = 760;
const root = hierarchy(tree)
  .sum((d) => d.value ?? 0)
  .sort((a, b) => b.value - a.value);
treemap()
  .tile(treemapSquarify)
  .size([W, H])
  .paddingOuter(3)
  .paddingTop((d) => (d.depth < 3 ? 18 : 0))
  .paddingInner(1)(root);
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];
const groupColor = new Map();
const colorOf = (group) => {
  const key = group.startsWith('src') ? group : 'packages';
  if (!groupColor.has(key)) groupColor.set(key, PALETTE[groupColor.size % PALETTE.length]);
  return key === 'packages' ? '#bab0ac' : groupColor.get(key);
};
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const fits = (text, w, h, size = 11) => w > text.length * size * 0.58 + 6 && h > size + 4;
const out = [];
out.push(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" ` +
    `font-family="system-ui, sans-serif" font-size="11">`,
);
out.push(`<title>What the shipped files are made of (estimated min+gzip bytes)</title>`);
out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
for (const n of root.descendants().slice(1)) {
  const w = n.x1 - n.x0;
  const h = n.y1 - n.y0;
  const r = `x="${n.x0.toFixed(1)}" y="${n.y0.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"`;
  const tip = `<title>${esc(
    n
      .ancestors()
      .reverse()
      .slice(1)
      .map((a) => a.data.name)
      .join(' › '),
  )}: ${kB(n.value)}</title>`;
  if (n.depth === 1) {
    out.push(`<rect ${r} fill="#f4f4f4" stroke="#333">${tip}</rect>`);
    const long = `${n.data.name}: ${kB(n.data.gzip)} min+gzip`;
    const label = fits(long, w, h, 12) ? long : `${n.data.name.replace(/^event-timeline\.?/, '')} ${kB(n.data.gzip)}`;
    if (fits(label, w, h, 12)) {
      out.push(`<text x="${n.x0 + 4}" y="${n.y0 + 13}" font-size="12" font-weight="bold">${esc(label)}</text>`);
    }
  } else if (n.depth === 2) {
    out.push(`<rect ${r} fill="${colorOf(n.data.name)}" fill-opacity="0.25" stroke="#666">${tip}</rect>`);
    const label = `${n.data.name} ${kB(n.value)}`;
    if (fits(label, w, h)) out.push(`<text x="${n.x0 + 3}" y="${n.y0 + 12}" font-weight="600">${esc(label)}</text>`);
  } else {
    out.push(`<rect ${r} fill="${colorOf(n.parent.data.name)}" fill-opacity="0.55" stroke="#fff">${tip}</rect>`);
    const label = n.data.name;
    if (fits(label, w, h, 10)) {
      out.push(`<text x="${n.x0 + 3}" y="${n.y0 + 12}" font-size="10">${esc(label)}</text>`);
      if (h > 26) out.push(`<text x="${n.x0 + 3}" y="${n.y0 + 24}" font-size="10">${kB(n.value)}</text>`);
    }
  }
}
out.push('</svg>');
writeFileSync('docs/bundle-treemap.svg', `${out.join('\n')}\n`);

// ---- the tables ----
const md = [
  '# Where the bytes go',
  '',
  'Written by `npm run treemap` (scripts/bundle-treemap.mjs) after `npm run build`: each minified byte of the',
  "shipped files is traced to its source through the source maps; a group's gzip share is estimated pro rata to",
  'its minified bytes (gzip compresses the whole file, not each part). Bytes no mapping covers are `(unmapped)`.',
  '',
  '![A treemap of the shipped files: file shipped, then package or src folder, then source file](bundle-treemap.svg)',
  '',
];
for (const node of tables) {
  md.push(`## ${node.name}: ${kB(node.gzip)} min+gzip, ${kB(node.min)} minified`, '', `Loaded by ${node.when}.`, '');
  md.push('| package or folder | minified | ~min+gzip | share |', '| --- | ---: | ---: | ---: |');
  const rows = node.children
    .map((g) => ({
      name: g.name,
      min: g.children.reduce((a, f) => a + f.min, 0),
      gz: g.children.reduce((a, f) => a + f.value, 0),
    }))
    .sort((a, b) => b.min - a.min);
  for (const g of rows) {
    md.push(`| ${g.name} | ${kB(g.min)} | ${kB(g.gz)} | ${((g.min / node.min) * 100).toFixed(1)}% |`);
  }
  md.push('');
}
writeFileSync('docs/bundle-treemap.md', `${md.join('\n')}`);
for (const node of tables) console.log(`${node.name.padEnd(34)} ${kB(node.gzip).padStart(8)} min+gzip`);
console.log('wrote docs/bundle-treemap.svg and docs/bundle-treemap.md');
