// The single-file bundle on a page that copied it alone, without the files it loads on first use (the story's,
// the table's and the translations): /__test/no-chunks/ serves dist/ with those missing (web-test-runner.config.mjs).
// The element still draws what it can, says what is missing, and tries the table again when asked. Like
// bundle.test.ts, it imports nothing from src/: the element under test is the bundle's.
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';

const BUNDLE = '/__test/no-chunks/event-timeline.bundle.min.js';
const DATA = '/seeds/iran-belarus-defense-deal.events.json';
type Timeline = HTMLElement & { renderComplete: Promise<void>; orientation: string };
type Failure = Event & { detail: { message: string; cause: unknown } };

/** An element with `attrs` in a box `width` px wide, and the messages of the errors it fires. */
async function mount(width: number, attrs: Record<string, string>): Promise<{ el: Timeline; errors: string[] }> {
  const el = document.createElement('event-timeline') as Timeline;
  const errors: string[] = [];
  el.addEventListener('event-timeline-error', (e) => errors.push((e as Failure).detail.message));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await fixture(html`<div style=${`width:${width}px`}>${el}</div>`);
  await el.renderComplete;
  return { el, errors };
}

const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('the single-file bundle without the files it loads on first use', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  beforeEach(() => setViewport({ width: 1240, height: 900 }));

  it("draws a vertical timeline horizontally when the story's code is missing, and says why", async () => {
    const { el, errors } = await mount(600, { orientation: 'vertical', src: DATA });
    const root = el.shadowRoot!;
    expect(root.querySelector('.story'), 'no empty story').to.equal(null);
    expect(root.querySelectorAll('svg.plot [part~="event"]').length, 'every dated event, as marks').to.equal(13);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/vertical story .*could not be loaded/);
    // What the page asked for is kept.
    expect(el.getAttribute('orientation')).to.equal('vertical');
  });

  it('shows a message where the table would be when its code is missing, and reports each press that fails', async () => {
    const { el, errors } = await mount(1200, { src: DATA });
    const root = el.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('button[data-rove="table"]')!;
    expect(errors).to.have.length(0);
    await sendMouse({ type: 'click', position: centre(button) });
    await el.renderComplete;
    const message = root.querySelector('[part="state"][role="alert"]');
    expect(message?.textContent).to.equal('The table could not be loaded.');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Beside the plot and the toolbar, not over them.
    const [x, y] = centre(button);
    expect(root.elementFromPoint(x, y)).to.equal(button);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/table could not be loaded/);
    // The next press asks again, and fails again (Chromium answers a failed module from its module map).
    await sendMouse({ type: 'click', position: centre(button) });
    await el.renderComplete;
    expect(errors).to.have.length(2);
    expect(root.querySelectorAll('[part="state"][role="alert"]')).to.have.length(1);
    // The plot is untouched.
    expect(root.querySelectorAll('svg.plot [part~="event"]').length).to.equal(13);
  });

  it('draws a Persian timeline in English when the translation is missing, says so once, and keeps the calendar', async () => {
    const { el, errors } = await mount(1200, { locale: 'fa-IR', dir: 'rtl', src: DATA });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="legend"]')!.getAttribute('aria-label')).to.equal('Kinds of event');
    // Shown, not left hidden as while the translation was loading.
    const rootBox = root.querySelector('.root')!;
    expect(rootBox.getAttribute('aria-busy')).to.equal('false');
    expect(getComputedStyle(rootBox).visibility).to.equal('visible');
    expect(root.querySelectorAll('svg.plot [part~="event"]').length).to.equal(13);
    // The dates are still the locale's: Solar Hijri years in Persian digits (1402 is 2023–24).
    const ticks = [...root.querySelectorAll('[part="tick-label"]')].map((t) => t.textContent).join(' ');
    expect(ticks).to.match(/[۰-۹]/);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/Persian translation \(shown in English instead\) could not be loaded/);
    // Drawn again (a zoom), it does not ask again.
    (el as Timeline & { zoomTo(a: string, b: string): void }).zoomTo('2023-06-01', '2023-08-15');
    await el.renderComplete;
    expect(errors).to.have.length(1);
  });
});
