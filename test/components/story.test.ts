// The vertical "story" layout (issue 14): orientation, readable cards at 390 px, the keyboard, details in place,
// touch scrolling through the page, RTL, virtualization, and the public methods in vertical.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import { parseEdtf } from '../../src/data/edtf.js';
import { knownExtent } from '../../src/data/uncertain-date.js';
import { EVENT_KINDS, type RawDataset, type RawEvent } from '../../src/data/types.js';
import { generateEvents } from '../../bench/generate.js';
import { all, articleDataset, countUpdates, sleep } from './helpers.js';

type Finger = { from: [number, number]; to: [number, number] };
const touch = (fingers: Finger[], steps = 12) => executeServerCommand('touch', { fingers, steps });
const scrolled = () => window.scrollY + (window.visualViewport?.offsetTop ?? 0);
const focusedCard = (el: EventTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
const LOREM = 'The defense ministers met in Tehran. '.repeat(12);

/** Sends `target` touch pointer events of finger `id` at (x, y), as the browser sends them to the story. */
const touchPointer = (target: Element, x: number) => (type: string, id: number, y: number) =>
  target.dispatchEvent(
    new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true }),
  );

/** A phone-like page: a paragraph, the element, a paragraph, in a column `width` px wide. */
async function page(width: number, data: RawDataset | RawEvent[], attrs: Record<string, string> = {}) {
  const wrapper =
    await fixture<HTMLElement>(html`<main style="width:${width}px;margin:0;padding:0;font:16px/1.5 sans-serif">
    <p>${LOREM}</p>
    <event-timeline></event-timeline>
    <p>${LOREM}</p>
    <p>${LOREM}</p>
  </main>`);
  const el = wrapper.querySelector('event-timeline')!;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.events = data;
  await el.renderComplete;
  await sleep(50);
  await el.renderComplete;
  return el;
}

