import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { generateEvents } from '../../bench/generate.js';
import { parseEdtf } from '../../src/data/edtf.js';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import { all, countUpdates, mount, sleep } from './helpers.js';

/** The public SVG export of the plot, which draws every lane's marks, culled from the DOM or not. */
const exported = (el: EventTimeline) => new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');

/** Distinct event ids drawn as marks (in the export: lanes out of view are culled from the DOM), and the sum of
 * the clusters' counts. */
function drawn(el: EventTimeline): { ids: string[]; clustered: number } {
  const marks = [...exported(el).querySelectorAll('[data-event-id]')];
  const ids = [...new Set(marks.map((m) => m.getAttribute('data-event-id')!))];
  const clustered = all(el, 'canvas[part="clusters"]').reduce((n, c) => n + Number(c.getAttribute('data-count')), 0);
  return { ids, clustered };
}

/** A cluster bubble: its box along the time axis in plot px (the canvases' px too), its centre and its count. */
interface Bubble {
  left: number;
  right: number;
  cx: number;
  count: number;
}

/**
 * The cluster bubbles per lane key, read from the public SVG export, which draws the same bubbles as the canvases
 * (the canvas keeps no shapes to query). Each bubble goes to the lane whose `clusters` canvas row holds its centre;
 * a bubble outside every row, or a count that is not a plain number, fails the test.
 */
function bubblesOf(el: EventTimeline): Map<string, Bubble[]> {
  const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
  const rows = all<HTMLCanvasElement>(el, 'canvas[part="clusters"]').map((c) => ({
    lane: c.dataset.lane!,
    box: c.getBoundingClientRect(),
  }));
  const byLane = new Map(rows.map((r) => [r.lane, [] as Bubble[]]));
  const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
  for (const g of exported.querySelectorAll('g.clusters > g')) {
    const rect = g.querySelector('rect')!;
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
    const text = g.querySelector('text')!.textContent!;
    expect(text, `the count of the bubble at ${x},${y}`).to.match(/^\d+$/);
    const mid = plot.top + y! + height! / 2;
    const row = rows.find((r) => mid >= r.box.top && mid <= r.box.bottom);
    expect(row, `a lane row holds the bubble at ${x},${y}`).to.not.equal(undefined);
    byLane.get(row!.lane)!.push({ left: x!, right: x! + width!, cx: x! + width! / 2, count: Number(text) });
  }
  return byLane;
}

function inWindow(events: ReturnType<typeof generateEvents>, el: EventTimeline): number {
  const { start, end } = el.getWindow();
  let n = 0;
  for (const e of events) {
    const d = parseEdtf(e.date);
    if (d.earliest <= +end && d.latest >= +start) n++;
  }
  return n;
}

