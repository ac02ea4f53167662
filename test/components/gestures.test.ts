// Cooperative gestures in a real article page (demo/article.html: paragraphs
// above and below the element): the page keeps the plain wheel and vertical
// swipes; Ctrl + wheel zooms, Shift + wheel and a sideways swipe pan.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import { articlePageOf, record, sleep } from './helpers.js';

type Finger = { from: [number, number]; to: [number, number] };
const wheel = (x: number, y: number, delta: { deltaX?: number; deltaY?: number }, modifiers: string[] = []) =>
  executeServerCommand('wheel', { x, y, ...delta, modifiers });
const touch = (fingers: Finger[], steps = 12) => executeServerCommand('touch', { fingers, steps });
const span = (el: EventTimeline) => +el.getWindow().end - +el.getWindow().start;

let page: HTMLElement;

/** The demo's article page, its element drawing the seed dataset; the page scrolled so the plot is in view. */
async function articlePage(attrs: Record<string, string> = {}): Promise<EventTimeline> {
  const made = await articlePageOf(attrs);
  page = made.page;
  const el = made.el;
  document.body.append(page);
  await el.renderComplete;
  const plot = el.shadowRoot!.querySelector('svg.plot, .story')!;
  window.scrollTo(0, window.scrollY + plot.getBoundingClientRect().top - 200);
  await sleep(50);
  return el;
}

/** A point in empty plot space (between marks), in viewport px. */
function plotPoint(el: EventTimeline): [number, number] {
  const r = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
  return [Math.round(r.left + r.width * 0.3), Math.round(r.top + 20)];
}

