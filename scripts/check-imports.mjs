// Fails when the modules of src/ import each other in a cycle (ARCHITECTURE-REVIEW §6, rule 2).
// Every relative import counts, type-only ones and re-exports too: `ts.preProcessFile` lists
// each file's specifiers, `./x.js` resolves to `./x.ts`, and a depth-first search reports one
// cycle per back edge. Prints the cycles and exits 1, or prints one line and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = path.join(root, 'src');

/** Every .ts file under `dir`, as absolute paths. */
function tsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return tsFiles(p);
    return d.name.endsWith('.ts') ? [p] : [];
  });
}

/** The .ts file a relative specifier names, or null (a package, or a file outside src/). */
function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.(js|ts|mjs)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.d.ts`, path.join(base, 'index.ts')]) {
    if (candidate.startsWith(src + path.sep) && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

const files = tsFiles(src).sort();
const graph = new Map();
let edges = 0;
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const targets = new Set(importedFiles.map((f) => resolve(file, f.fileName)).filter((t) => t !== null));
  graph.set(file, [...targets].sort());
  edges += targets.size;
}

// Iterative DFS: a back edge to a file still on the stack closes a cycle.
const rel = (f) => path.relative(src, f);
const state = new Map(); // undefined: unseen; 1: on the stack; 2: done
const cycles = new Map(); // canonical text -> cycle, so each is printed once
for (const start of files) {
  if (state.has(start)) continue;
  const stack = [[start, 0]];
  const onStack = [start];
  state.set(start, 1);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [file, k] = top;
    const next = graph.get(file)[k];
    if (next === undefined) {
      stack.pop();
      onStack.pop();
      state.set(file, 2);
      continue;
    }
    top[1]++;
    if (state.get(next) === 1) {
      const cycle = onStack.slice(onStack.indexOf(next)).map(rel);
      // Rotate to start at the smallest name, so one cycle found twice reads the same.
      const at = cycle.indexOf([...cycle].sort()[0]);
      const canonical = [...cycle.slice(at), ...cycle.slice(0, at)];
      cycles.set(canonical.join(' -> '), canonical);
    } else if (!state.has(next)) {
      state.set(next, 1);
      stack.push([next, 0]);
      onStack.push(next);
    }
  }
}

if (cycles.size) {
  console.error(`${cycles.size} import cycle${cycles.size === 1 ? '' : 's'} in src/:`);
  for (const cycle of cycles.values()) console.error(`  ${[...cycle, cycle[0]].join(' -> ')}`);
  process.exit(1);
}
console.log(`check-imports: no import cycle in src/ (${files.length} files, ${edges} imports)`);