describe('<event-timeline> at scale', () => {
  it('10,000 events: marks plus cluster counts equal the events in the window, at every zoom', async () => {
    const events = generateEvents(10_000);
    const el = await mount(html`<event-timeline .events=${events}></event-timeline>`);
    for (const [a, b] of [
      [null, null],
      ['2016-01-01', '2016-12-31'],
      ['2016-03-01', '2016-03-31'],
      ['2016-03-10', '2016-03-12'],
    ] as const) {
      if (a && b) el.zoomTo(a, b);
      await el.renderComplete;
      const { ids, clustered } = drawn(el);
      expect(ids.length + clustered, `${a}..${b}`).to.equal(inWindow(events, el));
      // Few DOM nodes whatever N: marks are only drawn where they can be read.
      expect(all(el, 'svg.plot [part~="event"]').length).to.be.at.most(8 * 200);
    }
    // Zoomed far in, clusters have split into marks.
    expect(all(el, '[part="clusters"]')).to.have.length(0);
  });

  it('100,000 events: loads, every event is counted once, and the keyboard reaches the last event', async () => {
    const events = generateEvents(100_000);
    const el = await mount(html`<event-timeline .events=${events}></event-timeline>`);
    const { ids, clustered } = drawn(el);
    expect(ids.length + clustered).to.equal(100_000);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(5000);
    // One tab stop; End reaches the last event in time; it is drawn and focused although its lane is aggregated.
    const stop = el.shadowRoot!.querySelector<SVGElement>('[part~="event"][tabindex="0"], canvas[part="clusters"]');
    expect(stop).to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="control"]')!.focus();
    el.select(null);
    const first = el.shadowRoot!.querySelector<SVGElement>('svg.plot [part~="event"][tabindex="0"]');
    (first ?? el.shadowRoot!.querySelector<SVGElement>('svg.plot'))!.focus();
    await sendKeys({ press: 'End' });
    await el.renderComplete;
    const latest = Math.max(...events.map((e) => parseEdtf(e.date).earliest));
    const lastId = el.shadowRoot!.activeElement?.getAttribute('data-event-id');
    const last = events.find((e) => e.id === lastId)!;
    expect(parseEdtf(last.date).earliest, 'End reaches an event of the last day').to.equal(latest);
    await sendKeys({ press: 'ArrowLeft' });
    await el.renderComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-event-id')).to.not.equal(lastId);
    await sendKeys({ press: 'Enter' });
    await el.renderComplete;
    expect(el.selected).to.equal(el.shadowRoot!.activeElement?.getAttribute('data-event-id'));
  });

  it('hovering the density band finds the event under the pointer through the time index, and a click selects it', async () => {
    const events = generateEvents(20_000);
    const el = await mount(html`<event-timeline .events=${events}></event-timeline>`);
    const canvas = el.shadowRoot!.querySelector('canvas.density')!;
    expect(canvas.getBoundingClientRect().width).to.be.greaterThan(100);
    const svg = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    // The first lane's band: below its cluster row.
    const firstCluster = el.shadowRoot!.querySelector('canvas[part="clusters"]')!.getBoundingClientRect();
    const x = Math.round(svg.left + svg.width / 2);
    const y = Math.round(firstCluster.bottom + 20);
    await sendMouse({ type: 'move', position: [x, y] });
    await el.renderComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip, 'tooltip from hit-testing').to.not.equal(null);
    const title = tip!.querySelector('strong')!.textContent!;
    expect(title).to.match(/^Event \d+ \(visit\)$/);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.renderComplete;
    expect(el.selected).to.match(/^e\d+$/);
    expect(el.shadowRoot!.querySelector('[part="details"] h2')!.textContent).to.equal(title);
    // The selected event is now drawn as a mark in its aggregated lane.
    expect(el.shadowRoot!.querySelector(`svg.plot [data-event-id="${el.selected}"]`)).to.not.equal(null);
  });

  it('draws each cluster as a bubble on its lane\'s canvas, and nothing away from them', async () => {
    const el = await mount(html`<event-timeline .events=${generateEvents(10_000)}></event-timeline>`);
    const byLane = bubblesOf(el);
    const canvases = all<HTMLCanvasElement>(el, 'canvas[part="clusters"]');
    expect(canvases.length).to.be.greaterThan(0);
    for (const canvas of canvases) {
      const clusters = byLane.get(canvas.dataset.lane!)!;
      expect(clusters.length, canvas.dataset.lane).to.be.greaterThan(10);
      expect(Number(canvas.dataset.count)).to.equal(clusters.reduce((n, c) => n + c.count, 0));
      const { width, height } = canvas;
      const scale = width / canvas.getBoundingClientRect().width;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      const alpha = (x: number, y: number) => pixels[(Math.round(y * scale) * width + Math.round(x * scale)) * 4 + 3]!;
      const mid = height / scale / 2;
      // The bubble's fill under each cluster's centre.
      for (const c of clusters) if (c.cx >= 1 && c.cx < width / scale - 1) expect(alpha(c.cx, mid), `bubble at ${c.cx}`).to.be.greaterThan(200);
      // Nothing where no bubble reaches (bubbles are at most 42 px wide here, plus their outline).
      for (let x = 0; x < width / scale; x += 1) {
        if (clusters.some((c) => Math.abs(x - c.cx) <= 23)) continue;
        for (let y = 0; y < height / scale; y += 2) expect(alpha(x, y), `${x},${y}`).to.equal(0);
      }
    }
  });

  it('a click on a cluster zooms into it, where it splits; the pointer shows it can', async () => {
    const el = await mount(html`<event-timeline .events=${generateEvents(10_000)}></event-timeline>`);
    const span = () => +el.getWindow().end - +el.getWindow().start;
    const before = span();
    const [lane, clusters] = [...bubblesOf(el)][0]!;
    const biggest = [...clusters].sort((a, b) => b.count - a.count)[0]!;
    const row = el.shadowRoot!.querySelector(`canvas[part="clusters"][data-lane="${lane}"]`)!.getBoundingClientRect();
    // The time under the bubble's edges (the plot's time axis runs left to right over the canvas's width): the
    // bubble lies inside its cluster's cell, so the window zoomed into the cluster must hold both.
    const { start, end } = el.getWindow();
    const timeAt = (px: number) => +start + (px / row.width) * (+end - +start);
    const [t0, t1] = [timeAt(biggest.left), timeAt(biggest.right)];
    const x = Math.round(row.left + biggest.cx);
    const y = Math.round(row.top + row.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(getComputedStyle(svg).cursor).to.equal('zoom-in');
    // Over a cluster, no event is hit-tested for the tooltip.
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    await sendMouse({ type: 'click', position: [x, y] });
    await el.renderComplete;
    expect(span()).to.be.lessThan(before / 10);
    expect(el.getWindow().start.getTime()).to.be.at.most(t0);
    expect(el.getWindow().end.getTime()).to.be.at.least(t1);
    expect(el.selected, 'a cluster click selects nothing').to.equal(null);
    // Away from the clusters, the pointer is the plot's again.
    await sendMouse({ type: 'move', position: [x, Math.round(row.bottom + 30)] });
    expect(getComputedStyle(svg).cursor).to.not.equal('zoom-in');
  });

  it('a cluster scrolled under the axis, which stays at the chart top, is not clicked through it', async () => {
    const el = await mount(html`<event-timeline style="height: 500px" .events=${generateEvents(10_000)}></event-timeline>`);
    const span = () => +el.getWindow().end - +el.getWindow().start;
    const before = span();
    const [lane, clusters] = [...bubblesOf(el)][0]!;
    const biggest = [...clusters].sort((a, b) => b.count - a.count)[0]!;
    const canvas = () =>
      el.shadowRoot!.querySelector(`canvas[part="clusters"][data-lane="${lane}"]`)!.getBoundingClientRect();
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    // The chart scrolled so the bubbles' row is under the axis.
    chart.scrollTop = canvas().top + canvas().height / 2 - (chart.getBoundingClientRect().top + 15);
    await sleep(60);
    await el.renderComplete;
    const head = el.shadowRoot!.querySelector('svg.axis-head')!.getBoundingClientRect();
    const [x, y] = [Math.round(canvas().left + biggest.cx), Math.round(canvas().top + canvas().height / 2)];
    expect(y, 'under the axis').to.be.within(head.top, head.bottom);
    await sendMouse({ type: 'move', position: [x, y] });
    const svg = el.shadowRoot!.querySelector('svg.plot')!;
    expect(getComputedStyle(svg).cursor, 'no zoom-in cursor over the axis').to.not.equal('zoom-in');
    await sendMouse({ type: 'click', position: [x, y] });
    await el.renderComplete;
    expect(span(), 'the window did not zoom').to.equal(before);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

describe('<event-timeline> in a chart that scrolls', () => {
  const options = (el: EventTimeline) => all<SVGGElement>(el, 'svg.plot g.marks [role="option"]');
  const posinsets = (el: EventTimeline) => options(el).map((o) => Number(o.getAttribute('aria-posinset')));

  it('draws only the marks of lanes near the view, and each option keeps its place among all in the window', async () => {
    const events = generateEvents(1_000);
    const el = await mount(html`<event-timeline style="height: 420px" .events=${events}></event-timeline>`);
    const full = await mount(html`<event-timeline .events=${events}></event-timeline>`);
    for (const t of [el, full]) {
      t.zoomTo('2015-01-01', '2018-01-01');
      await t.renderComplete;
    }
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(chart.scrollHeight, 'the chart scrolls').to.be.greaterThan(chart.clientHeight * 2);
    // The export of the element without a height draws every mark: that is the whole set.
    const every = [...exported(full).querySelectorAll<SVGGElement>('[aria-posinset]')];
    const total = every.length;
    expect(total).to.be.greaterThan(100);
    expect(every.map((o) => o.getAttribute('aria-setsize'))).to.deep.equal(every.map(() => `${total}`));
    expect(every.map((o) => Number(o.getAttribute('aria-posinset')))).to.deep.equal(every.map((_, i) => i + 1));
    const check = () => {
      const drawn = options(el);
      expect(drawn.length, 'fewer options in the DOM than in the set').to.be.lessThan(total);
      for (const o of drawn) expect(o.getAttribute('aria-setsize')).to.equal(`${total}`);
      // DOM order is keyboard order: positions rise, and each is the one the full set gives the same event.
      const at = posinsets(el);
      expect(at).to.deep.equal([...at].sort((a, b) => a - b));
      const idAt = new Map(every.map((o) => [o.getAttribute('aria-posinset'), o.dataset.eventId]));
      for (const o of drawn) expect(o.dataset.eventId).to.equal(idAt.get(o.getAttribute('aria-posinset')!));
      // Every mark within the view is drawn, and nothing far outside it (but the tab stop).
      const view = chart.getBoundingClientRect();
      const ys = drawn.filter((o) => o.tabIndex !== 0).map((o) => o.getBoundingClientRect().top);
      expect(Math.min(...ys)).to.be.at.least(view.top - chart.clientHeight);
      expect(Math.max(...ys)).to.be.at.most(view.bottom + chart.clientHeight);
      return new Set(drawn.map((o) => o.dataset.key));
    };
    const top = check();
    chart.scrollTop = chart.scrollHeight;
    await new Promise((r) => chart.addEventListener('scroll', r, { once: true }));
    await el.renderComplete;
    const bottom = check();
    expect([...bottom].filter((k) => !top.has(k)).length, 'scrolling draws the lanes it reaches').to.be.greaterThan(10);
    // The keyboard still reaches every event: End goes to the last event, drawn wherever its lane is, and it is
    // the last of the set in the window it is shown in.
    chart.scrollTop = 0;
    options(el).find((o) => o.tabIndex === 0)!.focus();
    await sendKeys({ press: 'End' });
    await el.renderComplete;
    const focused = el.shadowRoot!.activeElement as SVGGElement;
    const latest = Math.max(...events.map((e) => parseEdtf(e.date).earliest));
    expect(parseEdtf(events.find((e) => e.id === focused.dataset.eventId)!.date).earliest).to.equal(latest);
    expect(focused.getAttribute('aria-posinset')).to.equal(focused.getAttribute('aria-setsize'));
  });

  it('while a zoom gesture lasts, draws only the rows in view; when it ends, the band around them again', async () => {
    const events = generateEvents(1_000);
    const el = await mount(html`<event-timeline style="height: 420px" .events=${events}></event-timeline>`);
    el.zoomTo('2015-01-01', '2018-01-01');
    await el.renderComplete;
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const slack = 2 * 32; // rows partly in view are drawn: a row's height either side, and the symbol's
    /** Options drawn beyond the view and its slack (not the tab stop, which is always drawn). */
    const outside = () => {
      const view = chart.getBoundingClientRect();
      return options(el).filter((o) => {
        const r = o.getBoundingClientRect();
        return o.tabIndex !== 0 && (r.bottom < view.top - slack || r.top > view.bottom + slack);
      }).length;
    };
    const before = outside();
    expect(before, 'at rest, rows half a view below the chart’s are drawn').to.be.greaterThan(10);
    // Read in a task right after the wheel: its render has run (a microtask), and the gesture lasts 150 ms more.
    const during = new Promise<{ outside: number; drawn: number }>((resolve) =>
      addEventListener('wheel', () => setTimeout(() => resolve({ outside: outside(), drawn: options(el).length })), {
        once: true,
        passive: true,
        capture: true, // d3-zoom stops the wheel at the plot
      }),
    );
    const changed = new Promise((r) => el.addEventListener('event-timeline-window-change', r, { once: true }));
    const box = chart.getBoundingClientRect();
    await executeServerCommand('wheel', { x: box.left + 400, y: box.top + 150, deltaY: -120, modifiers: ['Control'] });
    const step = await during;
    expect(step.drawn, 'the step draws the rows in view').to.be.greaterThan(5);
    expect(step.outside, 'and nothing beyond them').to.equal(0);
    await changed; // the gesture ended
    await el.renderComplete;
    const keys = () => options(el).map((o) => o.dataset.key);
    const after = keys();
    expect(outside(), 'after it, the rows around the view are drawn again').to.be.greaterThan(0);
    el.requestUpdate();
    await el.renderComplete;
    expect(keys(), 'as an update at rest draws them').to.deep.equal(after);

    // A button held on a mark (d3-zoom takes it for the start of a drag) moves nothing: the update its focus
    // makes draws the band at rest.
    const mark = options(el).find((o) => {
      const r = o.getBoundingClientRect();
      return o.tabIndex !== 0 && r.top > box.top + 40 && r.bottom < box.bottom - 40;
    })!;
    const r = mark.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await sendMouse({ type: 'down' });
    await el.renderComplete;
    expect(el.shadowRoot!.activeElement, 'the mark took focus').to.equal(mark);
    expect(keys(), 'held on a mark').to.deep.equal(after);
    await sendMouse({ type: 'up' });
  });

  it('while a zoom gesture lasts, lanes drawn as counts keep them; when it ends, those with few events turn into marks', async () => {
    const el = await mount(html`<event-timeline style="height: 420px" .events=${generateEvents(1_000)}></event-timeline>`);
    const dense = () => all<HTMLCanvasElement>(el, 'canvas[part="clusters"]').map((c) => c.dataset.lane);
    const before = dense();
    expect(before.length, 'the whole decade: lanes of counts').to.be.greaterThan(2);
    // After each notch's frame (a task after the frame that follows the wheel), which lanes are counts.
    const during: string[][] = [];
    const onWheel = () => requestAnimationFrame(() => setTimeout(() => during.push(dense() as string[])));
    addEventListener('wheel', onWheel, { capture: true, passive: true });
    const changed = new Promise((r) => el.addEventListener('event-timeline-window-change', r, { once: true }));
    const box = el.shadowRoot!.querySelector('.chart')!.getBoundingClientRect();
    // Eight notches back to back: one gesture, zooming in about four times, to about 30 events a lane.
    const at = { x: box.left + 600, y: box.top + 150 };
    await executeServerCommand('wheel', { ...at, deltaY: -120, repeat: 8, modifiers: ['Control'] });
    await changed; // the gesture ended
    removeEventListener('wheel', onWheel, { capture: true });
    await el.renderComplete;
    expect(during.length).to.be.greaterThan(3);
    for (const lanes of during) expect(lanes, 'during the gesture').to.deep.equal(before);
    const after = dense();
    expect(after.length, 'after it, lanes of few events are marks').to.be.lessThan(before.length);
  });

  it('mounts in one update when its first layout finds the chart scrolling over the plot, and draws again when the view outgrows the band', async () => {
    await setViewport({ width: 1240, height: 700 });
    const events = generateEvents(1_000);
    const el = document.createElement('event-timeline');
    const updates = countUpdates(el);
    el.style.height = '420px';
    el.events = events;
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    host.append(el);
    await el.renderComplete;
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(chart.scrollHeight, 'the chart scrolls').to.be.greaterThan(chart.clientHeight * 2);
    // The first render cut its band from the page's viewport, which holds the chart's view: the chart's first
    // layout needs no lane it did not draw.
    expect(updates(), 'the chart’s first layout draws nothing again').to.equal(1);
    el.zoomTo('2015-01-01', '2018-01-01'); // marks, not counts
    await el.renderComplete;
    /** Where each event's mark is, px from the plot's top, from the export (which draws every lane). */
    const ys = new Map(
      [...exported(el).querySelectorAll<SVGGElement>('[aria-posinset]')].map((o) => [
        o.dataset.eventId!,
        Number(/,([-\d.]+)\)/.exec(o.getAttribute('transform')!)![1]),
      ]),
    );
    /** The events whose marks lie in the chart's view, each drawn. */
    const inView = () => {
      const top = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().top;
      const view = chart.getBoundingClientRect();
      const shown = new Set(options(el).map((o) => o.dataset.eventId));
      const seen = [...ys].filter(([, y]) => top + y >= view.top && top + y <= Math.min(view.bottom, innerHeight));
      for (const [id] of seen) expect(shown.has(id), `${id}, in view, is drawn`).to.equal(true);
      return seen.length;
    };
    expect(inView()).to.be.greaterThan(5);
    // A view taller than the band drawn (the element grows): the lanes it reaches are drawn.
    await setViewport({ width: 1240, height: 1400 });
    const before = options(el).length;
    el.style.height = '1300px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await el.renderComplete;
    expect(options(el).length, 'more lanes are drawn').to.be.greaterThan(before);
    expect(inView()).to.be.greaterThan(20);
    await setViewport({ width: 1240, height: 700 });
  });
});

describe('<event-timeline> growing to its content in a page that scrolls', () => {
  const options = (el: EventTimeline) => all<SVGGElement>(el, 'svg.plot g.marks [role="option"]');
  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  };
  /** Waits for the page to rest (a wheel may scroll it smoothly), then for the frame that follows it. */
  const rest = async (el: EventTimeline) => {
    for (let last = NaN; scrollY !== last; await frames(3)) last = scrollY;
    await frames(2);
    await el.renderComplete;
  };

  it('draws only the lanes near the page’s viewport, follows the page as it scrolls, and never scrolls it', async () => {
    await setViewport({ width: 1240, height: 500 });
    const events = generateEvents(1_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><event-timeline .events=${events}></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await el.renderComplete;
    el.zoomTo('2015-01-01', '2018-01-01');
    await el.renderComplete;
    const height = el.getBoundingClientRect().height;
    expect(height, 'the element is far taller than the viewport').to.be.greaterThan(3 * innerHeight);
    expect(scrollY).to.equal(0);
    // The export draws every lane: the whole set of options, in order, and where each mark is in the plot.
    const every = [...exported(el).querySelectorAll<SVGGElement>('[aria-posinset]')];
    const ids = every.map((o) => o.dataset.eventId!);
    const total = ids.length;
    const yOf = new Map(every.map((o) => [o.dataset.eventId!, Number(/,([-\d.]+)\)/.exec(o.getAttribute('transform')!)![1])]));
    await el.renderComplete;
    const plot = el.shadowRoot!.querySelector('svg.plot')!;
    const check = () => {
      const drawn = options(el);
      expect(drawn.length, 'fewer options in the DOM than in the set').to.be.lessThan(total);
      for (const o of drawn) {
        expect(o.getAttribute('aria-setsize')).to.equal(`${total}`);
        expect(o.dataset.eventId, 'its place among all').to.equal(ids[Number(o.getAttribute('aria-posinset')) - 1]);
      }
      // Every mark in the viewport is drawn, and none far outside it (but the tab stop).
      const shown = new Set(drawn.map((o) => o.dataset.eventId));
      const top = plot.getBoundingClientRect().top;
      const inView = ids.filter((id) => top + yOf.get(id)! >= 0 && top + yOf.get(id)! <= innerHeight);
      expect(inView.length).to.be.greaterThan(5);
      for (const id of inView) expect(shown.has(id), `${id}, in view, is drawn`).to.equal(true);
      const ys = drawn.filter((o) => o.tabIndex !== 0).map((o) => o.getBoundingClientRect().top);
      expect(Math.min(...ys)).to.be.at.least(-innerHeight);
      expect(Math.max(...ys)).to.be.at.most(2 * innerHeight);
      // Every lane keeps its room: the page does not jump.
      expect(all(el, 'svg.plot rect[part="lane"]')).to.have.length(8);
      expect(el.getBoundingClientRect().height).to.equal(height);
      return shown;
    };
    const atTop = check();

    // A real wheel over the plot scrolls the page (cooperative gestures): the lanes it reaches are drawn.
    const [x, y] = [600, Math.round(plot.getBoundingClientRect().top + 150)];
    await executeServerCommand('wheel', { x, y, deltaY: 300 });
    await rest(el);
    expect(scrollY, 'the wheel scrolled the page').to.be.greaterThan(200);
    const below = check();
    expect([...below].filter((id) => !atTop.has(id)).length, 'scrolling draws the lanes it reaches').to.be.greaterThan(10);

    // A scroll from code to the end: the band follows it, and drawing it moves the page by nothing.
    const target = Math.round(document.scrollingElement!.scrollHeight - innerHeight);
    expect(target).to.be.greaterThan(2 * innerHeight);
    scrollTo(0, target);
    expect(scrollY).to.equal(target);
    await rest(el);
    expect(scrollY, 'culling never scrolls the page').to.equal(target);
    const bottom = check();
    expect([...bottom].filter((id) => !below.has(id)).length, 'the lanes at the end are drawn').to.be.greaterThan(10);
    expect([...atTop].filter((id) => !bottom.has(id)).length, 'those at the top are not').to.be.greaterThan(10);

    // A taller viewport (a resize) draws every lane in it.
    await setViewport({ width: 1240, height: Math.ceil(height) + 100 });
    await rest(el);
    expect(options(el)).to.have.length(total);
    await setViewport({ width: 1240, height: 500 });
    scrollTo(0, 0);
    await rest(el);
    expect(scrollY).to.equal(0);
    check();
  });

  it('a printout draws every lane: at once on beforeprint, culled again after afterprint', async () => {
    await setViewport({ width: 1240, height: 500 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><event-timeline .events=${generateEvents(1_000)}></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    el.zoomTo('2015-01-01', '2018-01-01');
    await el.renderComplete;
    const total = Number(options(el)[0]!.getAttribute('aria-setsize'));
    const culled = options(el).length;
    expect(culled).to.be.lessThan(total);
    dispatchEvent(new Event('beforeprint'));
    // Synchronously: a print started from a script lays the page out before any microtask runs.
    expect(options(el)).to.have.length(total);
    await el.renderComplete;
    expect(options(el)).to.have.length(total);
    dispatchEvent(new Event('afterprint'));
    await el.renderComplete;
    expect(options(el)).to.have.length(culled);
  });

  it('the keyboard reaches an event in a lane culled below the viewport, drawn with its place in the set', async () => {
    await setViewport({ width: 1240, height: 500 });
    const events = generateEvents(1_000);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><event-timeline .events=${events}></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    el.zoomTo('2015-01-01', '2018-01-01');
    await el.renderComplete;
    /** Every option in the window, in order (the export draws every lane). */
    const every = () => [...exported(el).querySelectorAll<SVGGElement>('[aria-posinset]')].map((o) => o.dataset.eventId!);
    const last = (el.shadowRoot!.querySelectorAll('svg.plot rect[part="lane"]').length - 1).toString();
    const inLast = () => options(el).filter((o) => o.dataset.key!.startsWith(`${last}:`));
    expect(inLast(), 'the last lane, far below the viewport, is culled').to.have.length(0);
    // The tab stop is the first event in time, wherever its lane is (Tab would scroll it into view; here the page
    // stays at its top).
    options(el).find((o) => o.tabIndex === 0)!.focus({ preventScroll: true });
    const inLastLane = () => (el.shadowRoot!.activeElement as SVGGElement | null)?.dataset.key?.startsWith(`${last}:`);
    for (let i = 0; i < 15 && !inLastLane(); i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.renderComplete;
    }
    const focused = el.shadowRoot!.activeElement as SVGGElement;
    expect(focused.dataset.key!.startsWith(`${last}:`), 'ArrowDown reaches the last lane').to.equal(true);
    expect(inLast(), 'the focused mark of that lane is drawn').to.include(focused);
    // The page scrolled to show it, below the axis that stays at the viewport's top.
    const shown = () => {
      const box = el.shadowRoot!.activeElement!.getBoundingClientRect();
      return box.top >= 30 && box.bottom <= innerHeight;
    };
    expect(scrollY, 'the page scrolled to the lane').to.be.greaterThan(0);
    expect(shown(), 'the focused mark is in view').to.equal(true);
    // The window may have moved to show it: its set is the one in the window now.
    const ids = every();
    await el.renderComplete;
    expect(el.shadowRoot!.activeElement, 'the export keeps the focus').to.equal(focused);
    expect(inLast()).to.include(focused);
    expect(focused.getAttribute('aria-setsize')).to.equal(`${ids.length}`);
    expect(focused.dataset.eventId).to.equal(ids[Number(focused.getAttribute('aria-posinset')) - 1]);
    await sendKeys({ press: 'ArrowRight' });
    await el.renderComplete;
    // The next event in time, in whichever lane: drawn, focused, and in its place.
    const next = el.shadowRoot!.activeElement as SVGGElement;
    expect(next.dataset.eventId).to.not.equal(focused.dataset.eventId);
    const now = every();
    await el.renderComplete;
    expect(next.dataset.eventId).to.equal(now[Number(next.getAttribute('aria-posinset')) - 1]);
    expect(shown(), 'the next is in view too').to.equal(true);
  });
});

describe('<event-timeline> incremental updates', () => {
  it('appending records to events normalizes only the new ones, with the same result as from scratch', async () => {
    const first = generateEvents(5_000);
    const el = await mount(html`<event-timeline .events=${first}></event-timeline>`);
    const more = generateEvents(5_100, 7).slice(5_000).map((e) => ({ ...e, id: `more-${e.id}` }));
    // A duplicate id and a bad record among the new ones, reported at their indexes.
    more.push({ id: 'e1', title: 'Again', kind: 'deal', date: '2020-01-01' }, { id: 'bad', title: 'Bad', kind: 'deal', date: 'nope' });
    const all = [...first, ...more];
    el.events = all;
    await el.renderComplete;
    const fresh = document.createElement('event-timeline');
    fresh.events = [...all];
    const again = await mount(fresh);
    expect(el.problems).to.deep.equal(again.problems);
    expect(el.problems.map((p) => [p.index, p.code])).to.deep.equal([
      [5_100, 'duplicate-id'],
      [5_101, 'invalid-date'],
    ]);
    const { ids, clustered } = drawn(el);
    expect(ids.length + clustered).to.equal(5_101);
  });
});