describe('<event-timeline> gestures in an article page', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => {
    page?.remove();
    window.scrollTo(0, 0);
  });

  it('a plain wheel over the plot scrolls the page, leaves the window, and shows how to zoom', async () => {
    const el = await articlePage();
    const before = el.getWindow();
    const changes = record(el, 'event-timeline-window-change');
    const y0 = window.scrollY;
    const [x, y] = plotPoint(el);
    await wheel(x, y, { deltaY: 300 });
    await sleep(300);
    await el.renderComplete;
    expect(window.scrollY, 'the page scrolled').to.be.greaterThan(y0 + 100);
    expect(+el.getWindow().start).to.equal(+before.start);
    expect(+el.getWindow().end).to.equal(+before.end);
    expect(changes.events).to.have.length(0);
    const hint = el.shadowRoot!.querySelector('[part="gesture-hint"]')!;
    expect(hint.classList.contains('shown')).to.equal(true);
    expect(hint.textContent).to.match(/(Ctrl|⌘) \+ scroll to zoom/);
    await sleep(1700);
    await el.renderComplete;
    expect(hint.classList.contains('shown'), 'the hint fades').to.equal(false);
    changes.stop();
  });

  it('Ctrl + wheel zooms around the pointer, once per gesture, and the page stays', async () => {
    // Linear time, so that the zoom factor is the ratio of spans of real time (breaks keep their width).
    const el = await articlePage({ gaps: 'linear' });
    const before = span(el);
    const changes = record(el, 'event-timeline-window-change');
    const y0 = window.scrollY;
    const [x, y] = plotPoint(el);
    await executeServerCommand('wheel', { x, y, deltaY: -100, repeat: 3, modifiers: ['Control'] });
    await sleep(400);
    await el.renderComplete;
    expect(window.scrollY).to.equal(y0);
    // A mouse notch zooms by 2^0.2 (d3's step, without the tenfold boost meant for a pinch).
    expect(before / span(el)).to.be.closeTo(2 ** 0.6, 0.05);
    expect(changes.events).to.have.length(1);
    changes.stop();
  });

  it('Shift + wheel and a sideways wheel pan without zooming, and the page stays', async () => {
    const el = await articlePage({ gaps: 'linear' });
    const before = el.getWindow();
    const changes = record(el, 'event-timeline-window-change');
    const y0 = window.scrollY;
    const [x, y] = plotPoint(el);
    await wheel(x, y, { deltaY: 200 }, ['Shift']);
    await sleep(300);
    await el.renderComplete;
    const after = el.getWindow();
    expect(window.scrollY).to.equal(y0);
    expect(span(el)).to.be.closeTo(+before.end - +before.start, 1);
    expect(+after.start, 'wheel down pans toward later times').to.be.greaterThan(+before.start);
    await wheel(x, y, { deltaX: -200 });
    await sleep(300);
    await el.renderComplete;
    expect(+el.getWindow().start).to.be.lessThan(+after.start);
    expect(changes.events, 'one change per wheel gesture').to.have.length(2);
    changes.stop();
  });

  it('greedy: a plain wheel zooms and the page stays', async () => {
    const el = await articlePage({ gestures: 'greedy' });
    const before = span(el);
    const y0 = window.scrollY;
    const [x, y] = plotPoint(el);
    await wheel(x, y, { deltaY: -300 });
    await sleep(300);
    await el.renderComplete;
    expect(window.scrollY).to.equal(y0);
    expect(span(el)).to.be.lessThan(before);
  });

  /** Resolves once the page has not scrolled for 250 ms (a touch fling has ended). */
  async function scrollSettled(): Promise<void> {
    for (let last = NaN, still = 0; still < 5; ) {
      await sleep(50);
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
  }

  it('vertical: two fingers on the story pinch it (a longer axis), report once, and the page does not zoom', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await articlePage({ orientation: 'vertical' });
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    window.scrollTo(0, window.scrollY + story.getBoundingClientRect().top + 300);
    await sleep(250);
    await el.renderComplete;
    let changes = 0;
    el.addEventListener('event-timeline-window-change', () => changes++);
    const h1 = story.offsetHeight;
    const box = story.getBoundingClientRect();
    const cx = Math.round(box.left + box.width / 2);
    await touch([
      { from: [cx - 20, 380], to: [cx - 20, 300] },
      { from: [cx + 20, 420], to: [cx + 20, 560] },
    ]);
    await sleep(250);
    await el.renderComplete;
    expect(story.offsetHeight, 'a pinch lengthens the axis').to.be.greaterThan(h1 * 1.5);
    expect(window.visualViewport?.scale ?? 1, 'the page did not zoom').to.equal(1);
    expect(changes, 'the pinch reports once, when it ends').to.equal(1);
  });

  it('a vertical swipe over the plot scrolls the page; a sideways one pans; two fingers pinch', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await articlePage({ orientation: 'horizontal' });
    const r = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    const scrolled = () => window.scrollY + (window.visualViewport?.offsetTop ?? 0);
    // First, on a paragraph: this is what a page scroll by touch looks like here.
    const para = page.querySelector('p:last-of-type')!.getBoundingClientRect();
    let y0 = scrolled();
    await touch([{ from: [Math.round(para.left + 20), Math.round(para.top + 10)], to: [Math.round(para.left + 20), Math.round(para.top - 190)] }]);
    await sleep(300);
    expect(scrolled(), 'a swipe on a paragraph scrolls').to.be.greaterThan(y0 + 50);
    const yPlot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().top + 60;
    const before = el.getWindow();
    y0 = scrolled();
    await touch([{ from: [x, Math.round(yPlot)], to: [x, Math.round(yPlot) - 200] }]);
    await sleep(300);
    await el.renderComplete;
    expect(scrolled(), 'a swipe on the plot scrolls the page too').to.be.greaterThan(y0 + 50);
    expect(span(el)).to.be.closeTo(+before.end - +before.start, 1);
    // The swipe may fling the plot out of view: let the fling end (on a busy machine it can outlast a fixed
    // sleep), then bring the plot back before the next gesture.
    await scrollSettled();
    window.scrollTo(0, window.scrollY + el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().top - 200);
    await scrollSettled();
    const top = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().top + 40;
    const y1 = scrolled();
    const start = +el.getWindow().start;
    await touch([{ from: [x + 100, Math.round(top)], to: [x - 60, Math.round(top)] }]);
    await sleep(300);
    await el.renderComplete;
    expect(+el.getWindow().start, 'a sideways swipe pans toward later times').to.be.greaterThan(start);
    expect(Math.abs(scrolled() - y1)).to.be.lessThan(5);
    const wide = span(el);
    await touch([
      { from: [x - 30, Math.round(top)], to: [x - 120, Math.round(top)] },
      { from: [x + 30, Math.round(top)], to: [x + 120, Math.round(top)] },
    ]);
    await sleep(300);
    await el.renderComplete;
    expect(span(el), 'spreading two fingers zooms in').to.be.lessThan(wide * 0.6);
  });
});
