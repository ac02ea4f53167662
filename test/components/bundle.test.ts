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

  it('leaves no stray nodes behind when zooms take marks, labels and ticks away (lit/lit#5298)', async () => {
    // Empty comments are the markers `repeat` puts around each item it draws: two per mark, label or tick.
    const markers = () => {
      const walk = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_COMMENT);
      let n = 0;
      while (walk.nextNode()) if ((walk.currentNode as Comment).data === '') n++;
      return n;
    };
    const drawn = () => el.shadowRoot!.querySelectorAll('svg.plot [part~="event"]').length;
    const windows = [['2022-01-01', '2023-12-31'], ['2023-07-20', '2023-08-05'], ['2023-07-01', '2023-07-31']] as const;
    el.zoomTo(...windows[0]);
    await el.renderComplete;
    const [before, marks] = [markers(), drawn()];
    const seen = new Set<number>();
    for (let i = 0; i < 10; i++) {
      for (const w of windows.slice(1)) {
        el.zoomTo(w[0], w[1]);
        await el.renderComplete;
        seen.add(drawn());
      }
      el.zoomTo(...windows[0]);
      await el.renderComplete;
    }
    expect([...seen].some((n) => n < marks), 'the narrower windows drew fewer marks').to.equal(true);
    expect(drawn()).to.equal(marks);
    expect(markers()).to.equal(before);
  });
});
