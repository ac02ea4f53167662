// Builds Storybook and opens every story in headless Chromium. A story fails on
// a console error it does not declare, an uncaught error or rejection, a play
// function that throws, an <event-timeline> that is missing or draws nothing,
// or an axe violation. Stories are discovered from the build's index.json.
//
//   node scripts/test-storybook.mjs            build, then test every story
//   node scripts/test-storybook.mjs --no-build test the existing storybook-static/
//   node scripts/test-storybook.mjs states     only stories whose id contains "states"
//   node scripts/test-storybook.mjs --verbose  with the time each step took
//
// Assumes `npm run build` ran (Storybook reads custom-elements.json).
// Story parameters it reads:
//   expectedConsoleErrors: RegExp[]  console errors matching one of them are allowed
//   neverSettles: true               the data never finishes loading by design: do not
//                                    await renderComplete, check the element drew something
//   a11y: { config, options, context } as for @storybook/addon-a11y; axe runs with them
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, withBrowser } from './find-chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'storybook-static');
const CONCURRENCY = 2;
/** Whole-story budget: load, render, play function, checks and axe. */
const STORY_TIMEOUT = 45_000;
/** How long renderComplete may take once the story has rendered. */
const RENDER_TIMEOUT = 15_000;
const VIEWPORT = { width: 1200, height: 900 };

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const VERBOSE = args.includes('--verbose');
const filter = args.find((a) => !a.startsWith('--')) ?? '';
const started = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

// ---- build ------------------------------------------------------------------

function run(cmd, cmdArgs) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

if (!existsSync(join(ROOT, 'custom-elements.json'))) {
  console.error('custom-elements.json is missing: run `npm run build` first.');
  process.exit(1);
}
if (build) {
  const t = Date.now();
  console.log('▶ storybook build --quiet -o storybook-static');
  const { code, output } = await run('npx', ['--no-install', 'storybook', 'build', '--quiet', '-o', 'storybook-static']);
  if (code !== 0) {
    console.error(output);
    console.error(`✖ storybook build failed (exit ${code})`);
    process.exit(1);
  }
  console.log(`✔ built in ${secs(Date.now() - t)}`);
}
if (!existsSync(join(OUT, 'index.json'))) {
  console.error(`${OUT}/index.json is missing: run without --no-build.`);
  process.exit(1);
}

// ---- stories ----------------------------------------------------------------

const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8'));
const stories = Object.values(index.entries ?? index.stories ?? {})
  .filter((e) => e.type === 'story' && e.id.includes(filter))
  .map((e) => ({ id: e.id, title: `${e.title} / ${e.name}` }));
if (stories.length === 0) {
  console.error(`No stories${filter ? ` matching "${filter}"` : ''} in index.json.`);
  process.exit(1);
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Before any script runs: record Storybook's story events as the channel appears. */
function hookChannel() {
  const log = { finished: null, errors: [] };
  Object.defineProperty(window, '__storyTest', { value: log });
  const hooked = new WeakSet();
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(c) {
      channel = c;
      if (!c || hooked.has(c)) return;
      hooked.add(c);
      const fail = (what) => (e) => log.errors.push(`${what}: ${typeof e === 'string' ? e : (e?.message ?? JSON.stringify(e))}`);
      c.on('playFunctionThrewException', fail('play function threw'));
      c.on('storyThrewException', fail('story threw'));
      c.on('storyErrored', (e) => log.errors.push(`story errored: ${e?.title ?? ''} ${e?.description ?? ''}`));
      c.on('storyMissing', (id) => log.errors.push(`story missing: ${id}`));
      c.on('unhandledErrorsWhilePlaying', (errs) => log.errors.push(`unhandled errors while playing: ${JSON.stringify(errs)}`));
      c.on('storyFinished', (e) => (log.finished = e));
    },
  });
}

