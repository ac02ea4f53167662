// The time axis stays in view while the lanes scroll under it: in an article (the page scrolls the chart) and in
// an element given a height (the chart scrolls its plot). A reader scrolled down the lanes still reads the dates.
import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import { generateEvents } from '../../bench/generate.js';
import { all, articleDataset, articlePageOf, mount, record, sleep } from './helpers.js';

let page: HTMLElement | null = null;

afterEach(() => {
  page?.remove();
  page = null;
  window.scrollTo(0, 0);
});

/** The demo's article page at 1280 × 800: paragraphs above and below an element of automatic height. */
async function articlePage(style = ''): Promise<EventTimeline> {
  await setViewport({ width: 1280, height: 800 });
  const made = await articlePageOf();
  page = made.page;
  const el = made.el;
  el.style.cssText = style;
  // Room below, so the page can scroll the chart out at the top.
  page.append(Object.assign(document.createElement('div'), { style: 'height: 1000px' }));
  document.body.append(page);
  await el.renderComplete;
  return el;
}

const rect = (el: EventTimeline, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();

/** Scrolls the page so the chart's top is `y` px from the viewport's top, and waits for the frame after it. */
async function chartAt(el: EventTimeline, y: number): Promise<void> {
  window.scrollTo(0, window.scrollY + rect(el, '.chart').top - y);
  await sleep(60);
  await el.renderComplete;
}

/** The tick labels' boxes, each with its text. */
const tickLabels = (el: EventTimeline) =>
  all(el, '[part="tick-label"]').map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));

