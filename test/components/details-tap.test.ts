// Details where you tap (issue 15), in the demo's article page (paragraphs above and
// below the element), with real input: on a 390×844 phone, a tap opens the details as
// a sheet at the bottom of the viewport with the source quote in view, no tooltip,
// focus in the sheet; Escape, the close button or a swipe down close it and focus goes
// back to the mark. Wide, the details stay a panel beside the plot. All of this is the
// horizontal layout (orientation="horizontal"; on a phone, `auto` draws the vertical
// story, whose details open in place: story.test.ts).
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import { centre, record, sleep } from './helpers.js';

const MOU = 'iran-belarus-defense-mou';
type Point = [number, number];
/** A finger down and up at one point, through Chromium's touch input (CDP). */
const tap = ([x, y]: Point) => executeServerCommand('touch', { fingers: [{ from: [x, y], to: [x, y] }], steps: 1 });
const swipe = (from: Point, to: Point) => executeServerCommand('touch', { fingers: [{ from, to }], steps: 10 });

let page: HTMLElement;

/** The demo's article page (`maxWidth` px wide) drawing the seed dataset, the plot's top 120 px below the viewport's. */
async function articlePage(maxWidth = 720): Promise<EventTimeline> {
  const html = await (await fetch('/demo/article.html')).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  page = document.importNode(doc.querySelector('main')!, true);
  page.style.cssText = `max-width:${maxWidth}px;margin:0 auto;font:16px/1.6 sans-serif`;
  const el = page.querySelector('event-timeline')!;
  el.setAttribute('src', '/seeds/iran-belarus-defense-deal.events.json');
  el.setAttribute('orientation', 'horizontal');
  document.body.append(page);
  await el.renderComplete;
  window.scrollTo(0, window.scrollY + plot(el).getBoundingClientRect().top - 120);
  await sleep(50);
  return el;
}

const root = (el: EventTimeline) => el.shadowRoot!;
const plot = (el: EventTimeline) => root(el).querySelector('svg.plot')!;
const mark = (el: EventTimeline, id = MOU) => root(el).querySelector<SVGGElement>(`svg.plot [data-event-id="${id}"]`)!;
const details = (el: EventTimeline) => root(el).querySelector<HTMLElement>('[part="details"]');
const focusedId = (el: EventTimeline) => root(el).activeElement?.getAttribute('data-event-id') ?? null;

/** Whether `node` lies wholly inside the visual viewport. */
function inViewport(node: Element): boolean {
  const r = node.getBoundingClientRect();
  const vv = window.visualViewport;
  const height = vv ? vv.height : window.innerHeight;
  const top = vv ? vv.offsetTop : 0;
  return r.height > 0 && r.top >= top - 1 && r.bottom <= top + height + 1 && r.left >= -1 && r.right <= window.innerWidth + 1;
}

/** Waits (a smooth scroll takes a few hundred ms) until `test` holds, or `ms` passed. */
async function until(test: () => boolean, ms = 2000): Promise<void> {
  for (const t0 = performance.now(); !test() && performance.now() - t0 < ms; ) await sleep(50);
}

/** Taps the MoU's symbol, and waits for the details. */
async function tapMou(el: EventTimeline): Promise<void> {
  const symbol = mark(el).querySelector('.symbol')!;
  await tap(centre(symbol));
  await until(() => !!details(el));
  await el.renderComplete;
}

/** A tap that lands on a link must not navigate the test page away (the run would end without a report). */
const stayOnPage = (e: Event) => {
  if (e.composedPath().some((n) => n instanceof HTMLAnchorElement)) e.preventDefault();
};

