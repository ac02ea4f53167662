// Gestures in the single-file bundle, whose d3-selection is a stand-in
// (build/d3-selection-shim.js; d3-transition and d3-interpolate are stand-ins
// too). The same real input (wheel, drag and clicks through Chromium's input
// pipeline) is sent to the bundle's element and to the source element, which
// uses the real d3-selection; both must end at the same window, within 1 ms,
// with the same window-change events. The bundle is the one `npm run build`
// wrote to dist/.
//
// Both elements are on the page at once: the source one as <event-timeline>
// (registered by helpers.ts), the bundle's class under another tag name.
//
// The stock commands cannot send a real double click (their clicks all have
// clickCount 1) nor touch input, so the double click ends with a synthetic
// dblclick, and the pinch is built from TouchEvents in the page.
//
// Last, the stand-in itself is compared with d3-selection, call by call.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import * as d3 from 'd3-selection';
import { articleDataset, record, sleep } from './helpers.js';

const BUNDLE = '/dist/event-timeline.bundle.min.js';
const SHIM = '/build/d3-selection-shim.js';
const BUNDLE_TAG = 'bundled-event-timeline';

type Timeline = HTMLElement & {
  renderComplete: Promise<boolean>;
  events: unknown;
  getWindow(): { start: Date; end: Date };
  zoomTo(start: string, end: string): void;
  fit(): void;
};
/** d3-selection's listener record on a node (the real module and the stand-in both keep `__on`). */
type Listened = { __on?: Array<{ type: string; name: string }> };

/** What one step left: the window and the number of window-change events it fired. */
interface Outcome {
  step: string;
  start: number;
  end: number;
  changes: number;
}

/** Mounts `tag` with the article data, 1200 px wide, with greedy gestures when the element has the option. */
async function mount(tag: string): Promise<{ el: Timeline; wrapper: HTMLDivElement }> {
  await setViewport({ width: 1240, height: 900 });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px;margin:0;padding:0"></div>`);
  const el = document.createElement(tag) as Timeline;
  if ('gestures' in el) el.setAttribute('gestures', 'greedy');
  el.events = await articleDataset();
  wrapper.append(el);
  await settled(el, 50);
  return { el, wrapper };
}

async function settled(el: Timeline, ms: number): Promise<void> {
  await el.renderComplete;
  await sleep(ms);
  await el.renderComplete;
}

const plotOf = (el: Timeline) => el.shadowRoot!.querySelector('svg.plot') as SVGSVGElement & Listened;
const zoomListeners = (node: Listened) =>
  (node.__on ?? [])
    .filter((o) => o.name === 'zoom')
    .map((o) => o.type)
    .sort();
/** The gestures' listeners: the touch ones only where d3-zoom deems the device touchable. */
const BOUND = ['mousedown', 'wheel'];
const BOUND_TOUCH = ['mousedown', 'touchcancel', 'touchend', 'touchmove', 'touchstart', 'wheel'];

/** Steps on `el`, each recording the window it left and its window-change events. */
function stepper(el: Timeline) {
  const out: Outcome[] = [];
  /** A client point at plot px (dx, dy): both elements receive the same input. */
  const at = (dx: number, dy: number): [number, number] => {
    const r = plotOf(el).getBoundingClientRect();
    return [Math.round(r.left + dx), Math.round(r.top + dy)];
  };
  const step = async (name: string, act: () => Promise<unknown> | void, wait = 400) => {
    const changes = record(el, 'event-timeline-window-change');
    await act();
    await settled(el, wait);
    changes.stop();
    const w = el.getWindow();
    out.push({ step: name, start: +w.start, end: +w.end, changes: changes.events.length });
  };
  return { out, at, step };
}

const wheel = (x: number, y: number, deltaY: number) => executeServerCommand('wheel', { x, y, deltaY });
const drag = (from: [number, number], to: [number, number]) => executeServerCommand('drag', { from, to });