describe('<event-timeline> keeps its time axis in view', () => {
  it('in an article, the axis sticks to the top of the viewport while the page scrolls the lanes', async () => {
    const el = await articlePage();
    const chart = el.shadowRoot!.querySelector('.chart')!;
    expect(chart.hasAttribute('data-flow'), 'a chart as tall as its plot does not scroll').to.equal(true);
    expect(getComputedStyle(chart).overflowY).to.equal('clip');
    const plot = rect(el, 'svg.plot');
    expect(plot.height, 'the plot is taller than the viewport').to.be.greaterThan(500);
    // At rest, the axis is the plot's first rows, as it always was.
    expect(rect(el, 'svg.axis-head').top).to.be.closeTo(plot.top, 0.5);
    const labels = tickLabels(el).map((t) => t.text);
    expect(labels.length).to.be.greaterThan(3);

    await chartAt(el, -300);
    const head = rect(el, 'svg.axis-head');
    expect(head.top, 'stuck at the viewport top').to.be.closeTo(0, 0.5);
    expect(rect(el, 'svg.plot').top, 'the plot scrolled up under it').to.be.lessThan(-290);
    // The same labels, each inside the viewport and over the lanes now in view.
    const now = tickLabels(el);
    expect(now.map((t) => t.text)).to.deep.equal(labels);
    for (const t of now) expect(t.box.top, t.text).to.be.within(0, head.bottom);
    // The pointer goes through it to the plot's gestures and marks.
    const x = head.left + head.width / 2;
    const hit = el.shadowRoot!.elementFromPoint(x, head.top + 10);
    expect(hit?.closest('svg.plot'), 'what is under the axis is the plot').to.not.equal(null);

    // Past the chart's end it leaves with the chart: it never hangs over what follows the element.
    await chartAt(el, -rect(el, '.chart').height + 12);
    expect(rect(el, 'svg.axis-head').bottom).to.be.at.most(rect(el, '.chart').bottom + 0.5);
  });

  it('--event-timeline-sticky-top keeps it below a page header fixed at the top', async () => {
    const el = await articlePage('--event-timeline-sticky-top: 48px');
    await chartAt(el, -300);
    expect(rect(el, 'svg.axis-head').top).to.be.closeTo(48, 0.5);
  });

  it('given a height, the chart scrolls its lanes and the axis stays at the chart top', async () => {
    const data = await articleDataset();
    const el = await mount(html`<event-timeline style="height: 360px" orientation="horizontal"></event-timeline>`, 1200);
    el.events = data;
    await el.renderComplete;
    await sleep(60);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(chart.hasAttribute('data-flow')).to.equal(false);
    expect(getComputedStyle(chart).overflowY).to.equal('auto');
    expect(chart.scrollHeight).to.be.greaterThan(chart.clientHeight + 100);
    const labels = tickLabels(el).map((t) => t.text);
    chart.scrollTop = 200;
    await sleep(60);
    await el.renderComplete;
    expect(chart.scrollTop).to.equal(200);
    const box = chart.getBoundingClientRect();
    expect(rect(el, 'svg.axis-head').top, 'at the chart top, inside its border').to.be.closeTo(box.top + 1, 0.5);
    const now = tickLabels(el);
    expect(now.map((t) => t.text)).to.deep.equal(labels);
    for (const t of now) expect(t.box.top, t.text).to.be.within(box.top, box.top + 30);
  });

  it('a chart that comes to be shorter than its plot scrolls it, and one that fits its plot stops scrolling', async () => {
    const data = await articleDataset();
    const few = { ...data, events: data.events.filter((e) => e.date).slice(0, 2) };
    const el = await mount(html`<event-timeline style="height: 420px" orientation="horizontal"></event-timeline>`, 1200);
    el.events = few;
    await el.renderComplete;
    await sleep(60);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    expect(chart.hasAttribute('data-flow'), 'two events fit').to.equal(true);
    el.events = data;
    await el.renderComplete;
    await sleep(60);
    expect(chart.hasAttribute('data-flow')).to.equal(false);
    chart.scrollTop = 150;
    expect(chart.scrollTop, 'the lanes below can be scrolled to').to.equal(150);
    el.events = few;
    await el.renderComplete;
    await sleep(60);
    expect(chart.hasAttribute('data-flow')).to.equal(true);
  });

  /** Presses `key` on the focused mark until the focus stops moving; after each press, `check` the focused mark. */
  async function walk(el: EventTimeline, key: string, check: (box: DOMRect, id: string) => void): Promise<number> {
    let moves = 0;
    for (let last = ''; ; moves++) {
      await sendKeys({ press: key });
      await el.renderComplete;
      await sleep(30);
      const focused = el.shadowRoot!.activeElement!;
      const id = focused.getAttribute('data-key')!;
      if (id === last) return moves;
      last = id;
      check(focused.getBoundingClientRect(), id);
    }
  }

  it('the arrow keys scroll the lane they move to into view in a chart given a height, below its axis', async () => {
    const data = await articleDataset();
    const el = await mount(html`<event-timeline style="height: 340px" orientation="horizontal"></event-timeline>`, 1200);
    el.events = data;
    await el.renderComplete;
    el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus();
    const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
    const inView = (box: DOMRect, id: string) => {
      const c = chart.getBoundingClientRect();
      expect(box.top, `${id} below the axis`).to.be.at.least(c.top + 30);
      expect(box.bottom, `${id} above the chart's end`).to.be.at.most(c.bottom + 0.5);
    };
    // The first event's lane (deployments) up to the first lane, then down to the last.
    expect(await walk(el, 'ArrowUp', inView), 'lanes stepped up').to.be.greaterThan(2);
    const top = chart.scrollTop;
    expect(await walk(el, 'ArrowDown', inView), 'lanes stepped down').to.be.greaterThan(5);
    expect(chart.scrollTop, 'the chart scrolled').to.be.greaterThan(top + 100);
    expect(chart.scrollLeft, 'never sideways').to.equal(0);
  });

  it('in an article, the arrow keys scroll the page to the lane they move to, below the stuck axis', async () => {
    const el = await articlePage();
    await setViewport({ width: 1280, height: 560 });
    await chartAt(el, 100);
    el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus({ preventScroll: true });
    const inView = (box: DOMRect, id: string) => {
      expect(box.top, `${id} below the axis`).to.be.at.least(30);
      expect(box.bottom, `${id} in the viewport`).to.be.at.most(innerHeight + 0.5);
    };
    expect(await walk(el, 'ArrowUp', inView)).to.be.greaterThan(2);
    const y0 = window.scrollY;
    expect(await walk(el, 'ArrowDown', inView)).to.be.greaterThan(5);
    expect(window.scrollY, 'the page scrolled down').to.be.greaterThan(y0 + 100);
  });

  it("holding the tab stop itself (every event counted into clusters), the plot's ring goes around the chart", async () => {
    const el = await mount(html`<event-timeline style="height: 500px" orientation="horizontal"></event-timeline>`, 1200);
    el.events = generateEvents(10_000);
    await el.renderComplete;
    const plot = el.shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
    expect(plot.getAttribute('tabindex'), 'no event can hold the stop').to.equal('0');
    await sendKeys({ press: 'Tab' }); // a keyboard's focus: the ring shows
    plot.focus();
    expect(plot.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(plot).outlineStyle, 'none on the plot, whose top the axis covers').to.equal('none');
    const chart = getComputedStyle(el.shadowRoot!.querySelector('.chart')!);
    expect(chart.outlineStyle).to.equal('solid');
    expect(parseFloat(chart.outlineWidth)).to.be.at.least(2);
    expect(parseFloat(chart.outlineOffset), 'outside the chart, which clips its content').to.be.at.least(0);
  });

  it('a mark hidden under the stuck axis answers no hover, press or click; in view, it does', async () => {
    const el = await articlePage();
    const id = 'lukashenko-visits-iran';
    const symbol = () => el.shadowRoot!.querySelector(`svg.plot [data-event-id="${id}"] .symbol`)!.getBoundingClientRect();
    const centre = (): [number, number] => {
      const r = symbol();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    };
    const hovers = record(el, 'event-timeline-hover');
    // The page scrolled so the first lane's mark sits under the axis, stuck at the viewport's top.
    window.scrollTo(0, window.scrollY + symbol().top + symbol().height / 2 - 15);
    await sleep(60);
    await el.renderComplete;
    const [x, y] = centre();
    const head = rect(el, 'svg.axis-head');
    expect(y, 'under the axis').to.be.within(head.top, head.bottom);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'click', position: [x, y] });
    await sleep(60);
    await el.renderComplete;
    expect(hovers.events.filter((e) => e.detail.id === id), 'no hover').to.have.length(0);
    expect(el.selected, 'no selection').to.equal(null);
    expect(el.shadowRoot!.activeElement, 'no focus').to.equal(null);
    // In view, the same mark answers.
    await sendMouse({ type: 'move', position: [x, 500] });
    window.scrollTo(0, window.scrollY - 200);
    await sleep(60);
    await el.renderComplete;
    const [x2, y2] = centre();
    await sendMouse({ type: 'move', position: [x2, y2] });
    await sendMouse({ type: 'click', position: [x2, y2] });
    await sleep(60);
    await el.renderComplete;
    expect(hovers.events.some((e) => e.detail.id === id), 'hovered').to.equal(true);
    expect(el.selected).to.equal(id);
    hovers.stop();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('the pointer moving on a hovered mark up under the stuck axis leaves it, and back down enters it again', async () => {
    const el = await articlePage();
    const id = 'lukashenko-visits-iran';
    const symbol = () => el.shadowRoot!.querySelector(`svg.plot [data-event-id="${id}"] .symbol`)!.getBoundingClientRect();
    const tooltip = () => el.shadowRoot!.querySelector('[part="tooltip"]');
    const hovers = record(el, 'event-timeline-hover');
    // The page scrolled so the mark's symbol sits just below the axis, stuck at the viewport's top (30 px high):
    // its hit area reaches up under the axis.
    window.scrollTo(0, window.scrollY + symbol().top - 31);
    await sleep(60);
    await el.renderComplete;
    expect(rect(el, 'svg.axis-head').top, 'the axis stuck at the top').to.be.closeTo(0, 1);
    const s = symbol();
    const x = Math.round(s.left + s.width / 2);
    const [below, under] = [Math.round(s.top + s.height / 2), Math.round(rect(el, 'svg.axis-head').bottom - 2)];
    const hit = el.shadowRoot!.querySelector(`svg.plot [data-event-id="${id}"] .hit`)!.getBoundingClientRect();
    expect(hit.top, 'the hit area reaches under the axis').to.be.below(under);
    await sendMouse({ type: 'move', position: [x, below] });
    await sleep(60);
    await el.renderComplete;
    expect(tooltip() !== null, 'a tooltip below the axis').to.equal(true);
    expect(hovers.events.at(-1)?.detail.id).to.equal(id);
    // Up onto the axis, still over the mark's hit area: no tooltip, and the hover left.
    await sendMouse({ type: 'move', position: [x, under] });
    await sleep(60);
    await el.renderComplete;
    expect(tooltip() === null, 'no tooltip under the axis').to.equal(true);
    expect(hovers.events.at(-1)?.detail.id).to.equal(null);
    await sendMouse({ type: 'move', position: [x, below] });
    await sleep(60);
    await el.renderComplete;
    expect(tooltip() !== null, 'the tooltip again below it').to.equal(true);
    expect(hovers.events.at(-1)?.detail.id).to.equal(id);
    // Entered under the axis: nothing, until the pointer moves on down out of it.
    await sendMouse({ type: 'move', position: [0, 0] });
    await sendMouse({ type: 'move', position: [x, under] });
    await sleep(60);
    await el.renderComplete;
    expect(tooltip() === null, 'no tooltip for a mark entered under the axis').to.equal(true);
    await sendMouse({ type: 'move', position: [x, below] });
    await sleep(60);
    await el.renderComplete;
    expect(tooltip() !== null, 'the tooltip once below it').to.equal(true);
    hovers.stop();
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
