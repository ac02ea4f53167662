// In-page side of the benchmark: mounts N generated events with one of three
// implementations and measures what bench/run.mjs asks for.
import { generateEvents, toVisItems, KINDS, START, YEARS } from '../generate.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Resolves after the next frame has been produced (rAF, then a task after it). */
const afterFrame = () =>
  new Promise((r) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r(performance.now());
      ch.port2.postMessage(0);
    });
  });

const impls = {
  async ours(host, events) {
    const el = document.createElement('event-timeline');
    // The benchmark zooms with a plain wheel, as it does vis-timeline and the floor.
    el.setAttribute('gestures', 'greedy');
    // `?height=auto`: no height of its own, so it grows to its content and the page scrolls (as on most news
    // pages); otherwise 600 px, and the chart scrolls inside it.
    const height = new URLSearchParams(location.search).get('height') ?? '600px';
    if (height === 'auto') host.style.height = 'auto';
    else el.style.height = height;
    host.append(el);
    el.events = events;
    await el.renderComplete;
    return el.shadowRoot.querySelector('svg.plot');
  },

  /** The vertical story, in a phone's column: the page scrolls through it. */
  async story(host, events) {
    const el = document.createElement('event-timeline');
    el.setAttribute('orientation', 'vertical');
    host.append(el);
    el.events = events;
    await el.renderComplete;
    return el.shadowRoot.querySelector('.story');
  },

  async vis(host, events) {
    const { Timeline, DataSet } = window.vis;
    const items = new DataSet(toVisItems(events));
    const groups = new DataSet(KINDS.map((k) => ({ id: k, content: k })));
    host.style.height = '600px';
    new Timeline(host, items, groups, { height: '600px', stack: true, zoomable: true });
    await frame();
    return host.querySelector('.vis-center') ?? host;
  },

  async floor(host, events) {
    // The floor: every mark on one canvas, no text, a wheel zoom that redraws.
    const canvas = document.createElement('canvas');
    const w = host.clientWidth;
    const h = 600;
    canvas.width = w;
    canvas.height = h;
    host.append(canvas);
    const ctx = canvas.getContext('2d');
    const n = events.length;
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    const lane = new Uint8Array(n);
    events.forEach((e, i) => {
      const [a, b] = e.date.split('/');
      start[i] = Date.parse(a);
      end[i] = b ? Date.parse(b) : start[i];
      lane[i] = KINDS.indexOf(e.kind);
    });
    let d0 = START;
    let d1 = START + YEARS * 365.25 * 86_400_000;
    const laneH = h / KINDS.length;
    const draw = () => {
      ctx.clearRect(0, 0, w, h);
      const k = w / (d1 - d0);
      for (let i = 0; i < n; i++) {
        const x0 = (start[i] - d0) * k;
        const x1 = (end[i] - d0) * k;
        if (x1 < 0 || x0 > w) continue;
        ctx.fillStyle = `hsl(${lane[i] * 45} 60% 45%)`;
        const y = lane[i] * laneH + laneH / 2;
        if (x1 - x0 < 2) ctx.fillRect(x0 - 2, y - 2, 4, 4);
        else ctx.fillRect(x0, y - 3, x1 - x0, 6);
      }
    };
    draw();
    canvas.addEventListener(
      'wheel',
      (ev) => {
        ev.preventDefault();
        const t = d0 + (ev.offsetX / w) * (d1 - d0);
        const f = Math.pow(2, ev.deltaY * 0.002);
        d0 = t - (t - d0) * f;
        d1 = t + (d1 - t) * f;
        requestAnimationFrame(draw);
      },
      { passive: false },
    );
    return canvas;
  },
};

let target = null;
const steps = [];
const frames = [];
let watching = false;
const longTasks = [];
let longTaskObserver = null;

window.__bench = {
  /** Mounts `n` events; returns ms from handing over the raw records to two frames after it is drawn. */
  async mount(impl, n) {
    const events = generateEvents(n);
    const host = document.getElementById('host');
    // Hand the records over once the page has been idle, as a page that fetches its data would: the element's idle
    // warm-up (ICU's date data, the fonts, about 20 ms) otherwise lands in the mount of some page loads and not
    // others. The same for every implementation; the callback also waits out the generator's garbage.
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    await frame();
    const t0 = performance.now();
    target = await impls[impl](host, events);
    await frame();
    await frame();
    return performance.now() - t0;
  },
  /** Where to send the wheel: the centre of the plot, in viewport px. */
  wheelPoint() {
    const r = target.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + Math.min(r.height / 2, 200))];
  },
  /** Starts timing each wheel event to the end of the frame after it. */
  watchWheel() {
    window.addEventListener(
      'wheel',
      () => {
        const t0 = performance.now();
        afterFrame().then((t1) => steps.push(t1 - t0));
      },
      { capture: true, passive: true },
    );
  },
  steps: () => steps.slice(),
  /** Forgets the steps timed so far (the story's scroll, before its zoom is timed). */
  clearSteps() {
    steps.length = 0;
  },
  /** The story's height, and the page's scroll offset at its top (px). */
  storyBox() {
    const r = target.getBoundingClientRect();
    return { height: r.height, top: r.top + scrollY };
  },
  /** Starts recording the time between frames (rAF to rAF) until `stopFrames`. */
  watchFrames() {
    frames.length = 0;
    let last = performance.now();
    const tick = (t) => {
      frames.push(t - last);
      last = t;
      if (watching) requestAnimationFrame(tick);
    };
    watching = true;
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  },
  stopFrames() {
    watching = false;
    return frames.slice();
  },
  /** Starts recording long tasks (over 50 ms, the Long Tasks API) until `stopLongTasks`. */
  watchLongTasks() {
    longTasks.length = 0;
    longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    longTaskObserver.observe({ type: 'longtask' });
  },
  /** The long tasks' durations (ms) since `watchLongTasks`, including any still queued in the observer. */
  stopLongTasks() {
    for (const e of longTaskObserver?.takeRecords() ?? []) longTasks.push(e.duration);
    longTaskObserver?.disconnect();
    return longTasks.slice();
  },
  /** Cards in the story's DOM. */
  cards: () => target.querySelectorAll('.card').length,
  domNodes() {
    let n = 0;
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        n++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return n;
  },
};