/** Real wheels, drags and clicks, code, then removal and re-adding; returns each step's outcome. */
async function play(el: Timeline, wrapper: HTMLDivElement): Promise<Outcome[]> {
  const { out, at, step } = stepper(el);
  await step('initial', () => undefined, 0);
  await step('wheel in', () => wheel(...at(600, 100), -300));
  await step('wheel in elsewhere', () => wheel(...at(250, 60), -200));
  await step('wheel out', () => wheel(...at(900, 100), 150));
  await step('drag pan', () => drag(at(400, 40), at(600, 40)));
  await step('drag pan back, diagonally', () => drag(at(700, 50), at(520, 80)));
  await step('double click', async () => {
    const p = at(500, 30);
    await sendMouse({ type: 'click', position: p });
    await sendMouse({ type: 'click', position: p });
    // The stock clicks have clickCount 1, which Chromium does not turn into a dblclick.
    const init = {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: p[0],
      clientY: p[1],
      view: window,
      detail: 2,
    };
    plotOf(el).dispatchEvent(new MouseEvent('dblclick', init));
  });
  await step('zoomTo', () => el.zoomTo('2023-07-01', '2023-07-31'), 0);
  await step('wheel after zoomTo', () => wheel(...at(300, 100), -200));
  await step('fit', () => el.fit(), 0);
  await step('drag after fit', () => drag(at(600, 40), at(450, 40)));

  // Removed: every d3 listener is gone, from the plot and from the window.
  const plot = plotOf(el);
  expect(zoomListeners(plot), 'zoom listeners while connected').to.deep.equal(BOUND);
  el.remove();
  expect(zoomListeners(plot), 'zoom listeners on the plot after removal').to.deep.equal([]);
  expect((window as unknown as Listened).__on ?? [], 'zoom and drag listeners on the window').to.deep.equal([]);
  // Added again: bound again, and gestures work as before.
  wrapper.append(el);
  await settled(el, 50);
  expect(zoomListeners(plotOf(el)), 'zoom listeners after re-adding').to.deep.equal(BOUND);
  await step('re-added', () => undefined, 0);
  await step('wheel after re-adding', () => wheel(...at(800, 100), -250));
  await step('drag after re-adding', () => drag(at(300, 40), at(500, 40)));
  return out;
}

