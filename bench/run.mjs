// `npm run bench`: our element, vis-timeline and a plain Canvas2D floor on the
// same seeded events, side by side in headless Chromium, with real wheel input.
//
// Runs interleave (ours, vis, floor, ours, vis, floor…), each in a fresh page,
// so drift on a noisy machine hits all three alike. Prints a table with medians
// and ratios, then each target of issue #16 with the ratio this run measured and
// whether it holds, and writes bench/results.json. It is a benchmark: it never
// fails on a missed target (the exit code says only whether it ran).
//
//   node bench/run.mjs [--sizes 20,100,1000,10000,100000,1000000] [--rounds 5] [--steps 20]
//                      [--story-sizes 1000,10000] [--story-steps 60] [--screenshots docs/screenshots]
//                      [--height 600px|auto] [--base .cache/base]
//
// --height is our element's height (default 600px: the chart scrolls inside it). `auto` gives it none, so it
// grows to its content and the page scrolls past it, as on most news pages; vis-timeline and the floor stay
// 600 px high.
//
// --base DIR (a folder under the repository holding another build's *.min.js) adds that build as `base`,
// interleaved with the others (ours, base, vis, floor…), and prints an A/B table of base against ours; the
// story's rounds measure base before ours too.
//
// The vertical story (a 390 × 844 phone, orientation="vertical", the page scrolling through it) is measured on
// its own: mount, then a scroll of --story-steps wheel notches of 600 px from the story's top, timing each
// notch to the frame after it and every frame during the scroll (rAF to rAF), the long tasks (Long Tasks API,
// over 50 ms) during the scroll, and the cards left in the DOM; then 12 notches of Ctrl + wheel (the story's
// zoom: every card laid out again), each timed to the frame after it. Its mount is compared with the floor's at
// the same N (from the horizontal runs when N is among --sizes, else measured beside it).
//
// --warmup K (default 1): before the timed rounds, K rounds of every implementation at the first size, not
// recorded. The first pages of a fresh browser pay its own start-up (the renderer process, fonts, ICU): without a
// warm-up, only the implementation measured first paid it, in its first round.
//
// --screenshots saves what our element drew in its first round at each size:
// bench-<N>-out.png after mounting (all events) and bench-<N>-in.png after the wheel steps.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a, i, all) => (a.startsWith('--') ? [a.slice(2), all[i + 1]] : []))
    .filter((x) => x.length),
);
const SIZES = (args.sizes ?? '20,100,1000,10000,100000,1000000').split(',').filter(Boolean).map(Number);
const ROUNDS = Number(args.rounds ?? 5);
const STEPS = Number(args.steps ?? 20);
const SHOTS = args.screenshots ? resolve(args.screenshots) : null;
const VIS_TIMEOUT = 60_000;
const BASE = args.base ? args.base.replace(/^\.?\/+|\/+$/g, '') : null;
const IMPLS = BASE ? ['ours', 'base', 'vis', 'floor'] : ['ours', 'vis', 'floor'];
const STORY_SIZES = (args['story-sizes'] ?? '1000,10000').split(',').filter(Boolean).map(Number);
const STORY_STEPS = Number(args['story-steps'] ?? 60);
const HEIGHT = args.height ?? '600px';

// ---- a static server for the repository root -------------------------------------
const ROOT = resolve(new URL('..', import.meta.url).pathname);
const server = await serveStatic(ROOT);
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const base = `${server.url}/bench/pages`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  defaultViewport: { width: 1240, height: 700 },
  protocolTimeout: 300_000,
});

