// Memory check for long-lived pages. Run after `npm run build`:
//   node scripts/test-leaks.mjs
//
// Loads the single-file bundle in headless Chromium (puppeteer-core) and, after a
// warm-up round, measures the JS heap after forced garbage collection (CDP
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage) around:
//   A. 1,000 connect/disconnect cycles of fresh elements, each drawing the article;
//   B. 1,000 connect/disconnect cycles of one element;
//   C. 1,000 assignments of `events` (a fresh copy of the article each time) to one
//      connected element;
//   D. 240 fresh elements, each drawn (styled, laid out and painted in a frame:
//      `renderComplete`) before it is removed, in batches of 8 with a garbage
//      collection after each batch. A, B and C mostly wait for Lit's update only,
//      which never styles the elements; D is what a page that keeps replacing a
//      visible timeline does. It is how we found that SVG masks referenced by
//      url(#id) let Chromium's style cache keep the last 5–12 drawn timelines
//      alive after removal (up to 15,000 DOM nodes): bounded, but not ours to keep.
//      CSS gradient masks replaced them, and the count of kept elements is now 0.
//   E, F. D and B with orientation="vertical" (the story, whose controller listens to the page's scroll);
// It also compares Chromium's DOM counters (nodes, JS event listeners) and the
// listeners on window and document (DOMDebugger.getEventListeners).
//
// A phase fails when the heap grows by more than LIMIT_BYTES (2 MB): a leak of one
// element or one dataset per cycle is 20 kB or more, so 1,000 cycles of it are ten
// times the limit, while the noise between two measurements after GC is a few
// hundred kB. Listeners on window and document, and Chromium's count of JS event
// listeners, must not grow at all. The negative control runs the same phases
// with deliberate leaks (fresh elements and datasets pushed onto a global array; a
// window listener added on every connect) and must fail each, which proves the
// checks catch a real leak. INJECT_LEAK=0 skips the control.
// Prints PASS/FAIL per phase; exits 1 on any failure.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBrowser } from './find-chrome.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PAGE = '/test/fixtures/security/leak-page.html';
const DATA = '/seeds/iran-belarus-defense-deal.events.json';
const CYCLES = 1000;
/** The negative control's cycles: enough that each deliberate leak is well over the limit (it is 7–180 kB a cycle). */
const CONTROL_CYCLES = 400;
const WARM_UP = 100;
const DRAWN = 240;
const DRAWN_BATCH = 8;
const LIMIT_BYTES = 2 * 1024 * 1024;

/** Installed in the page: the three phases, each `n` iterations; `leak` keeps everything reachable. */
function installPhases(dataUrl, leak) {
  window.__leak = [];
  const keep = (x) => leak && window.__leak.push(x);
  const stage = document.getElementById('stage');
  stage.style.width = '1000px';
  let data = null;
  const fresh = async () => {
    data ??= await (await fetch(dataUrl)).json();
    return structuredClone(data);
  };
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let one = null;
  let target = null;
  window.__phases = {
    async fresh(n) {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('event-timeline');
        el.events = await fresh();
        stage.append(el);
        await (i % 50 === 0 ? el.renderComplete : el.updateComplete);
        el.remove();
        keep(el);
      }
    },
    async drawn(n, orientation = 'auto') {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('event-timeline');
        el.orientation = orientation;
        el.events = await fresh();
        stage.append(el);
        await el.renderComplete;
        el.remove();
        keep(el);
      }
    },
    async drawnVertical(n) {
      return window.__phases.drawn(n, 'vertical');
    },
    async reconnect(n, orientation = 'auto') {
      if (one?.orientation !== orientation) {
        one = document.createElement('event-timeline');
        one.orientation = orientation;
        one.events = await fresh();
      }
      for (let i = 0; i < n; i++) {
        stage.append(one);
        await (i % 50 === 0 ? one.renderComplete : one.updateComplete);
        if (i % 100 === 0) one.selected = 'iran-belarus-defense-mou';
        one.remove();
        if (leak) {
          // A listener added on each connect and never removed, holding what it closes over.
          const bag = new Array(2000).fill(i);
          window.addEventListener('hashchange', () => bag.length);
        }
      }
    },
    async reconnectVertical(n) {
      return window.__phases.reconnect(n, 'vertical');
    },
    async events(n) {
      if (!target) {
        target = document.createElement('event-timeline');
        stage.append(target);
      }
      for (let i = 0; i < n; i++) {
        const d = await fresh();
        target.events = d;
        await (i % 50 === 0 ? target.renderComplete : target.updateComplete);
        keep(d);
      }
      await target.renderComplete;
    },
    async settle() {
      // Whatever the engine keeps of recently drawn elements for a while (optimized code
      // can hold a few objects it last saw), drawing the same few elements before every
      // measurement makes that set the same on both sides, so it cancels out.
      for (let i = 0; i < 8; i++) {
        const el = document.createElement('event-timeline');
        el.events = await fresh();
        stage.append(el);
        await el.renderComplete;
        el.remove();
      }
      for (let i = 0; i < 5; i++) await frame();
      await new Promise((r) => setTimeout(r, 800)); // timers such as the live region's (600 ms) run out
    },
  };
}