describe('<event-timeline> details where you tap', () => {
  before(() => document.addEventListener('click', stayOnPage, true));
  after(() => document.removeEventListener('click', stayOnPage, true));
  afterEach(async () => {
    page?.remove();
    window.scrollTo(0, 0);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('at 390×844, by touch', () => {
    beforeEach(() => setViewport({ width: 390, height: 844 }));

    it('a tap brings the source quote into the viewport, in a sheet that holds focus, and shows no tooltip', async () => {
      const el = await articlePage();
      const selects = record(el, 'event-timeline-select');
      const y0 = window.scrollY;
      await tapMou(el);
      expect(el.selected).to.equal(MOU);
      expect(selects.events.map((e) => e.detail.id)).to.deep.equal([MOU]);
      const panel = details(el)!;
      const quote = panel.querySelector('[part="source-quote"]')!;
      expect(quote.textContent).to.include('signed a defense agreement on 31 July');
      await until(() => inViewport(quote));
      expect(inViewport(quote), `the quote at ${JSON.stringify(quote.getBoundingClientRect())}`).to.equal(true);
      expect(inViewport(panel.querySelector('#details-heading')!), 'the title too').to.equal(true);
      // A sheet over the plot: the page did not jump away from the timeline.
      expect(panel.getAttribute('role')).to.equal('dialog');
      expect(panel.hasAttribute('aria-modal'), 'non-modal: the page stays usable').to.equal(false);
      expect(getComputedStyle(panel).position).to.equal('sticky');
      expect(Math.abs(window.scrollY - y0), 'the page stays on the timeline').to.be.lessThan(40);
      expect(panel.getBoundingClientRect().height).to.be.at.most(844 * 0.6 + 1);
      expect(root(el).activeElement === panel, 'focus moved into the sheet').to.equal(true);
      expect(root(el).querySelector('[part="tooltip"]') === null, 'a tap shows no tooltip').to.equal(true);
      await sleep(300);
      await el.renderComplete;
      expect(root(el).querySelector('[part="tooltip"]') === null, 'nor a moment later').to.equal(true);
      selects.stop();
    });

    it('Escape closes the sheet and focus returns to the mark, with no tooltip after a tap', async () => {
      const el = await articlePage();
      await tapMou(el);
      expect(root(el).activeElement === details(el), 'focus in the sheet').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.renderComplete;
      expect(details(el) === null, 'the details closed').to.equal(true);
      expect(el.selected).to.equal(null);
      expect(focusedId(el)).to.equal(MOU);
    });

    it('the close button closes the sheet and focus returns to the mark, with no tooltip', async () => {
      const el = await articlePage();
      await tapMou(el);
      const close = details(el)!.querySelector<HTMLButtonElement>('button.close')!;
      await until(() => inViewport(close));
      await tap(centre(close));
      await until(() => !details(el));
      await el.renderComplete;
      expect(details(el) === null, 'the details closed').to.equal(true);
      expect(focusedId(el)).to.equal(MOU);
      expect(root(el).querySelector('[part="tooltip"]') === null, 'focus given back by a tap shows no tooltip').to.equal(true);
    });

    it('a swipe down on the grip closes the sheet; a short one does not', async () => {
      const el = await articlePage();
      await tapMou(el);
      const grip = details(el)!.querySelector('.grip')!;
      await until(() => inViewport(grip));
      const [x, y] = centre(grip);
      await swipe([x, y], [x, y + 20]);
      await sleep(100);
      await el.renderComplete;
      expect(el.selected, 'a short swipe leaves it open').to.equal(MOU);
      expect(details(el)!.style.transform).to.equal('');
      await swipe([x, y], [x, y + 200]);
      await until(() => !details(el));
      expect(details(el) === null, 'the details closed').to.equal(true);
      expect(el.selected).to.equal(null);
      expect(focusedId(el)).to.equal(MOU);
    });

    it('tapping another event while the sheet is open shows that event in it', async () => {
      const el = await articlePage();
      await tapMou(el);
      const bolivia = mark(el, 'iran-bolivia-defense-deal').querySelector('.symbol')!;
      expect(inViewport(bolivia), 'the other mark is above the sheet').to.equal(true);
      await tap(centre(bolivia));
      await until(() => el.selected === 'iran-bolivia-defense-deal');
      await el.renderComplete;
      expect(details(el)!.querySelector('h2')!.textContent).to.equal('Iran and Bolivia sign a defense deal');
      expect(root(el).activeElement === details(el), 'focus in the sheet').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.renderComplete;
      expect(focusedId(el)).to.equal('iran-bolivia-defense-deal');
    });

    it('with reduced motion the quote is in view at once', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await articlePage();
      await tapMou(el);
      await new Promise(requestAnimationFrame);
      expect(inViewport(details(el)!.querySelector('[part="source-quote"]')!)).to.equal(true);
    });

    it('axe: no violations with the sheet open, in light and dark', async () => {
      const el = await articlePage();
      await tapMou(el);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await el.renderComplete;
      await expect(el).to.be.accessible();
    });

    it('a selection from code neither scrolls the page nor takes focus', async () => {
      const el = await articlePage();
      const y0 = window.scrollY;
      el.select(MOU);
      await el.renderComplete;
      await sleep(400);
      expect(details(el) !== null, 'the details open').to.equal(true);
      expect(window.scrollY).to.equal(y0);
      expect(root(el).activeElement === null, 'focus not taken').to.equal(true);
    });
  });

  describe('at 1280×800, by mouse', () => {
    beforeEach(() => setViewport({ width: 1280, height: 800 }));

    it('a click opens the details beside a wide plot, a panel, not a sheet; the tooltip hides', async () => {
      const el = await articlePage(1200);
      el.zoomTo('2023-07-01', '2023-08-10');
      await el.renderComplete;
      const at = centre(mark(el).querySelector('.symbol')!);
      await sendMouse({ type: 'move', position: at });
      await el.renderComplete;
      expect(root(el).querySelector('[part="tooltip"]') !== null, 'a mouse over a mark shows the tooltip').to.equal(true);
      const y0 = window.scrollY;
      await sendMouse({ type: 'click', position: at });
      await el.renderComplete;
      const panel = details(el)!;
      expect(panel.getAttribute('role')).to.equal('complementary');
      expect(getComputedStyle(panel).position).to.equal('relative');
      expect(panel.getBoundingClientRect().left, 'beside the plot').to.be.greaterThan(plot(el).getBoundingClientRect().right);
      expect(root(el).querySelector('[part="tooltip"]') === null, 'the tooltip hides when details open').to.equal(true);
      expect(focusedId(el), 'focus stays on the mark').to.equal(MOU);
      await sleep(400);
      expect(inViewport(panel.querySelector('[part="source-quote"]')!)).to.equal(true);
      expect(window.scrollY, 'already in view: the page stays').to.equal(y0);
      await sendMouse({ type: 'move', position: [2, 2] });
    });

    it('Enter on a focused mark opens the details and hides its tooltip; focus stays on the mark', async () => {
      const el = await articlePage(1200);
      el.zoomTo('2023-07-01', '2023-08-10');
      await el.renderComplete;
      mark(el).focus();
      await el.renderComplete;
      const tip = () => root(el).querySelector('[part="tooltip"]');
      expect(tip() !== null, 'focus shows the tooltip').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.renderComplete;
      expect(el.selected).to.equal(MOU);
      expect(tip() === null, 'the tooltip hides when details open').to.equal(true);
      expect(focusedId(el)).to.equal(MOU);
      await sendKeys({ press: 'ArrowRight' });
      await el.renderComplete;
      expect(tip() !== null, 'moving on shows the next tooltip').to.equal(true);
    });

    it('in a 720 px column the panel stays below the plot, and the page scrolls its quote into view', async () => {
      const el = await articlePage(720);
      const y0 = window.scrollY;
      await sendMouse({ type: 'click', position: centre(mark(el).querySelector('.symbol')!) });
      await el.renderComplete;
      const panel = details(el)!;
      expect(panel.getAttribute('role')).to.equal('complementary');
      expect(panel.getBoundingClientRect().top, 'below the plot').to.be.greaterThan(plot(el).getBoundingClientRect().bottom);
      const quote = panel.querySelector('[part="source-quote"]')!;
      await until(() => inViewport(quote));
      expect(inViewport(quote)).to.equal(true);
      expect(window.scrollY).to.be.greaterThan(y0);
      expect(focusedId(el), 'focus stays on the mark').to.equal(MOU);
      await sendMouse({ type: 'move', position: [2, 2] });
    });
  });
});
