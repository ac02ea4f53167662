// Measures the two EDTF parsers side by side: size in a bundle, and parse speed.
// Usage: npm run build && node scripts/measure-edtf.mjs
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
import edtf from 'edtf';
import { parseEdtf } from '../dist/data/edtf.js';

function bundleSize(contents) {
  const out = buildSync({ stdin: { contents, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const sizes = {
  edtf: bundleSize(`import edtf from 'edtf'; globalThis.x = edtf;`),
  ours: bundleSize(`import { parseEdtf } from './dist/data/edtf.js'; globalThis.x = parseEdtf;`),
};

// A realistic mix: mostly plain days (a large archive), some coarser and uncertain forms.
const mix = [];
for (let i = 0; i < 7000; i++) {
  const y = 1990 + (i % 30), m = 1 + (i % 12), d = 1 + (i % 28);
  mix.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}
const other = ['2023-05', '2022', '2023-03~', '2023?', '[2023-07-24..2023-07-30]', '[..2023-03~]', '2023-06-01/2023-08-15', '../2023-04', '2022-02-24/..', '-0044-03-15'];
for (let i = 0; i < 3000; i++) mix.push(other[i % other.length]);

function time(fn, rounds = 7) {
  const runs = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const s of mix) fn(s);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}
time(edtf, 2);
time(parseEdtf, 2); // warm up both
const tEdtf = time(edtf);
const tOurs = time(parseEdtf);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`EDTF parsers, ${mix.length.toLocaleString('en')} dates (70% plain days), median of 7 rounds, Node ${process.version}`);
console.log(`  edtf 4.11      ${kb(sizes.edtf.min).padStart(8)} min  ${kb(sizes.edtf.gzip).padStart(7)} gzip   ${tEdtf.toFixed(1).padStart(7)} ms`);
console.log(`  parseEdtf      ${kb(sizes.ours.min).padStart(8)} min  ${kb(sizes.ours.gzip).padStart(7)} gzip   ${tOurs.toFixed(1).padStart(7)} ms`);
console.log(`  ratio          ${(sizes.edtf.gzip / sizes.ours.gzip).toFixed(1)}× smaller, ${(tEdtf / tOurs).toFixed(0)}× faster`);