/** In the page, once the story finished: its element drew, within the time allowed. */
async function checkElements({ neverSettles, renderTimeout }) {
  const problems = [];
  const Ctor = customElements.get('event-timeline');
  if (!Ctor) return ['<event-timeline> is not defined'];
  const els = [...document.querySelectorAll('#storybook-root event-timeline')];
  if (els.length === 0) return ['no <event-timeline> in the story'];
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  for (const el of els) {
    if (!(el instanceof Ctor)) {
      problems.push('<event-timeline> is not upgraded');
      continue;
    }
    if (!neverSettles) {
      let timer;
      const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), renderTimeout)));
      const result = await Promise.race([el.renderComplete.then(() => 'ok'), timeout]);
      clearTimeout(timer);
      if (result === 'timeout') problems.push(`renderComplete did not resolve within ${renderTimeout} ms`);
    } else {
      await frame();
      await frame();
    }
    const root = el.shadowRoot;
    if (!root || !root.querySelector('*') || !root.textContent?.trim()) problems.push('<event-timeline> rendered nothing');
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) problems.push(`<event-timeline> is ${box.width}×${box.height} px`);
  }
  return problems;
}

/** A worker's page: one per worker, reused, with listeners that report to the story under test. */
async function workerPage(context) {
  const page = await context.newPage();
  const sink = { console: () => {}, pageerror: () => {} };
  page.on('console', (m) => sink.console(m));
  page.on('pageerror', (e) => sink.pageerror(e));
  await page.setViewport(VIEWPORT);
  await page.evaluateOnNewDocument(hookChannel);
  return { page, sink };
}

