// <event-timeline-article> as it ships: its file (built by `npm run build`), which imports the single-file bundle
// beside it, on a page with the seed article. Imports nothing from src/ but types.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { EventTimelineArticle } from '../../src/components/event-timeline-article/event-timeline-article.component.js';
import type { RawDataset } from '../../src/data/types.js';

const BUNDLES = ['/dist/event-timeline-article.min.js'];
const DATASET_URL = '/seeds/iran-belarus-defense-deal.events.json';
const TEXT_URL = '/seeds/iran-belarus-defense-deal.txt';
type Timeline = HTMLElement & { renderComplete: Promise<void>; selected: string | null; select(id: string | null): void };

const stops = (a: EventTimelineArticle) => [...a.shadowRoot!.querySelectorAll<HTMLButtonElement>("button[part~='event']")];
const marks = (a: EventTimelineArticle, part: string) => [...a.shadowRoot!.querySelectorAll<HTMLElement>(`mark[part~='${part}']`)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const centre = (n: Element): [number, number] => {
  const r = n.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

async function settled(a: EventTimelineArticle, t?: Timeline) {
  await t?.renderComplete;
  for (let i = 0; i < 50 && a.shadowRoot!.querySelector("[part~='state']")?.textContent?.includes('Loading'); i++) {
    await sleep(20);
  }
  await a.renderComplete;
}

/** The seed timeline and its article, linked; the article's text comes from the dataset's `source.file`. */
async function mountLinked(articleHeight = '300px') {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <p>Text above.</p>
    <event-timeline id="t" src=${DATASET_URL} style="width: 700px"></event-timeline>
    <event-timeline-article for="t" style="height: ${articleHeight}; width: 500px"></event-timeline-article>
    <p style="height: 1500px">Text below.</p>
  </div>`);
  const t = wrapper.querySelector<Timeline>('event-timeline')!;
  const a = wrapper.querySelector<EventTimelineArticle>('event-timeline-article')!;
  await settled(a, t);
  for (let i = 0; i < 50 && !stops(a).length; i++) await sleep(20);
  await a.renderComplete;
  return { t, a };
}

describe('<event-timeline-article> (the shipped bundles)', () => {
  let data: RawDataset;
  let text: string;

  before(async () => {
    for (const bundle of BUNDLES) await import(/* @vite-ignore */ bundle);
    data = (await (await fetch(DATASET_URL)).json()) as RawDataset;
    text = await (await fetch(TEXT_URL)).text();
  });

  beforeEach(async () => {
    await setViewport({ width: 1240, height: 800 });
  });

  it('shows the seed article, paragraph by paragraph, with every quote and the date words of each event', async () => {
    const { a } = await mountLinked();
    const paras = [...a.shadowRoot!.querySelectorAll('p[dir]')].map((p) => {
      const c = p.cloneNode(true) as Element;
      c.querySelectorAll('button').forEach((b) => b.remove());
      return c.textContent;
    });
    const expected = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    expect(paras).to.deep.equal(expected);
    const withQuotes = data.events.filter((e) => e.source?.quote);
    expect(a.missed).to.deep.equal([]);
    expect(stops(a).map((b) => b.dataset.eventId).sort()).to.deep.equal(withQuotes.map((e) => e.id).sort());
    // Each event's stop stands where its quote begins: the text after it starts with the quote.
    for (const b of stops(a)) {
      const e = withQuotes.find((x) => x.id === b.dataset.eventId)!;
      const after = document.createRange();
      after.setStartAfter(b);
      after.setEnd(b.parentElement!, b.parentElement!.childNodes.length);
      expect(after.toString().trimStart().startsWith(e.source!.quote.slice(0, 30)), e.id).to.equal(true);
    }
    // Date words: each event whose quote holds its dateText has it marked, and marked with the event's id.
    const dated = withQuotes.filter((e) => e.dateText && e.source!.quote.toLowerCase().includes(e.dateText.toLowerCase()));
    // A mention cut by another highlight is several marks; where two overlap, the inner one's event is named;
    // words that date two events (one "Last month" for two) name the first.
    const at = (e: (typeof dated)[number]) =>
      e.source!.start! + e.source!.quote.toLowerCase().indexOf(e.dateText!.toLowerCase());
    for (const e of dated.filter((x, i) => dated.findIndex((y) => at(y) === at(x)) === i)) {
      const words = marks(a, 'mention').filter((m) => m.dataset.eventId === e.id).map((m) => m.textContent).join('');
      expect(words.length, e.id).to.be.greaterThan(0);
      expect(e.dateText!.toLowerCase().startsWith(words.toLowerCase()), `${e.id}: ${words}`).to.equal(true);
    }
    expect(marks(a, 'mention').find((m) => m.dataset.eventId === 'iran-belarus-defense-mou')!.textContent).to.equal('on 31 July');
  });

  it('Tab reaches every event in reading order, each named with its title and date words; Enter selects it in the timeline', async () => {
    const { t, a } = await mountLinked('2400px');
    const quoteStart = new Map(data.events.map((e) => [e.id, e.source?.start ?? -1]));
    const order = stops(a).map((b) => b.dataset.eventId!);
    expect(order.map((id) => quoteStart.get(id))).to.deep.equal([...order.map((id) => quoteStart.get(id)!)].sort((x, y) => x - y));
    const before = document.createElement('button');
    a.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push((a.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId ?? '(left the article)');
    }
    expect(reached).to.deep.equal(order);
    const last = stops(a).at(-1)!;
    const id = last.dataset.eventId!;
    const e = data.events.find((x) => x.id === id)!;
    expect(last.getAttribute('aria-label')).to.equal(`${e.title} (${e.dateText ?? e.date}): show in the timeline`);
    const fired: string[] = [];
    const timelineFired: unknown[] = [];
    a.addEventListener('event-timeline-article-select', (ev) => fired.push(ev.detail.id));
    t.addEventListener('event-timeline-select', (ev) => timelineFired.push(ev));
    await sendKeys({ press: 'Enter' });
    await t.renderComplete;
    await a.renderComplete;
    expect(fired).to.deep.equal([id]);
    expect(timelineFired).to.deep.equal([]);
    expect(t.selected).to.equal(id);
    expect(a.selected).to.equal(id);
    expect(last.getAttribute('aria-current')).to.equal('true');
    expect(marks(a, 'selected').length).to.be.greaterThan(0);
    before.remove();
  });

  it("a click on an event's words selects the innermost event there", async () => {
    const { t, a } = await mountLinked('2400px');
    // "last week" sits in Bolivia's deal, inside Kirby's longer quote: the words date the deal.
    const words = marks(a, 'mention').find((m) => m.textContent === 'last week')!;
    words.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(words) });
    await t.renderComplete;
    expect(t.selected).to.equal('iran-bolivia-defense-deal');
    // Words of Kirby's quote outside the deal's: Kirby's statement.
    const kirby = marks(a, 'quote').find((m) => m.textContent!.includes('John Kirby'))!;
    expect(kirby.dataset.eventId).to.equal('kirby-voa-concern');
    kirby.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(kirby) });
    await t.renderComplete;
    expect(t.selected).to.equal('kirby-voa-concern');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('selecting in the timeline scrolls the article, not the page, to the quote and highlights it', async () => {
    const { t, a } = await mountLinked('240px');
    window.scrollTo(0, 0);
    const y = window.scrollY;
    expect(a.scrollTop).to.equal(0);
    t.select('morales-condemns-us');
    await t.renderComplete;
    await sleep(50);
    await a.renderComplete;
    expect(a.selected).to.equal('morales-condemns-us');
    for (let i = 0; i < 60 && a.scrollTop === 0; i++) await sleep(20);
    await sleep(600); // smooth scrolling ends
    expect(a.scrollTop).to.be.greaterThan(0);
    expect(window.scrollY).to.equal(y);
    const stop = stops(a).find((b) => b.dataset.eventId === 'morales-condemns-us')!;
    const [box, at] = [a.getBoundingClientRect(), stop.getBoundingClientRect()];
    expect(at.top).to.be.within(box.top, box.bottom - at.height);
    const selected = marks(a, 'selected').filter((m) => m.matches("[part~='quote']"));
    expect(selected.map((m) => m.textContent).join('')).to.contain('former Bolivian president Evo Morales');
    t.select(null);
    await t.renderComplete;
    await sleep(50);
    expect(a.selected).to.equal(null);
    expect(marks(a, 'selected')).to.deep.equal([]);
  });

  it('never renders the text as HTML', async () => {
    const hostile = 'A <img src=x onerror="window.__pwned=1"> and <b>bold</b> &amp; <script>window.__pwned=2</script>.';
    const a = await fixture<EventTimelineArticle>(html`<event-timeline-article .text=${hostile}></event-timeline-article>`);
    await a.renderComplete;
    await sleep(50);
    const root = a.shadowRoot!;
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect(root.querySelector('p[dir]')!.textContent).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reads `src` as plain text, says when it cannot, and `text` wins', async () => {
    const a = await fixture<EventTimelineArticle>(html`<event-timeline-article src="/no/such/article.txt"></event-timeline-article>`);
    await a.renderComplete;
    const state = a.shadowRoot!.querySelector("[part='state']")!;
    expect(state.getAttribute('role')).to.equal('status');
    expect(state.textContent).to.match(/^The article could not be loaded: HTTP 404/);
    a.src = TEXT_URL;
    await sleep(0);
    await a.renderComplete;
    expect(a.shadowRoot!.querySelector("[part='state']")).to.equal(null);
    expect(a.shadowRoot!.querySelector('p[dir]')!.textContent).to.equal('Iran inks defense deal with Russia ally Belarus');
    a.text = 'One.\n\nTwo.';
    await a.renderComplete;
    expect([...a.shadowRoot!.querySelectorAll('p[dir]')].map((p) => p.textContent)).to.deep.equal(['One.', 'Two.']);
  });

  it('highlights given date mentions (e.g. from findDates) and reports quotes not in the text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <event-timeline id="t2" style="width: 600px"></event-timeline>
      <event-timeline-article for="t2"></event-timeline-article>
    </div>`);
    const t = wrapper.querySelector<Timeline & { events: unknown }>('event-timeline')!;
    const a = wrapper.querySelector<EventTimelineArticle>('event-timeline-article')!;
    const body = 'They met on Friday. Later, a deal.';
    a.text = body;
    const at = (w: string) => ({ start: body.indexOf(w), end: body.indexOf(w) + w.length });
    a.mentions = [at('Friday'), at('Later')];
    t.events = {
      events: [
        { id: 'met', title: 'They met', date: '2023-07-28', source: { quote: 'They met on Friday.', start: 0, end: 19 } },
        { id: 'lost', title: 'Lost', date: '2023-07-29', source: { quote: 'nowhere in it', start: 0, end: 13 } },
      ],
    };
    await t.renderComplete;
    await sleep(50);
    await a.renderComplete;
    expect(marks(a, 'mention').map((m) => [m.textContent, m.dataset.eventId ?? null])).to.deep.equal([
      ['Friday', 'met'],
      ['Later', null],
    ]);
    expect(a.missed).to.deep.equal([{ id: 'lost', reason: 'not-found' }]);
    expect(a.shadowRoot!.querySelector("[part='problems']")!.textContent).to.equal(
      "One event's quote was not found in the article text.",
    );
  });

  it('says there is no text only once the linked timeline has loaded without one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <event-timeline id="t4" style="width: 600px"></event-timeline>
      <event-timeline-article for="t4"></event-timeline-article>
    </div>`);
    const t = wrapper.querySelector<Timeline & { events: unknown }>('event-timeline')!;
    const a = wrapper.querySelector<EventTimelineArticle>('event-timeline-article')!;
    await a.renderComplete;
    expect(a.shadowRoot!.querySelector("[part='state']")?.textContent ?? null).to.equal(null);
    t.events = { events: [{ id: 'x', title: 'X', date: '2023' }] };
    await t.renderComplete;
    await sleep(50);
    await a.renderComplete;
    expect(a.shadowRoot!.querySelector("[part='state']")!.textContent).to.equal('No article text to show.');
  });

  it('speaks the page language: Persian names and messages', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fa" dir="rtl">
      <event-timeline id="t3" src=${DATASET_URL} style="width: 600px"></event-timeline>
      <event-timeline-article for="t3" .text=${text}></event-timeline-article>
    </div>`);
    const a = wrapper.querySelector<EventTimelineArticle>('event-timeline-article')!;
    await settled(a, wrapper.querySelector<Timeline>('event-timeline')!);
    for (let i = 0; i < 50 && !stops(a).length; i++) await sleep(20);
    await a.renderComplete;
    expect(a.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('متن خبر');
    expect(stops(a)[0]!.getAttribute('aria-label')).to.match(/: نمایش در خط زمانی$/);
  });

  it('axe: no violations, with an event selected', async () => {
    const { t, a } = await mountLinked();
    t.select('iran-bolivia-defense-deal');
    await t.renderComplete;
    await sleep(50);
    await a.renderComplete;
    await expect(a).to.be.accessible();
  });
});