async function measure(page, cdp) {
  await page.evaluate(() => window.__phases.settle());
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const listeners = {};
  for (const expr of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners: list } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    listeners[expr] = list.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return { heap: usedSize, nodes: counters.nodes, jsEventListeners: counters.jsEventListeners, listeners };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Runs the phases in a fresh page; returns one result per phase. */
async function run(browser, base, leak) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`${base}${PAGE}`, { waitUntil: 'load' });
  await page.waitForFunction(() => !!customElements.get('event-timeline'), { timeout: 20_000 });
  await page.evaluate(installPhases, DATA, leak);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('DOMDebugger.enable').catch(() => {});
  const results = [];
  try {
    const n = leak ? CONTROL_CYCLES : CYCLES;
    for (const [phase, title, cycles, batch = cycles] of [
      ['fresh', `${n} connect/disconnect cycles of fresh elements`, n],
      ['reconnect', `${n} connect/disconnect cycles of one element`, n],
      ['events', `${n} assignments of events to one element`, n],
      // The control's page already holds over a million leaked nodes, which makes each frame slow: a sixth is plenty to catch it.
      ...(() => {
        const n = leak ? DRAWN / 6 : DRAWN;
        return [['drawn', `${n} fresh elements, each drawn in a frame, then removed (batches of ${DRAWN_BATCH}, collected between)`, n, DRAWN_BATCH]];
      })(),
      // The vertical story: its lazily loaded controller, the page-scroll and pointer listeners it adds, its cards.
      // The control has shown the checks catch a leak; it skips these two (a minute on its million-node page).
      ...(leak
        ? []
        : [
            ['drawnVertical', `${DRAWN} fresh elements drawn vertical (the story), then removed (batches of ${DRAWN_BATCH})`, DRAWN, DRAWN_BATCH],
            ['reconnectVertical', `${CYCLES} connect/disconnect cycles of one vertical element`, CYCLES],
          ]),
    ]) {
      await page.evaluate((p, n) => window.__phases[p](n), phase, Math.min(WARM_UP, cycles));
      const before = await measure(page, cdp);
      const t0 = Date.now();
      for (let done = 0; done < cycles; done += batch) {
        await page.evaluate((p, n) => window.__phases[p](n), phase, Math.min(batch, cycles - done));
        if (batch < cycles) await cdp.send('HeapProfiler.collectGarbage');
      }
      const secs = (Date.now() - t0) / 1000;
      const after = await measure(page, cdp);
      results.push({ phase, title, before, after, secs, errors: errors.splice(0) });
    }
  } finally {
    await context.close();
  }
  return results;
}

function report(results, leak) {
  let failed = 0;
  for (const { title, before, after, secs, errors } of results) {
    const growth = after.heap - before.heap;
    const heapOk = growth <= LIMIT_BYTES;
    // Listeners and nodes are exact; a few nodes may belong to the page's own state.
    const listenersOk =
      after.listeners.window <= before.listeners.window && after.listeners.document <= before.listeners.document && after.jsEventListeners <= before.jsEventListeners + 20;
    const ok = heapOk && listenersOk && errors.length === 0;
    // The control passes when the check fails.
    const pass = leak ? !heapOk || !listenersOk : ok;
    if (!pass) failed++;
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${leak ? '[deliberate leak] ' : ''}${title} (${secs.toFixed(1)} s)`);
    console.log(
      `      heap ${mb(before.heap)} → ${mb(after.heap)}: ${growth >= 0 ? '+' : ''}${mb(growth)} (${((growth / before.heap) * 100).toFixed(1)}%; limit +${mb(LIMIT_BYTES)})${leak ? (heapOk ? ', not caught by the heap' : ', caught') : ''}`,
    );
    console.log(
      `      DOM nodes ${before.nodes} → ${after.nodes}; JS event listeners ${before.jsEventListeners} → ${after.jsEventListeners}; on window ${before.listeners.window} → ${after.listeners.window}, on document ${before.listeners.document} → ${after.listeners.document}`,
    );
    if (!listenersOk) console.log(`      listeners left behind${leak ? ': caught' : ''}`);
    for (const e of errors) console.log(`      ${e}`);
  }
  return failed;
}

const failed = await withBrowser(
  async ({ browser, server }) => {
    let failed = report(await run(await browser(), server.url, false), false);
    if (process.env.INJECT_LEAK !== '0') {
      console.log(
        '\nNegative control: the same phases with deliberate leaks ' +
          '(elements and datasets kept in a global array; a window listener added on every connect).',
      );
      failed += report(await run(await browser(), server.url, true), true);
    }
    return failed;
  },
  {
    requires: [join(ROOT, 'dist/event-timeline.bundle.min.js')],
    serve: { root: ROOT, headers: { 'cache-control': 'no-store' } },
    launch: { protocolTimeout: 300_000 },
  },
);
console.log(
  failed
    ? `\n${failed} check(s) failed.`
    : '\nNo leaks: every phase stayed within the limit, and the deliberate leak was caught.',
);
process.exit(failed ? 1 : 0);