/** Opens one story from the Storybook served at `base` in the worker's page, and checks it. */
async function testStory(story, { page, sink }, base) {
  const t = Date.now();
  const consoleErrors = [];
  const failures = [];
  const steps = [];
  const mark = (what) => steps.push(`${what} ${secs(Date.now() - t)}`);
  sink.console = (m) => {
    if (m.type() !== 'error') return;
    const where = m.location()?.url;
    consoleErrors.push(where ? `${m.text()} (${where})` : m.text());
  };
  // An uncaught error fails the story at once, rather than after the whole timeout.
  let uncaught;
  const errored = new Promise((r) => (uncaught = r));
  sink.pageerror = (e) => {
    failures.push(`uncaught: ${e.message ?? e}`);
    uncaught();
  };
  try {
    // The a11y addon's own axe run is switched off: this script runs axe itself.
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    mark('loaded');
    const finished = page.waitForFunction(() => window.__storyTest.finished !== null || window.__storyTest.errors.length > 0, {
      timeout: STORY_TIMEOUT,
      polling: 100,
    });
    // Once the page moves on, the losing wait rejects: nobody listens for it.
    finished.catch(() => {});
    await Promise.race([finished, errored]);
    if (failures.length > 0) throw new Error('the story threw before it finished');
    mark('finished');
    const log = await page.evaluate(() => window.__storyTest);
    if (VERBOSE) mark(`reports [${(log.finished?.reporters ?? []).map((r) => `${r.type}:${r.status}`).join(' ')}]`);
    failures.push(...log.errors);
    if (log.finished?.status === 'error' && log.errors.length === 0) failures.push('Storybook reports the story as errored');
    // The story's parameters, RegExps as [source, flags].
    const params = await page.evaluate(() => {
      const p = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters ?? {};
      return {
        expected: (p.expectedConsoleErrors ?? []).map((r) => (r instanceof RegExp ? [r.source, r.flags] : [String(r), ''])),
        neverSettles: p.neverSettles === true,
        a11y: JSON.parse(JSON.stringify(p.a11y ?? {})),
      };
    });
    if (failures.length === 0) {
      failures.push(...(await page.evaluate(checkElements, { neverSettles: params.neverSettles, renderTimeout: RENDER_TIMEOUT })));
    }
    mark('checked');
    if (failures.length === 0) {
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async (a11y) => {
        // As @storybook/addon-a11y runs it: the story's `parameters.a11y`
        // (config, options, context.exclude), and no `region` rule, since a
        // story is a fragment of a page and need not sit in a landmark.
        window.axe.reset();
        window.axe.configure({ ...a11y.config, rules: [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])] });
        const context = { include: [['#storybook-root']], exclude: a11y.context?.exclude ?? [] };
        const result = await window.axe.run(context, { ...a11y.options, resultTypes: ['violations'] });
        return result.violations.map(
          (v) => `axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
      }, params.a11y);
      failures.push(...violations);
      mark('axe');
    }
    const expected = params.expected.map(([s, f]) => new RegExp(s, f));
    for (const e of consoleErrors) if (!expected.some((re) => re.test(e))) failures.push(`console error: ${e}`);
  } catch (e) {
    failures.push(`${e.name === 'TimeoutError' ? 'timed out' : 'failed'}: ${e.message}`);
    for (const c of consoleErrors) failures.push(`console error: ${c}`);
  } finally {
    // Leave the story before the next one starts, so nothing of it runs on.
    await page.goto('about:blank').catch(() => {});
    sink.console = () => {};
    sink.pageerror = () => {};
  }
  if (VERBOSE) console.log(`    ${story.id}: ${steps.join(', ')}`);
  return { ...story, ok: failures.length === 0, failures, ms: Date.now() - t };
}

function withTimeout(story, worker, base) {
  let timer;
  const timeout = new Promise((r) => {
    timer = setTimeout(() => r({ ...story, ok: false, failures: [`did not finish within ${STORY_TIMEOUT * 2} ms`], ms: STORY_TIMEOUT * 2 }), STORY_TIMEOUT * 2);
  });
  return Promise.race([testStory(story, worker, base), timeout]).finally(() => clearTimeout(timer));
}

// ---- run: storybook-static/ served, one browser -----------------------------

const results = await withBrowser(
  async ({ browser: launched, server }) => {
    const browser = await launched();
    console.log(`▶ ${stories.length} stories in ${findChrome()}, ${CONCURRENCY} at a time\n`);
    const results = [];
    const queue = [...stories];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        // A browser context per worker is a window of its own: each worker's one
        // page stays in the foreground and keeps getting animation frames (a
        // background tab gets none, and renderComplete waits for frames). Pages
        // in a context share its cache, so the Storybook bundle loads once.
        const context = await browser.createBrowserContext();
        let worker = await workerPage(context);
        for (let s = queue.shift(); s; s = queue.shift()) {
          const r = await withTimeout(s, worker, server.url);
          // A story that timed out may have left its page hung: start afresh.
          if (!r.ok && r.failures.some((f) => f.startsWith('did not finish'))) {
            await worker.page.close().catch(() => {});
            worker = await workerPage(context);
          }
          results.push(r);
          console.log(`  ${r.ok ? '✔' : '✖'} ${r.id} (${secs(r.ms)})`);
        }
        await context.close();
      }),
    );
    return results;
  },
  { serve: { root: OUT } },
);

// ---- report -----------------------------------------------------------------

results.sort((a, b) => stories.indexOf(stories.find((s) => s.id === a.id)) - stories.indexOf(stories.find((s) => s.id === b.id)));
const w = Math.max(...results.map((r) => r.id.length), 5);
console.log(`\n${'story'.padEnd(w)}  result  time`);
console.log(`${'-'.repeat(w)}  ------  ------`);
for (const r of results) console.log(`${r.id.padEnd(w)}  ${(r.ok ? 'pass' : 'FAIL').padEnd(6)}  ${secs(r.ms).padStart(6)}`);
const failed = results.filter((r) => !r.ok);
for (const r of failed) {
  console.log(`\n✖ ${r.id} (${r.title})`);
  for (const f of r.failures) console.log(`    ${f}`);
}
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed, in ${secs(Date.now() - started)}`);
process.exit(failed.length ? 1 : 0);