/** Clicks the zoom-in or zoom-out button `times` times, each time waiting for the render. */
async function press(el: EventTimeline, button: 'in' | 'out', times: number) {
  const b = el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-rove="${button}"]`)!;
  for (let i = 0; i < times; i++) {
    b.click();
    await el.renderComplete;
  }
}

/** Scrolls the page to story px `y` (0: the story's top at the viewport's top) and waits for the cards. */
async function scrollStory(el: EventTimeline, y: number) {
  const story = el.shadowRoot!.querySelector('.story')!;
  window.scrollTo(0, window.scrollY + story.getBoundingClientRect().top + y);
  await sleep(60);
  await el.renderComplete;
}

/** The article's dated events in date order (earliest known start, then kind, then record), from the raw data. */
function dateOrder(data: RawDataset): string[] {
  const start = (e: RawEvent) => knownExtent(parseEdtf(e.date!))![0];
  const kind = (e: RawEvent) => (EVENT_KINDS as readonly string[]).indexOf(e.kind ?? 'other');
  return data.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.date)
    .sort((a, b) => start(a.e) - start(b.e) || kind(a.e) - kind(b.e) || a.i - b.i)
    .map(({ e }) => e.id!);
}

describe('<event-timeline> vertical story', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('orientation="auto" is vertical below 640 px of the element\'s own width, and follows resizes', async () => {
    await setViewport({ width: 1280, height: 800 });
    const data = await articleDataset();
    const el = await page(700, data);
    const isVertical = () => !!el.shadowRoot!.querySelector('.story') && !el.shadowRoot!.querySelector('svg.plot');
    expect(el.orientation).to.equal('auto');
    expect(isVertical(), '700 px: horizontal').to.equal(false);
    const main = el.parentElement!;
    for (const [w, vertical] of [
      [639, true],
      [640, false],
      [500, true],
      [1000, false],
    ] as const) {
      main.style.width = `${w}px`;
      await sleep(80);
      await el.renderComplete;
      expect(isVertical(), `${w} px wide in a 1280 px viewport`).to.equal(vertical);
    }
    const events: string[] = [];
    for (const t of ['event-timeline-window-change', 'event-timeline-select', 'event-timeline-load'])
      el.addEventListener(t, () => events.push(t));
    el.orientation = 'vertical';
    await el.renderComplete;
    expect(isVertical(), 'orientation="vertical" at 1000 px').to.equal(true);
    expect(el.getAttribute('orientation')).to.equal('vertical');
    main.style.width = '400px';
    el.setAttribute('orientation', 'horizontal');
    await sleep(80);
    await el.renderComplete;
    expect(isVertical(), 'orientation="horizontal" at 400 px').to.equal(false);
    expect(events, 'changing orientation fires no public event').to.deep.equal([]);
  });

  it('at 390 px every title shows in full, wrapped, with the date in words, beside its place on the axis', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const el = await page(358, data);
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    expect(!!story, 'vertical at 358 px').to.equal(true);
    expect(el.scrollWidth, 'nothing sticks out sideways').to.be.at.most(el.clientWidth + 1);
    const host = el.getBoundingClientRect();
    const seen = new Map<string, string>();
    for (let y = -200; y < story.offsetHeight; y += 300) {
      await scrollStory(el, y);
      for (const card of all<HTMLElement>(el, '.story .card')) {
        const id = card.dataset['eventId']!;
        const title = card.querySelector<HTMLElement>('.card-title span')!;
        const when = card.querySelector<HTMLElement>('.when')!;
        const r = card.getBoundingClientRect();
        expect(r.left, `${id} is inside the element`).to.be.at.least(host.left - 0.5);
        expect(r.right, `${id} is inside the element`).to.be.at.most(host.right + 0.5);
        expect(title.scrollWidth, `${id}: the title is not cut`).to.be.at.most(title.clientWidth);
        expect(card.scrollHeight, `${id}: the card is not clipped`).to.be.at.most(card.clientHeight + 1);
        expect(getComputedStyle(title).textOverflow).to.not.equal('ellipsis');
        expect(when.getBoundingClientRect().height, `${id}: the date words show`).to.be.greaterThan(10);
        seen.set(id, `${title.textContent}|${when.textContent}`);
      }
    }
    for (const e of data.events.filter((x) => x.date)) {
      const shown = seen.get(e.id!);
      expect(shown, `${e.id} was drawn`).to.be.a('string');
      const [title, when] = shown!.split('|');
      expect(title).to.equal(e.title);
      if (e.dateText) expect(when, `${e.id}: the source's words`).to.contain(e.dateText);
      expect(when, `${e.id}: the date in words names its year`).to.match(/20\d\d/);
    }
    // The undated ones follow on the shelf, in full too.
    const undated = all<HTMLElement>(el, '[part="undated"] [role="option"] span');
    expect(undated.map((s) => s.textContent)).to.deep.equal(data.events.filter((e) => !e.date).map((e) => e.title));
    for (const s of undated) expect(s.scrollWidth).to.be.at.most(s.clientWidth + 1);
  });

  it('↑ ↓ ← → move in date order over every card, Home and End go to the ends, the position is announced', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const el = await page(358, data);
    const order = dateOrder(data);
    const first = el.shadowRoot!.querySelector<HTMLElement>('.story .card[tabindex="0"]')!;
    expect(first.dataset['eventId']).to.equal(order[0]);
    first.focus();
    const visited = [focusedCard(el)!.dataset['eventId']];
    for (let i = 1; i < order.length; i++) {
      await sendKeys({ press: i % 2 ? 'ArrowDown' : 'ArrowRight' });
      await el.renderComplete;
      const card = focusedCard(el)!;
      visited.push(card.dataset['eventId']);
      expect(card.getAttribute('aria-posinset')).to.equal(String(i + 1));
      expect(card.getAttribute('aria-setsize')).to.equal(String(order.length));
      const r = card.getBoundingClientRect();
      expect(r.bottom > 0 && r.top < innerHeight, `${card.dataset['eventId']} is scrolled into view`).to.equal(true);
    }
    expect(visited).to.deep.equal(order);
    await sendKeys({ press: 'ArrowUp' });
    await el.renderComplete;
    expect(focusedCard(el)!.dataset['eventId']).to.equal(order[order.length - 2]);
    await sendKeys({ press: 'Home' });
    await el.renderComplete;
    expect(focusedCard(el)!.dataset['eventId']).to.equal(order[0]);
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"][part~="event"]').length, 'one tab stop').to.equal(1);
    await sendKeys({ press: 'End' });
    await el.renderComplete;
    const undated = data.events.filter((e) => !e.date);
    expect(focusedCard(el)!.getAttribute('data-event-id'), 'the undated shelf ends the order').to.equal(
      undated.at(-1)!.id,
    );
  });

  it('Enter opens the details in place below the card, the cards after it move down, Escape closes them', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const el = await page(358, data);
    const id = 'iran-belarus-mou';
    const e = data.events.find((x) => x.id === id) ?? data.events.find((x) => x.date === '2023-07-31')!;
    const selects: string[] = [];
    el.addEventListener('event-timeline-select', (ev) => selects.push((ev as CustomEvent).detail.id));
    el.select(null);
    const order = dateOrder(data);
    el.shadowRoot!.querySelector<HTMLElement>('.story .card[tabindex="0"]')!.focus();
    for (let i = 0; i < order.indexOf(e.id!); i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.renderComplete;
    }
    const card = focusedCard(el)!;
    expect(card.dataset['eventId']).to.equal(e.id);
    const nextBefore = el.shadowRoot!.querySelector<HTMLElement>(
      `.card[data-event-id="${order[order.indexOf(e.id!) + 1]}"]`,
    )!;
    const nextTop = nextBefore.getBoundingClientRect().top - card.getBoundingClientRect().top;
    await sendKeys({ press: 'Enter' });
    await el.renderComplete;
    await sleep(80);
    await el.renderComplete;
    expect(selects).to.deep.equal([e.id]);
    const panels = all(el, '[part="details"]');
    expect(panels.length, 'one details panel').to.equal(1);
    expect(!!panels[0]!.closest('.story .more'), 'in place in the story, not a panel or sheet').to.equal(true);
    expect(panels[0]!.getAttribute('role'), 'not a dialog').to.not.equal('dialog');
    const more = panels[0] as HTMLElement;
    const c = card.getBoundingClientRect();
    const m = more.getBoundingClientRect();
    expect(m.top, 'right below the card').to.be.closeTo(c.bottom, 1.5);
    expect(m.left).to.be.closeTo(c.left, 1);
    if (e.source) expect(more.querySelector('[part="source-quote"]')!.textContent).to.equal(e.source.quote);
    for (const a of e.actors ?? []) expect(more.textContent).to.contain(a);
    const next = el.shadowRoot!.querySelector<HTMLElement>(
      `.card[data-event-id="${order[order.indexOf(e.id!) + 1]}"]`,
    )!;
    expect(next.getBoundingClientRect().top, 'the next card moved below the details').to.be.at.least(m.bottom);
    expect(next.getBoundingClientRect().top - c.top).to.be.greaterThan(nextTop);
    await sendKeys({ press: 'Escape' });
    await el.renderComplete;
    expect(all(el, '.story .more').length).to.equal(0);
    expect(el.selected).to.equal(null);
    expect(focusedCard(el)!.dataset['eventId'], 'focus stays on the card').to.equal(e.id);
  });

  it('a tap opens a card in place and shows no tooltip; a one-finger swipe over the cards scrolls the page', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const el = await page(358, data);
    let card: HTMLElement | undefined;
    for (let y = 0; !card && y < 6000; y += 300) {
      await scrollStory(el, y);
      card = all<HTMLElement>(el, '.story .card').find((c) => {
        const r = c.getBoundingClientRect();
        return r.top > 100 && r.bottom < 600;
      });
    }
    expect(!!card, 'a card in view').to.equal(true);
    await sleep(150);
    await el.renderComplete;
    const r = card!.getBoundingClientRect();
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.top + 10);
    await touch([{ from: [x, y], to: [x, y] }], 1);
    for (const t0 = performance.now(); !el.selected && performance.now() - t0 < 2000;) await sleep(50);
    await el.renderComplete;
    const hit = el.shadowRoot!.elementFromPoint(x, y);
    expect(el.selected, `tapped ${hit?.outerHTML.slice(0, 80)} at ${x},${y}`).to.equal(card!.dataset['eventId']);
    expect(all(el, '[part="tooltip"]').length, 'no tooltip on touch').to.equal(0);
    const y0 = scrolled();
    await touch([{ from: [x, 600], to: [x, 250] }]);
    await sleep(300);
    expect(scrolled(), 'the page scrolled').to.be.greaterThan(y0 + 150);
  });

  it('fa-IR: the axis is on the inline-start (right) edge with Solar Hijri ticks; cards sit to its left', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="fa" style="width:358px"></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.locale = 'fa-IR';
    el.events = data;
    wrapper.append(el);
    await el.renderComplete;
    await sleep(50);
    await el.renderComplete;
    const host = el.getBoundingClientRect();
    const axis = el.shadowRoot!.querySelector('.story .axis-line')!.getBoundingClientRect();
    expect(host.right - axis.right, 'the axis near the right edge').to.be.lessThan(120);
    expect(axis.left - host.left).to.be.greaterThan(200);
    for (const card of all<HTMLElement>(el, '.story .card'))
      expect(card.getBoundingClientRect().right).to.be.at.most(axis.left);
    const ticks = all(el, '.story [part="tick-label"]').map((t) => t.textContent!.trim());
    expect(ticks.length).to.be.greaterThan(2);
    expect(ticks.join(' '), 'Persian digits').to.match(/[۰-۹]/);
    expect(ticks.join(' '), 'Solar Hijri years (1400s), not 2022–2023').to.match(/۱۴۰[۰-۲]/);
    // Each label in its column: clear of the era titles (the 16 px at the story's right edge), and of the axis.
    // Persian month names are long ("اردیبهشت ۱۴۰۲"): the column is as wide as they need.
    const eraEdge = el.shadowRoot!.querySelector('.story')!.getBoundingClientRect().right - 16;
    for (const label of all(el, '.story [part="tick-label"]')) {
      const r = label.getBoundingClientRect();
      expect(r.right, `${label.textContent} clear of the era titles`).to.be.at.most(eraEdge + 0.5);
      expect(r.left, `${label.textContent} clear of the axis`).to.be.at.least(axis.right);
    }
    const pins = el.shadowRoot!.querySelector('.story-pins')!;
    expect(getComputedStyle(pins).transform, 'the pins and leaders are mirrored').to.contain('-1');
  });

  it('the axis column is as wide at any element font size: its tick labels are drawn at 11 px, and fit', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    /** The axis line's offset from the story's inline start, and each tick label's room to spare. */
    const column = async (style: string) => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width:358px"></div>`);
      const el = document.createElement('event-timeline') as EventTimeline;
      el.setAttribute('style', style);
      el.events = data;
      wrapper.append(el);
      await el.renderComplete;
      await sleep(50);
      await el.renderComplete;
      const story = el.shadowRoot!.querySelector('.story')!.getBoundingClientRect();
      const axis = el.shadowRoot!.querySelector('.story .axis-line')!.getBoundingClientRect();
      const labels = all(el, '.story [part="tick-label"]').map((l) => l.getBoundingClientRect());
      expect(labels.length).to.be.greaterThan(2);
      for (const r of labels) expect(r.left, 'clear of the era titles').to.be.at.least(story.left + 16 - 0.5);
      wrapper.remove();
      return axis.left - story.left;
    };
    const normal = await column('');
    // A page that themes a larger or smaller font: the column was measured at 0.85 of it (104 px to the axis at 20 px, against 78).
    expect(await column('--event-timeline-font-size: 20px')).to.be.closeTo(normal, 0.5);
    expect(await column('--event-timeline-font-size: 10px')).to.be.closeTo(normal, 0.5);
  });

  it('zoomed out, the axis column stays readable: no label over another, the era title on one line', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await page(1000, await articleDataset(), { orientation: 'vertical' });
    await press(el, 'out', 3);
    await sleep(50);
    const rects = (sel: string) =>
      all(el, sel).map((n) => ({ text: n.textContent!.trim(), r: n.getBoundingClientRect() }));
    const labels = [
      ...rects('.story [part="tick-label"]'),
      ...rects('.story-break span'),
      ...rects('.story-marker span'),
    ];
    expect(rects('.story-break span').length, 'a break keeps its label').to.be.at.least(1);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i]!, labels[j]!];
        const apart = a.r.bottom <= b.r.top + 0.5 || b.r.bottom <= a.r.top + 0.5;
        const aside = a.r.right <= b.r.left + 0.5 || b.r.right <= a.r.left + 0.5;
        expect(apart || aside, `"${a.text}" and "${b.text}" overlap`).to.equal(true);
      }
    // The era is shorter than its title: the title is cut along it, not wrapped into columns across the ticks.
    const era = all(el, '.story-era span')[0]!;
    expect(era.getBoundingClientRect().width).to.be.below(20);
    expect(era.scrollHeight, 'the title is longer than its era').to.be.greaterThan(era.clientHeight);
  });

  it('zoomed in to hours, each tick label is its day over its time, inside the column', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset(), { locale: 'en-US' });
    await press(el, 'in', 7);
    const story = el.shadowRoot!.querySelector('.story')!;
    const h = story.getBoundingClientRect().height;
    let times = 0;
    for (const at of [0.3, 0.6, 0.9]) {
      await scrollStory(el, h * at);
      const left = story.getBoundingClientRect().left + 16;
      const axis = el.shadowRoot!.querySelector('.story .axis-line')!.getBoundingClientRect().left;
      for (const label of all(el, '.story [part="tick-label"]')) {
        const r = label.getBoundingClientRect();
        const text = label.textContent!;
        expect(r.left, `"${text}" clear of the era titles`).to.be.at.least(left - 0.5);
        expect(r.right, `"${text}" clear of the axis`).to.be.at.most(axis + 0.5);
        // "May 15" over "6 PM": two lines ("May 15, 6 PM" on one ran 7 to 11 px into the era titles).
        if (/\d (AM|PM)$/.test(text)) {
          times++;
          expect(text, 'the day, then the time').to.match(/^[A-Z][a-z]{2} \d{1,2}\n\d{1,2}(:\d\d)? (AM|PM)$/);
          expect(r.height).to.be.greaterThan(20);
        }
      }
    }
    expect(times, 'hour ticks on screen').to.be.greaterThan(3);
  });

  it('a language changed at run time lays the story out as if it had been drawn in that language', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    /** Each drawn card's top and bottom in the story, its date words, and whether it is clipped. */
    const cardsOf = (el: EventTimeline) => {
      const top = el.shadowRoot!.querySelector('.story')!.getBoundingClientRect().top;
      return all<HTMLElement>(el, '.story .card').map((c) => {
        const r = c.getBoundingClientRect();
        const when = c.querySelector('.when')!.textContent!;
        return {
          id: c.dataset['eventId']!,
          top: r.top - top,
          bottom: r.bottom - top,
          when,
          clipped: c.scrollHeight > c.clientHeight + 1,
        };
      });
    };
    const first = await page(358, data, { locale: 'ru-RU' });
    const direct = cardsOf(first);
    first.closest('main')!.remove();
    const el = await page(358, data, { locale: 'en-GB' });
    el.locale = 'ru-RU';
    await el.renderComplete;
    await sleep(50);
    await el.renderComplete;
    const switched = cardsOf(el).sort((a, b) => a.top - b.top);
    expect(switched.length).to.be.greaterThan(3);
    for (const [i, c] of switched.entries()) {
      expect(c.when, `${c.id}: the date in Russian words`).to.match(/[а-яё]{3}/);
      expect(c.clipped, `${c.id} is whole`).to.equal(false);
      const next = switched[i + 1];
      if (next) expect(next.top, `${next.id} starts below ${c.id}`).to.be.at.least(c.bottom - 0.5);
      const same = direct.find((d) => d.id === c.id);
      if (same) expect(c.top, `${c.id} where a story drawn in Russian has it`).to.be.closeTo(same.top, 1);
    }
  });

  it('scrolled anywhere, each tick on screen names its month: day ticks read "Mar 8", not "8"', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, generateEvents(1_000), { orientation: 'vertical' });
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    let days = 0;
    for (let y = 0; y < Math.min(story.offsetHeight, 20_000); y += 2_100) {
      await scrollStory(el, y);
      const onScreen = all<HTMLElement>(el, '.story [part="tick-label"]').filter((t) => {
        const r = t.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      expect(onScreen.length, `ticks on screen at ${y}`).to.be.greaterThan(1);
      for (const t of onScreen) {
        expect(t.textContent, `a tick at ${y}`).to.match(/[A-Z][a-z]{2}/);
        if (/\d{1,2}$/.test(t.textContent!) && !/\d{4}$/.test(t.textContent!)) days++;
      }
    }
    expect(days, 'day ticks were seen').to.be.greaterThan(3);
  });

  it('a Ctrl + wheel zoom in a long story draws its cards once: those around where it scrolls the page to', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, generateEvents(1_000), { orientation: 'vertical' });
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    const cards = story.querySelector('.story-cards')!;
    await scrollStory(el, 20_000);
    const x = Math.round(story.getBoundingClientRect().left + story.offsetWidth / 2);
    for (const deltaY of [-300, 300, -300]) {
      // The observer is called once for each render that changed the cards (at the microtask checkpoint after it).
      let renders = 0;
      const seen = new MutationObserver(() => renders++);
      seen.observe(cards, { childList: true, subtree: true, attributes: true });
      const y0 = scrolled();
      await executeServerCommand('wheel', { x, y: 400, deltaY, modifiers: ['Control'] });
      await sleep(300);
      await el.renderComplete;
      seen.disconnect();
      expect(
        Math.abs(scrolled() - y0),
        'the zoom scrolled the page to keep its time under the pointer',
      ).to.be.greaterThan(50);
      // Drawn for the band it left, the cards were drawn again once the scroll arrived: a second render and
      // layout in the same frame.
      expect(renders, `the cards were drawn once (zoom ${deltaY})`).to.equal(1);
      const onScreen = all<HTMLElement>(el, '.story .card').filter((c) => {
        const r = c.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
      expect(onScreen.length, 'cards on screen').to.be.greaterThan(1);
    }
  });

  it('cards measured as tall as they were estimated move nothing: the story is not laid out again', async () => {
    await setViewport({ width: 390, height: 844 });
    // One-line titles and one-line dates: each card's estimate is its measured height.
    const events = Array.from({ length: 8 }, (_, i) => ({
      id: `v${i}`,
      title: `Visit ${i + 1}`,
      date: `2023-05-${String(3 * i + 1).padStart(2, '0')}`,
    }));
    const wrapper = await fixture<HTMLElement>(
      html`<main style="width:358px"><event-timeline orientation="vertical"></event-timeline></main>`,
    );
    const el = wrapper.querySelector('event-timeline')!;
    const updates = countUpdates(el);
    el.events = events;
    await el.renderComplete;
    const first = updates();
    const cards = all<HTMLElement>(el, '.story .card');
    expect(
      cards.map((c) => c.offsetHeight),
      'all eight drawn, each as tall',
    ).to.deep.equal(cards.map(() => cards[0]!.offsetHeight));
    await sleep(100);
    await el.renderComplete;
    expect(updates() - first, 'the first measurements, equal to the estimates, draw nothing again').to.equal(0);
    // A card that grows (its text wraps anew, a font arrives) moves the cards after it, in the next frame.
    const [a, b] = cards;
    a!.style.minHeight = '600px';
    await sleep(100);
    await el.renderComplete;
    expect(updates() - first, 'a taller card is laid out again').to.equal(1);
    expect(b!.offsetTop - a!.offsetTop - a!.offsetHeight, 'the next card is pushed below it').to.be.closeTo(10, 1);
  });

  it('10,000 events: few cards in the DOM, every event reachable by keyboard, and scrolling draws the right ones', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, generateEvents(10_000), { orientation: 'vertical' });
    const count = () => all(el, '.story .card').length;
    expect(count()).to.be.greaterThan(0);
    expect(count(), 'virtualized').to.be.lessThan(150);
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    expect(story.offsetHeight, 'the element grows to its content').to.be.greaterThan(100_000);
    const t0 = performance.now();
    await scrollStory(el, story.offsetHeight / 2);
    const ms = performance.now() - t0;
    expect(ms, 'a scroll to the middle redraws in time').to.be.lessThan(1000);
    expect(count()).to.be.lessThan(150);
    const vh = innerHeight;
    const inView = all<HTMLElement>(el, '.story .card').filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > 0 && r.top < vh;
    });
    expect(inView.length, 'cards fill the viewport in the middle of the story').to.be.greaterThan(2);
    const first = el.shadowRoot!.querySelector<HTMLElement>('.story .card[tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'End' });
    await el.renderComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.renderComplete;
    const last = focusedCard(el)!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(Number(last.getAttribute('aria-setsize')) - 1));
    expect(last.getAttribute('aria-setsize')).to.equal('10000');
  });

  it('getWindow() is the time in the viewport; zoomTo() shows a range; + re-flows the cards on a longer axis', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const el = await page(358, data);
    await scrollStory(el, 0);
    const w0 = el.getWindow();
    expect(+w0.start, 'the story starts in 2022 (the drones)').to.be.at.most(Date.UTC(2022, 11, 31));
    await scrollStory(el, 900);
    const w1 = el.getWindow();
    expect(+w1.start, 'scrolling down shows later times').to.be.greaterThan(+w0.start);
    expect(+w1.end).to.be.greaterThan(+w0.end);
    expect(+w1.end).to.be.greaterThan(+w1.start);
    el.zoomTo('2023-07-24', '2023-08-02');
    await el.renderComplete;
    await sleep(50);
    const w2 = el.getWindow();
    expect(+w2.start).to.be.at.most(Date.UTC(2023, 6, 25));
    expect(+w2.end).to.be.at.least(Date.UTC(2023, 7, 1));
    expect(+w2.end - +w2.start, 'zoomed in to about the range').to.be.lessThan(40 * 86_400_000);
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    const h = story.offsetHeight;
    el.fit();
    await el.renderComplete;
    const fitted = story.offsetHeight;
    expect(fitted).to.be.lessThan(h);
    el.shadowRoot!.querySelector<HTMLElement>('.story .card[tabindex="0"]')!.focus();
    await sendKeys({ press: '+' });
    await el.renderComplete;
    expect(story.offsetHeight, '+ lengthens the axis').to.be.greaterThan(fitted * 1.3);
    await sendKeys({ press: '0' });
    await el.renderComplete;
    expect(story.offsetHeight).to.be.closeTo(fitted, 2);
  });

  it('window-change: a zoom by the reader or a scroll of the page reports the window once; code does not', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    await scrollStory(el, 300);
    await sleep(250);
    const changes: { start: number; end: number }[] = [];
    el.addEventListener('event-timeline-window-change', (e) => {
      const { start, end } = (e as CustomEvent<{ start: Date; end: Date }>).detail;
      changes.push({ start: +start, end: +end });
    });
    const settle = async () => {
      await sleep(250);
      await el.renderComplete;
    };
    const last = () => changes[changes.length - 1]!;
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;

    // Code: zoomTo() and fit() move the window without a report, as in horizontal.
    el.zoomTo('2023-07-01', '2023-08-02');
    await settle();
    el.fit();
    await settle();
    expect(changes, 'zoomTo() and fit() report nothing').to.deep.equal([]);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(chart.scrollHeight, 'the story shrank and the chart did not start to scroll inside').to.be.at.most(
      chart.clientHeight + 1,
    );

    // The + key: one report, and it is the window now shown.
    el.shadowRoot!.querySelector<HTMLElement>('.story .card[tabindex="0"]')!.focus({ preventScroll: true });
    await sendKeys({ press: '+' });
    await settle();
    expect(changes.length, '+ reports once').to.equal(1);
    const w = el.getWindow();
    expect([last().start, last().end]).to.deep.equal([+w.start, +w.end]);

    // Ctrl + wheel over the story zooms it (a plain wheel is the page's: below).
    const h0 = story.offsetHeight;
    const box = story.getBoundingClientRect();
    const at = { x: Math.round(box.left + box.width / 2), y: 400 };
    await executeServerCommand('wheel', { ...at, deltaY: 300, modifiers: ['Control'] });
    await settle();
    expect(story.offsetHeight, 'Ctrl + wheel down shortens the axis').to.be.lessThan(h0 * 0.8);
    expect(changes.length, 'and reports once').to.equal(2);

    // A plain wheel scrolls the page, the story keeps its length, and the new window is reported when it stops.
    const [h1, y1] = [story.offsetHeight, scrolled()];
    await executeServerCommand('wheel', { ...at, deltaY: 300 });
    await settle();
    expect(scrolled(), 'a plain wheel scrolls the page').to.be.greaterThan(y1 + 100);
    expect(story.offsetHeight).to.equal(h1);
    expect(changes.length, 'the scroll reports once').to.equal(3);
    expect(last().start).to.be.greaterThan(changes[1]!.start);
  });

  it('two fingers spreading over the story lengthen its axis, and the window is reported once they lift', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    await scrollStory(el, 300);
    await sleep(250);
    let changes = 0;
    el.addEventListener('event-timeline-window-change', () => changes++);
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    const h0 = story.offsetHeight;
    const x = Math.round(story.getBoundingClientRect().left + story.getBoundingClientRect().width / 2);
    // Touch pointers built in the page, as the browser sends them to the story: a real two-finger touch through
    // CDP reaches it only sometimes, depending on what the browser's gesture state kept from earlier test files.
    const pointer = touchPointer(story, x);
    pointer('pointerdown', 1, 380);
    pointer('pointerdown', 2, 460);
    // One move of each finger a frame, as touch input comes.
    for (let k = 1; k <= 8; k++) {
      pointer('pointermove', 1, 380 - k * 10);
      pointer('pointermove', 2, 460 + k * 10);
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(changes, 'nothing reported while the fingers are down').to.equal(0);
    pointer('pointerup', 1, 300);
    pointer('pointerup', 2, 540);
    await sleep(250);
    await el.renderComplete;
    expect(story.offsetHeight, 'a pinch out lengthens the axis').to.be.greaterThan(h0 * 1.5);
    expect(changes, 'one report, once they lifted').to.equal(1);
  });

  it('a pinch that cannot scroll the page (at its top) is still reported once the fingers lift', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    window.scrollTo(0, 0);
    await sleep(250);
    await el.renderComplete;
    const changes: Event[] = [];
    el.addEventListener('event-timeline-window-change', (e) => changes.push(e));
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    const [h0, top] = [story.offsetHeight, story.getBoundingClientRect().top];
    expect(top, 'the story starts below the paragraph, in view').to.be.within(100, 600);
    const x = Math.round(story.getBoundingClientRect().left + story.getBoundingClientRect().width / 2);
    const mid = Math.round(top + 120);
    const pointer = touchPointer(story, x);
    // Two fingers closing near the story's top: the time between them would stay put only if the page scrolled up
    // past its top, so the page does not scroll at all, and no scroll event marks the zoom as the reader's.
    pointer('pointerdown', 1, mid - 100);
    pointer('pointerdown', 2, mid + 100);
    for (let k = 1; k <= 8; k++) {
      pointer('pointermove', 1, mid - 100 + k * 8);
      pointer('pointermove', 2, mid + 100 - k * 8);
      await new Promise((r) => requestAnimationFrame(r));
    }
    pointer('pointerup', 1, mid - 36);
    pointer('pointerup', 2, mid + 36);
    await sleep(250);
    await el.renderComplete;
    expect(scrolled(), 'the page did not scroll').to.equal(0);
    expect(story.offsetHeight, 'a pinch in shortens the axis').to.be.lessThan(h0 * 0.85);
    expect(changes.length, 'one report, once they lifted').to.equal(1);
  });

  it('on a phone the kinds are one row that scrolls sideways, and the arrow keys bring each into view', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    const legend = el.shadowRoot!.querySelector<HTMLElement>('.toolbar > [part="legend"]')!;
    const items = all<HTMLElement>(el, '.toolbar > [part="legend"] [part="legend-item"]');
    expect(new Set(items.map((b) => Math.round(b.getBoundingClientRect().top))).size, 'one row').to.equal(1);
    expect(legend.scrollWidth, 'wider than the element: it scrolls').to.be.greaterThan(legend.clientWidth);
    expect(el.scrollWidth, 'the row does not widen the element').to.be.at.most(el.clientWidth + 1);
    items[0]!.focus();
    for (let i = 1; i < items.length; i++) await sendKeys({ press: 'ArrowRight' });
    const last = items[items.length - 1]!;
    expect(el.shadowRoot!.activeElement).to.equal(last);
    expect(last.getBoundingClientRect().right, 'the focused kind is in view').to.be.at.most(
      legend.getBoundingClientRect().right + 1,
    );
  });

  it('the publication date is a dashed rule across the story, named, near the end of the axis', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    const marker = el.shadowRoot!.querySelector<HTMLElement>('.story [part="marker"]');
    expect(marker, 'a marker').to.not.equal(null);
    expect(marker!.textContent!.trim()).to.equal('Published');
    expect(getComputedStyle(marker!).borderTopStyle).to.equal('dashed');
    const axis = el.shadowRoot!.querySelector<HTMLElement>('.story .axis-line')!;
    const at = (marker!.offsetTop - axis.offsetTop) / axis.offsetHeight;
    expect(at, "the article's date, 2 August 2023, is its last").to.be.within(0.75, 1);
    // A reference date outside the axis draws nothing.
    el.setAttribute('reference-date', '1990');
    await el.renderComplete;
    expect(el.shadowRoot!.querySelector('.story [part="marker"]')).to.equal(null);
  });

  it('the live region announces the window once a reader zoom rests, and not a scroll of the page', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    await scrollStory(el, 300);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    el.shadowRoot!.querySelector<HTMLElement>('.story .card[tabindex="0"]')!.focus({ preventScroll: true });
    await sendKeys({ press: '+' });
    await sleep(250); // the story reports a zoom once it has re-flowed
    await el.renderComplete;
    expect(live.textContent!.trim(), 'debounced: nothing yet').to.equal('');
    await sleep(800);
    await el.renderComplete;
    const said = live.textContent!.trim();
    expect(said).to.match(/^Showing .+, \d+ events?$/);
    window.scrollBy(0, 300);
    await sleep(1000);
    await el.renderComplete;
    expect(live.textContent!.trim(), 'a scroll of the page is not announced').to.equal(said);
  });

  it('the page scrolls through the story; only a height given by the page makes it scroll inside', async () => {
    await setViewport({ width: 390, height: 844 });
    // 80 events ten days apart: no card is pushed far from its date.
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10);
    const events = Array.from({ length: 80 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: 'visit',
      date: day(i),
    }));
    const el = await page(358, events);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    expect(chart.scrollHeight, 'no inner scroll area').to.be.at.most(chart.clientHeight + 1);
    expect(el.offsetHeight, 'the element grows to its content').to.be.greaterThan(3000);
    el.style.height = '600px';
    await sleep(80);
    await el.renderComplete;
    expect(chart.scrollHeight, 'with a height, the story scrolls inside').to.be.greaterThan(chart.clientHeight + 100);
    const ids = () => all<HTMLElement>(el, '.story .card').map((c) => c.dataset['eventId']);
    expect(ids(), 'virtualized').to.not.include('e79');
    chart.scrollTop = chart.scrollHeight - chart.clientHeight;
    await sleep(120);
    await el.renderComplete;
    expect(ids(), 'the last cards are drawn once scrolled to').to.include('e79');
    // The first card holds the tab stop, so it stays; the second is long gone.
    expect(ids()).to.not.include('e1');
    expect(window.scrollY, 'the page did not scroll').to.equal(0);
  });

  it("an era's title stays in view while the page scrolls through the era, below the page's fixed header", async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page(358, await articleDataset());
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part~="chart"]')!;
    const era = el.shadowRoot!.querySelector<HTMLElement>('.story-era')!;
    const title = era.querySelector('span')!;
    expect(era.offsetHeight, 'an era longer than the viewport').to.be.greaterThan(900);
    /** Scrolls the page (or `scroller`) so the era's top is `y` px above the viewport's (or the chart's) top. */
    const eraAbove = async (y: number, scroller?: HTMLElement) => {
      const top = era.getBoundingClientRect().top - (scroller ? scroller.getBoundingClientRect().top : 0);
      if (scroller) scroller.scrollTop += top + y;
      else window.scrollTo(0, window.scrollY + top + y);
      await sleep(60);
      await el.renderComplete;
    };
    // The chart is as tall as the story: it is no scroll box of its own, so the title sticks to the page.
    await eraAbove(400);
    expect(title.getBoundingClientRect().top, 'at the viewport top').to.be.closeTo(4, 1);
    el.style.setProperty('--event-timeline-sticky-top', '56px');
    await eraAbove(400);
    expect(title.getBoundingClientRect().top, 'below a 56 px header').to.be.closeTo(60, 1);
    // A zoom changes the story's height and the chart's: the chart stays in flow, its attribute never flips.
    const flips: string[] = [];
    const watch = new MutationObserver((ms) => ms.forEach((m) => flips.push(String(m.attributeName))));
    watch.observe(chart, { attributes: true, attributeFilter: ['data-flow'] });
    await press(el, 'in', 2);
    await sleep(80);
    watch.disconnect();
    expect(flips, 'data-flow changes in a zoom').to.deep.equal([]);
    expect(chart.hasAttribute('data-flow'), 'in flow').to.equal(true);
    // Given a height, the story scrolls inside the chart, and the title sticks to the chart's top.
    window.scrollTo(0, 0);
    el.style.height = '500px';
    await sleep(80);
    await el.renderComplete;
    expect(chart.scrollHeight, 'the chart scrolls').to.be.greaterThan(chart.clientHeight + 100);
    await eraAbove(300, chart);
    expect(chart.scrollTop, 'scrolled inside').to.be.greaterThan(0);
    expect(title.getBoundingClientRect().top - chart.getBoundingClientRect().top, 'at the chart top').to.be.closeTo(
      5,
      2,
    );
  });

  it('axe: no violations in vertical, light and dark, with a card open', async () => {
    await setViewport({ width: 390, height: 844 });
    const data = await articleDataset();
    const el = await page(358, data);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    el.selected = dateOrder(data)[3]!;
    await el.renderComplete;
    await sleep(50);
    await el.renderComplete;
    expect(all(el, '.story .more').length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