/** A two-finger pinch spreading from plot x 500 and 700 to 400 and 800, then a one-finger pan. */
async function pinch(el: Timeline): Promise<Outcome[]> {
  const { out, at, step } = stepper(el);
  const plot = plotOf(el);
  expect(zoomListeners(plot), 'zoom listeners on a touch device').to.deep.equal(BOUND_TOUCH);
  expect(plot.style.getPropertyValue('-webkit-tap-highlight-color')).to.equal('rgba(0, 0, 0, 0)');
  const touch = (identifier: number, [clientX, clientY]: [number, number]) =>
    new Touch({ identifier, target: plot, clientX, clientY });
  const send = (type: string, touches: Touch[], changed: Touch[]) =>
    plot.dispatchEvent(
      new TouchEvent(type, {
        touches,
        changedTouches: changed,
        targetTouches: touches,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  await step('initial', () => undefined, 0);
  await step(
    'pinch out',
    async () => {
      let a = touch(1, at(500, 60));
      let b = touch(2, at(700, 60));
      send('touchstart', [a, b], [a, b]);
      for (let i = 1; i <= 5; i++) {
        await sleep(16);
        a = touch(1, at(500 - 20 * i, 60));
        b = touch(2, at(700 + 20 * i, 60));
        send('touchmove', [a, b], [a, b]);
      }
      send('touchend', [], [a, b]);
    },
    600,
  );
  await step(
    'one-finger pan',
    async () => {
      let a = touch(3, at(300, 60));
      send('touchstart', [a], [a]);
      for (let i = 1; i <= 4; i++) {
        await sleep(16);
        a = touch(3, at(300 + 25 * i, 60));
        send('touchmove', [a], [a]);
      }
      send('touchend', [], [a]);
    },
    600,
  );
  return out;
}

/** Every step's window matches within 1 ms, with the same number of window-change events. */
function expectSame(bundle: Outcome[], source: Outcome[]): void {
  expect(bundle.map((o) => o.step)).to.deep.equal(source.map((o) => o.step));
  bundle.forEach((b, i) => {
    const s = source[i]!;
    expect(b.start, `${b.step}: start`).to.be.closeTo(s.start, 1);
    expect(b.end, `${b.step}: end`).to.be.closeTo(s.end, 1);
    expect(b.changes, `${b.step}: window-change events`).to.equal(s.changes);
  });
}

const span = (o: Outcome) => o.end - o.start;

describe('gestures in the single-file bundle (d3-selection stand-in)', () => {
  let BundleTimeline: CustomElementConstructor;

  before(async () => {
    const text = await (await fetch(BUNDLE)).text();
    // The stand-in is in: the real d3-selection's prototype has selectChildren.
    expect(text).to.not.include('selectChildren');
    const mod = (await import(/* @vite-ignore */ BUNDLE)) as { EventTimeline: CustomElementConstructor };
    // The source element took <event-timeline>: the bundle's class is a different one.
    expect(mod.EventTimeline).to.not.equal(customElements.get('event-timeline'));
    BundleTimeline = class extends mod.EventTimeline {};
    if (!customElements.get(BUNDLE_TAG)) customElements.define(BUNDLE_TAG, BundleTimeline);
  });

  it('wheel, drag, double click, zoomTo and fit, removal and re-adding: as in the source element', async () => {
    const source = await mount('event-timeline');
    expect(source.el).to.not.be.instanceOf(BundleTimeline);
    const expected = await play(source.el, source.wrapper);
    source.wrapper.remove();

    const bundle = await mount(BUNDLE_TAG);
    expect(bundle.el).to.be.instanceOf(BundleTimeline);
    const actual = await play(bundle.el, bundle.wrapper);

    // The script means something on the source element.
    const by = Object.fromEntries(expected.map((o) => [o.step, o]));
    expect(span(by['wheel in']!)).to.be.lessThan(span(by['initial']!));
    expect(span(by['wheel in elsewhere']!)).to.be.lessThan(span(by['wheel in']!));
    expect(span(by['wheel out']!)).to.be.greaterThan(span(by['wheel in elsewhere']!));
    expect(by['drag pan']!.start).to.be.lessThan(by['wheel out']!.start);
    expect(by['drag pan back, diagonally']!.start).to.be.greaterThan(by['drag pan']!.start);
    // The double click moved nothing.
    expect(by['double click']!.start).to.equal(by['drag pan back, diagonally']!.start);
    expect(by['double click']!.end).to.equal(by['drag pan back, diagonally']!.end);
    expect(new Date(by['zoomTo']!.start).toISOString()).to.equal('2023-07-01T00:00:00.000Z');
    expect(span(by['wheel after zoomTo']!)).to.be.lessThan(span(by['zoomTo']!));
    expect(span(by['fit']!)).to.equal(span(by['initial']!));
    expect(by['drag after fit']!.start).to.be.greaterThan(by['fit']!.start);
    expect(by['re-added']!.start).to.equal(by['drag after fit']!.start);
    expect(span(by['wheel after re-adding']!)).to.be.lessThan(span(by['re-added']!));
    expect(by['drag after re-adding']!.start).to.be.lessThan(by['wheel after re-adding']!.start);
    // One window-change per gesture; none from code.
    const gestures = [
      'wheel in',
      'wheel in elsewhere',
      'wheel out',
      'drag pan',
      'drag pan back, diagonally',
      'wheel after zoomTo',
      'drag after fit',
      'wheel after re-adding',
      'drag after re-adding',
    ];
    for (const step of gestures) expect(by[step]!.changes, `${step}: window-change events`).to.equal(1);
    for (const step of ['zoomTo', 'fit', 're-added'])
      expect(by[step]!.changes, `${step}: window-change events`).to.equal(0);

    expectSame(actual, expected);
  });

  it('a two-finger pinch and a one-finger pan (synthetic TouchEvents): as in the source element', async function () {
    if (typeof Touch !== 'function' || typeof TouchEvent !== 'function') this.skip();
    // d3-zoom binds touch listeners only where navigator.maxTouchPoints (or ontouchstart) says touch exists.
    Object.defineProperty(navigator, 'maxTouchPoints', { configurable: true, get: () => 5 });
    try {
      const source = await mount('event-timeline');
      const expected = await pinch(source.el);
      source.wrapper.remove();
      const bundle = await mount(BUNDLE_TAG);
      const actual = await pinch(bundle.el);

      const by = Object.fromEntries(expected.map((o) => [o.step, o]));
      expect(span(by['pinch out']!)).to.be.lessThan(span(by['initial']!) * 0.75);
      expect(by['one-finger pan']!.start).to.be.lessThan(by['pinch out']!.start);
      expect(by['pinch out']!.changes).to.equal(1);
      expect(by['one-finger pan']!.changes).to.equal(1);
      expectSame(actual, expected);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['maxTouchPoints'];
    }
  });
});

/** The stand-in's exports, as d3-selection's. */
type Lib = Pick<typeof d3, 'select' | 'pointer' | 'selection'>;

describe('the d3-selection stand-in, call by call against d3-selection', () => {
  let shim: Lib;
  let root: HTMLDivElement;

  before(async () => {
    shim = (await import(/* @vite-ignore */ SHIM)) as Lib;
  });

  beforeEach(async () => {
    root = await fixture<HTMLDivElement>(html`
      <div style="position:relative;margin:13px;padding:0">
        <div class="box" style="position:absolute;left:37px;top:21px;width:200px;height:100px;border:3px solid;border-left-width:7px;padding:5px"></div>
        <svg class="svg" viewBox="0 0 50 25" width="200" height="100" style="position:absolute;left:300px;top:40px;border:2px solid">
          <g transform="translate(5 3) scale(2)"><circle class="dot" r="2"></circle></g>
        </svg>
      </div>
    `);
  });

  /** Runs `script` on each library with fresh nodes; the logs must be equal. */
  async function same(script: (lib: Lib, log: unknown[]) => void | Promise<void>): Promise<unknown[]> {
    const logs: unknown[][] = [];
    for (const lib of [d3 as Lib, shim]) {
      const log: unknown[] = [];
      await script(lib, log);
      logs.push(log);
    }
    expect(logs[1], 'the stand-in').to.deep.equal(logs[0]);
    return logs[0]!;
  }

  const click = (node: EventTarget) => node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

  it('on: namespaces, replacing, removing by name, the getter, this and (event, datum)', async () => {
    const log = await same((lib, log) => {
      const node = document.createElement('span');
      root.append(node);
      const sel = lib.select(node).datum({ id: 7 });
      const named = (name: string) =>
        function (this: Element, event: Event, d: unknown) {
          log.push([name, this === node, event.type, event.currentTarget === node, d, arguments.length]);
        };
      const a1 = named('a1');
      const a2 = named('a2');
      sel.on('click.a', a1).on('click.b mouseup.a', named('b')).on('click', named('plain'));
      click(node);
      sel.on('click.a', a2); // replaces a1 in place
      click(node);
      log.push(['getter', sel.on('click.a') === a2, sel.on('click.zz'), sel.on('nope.a click.a') === a2]);
      sel.on('.a', null); // click.a and mouseup.a
      click(node);
      node.dispatchEvent(new MouseEvent('mouseup'));
      sel.on('click', null); // only the unnamed one
      click(node);
      sel.on('.b', null);
      click(node);
      log.push(['left', '__on' in node]);
      node.remove();
    });
    expect(log).to.have.length(11);
  });

  it('on: options reach addEventListener (capture, passive) and removal', async () => {
    await same((lib, log) => {
      const parent = document.createElement('div');
      const child = document.createElement('span');
      parent.append(child);
      root.append(parent);
      lib
        .select(parent)
        .on('click.capture', () => log.push('parent capture'), true)
        .on('click.bubble', () => log.push('parent bubble'));
      lib.select(child).on('click.t', () => log.push('child'));
      click(child);
      lib.select(parent).on('click.capture', null);
      click(child);
      const prevent = (e: Event) => e.preventDefault();
      lib.select(child).on('wheel.z', prevent, { passive: false });
      let e = new WheelEvent('wheel', { cancelable: true });
      child.dispatchEvent(e);
      log.push(['active', e.defaultPrevented]);
      lib.select(child).on('wheel.z', prevent, { passive: true });
      e = new WheelEvent('wheel', { cancelable: true });
      child.dispatchEvent(e);
      log.push(['passive', e.defaultPrevented]);
      // On the window, as d3-zoom and d3-drag bind mousemove, mouseup and dragstart.
      lib.select(window).on('custom.t', (ev: Event) => log.push(['window', ev.currentTarget === window]), true);
      window.dispatchEvent(new Event('custom'));
      lib.select(window).on('custom.t', null);
      window.dispatchEvent(new Event('custom'));
      log.push(['window left', '__on' in window]);
      parent.remove();
    });
  });

  it('property, style, filter, each, call, datum, node, empty, selection', async () => {
    await same((lib, log) => {
      const a = document.createElement('i');
      const b = document.createElement('b');
      root.append(a, b);
      const sel = lib.select(a);
      log.push(
        sel.selection() === sel,
        sel.node() === a,
        sel.empty(),
        lib.select(null as unknown as Element).empty(),
        lib.select(null as unknown as Element).node(),
      );
      sel.property('__z', 1);
      log.push(sel.property('__z'));
      sel.property('__z', function (this: Element) {
        return this === a ? 2 : 0;
      });
      log.push((a as unknown as { __z: number }).__z);
      sel.property('__z', () => null);
      log.push('__z' in a);
      sel.property('__y', 3).property('__y', null);
      log.push('__y' in a);
      sel
        .style('color', 'red')
        .style('margin-top', () => '4px')
        .style('padding', '1px', 'important');
      log.push(a.style.color, a.style.marginTop, a.style.getPropertyPriority('padding'));
      sel.style('color', null).style('margin-top', () => null);
      log.push(a.style.color, a.style.marginTop);
      log.push(sel.datum(), sel.datum({ k: 1 }) === sel, sel.datum(), (a as unknown as { __data__: unknown }).__data__);
      sel.each(function (this: Element, d: unknown, i: number, group: ArrayLike<Element>) {
        log.push(['each', this === a, d, i, group.length, group[0] === a]);
      });
      const none = sel.filter(() => false);
      log.push(
        none.empty(),
        none.node(),
        none.on('click.x', () => log.push('never')).style('color', 'blue') === none,
        a.style.color,
      );
      const kept = sel.filter(function (this: Element, d: unknown, i: number) {
        log.push(['filter', this === a, d, i]);
        return true;
      });
      log.push(kept.node() === a, kept === sel);
      log.push(sel.call((s: unknown, x: number, y: string) => log.push(['call', s === sel, x, y]), 1, 'two') === sel);
      log.push(lib.select(window).node() === window, typeof lib.selection, lib.select(a) instanceof lib.selection);
      a.remove();
      b.remove();
    });
  });

  it('pointer: HTML with borders, SVG through viewBox and transforms, sourceEvent, currentTarget, no node', async () => {
    const box = root.querySelector<HTMLElement>('.box')!;
    const svg = root.querySelector<SVGSVGElement>('.svg')!;
    const dot = root.querySelector<SVGCircleElement>('.dot')!;
    const log = await same((lib, log) => {
      const ev = new MouseEvent('mousemove', { clientX: 140, clientY: 90 });
      const ev2 = new MouseEvent('mousemove', { clientX: 420, clientY: 100 });
      log.push(lib.pointer(ev, box), lib.pointer(ev2, svg), lib.pointer(ev2, dot));
      log.push(lib.pointer({ sourceEvent: { sourceEvent: ev2 } }, svg));
      log.push(lib.pointer({ clientX: 400, clientY: 70, pageX: 1, pageY: 2 }, dot)); // a Touch is this shape
      log.push(lib.pointer({ clientX: 400, clientY: 70, pageX: 1, pageY: 2 }, null));
      const seen: unknown[] = [];
      const listen = (e: Event) => seen.push(lib.pointer(e));
      svg.addEventListener('mousemove', listen);
      svg.dispatchEvent(ev2);
      svg.removeEventListener('mousemove', listen);
      log.push(seen);
    });
    // The figures mean what they say: viewBox scale 4, the group's scale 2.
    const [, inSvg, inDot] = log as [number[], number[], number[]];
    expect(inDot[0]).to.be.closeTo((inSvg[0]! - 5) / 2, 1e-6);
  });
});
