// The single-file bundle as a page would load it (built by `npm run build`,
// which `npm test` runs first). It replaces d3-transition and d3-interpolate
// with stand-ins (build/*-shim.js): this proves wheel, drag and keyboard still
// work in it. Deliberately imports nothing from src/, so the element under
// test is the bundle's.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';

const BUNDLE = '/dist/event-timeline.bundle.min.js';
type Timeline = HTMLElement & { gaps: string; renderComplete: Promise<void>; getWindow(): { start: Date; end: Date }; zoomTo(a: string, b: string): void };

describe('the single-file bundle', () => {
  let el: Timeline;

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
    // Loading it a second time must not throw: the element registers once.
    await import(/* @vite-ignore */ `${BUNDLE}?again`);
  });

  beforeEach(async () => {
    await setViewport({ width: 1240, height: 900 });
    const wrapper = await fixture(html`<div style="width:1200px"><event-timeline gestures="greedy" src="/seeds/iran-belarus-defense-deal.events.json"></event-timeline></div>`);
    el = wrapper.querySelector('event-timeline') as Timeline;
    await el.renderComplete;
  });

  it('defines <event-timeline> and draws the article', () => {
    expect(customElements.get('event-timeline')).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('svg.plot [part~="event"]').length).to.equal(13);
  });

  it('zooms on a real wheel, pans on a real drag, and zooms from the keyboard', async () => {
    // Linear time: `+` then halves the span of real time (with compressed gaps it halves the drawn span).
    el.gaps = 'linear';
    await el.renderComplete;
    const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    const span = () => +el.getWindow().end - +el.getWindow().start;
    const before = span();
    await executeServerCommand('wheel', { x: plot.left + 600, y: plot.top + 100, deltaY: -300 });
    await new Promise((r) => setTimeout(r, 300));
    await el.renderComplete;
    expect(span()).to.be.lessThan(before);
    const start = +el.getWindow().start;
    await executeServerCommand('drag', { from: [plot.left + 400, plot.top + 40], to: [plot.left + 600, plot.top + 40] });
    await el.renderComplete;
    expect(+el.getWindow().start).to.be.lessThan(start);
    el.shadowRoot!.querySelector<SVGElement>('svg.plot [tabindex="0"]')!.focus();
    const zoomed = span();
    await sendKeys({ press: '+' });
    await el.renderComplete;
    expect(span()).to.be.closeTo(zoomed / 2, zoomed * 0.01);
    el.zoomTo('2023-07-01', '2023-07-31');
    await el.renderComplete;
    expect(el.getWindow().start.toISOString()).to.equal('2023-07-01T00:00:00.000Z');
  });
});
