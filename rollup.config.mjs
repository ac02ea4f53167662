// Two outputs:
// 1. dist/: the npm library, one ESM file per source module, lit/d3/edtf left as
//    dependencies so an app's bundler dedupes and tree-shakes them.
// 2. dist/event-timeline.bundle.min.js: one self-contained, minified ES module
//    for <script type="module" src=…> embedding, and beside it
//    event-timeline.importers.min.js, the CSV and TimelineJS importers, which
//    the bundle loads only when a dataset is in one of those formats.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { litRemovePartFix } from './build/lit-remove-part-fix.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Dependencies and peer dependencies (react, for event-timeline/react) stay imports.
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

/**
 * Entry points of the library build; each becomes a package export, except
 * src/cli.ts, the `event-timeline` command (package.json `bin`). React, the
 * CLI and event-timeline/derive (src/derive/, reading articles) never reach the
 * single-file bundle, whose entry is src/bundle.ts.
 */
export const libraryEntries = [
  'src/index.ts',
  'src/elements.ts',
  'src/data/index.ts',
  'src/derive/index.ts',
  'src/article.ts',
  'src/react.ts',
  'src/cli.ts',
];

/**
 * In the single-file bundle only, d3-transition and d3-interpolate are replaced
 * by stand-ins (build/*-shim.js, which say why): d3-zoom uses them only for
 * animated zoom transitions, which the element never starts. d3-selection is
 * replaced by a stand-in that implements just what d3-zoom, d3-drag and the zoom
 * controller call (2.9 kB min+gzip smaller). The npm build keeps all three.
 */
const SHIMS = {
  'd3-transition': './build/d3-transition-shim.js',
  'd3-interpolate': './build/d3-interpolate-shim.js',
  'd3-selection': './build/d3-selection-shim.js',
};
const transitionShim = {
  name: 'd3-transition-shim',
  resolveId(source) {
    return SHIMS[source] ? fileURLToPath(new URL(SHIMS[source], import.meta.url)) : null;
  },
};

/** The single-file bundles' plugins: browser resolution, TypeScript, template minification, terser. */
function bundlePlugins() {
  return [
    nodeResolve({ browser: true }),
    // lit-html 3.3.1–3.3.3 leaves a comment behind for each item `repeat` removes (lit/lit#5298).
    litRemovePartFix(),
    ts(),
    // Templates and styles are strings terser cannot shrink: minify their HTML and CSS.
    minifyHTML(),
    // NO_MINIFY=1 keeps names readable, for profiling.
    // Each file opens with V8's explicit compile hint, `//# allFunctionsCalledOnLoad` (Chromium 136+; other
    // engines ignore the comment): a page runs most of these files' functions as soon as it has data, so
    // Chromium compiles them all on the thread that streams the file, not one by one on the main thread
    // during the first render (about 16 ms of a first mount at 20 events; docs/performance.md). The preamble
    // is printed by terser, so the source maps count its line.
    // Three compress passes and pure getters (no getter here has a side effect a bare read relies on) save
    // about 0.6 kB gzip. Underscore-prefixed members (the element's and the controllers' privates, d3's
    // internals) are renamed: nothing outside the bundle reads them. (The article's element, a LitElement
    // subclass in a file without Lit's code, keeps its privates as #fields: renamed here, they could take a
    // name Lit's own minified members already use.)
    ...(process.env.NO_MINIFY
      ? []
      : [
          terser({
            module: true,
            ecma: 2022,
            compress: { passes: 3, pure_getters: true },
            mangle: { properties: { regex: /^_[a-zA-Z]/ } },
            format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
          }),
        ]),
  ];
}

/** The modules an entry imports statically, transitively (computed once per build). */
let graph = null;
function staticGraph(entry, getModuleIds, getModuleInfo) {
  if (graph) return graph;
  graph = new Set();
  const stack = [[...getModuleIds()].find((m) => entry.test(m))];
  while (stack.length) {
    const m = stack.pop();
    if (m === undefined || graph.has(m)) continue;
    graph.add(m);
    stack.push(...getModuleInfo(m).importedIds);
  }
  return graph;
}

export default [
  {
    input: libraryEntries,
    external: isExternal,
    plugins: [nodeResolve(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'cli.js' ? '#!/usr/bin/env node' : ''),
    },
  },
  {
    // <event-timeline-article> is a second entry, event-timeline-article.min.js. It imports the main bundle
    // (src/article-bundle.ts imports src/bundle.ts), and every module the main bundle imports stays in it
    // (staticGraph below), so the article's file holds only the article's own code, the bundle stays one
    // file, and the page has one Lit: a second copy would create a second 'lit-html' Trusted Types policy,
    // which a strict CSP refuses.
    input: { bundle: 'src/bundle.ts', article: 'src/article-bundle.ts' },
    // The importers' file imports what it shares with the bundle (normalize, the EDTF parser) from the bundle
    // itself, which may therefore export a few more (mangled) names than src/bundle.ts: no third file.
    preserveEntrySignatures: 'allow-extension',
    plugins: [transitionShim, ...bundlePlugins()],
    // The importers (src/data/importers.ts, loaded on demand by readDataset) become a second file beside
    // the bundle, event-timeline.importers.min.js: a page showing our JSON format never downloads it.
    // The vertical story (src/controllers/story-controller.ts) a third, event-timeline.story.min.js, and the
    // table of events (src/controllers/table-controller.ts, loaded on first open) a fourth, event-timeline.table.min.js.
    output: {
      dir: 'dist',
      entryFileNames: (chunk) =>
        chunk.name === 'bundle' ? 'event-timeline.bundle.min.js' : 'event-timeline-article.min.js',
      manualChunks: (id, { getModuleIds, getModuleInfo }) =>
        staticGraph(/\/src\/bundle\.ts$/, getModuleIds, getModuleInfo).has(id) ? 'bundle' : undefined,
      chunkFileNames: (chunk) => `event-timeline.${chunk.name.replace(/-controller$/, '')}.min.js`,
      format: 'es',
      sourcemap: true,
    },
  },
];
