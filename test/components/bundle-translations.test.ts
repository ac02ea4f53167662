// The single-file bundle loads a translation on first use, from a file beside it. /__test/slow-chunks/ serves
// dist/ with the translations 600 ms late (web-test-runner.config.mjs), so the tests see the element while its
// translation is on the way: laid out but hidden, never in English. Like bundle.test.ts, it imports nothing
// from src/: the element under test is the bundle's.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

const BUNDLE = '/__test/slow-chunks/event-timeline.bundle.min.js';
const DATA = '/seeds/iran-belarus-defense-deal.events.json';
type Timeline = HTMLElement & { renderComplete: Promise<void>; updateComplete: Promise<boolean>; locale: string | null };

/** An element, 1200 px wide, once its data is loaded and drawn (its translation may still be loading). */
async function mount(attrs: Record<string, string>): Promise<Timeline> {
  const el = document.createElement('event-timeline') as Timeline;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', DATA);
  const loaded = new Promise((r) => el.addEventListener('event-timeline-load', r, { once: true }));
  await fixture(html`<div style="width:1200px">${el}</div>`);
  await loaded;
  await el.updateComplete;
  return el;
}

const legendName = (el: Timeline) => el.shadowRoot!.querySelector('[part="legend"]')?.getAttribute('aria-label');
const rootOf = (el: Timeline) => el.shadowRoot!.querySelector('.root')!;

describe('the single-file bundle: translations loaded on first use', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  beforeEach(() => setViewport({ width: 1240, height: 900 }));

  it('keeps a Persian timeline hidden, laid out, until its translation is here, then draws it in Persian', async () => {
    const requested = () => performance.getEntriesByType('resource').filter((r) => r.name.includes('.fa.min.js'));
    expect(requested(), 'not loaded before a page needs it').to.have.length(0);
    const el = await mount({ locale: 'fa-IR', dir: 'rtl' });
    const root = rootOf(el);
    expect(root.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(root).visibility).to.equal('hidden');
    // Its data is drawn, in English, hidden: it keeps its place in the page, and the text after it hardly
    // moves when it appears in Persian.
    expect(el.shadowRoot!.querySelectorAll('svg.plot [part~="event"]').length).to.equal(13);
    const height = el.getBoundingClientRect().height;
    await el.renderComplete;
    expect(legendName(el)).to.equal('انواع رویداد');
    expect(root.getAttribute('aria-busy')).to.equal('false');
    expect(getComputedStyle(root).visibility).to.equal('visible');
    expect(el.getBoundingClientRect().height).to.be.closeTo(height, 40);
    expect(requested()).to.have.length(1);
    // A second Persian element has the translation at once.
    const second = await mount({ locale: 'fa' });
    expect(rootOf(second).getAttribute('aria-busy')).to.equal('false');
    expect(legendName(second)).to.equal('انواع رویداد');
    expect(requested(), 'loaded once').to.have.length(1);
  });

  it('switches language at run time: hidden only while the language it is in is loading', async () => {
    const el = await mount({ locale: 'en-GB' });
    await el.renderComplete;
    expect(legendName(el)).to.equal('Kinds of event');
    el.locale = 'ru-RU';
    await el.updateComplete;
    expect(rootOf(el).getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(rootOf(el)).visibility).to.equal('hidden');
    // Persian is here already (the test before loaded it): shown at once, while Russian is still on its way.
    el.locale = 'fa';
    await el.updateComplete;
    expect(rootOf(el).getAttribute('aria-busy')).to.equal('false');
    expect(legendName(el)).to.equal('انواع رویداد');
    el.locale = 'ru-RU';
    await el.updateComplete;
    expect(rootOf(el).getAttribute('aria-busy')).to.equal('true');
    await el.renderComplete;
    expect(rootOf(el).getAttribute('aria-busy')).to.equal('false');
    expect(legendName(el)).to.equal('Типы событий');
    expect(el.shadowRoot!.querySelector('[part="undated"] h2')!.textContent).to.equal('Без даты');
    // Back to English: nothing to load, no hidden frame.
    el.locale = 'en';
    await el.updateComplete;
    expect(rootOf(el).getAttribute('aria-busy')).to.equal('false');
    expect(legendName(el)).to.equal('Kinds of event');
  });
});