/** One measurement: mount, heap, DOM nodes, then STEPS real wheel events (none with `mountOnly`). */
async function measure(impl, n, shoot = false, mountOnly = false) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const bundle = impl === 'base' ? `&bundle=${encodeURIComponent(`/${BASE}/event-timeline.bundle.min.js`)}` : '';
    await page.goto(`${base}/${impl === 'base' ? 'ours' : impl}.html?height=${encodeURIComponent(HEIGHT)}${bundle}`, {
      waitUntil: 'load',
    });
    await page.waitForFunction(() => window.__bench && (customElements.get('event-timeline') || window.vis || true));
    if (impl === 'ours' || impl === 'base') {
      await page.waitForFunction(() => !!customElements.get('event-timeline'));
      impl = 'ours';
    }
    const mount = await withTimeout(
      page.evaluate((i, k) => window.__bench.mount(i, k), impl, n),
      impl === 'vis' ? VIS_TIMEOUT : 600_000,
    );
    if (mount === null) return { skipped: `did not finish within ${VIS_TIMEOUT / 1000} s` };
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domNodes = await page.evaluate(() => window.__bench.domNodes());
    if (shoot) await page.screenshot({ path: join(SHOTS, `bench-${n}-out.png`) });
    if (mountOnly) return { mount, heapMB: usedSize / 2 ** 20, domNodes, steps: [], errors };
    const [x, y] = await page.evaluate(() => window.__bench.wheelPoint());
    await page.evaluate(() => window.__bench.watchWheel());
    await page.mouse.move(x, y);
    for (let i = 0; i < STEPS; i++) {
      // In for a third of the steps, out for a third, in again: the window stays populated.
      const dir = i < STEPS / 3 || i >= (2 * STEPS) / 3 ? -1 : 1;
      await page.mouse.wheel({ deltaY: dir * 120 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const steps = await page.evaluate(() => window.__bench.steps());
    if (shoot) await page.screenshot({ path: join(SHOTS, `bench-${n}-in.png`) });
    return { mount, heapMB: usedSize / 2 ** 20, domNodes, steps, errors };
  } finally {
    await page.close().catch(() => {});
  }
}

/** `promise`, or null after `ms`; the timer is cleared either way, so it cannot hold the process open. */
function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((r) => (timer = setTimeout(() => r(null), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
};

const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');

// Not recorded: every implementation once (see --warmup), so no one pays alone for the browser's start-up.
const WARMUP = Number(args.warmup ?? 1);
for (let w = 0; w < WARMUP && SIZES.length; w++) {
  for (const impl of IMPLS) {
    process.stdout.write(`  warm-up ${w + 1}/${WARMUP} ${impl.padEnd(5)} N=${SIZES[0].toLocaleString('en')} … `);
    const m = await measure(impl, SIZES[0], false);
    console.log(
      m.skipped ?? `mount ${m.mount.toFixed(0)} ms, zoom p50 ${median(m.steps).toFixed(1)} ms (not recorded)`,
    );
  }
}

const results = {};
for (const n of SIZES) {
  const rounds = n >= 1_000_000 ? 1 : ROUNDS;
  results[n] = Object.fromEntries(
    IMPLS.map((i) => [i, { mounts: [], steps: [], heapMB: [], domNodes: [], skipped: null, errors: [] }]),
  );
  for (let r = 0; r < rounds; r++) {
    for (const impl of IMPLS) {
      const slot = results[n][impl];
      // vis-timeline: once it could not finish, do not try larger sizes or more rounds.
      if (impl === 'vis' && (slot.skipped || Object.values(results).some((x) => x.vis?.skipped && x !== results[n]))) {
        slot.skipped ??= 'skipped: did not finish at a smaller size';
        continue;
      }
      process.stdout.write(`  N=${n.toLocaleString('en')} round ${r + 1}/${rounds} ${impl.padEnd(5)} … `);
      const m = await measure(impl, n, SHOTS !== null && impl === 'ours' && r === 0);
      if (m.skipped) {
        slot.skipped = m.skipped;
        console.log(m.skipped);
        continue;
      }
      slot.mounts.push(m.mount);
      slot.steps.push(...m.steps);
      slot.heapMB.push(m.heapMB);
      slot.domNodes.push(m.domNodes);
      slot.errors.push(...m.errors);
      console.log(
        `mount ${m.mount.toFixed(0)} ms, zoom p50 ${median(m.steps).toFixed(1)} ms, heap ${m.heapMB.toFixed(0)} MB, ${m.domNodes} nodes`,
      );
    }
  }
}

/** The vertical story: mount on a phone, then a scroll through it by wheel, with frame times. */
async function measureStory(n, impl = 'ours') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const bundle = impl === 'base' ? `?bundle=${encodeURIComponent(`/${BASE}/event-timeline.bundle.min.js`)}` : '';
    await page.goto(`${base}/story.html${bundle}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench && !!customElements.get('event-timeline'));
    const mount = await page.evaluate((k) => window.__bench.mount('story', k), n);
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const box = await page.evaluate(() => window.__bench.storyBox());
    await page.evaluate((y) => window.scrollTo(0, y), box.top);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    await page.evaluate(() => window.__bench.watchWheel());
    await page.evaluate(() => window.__bench.watchFrames());
    await page.evaluate(() => window.__bench.watchLongTasks());
    await page.mouse.move(195, 420);
    for (let i = 0; i < STORY_STEPS; i++) {
      await page.mouse.wheel({ deltaY: 600 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    const longTasks = await page.evaluate(() => window.__bench.stopLongTasks());
    const steps = await page.evaluate(() => window.__bench.steps());
    const cards = await page.evaluate(() => window.__bench.cards());
    const scrolled = await page.evaluate((top) => scrollY - top, box.top);
    // Then Ctrl + wheel, as a trackpad pinch sends it: six notches in, six out, each laying out every card again.
    await page.evaluate(() => window.__bench.clearSteps());
    await page.keyboard.down('Control');
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel({ deltaY: i < 6 ? -100 : 100 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    await page.keyboard.up('Control');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const zoomSteps = await page.evaluate(() => window.__bench.steps());
    return {
      mount,
      heapMB: usedSize / 2 ** 20,
      height: box.height,
      steps,
      zoomSteps,
      frames,
      longTasks,
      cards,
      scrolled,
      errors,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

const story = {};
for (const n of STORY_SIZES) {
  const rounds = n >= 1_000_000 ? 1 : ROUNDS;
  const slot = (story[n] = {
    mounts: [],
    baseMounts: [],
    baseSteps: [],
    baseZoomSteps: [],
    floorMounts: [],
    steps: [],
    zoomSteps: [],
    frames: [],
    longTasks: [],
    heapMB: [],
    cards: [],
    heights: [],
    scrolled: [],
    errors: [],
  });
  for (let r = 0; r < rounds; r++) {
    if (!SIZES.includes(n)) {
      // The floor beside it, in the same rounds, when the horizontal runs did not measure this N.
      process.stdout.write(`  story N=${n.toLocaleString('en')} round ${r + 1}/${rounds} floor … `);
      const f = await measure('floor', n, false, true);
      slot.floorMounts.push(f.mount);
      console.log(`mount ${f.mount.toFixed(0)} ms`);
    }
    if (BASE) {
      // The base build's story in the same round, before ours.
      process.stdout.write(`  story N=${n.toLocaleString('en')} round ${r + 1}/${rounds} base … `);
      const b = await measureStory(n, 'base');
      slot.baseMounts.push(b.mount);
      slot.baseSteps.push(...b.steps);
      slot.baseZoomSteps.push(...b.zoomSteps);
      console.log(
        `mount ${b.mount.toFixed(0)} ms, scroll step p50 ${median(b.steps).toFixed(1)} ms, zoom step p50 ${median(b.zoomSteps).toFixed(1)} ms`,
      );
    }
    process.stdout.write(`  story N=${n.toLocaleString('en')} round ${r + 1}/${rounds} … `);
    const m = await measureStory(n);
    slot.mounts.push(m.mount);
    slot.steps.push(...m.steps);
    slot.zoomSteps.push(...m.zoomSteps);
    slot.frames.push(...m.frames);
    slot.longTasks.push(...m.longTasks);
    slot.heapMB.push(m.heapMB);
    slot.cards.push(m.cards);
    slot.heights.push(m.height);
    slot.scrolled.push(m.scrolled);
    slot.errors.push(...m.errors);
    console.log(
      `mount ${m.mount.toFixed(0)} ms, scroll step p50 ${median(m.steps).toFixed(1)} ms, zoom step p50 ${median(m.zoomSteps).toFixed(1)} ms, frame p95 ${p95(m.frames).toFixed(1)} ms, ${m.longTasks.length} long tasks (max ${fmt(Math.max(0, ...m.longTasks))} ms), ${m.cards} cards in the DOM, scrolled ${m.scrolled.toFixed(0)} of ${m.height.toFixed(0)} px`,
    );
  }
}
await browser.close();
server.close();

// ---- the table --------------------------------------------------------------------
const summary = {};
const rows = [];
for (const n of SIZES) {
  summary[n] = {};
  for (const impl of IMPLS) {
    const s = results[n][impl];
    summary[n][impl] =
      s.skipped && !s.mounts.length
        ? { skipped: s.skipped }
        : {
            mount: median(s.mounts),
            p50: median(s.steps),
            p95: p95(s.steps),
            heapMB: median(s.heapMB),
            domNodes: median(s.domNodes),
            runs: s.mounts.length,
            steps: s.steps.length,
            errors: s.errors.length,
          };
  }
  const o = summary[n].ours;
  const v = summary[n].vis;
  const f = summary[n].floor;
  rows.push(
    `| ${n.toLocaleString('en')} | ${fmt(o.mount)} | ${fmt(o.p50, 1)} / ${fmt(o.p95, 1)} | ${fmt(o.heapMB)} | ${fmt(o.domNodes)} | ` +
      `${v.skipped ? v.skipped : `${fmt(v.mount)} | ${fmt(v.p50, 1)} / ${fmt(v.p95, 1)}`} | ${fmt(f.mount)} | ${fmt(f.p50, 1)} / ${fmt(f.p95, 1)} | ` +
      `${v.skipped ? '—' : ratio(o.mount, v.mount)} | ${ratio(o.mount, f.mount)} | ${ratio(o.p50, f.p50)} / ${ratio(o.p95, f.p95)} |`,
  );
}
const header =
  '| N | ours mount ms | ours zoom p50 / p95 ms | ours heap MB | ours DOM nodes | vis mount ms | vis zoom p50 / p95 ms | floor mount ms | floor zoom p50 / p95 ms | mount ours/vis | mount ours/floor | zoom ours/floor p50 / p95 |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, ${(await import('node:child_process')).execFileSync(findChrome(), ['--version'], { encoding: 'utf8' }).trim()}`;
console.log(
  `\n${machine}\nviewport 1200 × 600 (ours: height ${HEIGHT}), ${ROUNDS} rounds (page loads) per case, 1 at 1,000,000, ${STEPS} wheel steps per run, rounds interleaved ours/vis/floor\n`,
);
console.log(header);
for (const r of rows) console.log(r);
if (BASE) {
  console.log(`\nA/B: base (${BASE}) → ours, same rounds\n`);
  console.log(
    '| N | mount ms | zoom p50 ms | zoom p95 ms | DOM nodes | mount / floor | zoom p50 / vis |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const n of SIZES) {
    const { ours: o, base: b, vis: v, floor: f } = summary[n];
    const ab = (k, d = 0) => `${fmt(b[k], d)} → ${fmt(o[k], d)}`;
    console.log(
      `| ${n.toLocaleString('en')} | ${ab('mount')} | ${ab('p50', 1)} | ${ab('p95', 1)} | ${ab('domNodes')} | ${ratio(b.mount, f.mount)} → ${ratio(o.mount, f.mount)} | ${v.skipped ? '—' : `${ratio(b.p50, v.p50)} → ${ratio(o.p50, v.p50)}`} |`,
    );
  }
}

const storySummary = {};
if (STORY_SIZES.length) {
  console.log(
    `\nThe vertical story: 390 × 844 (device scale 2), ${STORY_STEPS} wheel notches of 600 px from its top, then 12 of Ctrl + wheel (zoom)\n`,
  );
  console.log(
    '| N | mount ms | mount / floor | scroll step p50 / p95 ms | frame p50 / p95 / max ms | frames > 50 ms | long tasks (max ms) | cards in the DOM | story height px | heap MB | zoom step p50 / p95 ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const n of STORY_SIZES) {
    const s = story[n];
    const long = s.frames.filter((f) => f > 50).length;
    const floorMount = median(s.floorMounts.length ? s.floorMounts : (results[n]?.floor.mounts ?? []));
    storySummary[n] = {
      mount: median(s.mounts),
      floorMount,
      stepP50: median(s.steps),
      stepP95: p95(s.steps),
      zoomP50: median(s.zoomSteps),
      zoomP95: p95(s.zoomSteps),
      frameP50: median(s.frames),
      frameP95: p95(s.frames),
      frameMax: Math.max(...s.frames),
      longFrames: long,
      frames: s.frames.length,
      longTasks: s.longTasks.length,
      longTaskMax: Math.max(0, ...s.longTasks),
      cards: median(s.cards),
      height: median(s.heights),
      heapMB: median(s.heapMB),
      errors: s.errors.length,
    };
    const o = storySummary[n];
    if (BASE)
      Object.assign(o, {
        baseMount: median(s.baseMounts),
        baseStepP50: median(s.baseSteps),
        baseZoomP50: median(s.baseZoomSteps),
      });
    console.log(
      `| ${n.toLocaleString('en')} | ${fmt(o.mount)} | ${ratio(o.mount, floorMount)} | ${fmt(o.stepP50, 1)} / ${fmt(o.stepP95, 1)} | ${fmt(o.frameP50, 1)} / ${fmt(o.frameP95, 1)} / ${fmt(o.frameMax, 0)} | ${long} of ${s.frames.length} | ${o.longTasks} (${fmt(o.longTaskMax)}) | ${fmt(o.cards)} | ${fmt(o.height)} | ${fmt(o.heapMB)} | ${fmt(o.zoomP50, 1)} / ${fmt(o.zoomP95, 1)} |`,
    );
  }
}

if (BASE && STORY_SIZES.length) {
  console.log(`\nA/B, the story: base (${BASE}) → ours, same rounds\n`);
  console.log(
    '| N | mount ms | mount / floor | scroll step p50 ms | zoom step p50 ms |\n| --- | --- | --- | --- | --- |',
  );
  for (const n of STORY_SIZES) {
    const o = storySummary[n];
    console.log(
      `| ${n.toLocaleString('en')} | ${fmt(o.baseMount)} → ${fmt(o.mount)} | ${ratio(o.baseMount, o.floorMount)} → ${ratio(o.mount, o.floorMount)} | ${fmt(o.baseStepP50, 1)} → ${fmt(o.stepP50, 1)} | ${fmt(o.baseZoomP50, 1)} → ${fmt(o.zoomP50, 1)} |`,
    );
  }
}

// ---- issue #16's targets, each as measured in this run -----------------------------
const targets = [];
/** A target: `value` against `limit` (both finite to be judged), shown as `shown`. */
const target = (name, value, limit, shown) =>
  targets.push({
    name,
    value,
    limit,
    shown,
    holds: Number.isFinite(value) && Number.isFinite(limit) ? value <= limit : null,
  });
const x = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
for (const n of SIZES) {
  const { ours: o, vis: v, floor: f } = summary[n];
  const N = n.toLocaleString('en');
  if (n <= 10_000) {
    target(
      `${N}: mount ≤ 2.5× the floor's`,
      x(o.mount, f.mount),
      2.5,
      `${ratio(o.mount, f.mount)} (${fmt(o.mount)} vs ${fmt(f.mount)} ms)`,
    );
    target(
      `${N}: zoom p50 ≤ 3× the floor's`,
      x(o.p50, f.p50),
      3,
      `${ratio(o.p50, f.p50)} (${fmt(o.p50, 1)} vs ${fmt(f.p50, 1)} ms)`,
    );
    if (v.skipped) target(`${N}: zoom p50 ≤ 0.5× / p95 ≤ 0.6× vis-timeline's`, NaN, NaN, `vis-timeline ${v.skipped}`);
    else {
      target(
        `${N}: zoom p50 ≤ 0.5× vis-timeline's`,
        x(o.p50, v.p50),
        0.5,
        `${ratio(o.p50, v.p50)} (${fmt(o.p50, 1)} vs ${fmt(v.p50, 1)} ms)`,
      );
      target(
        `${N}: zoom p95 ≤ 0.6× vis-timeline's`,
        x(o.p95, v.p95),
        0.6,
        `${ratio(o.p95, v.p95)} (${fmt(o.p95, 1)} vs ${fmt(v.p95, 1)} ms)`,
      );
    }
  }
  if (n === 10_000)
    target(
      `${N}: mount ≤ 0.05× vis-timeline's`,
      v.skipped ? NaN : x(o.mount, v.mount),
      0.05,
      v.skipped ? `vis-timeline ${v.skipped}` : `${ratio(o.mount, v.mount)} (${fmt(o.mount)} vs ${fmt(v.mount)} ms)`,
    );
  if (n === 100_000) {
    target(`${N}: mount ≤ 1 s`, o.mount, 1000, `${fmt(o.mount)} ms`);
    target(`${N}: zoom p95 ≤ 50 ms`, o.p95, 50, `${fmt(o.p95, 1)} ms`);
    target(`${N}: heap ≤ 200 MB`, o.heapMB, 200, `${fmt(o.heapMB)} MB`);
  }
  if (n === 1_000_000)
    target(
      `${N}: loads`,
      o.runs && !o.errors ? 0 : 1,
      0,
      o.runs ? `${fmt(o.mount)} ms, ${fmt(o.heapMB)} MB, ${o.errors} page errors` : 'did not load',
    );
}
for (const n of STORY_SIZES) {
  const o = storySummary[n];
  const N = n.toLocaleString('en');
  target(
    `story ${N}: no long task over 50 ms in the scroll`,
    o.longTasks,
    0,
    `${o.longTasks} (longest ${fmt(o.longTaskMax)} ms)`,
  );
  target(
    `story ${N}: mount ≤ 2.5× the floor's`,
    x(o.mount, o.floorMount),
    2.5,
    `${ratio(o.mount, o.floorMount)} (${fmt(o.mount)} vs ${fmt(o.floorMount)} ms)`,
  );
}
console.log("\nIssue #16's targets, as measured in this run\n");
console.log('| target | measured | holds? |\n| --- | --- | --- |');
for (const t of targets)
  console.log(`| ${t.name} | ${t.shown} | ${t.holds === null ? 'not measured' : t.holds ? 'yes' : '**no**'} |`);
const judged = targets.filter((t) => t.holds !== null);
console.log(`\n${judged.filter((t) => t.holds).length} of ${judged.length} targets hold.`);
writeFileSync(
  new URL('./results.json', import.meta.url),
  JSON.stringify(
    {
      machine,
      height: HEIGHT,
      steps: STEPS,
      rounds: ROUNDS,
      summary,
      story: { steps: STORY_STEPS, summary: storySummary },
      targets,
    },
    null,
    2,
  ),
);
