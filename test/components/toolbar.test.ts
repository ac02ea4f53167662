import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import { all, articleDataset, drawnIds } from './helpers.js';

/** What has focus: an element of the page, or of the timeline's shadow root. */
function focusedIn(el: EventTimeline): Element | null {
  const a = document.activeElement;
  return a === el ? el.shadowRoot!.activeElement : a;
}

/** A short name of the focused element, for the path. */
function stopName(el: EventTimeline): string {
  const f = focusedIn(el);
  if (!f) return 'nothing';
  if (f.id) return `#${f.id}`;
  const part = f.getAttribute('part');
  const rove = f.getAttribute('data-rove');
  const id = f.getAttribute('data-event-id');
  return `${f.tagName.toLowerCase()}${part ? `[${part}]` : ''}${rove ? `:${rove}` : ''}${id ? `:${id}` : ''}`;
}

/** The timeline between two buttons of the page, as in an article. */
async function mountBetween(attrs: Record<string, string> = {}): Promise<{ el: EventTimeline; before: HTMLElement }> {
  await setViewport({ width: 1240, height: 900 });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:1200px"><button id="before">Before</button><event-timeline></event-timeline><button id="after">After</button></div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.events = await articleDataset();
  await el.renderComplete;
  return { el, before: wrapper.querySelector<HTMLElement>('#before')! };
}

/** Presses `key` and waits for the frame it leads to. */
async function press(el: EventTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.renderComplete;
}

/** Presses Tab until an event has focus (at most `max` times); the stops on the way. */
async function tabToEvent(el: EventTimeline, key = 'Tab', max = 12): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await press(el, key);
    path.push(stopName(el));
    if (focusedIn(el)?.getAttribute('part')?.split(' ').includes('event')) break;
  }
  return path;
}

const tabStops = (el: EventTimeline, group: string) => all(el, `[data-rove-group="${group}"] [data-rove][tabindex="0"]`);

describe('<event-timeline> toolbar: a short Tab path, arrows inside', () => {
  it('the first event is 4 Tab presses from the element before it, and Shift+Tab walks the same path back', async () => {
    const { el, before } = await mountBetween();
    before.focus();
    const path = await tabToEvent(el);
    expect(path).to.deep.equal([
      'button[legend-item]:kind:visit',
      'summary:summary',
      'button[control]:out',
      'g[event]:shahed-drones-ukraine',
    ]);
    // The plot's svg is not a stop of its own.
    expect(el.shadowRoot!.querySelector('svg.plot')!.hasAttribute('tabindex')).to.equal(false);
    const back: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await el.renderComplete;
      back.push(stopName(el));
    }
    expect(back).to.deep.equal([...path.slice(0, 3).reverse(), '#before']);
  });

  it('each toolbar is one stop: the legend, the actor filter (open too) and the zoom controls', async () => {
    const { el, before } = await mountBetween();
    for (const group of ['legend', 'actors', 'controls']) expect(tabStops(el, group), group).to.have.length(1);
    expect(all(el, '[role="toolbar"]').map((t) => t.getAttribute('aria-label'))).to.deep.equal([
      'Kinds of event',
      'Actors',
      'Zoom and view',
    ]);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="actor-filter"]')!.open = true;
    await el.renderComplete;
    before.focus();
    expect(await tabToEvent(el)).to.have.length(4);
  });

  it('← → Home End move inside the zoom controls; the last one focused keeps the stop', async () => {
    const { el, before } = await mountBetween();
    before.focus();
    for (let i = 0; i < 3; i++) await press(el, 'Tab');
    expect(stopName(el)).to.equal('button[control]:out');
    const seen: string[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', 'ArrowLeft', 'Home', 'ArrowLeft']) {
      await press(el, key);
      seen.push(focusedIn(el)!.getAttribute('data-rove')!);
    }
    // Wrapping at both ends.
    expect(seen).to.deep.equal(['in', 'fit', 'keys', 'out', 'keys', 'out', 'keys']);
    await press(el, 'ArrowLeft');
    expect(stopName(el)).to.equal('button[control]:table');
    expect(tabStops(el, 'controls').map((b) => b.getAttribute('data-rove'))).to.deep.equal(['table']);
    // Tab leaves for the events; Shift+Tab comes back to the Table button.
    await press(el, 'Tab');
    expect(focusedIn(el)!.getAttribute('part')).to.equal('event');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(stopName(el)).to.equal('button[control]:table');
    // The buttons still work from the keyboard.
    await press(el, 'Enter');
    expect(el.shadowRoot!.querySelector('[part="table"]')).to.not.equal(null);
  });

  it('← → move inside the legend, and Space toggles a kind', async () => {
    const { el, before } = await mountBetween();
    before.focus();
    await press(el, 'Tab');
    await press(el, 'ArrowRight');
    expect(stopName(el)).to.equal('button[legend-item]:kind:meeting');
    await press(el, 'End');
    expect(stopName(el)).to.equal('button[legend-item]:kind:publication');
    await press(el, 'Space');
    expect(el.hiddenKinds).to.deep.equal(['publication']);
    expect(tabStops(el, 'legend').map((b) => b.getAttribute('data-rove'))).to.deep.equal(['kind:publication']);
  });

  it('mirrors the arrows in RTL: → moves to the previous button', async () => {
    const { el, before } = await mountBetween({ dir: 'rtl', locale: 'fa-IR' });
    before.focus();
    await press(el, 'Tab');
    expect(stopName(el)).to.equal('button[legend-item]:kind:visit');
    await press(el, 'ArrowLeft');
    expect(stopName(el)).to.equal('button[legend-item]:kind:meeting');
    await press(el, 'ArrowRight');
    expect(stopName(el)).to.equal('button[legend-item]:kind:visit');
    // The next button sits to the left of the previous one.
    const [a, b] = all(el, '[part="legend-item"]').map((x) => x.getBoundingClientRect().left);
    expect(b!).to.be.lessThan(a!);
  });

  it('the actor filter: open it, then arrows reach "All actors" and each actor\'s toggle and "only"', async () => {
    const { el, before } = await mountBetween();
    before.focus();
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(stopName(el)).to.equal('summary:summary');
    // Closed: the arrows stay on the summary.
    await press(el, 'ArrowRight');
    expect(stopName(el)).to.equal('summary:summary');
    await press(el, 'Enter');
    await press(el, 'ArrowRight');
    expect(stopName(el)).to.equal('button:all');
    await press(el, 'ArrowRight');
    expect(stopName(el)).to.equal('button[legend-item]:actor:Iran');
    await press(el, 'ArrowRight');
    expect(stopName(el)).to.equal('button:only:Iran');
    await press(el, 'Enter');
    expect(el.actor).to.equal('Iran');
    // Closing the filter gives its stop back to the summary.
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="actor-filter"]')!.open = false;
    await el.renderComplete;
    await el.renderComplete;
    expect(tabStops(el, 'actors').map((b) => b.getAttribute('data-rove'))).to.deep.equal(['summary']);
  });

  it('focus rings are clear: a 3 px outline on the toolbar buttons and the summary', async () => {
    const { el, before } = await mountBetween();
    before.focus();
    for (let i = 0; i < 3; i++) {
      await press(el, 'Tab');
      const style = getComputedStyle(focusedIn(el)!);
      expect(style.outlineStyle, stopName(el)).to.equal('solid');
      expect(parseFloat(style.outlineWidth), stopName(el)).to.be.at.least(3);
    }
  });

  it('the zoom buttons draw their minus and plus, in the text colour, and are named in words', async () => {
    const { el } = await mountBetween();
    for (const [rove, name, strokes] of [['out', 'Zoom out', 1], ['in', 'Zoom in', 2]] as const) {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="controls"] [data-rove="${rove}"]`)!;
      expect(button.textContent!.trim(), rove).to.equal(''); // no glyph that a UI font may lack (U+2212)
      expect(button.getAttribute('aria-label'), rove).to.equal(name);
      const icon = button.querySelector('svg.icon')!;
      expect(icon.getAttribute('aria-hidden'), rove).to.equal('true');
      const box = icon.getBoundingClientRect();
      expect(box.width, rove).to.be.within(8, 16);
      const path = icon.querySelector('path')!;
      expect(path.getAttribute('d')!.match(/M/g)!.length, rove).to.equal(strokes);
      expect(getComputedStyle(path).stroke, rove).to.equal(getComputedStyle(button).color);
    }
  });
});

describe('<event-timeline> actor filter: only one actor, or all', () => {
  it('"only Belarus" shows exactly the events whose actors include Belarus; "All actors" shows every event', async () => {
    const data = await articleDataset();
    const { el } = await mountBetween({ start: '2021-06-01', end: '2024-01-01' });
    const withBelarus = data.events.filter((e) => e.actors?.includes('Belarus')).map((e) => e.id!);
    const filter = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="actor-filter"]')!;
    filter.open = true;
    const only = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-rove="only:Belarus"]')!;
    expect(only.getAttribute('aria-label')).to.equal('Only Belarus');
    only.click();
    await el.renderComplete;
    expect(el.actor).to.equal('Belarus');
    expect(el.getAttribute('actor')).to.equal('Belarus');
    expect(only.getAttribute('aria-pressed')).to.equal('true');
    const undated = all(el, '[part~="undated"] [data-event-id]').map((n) => n.getAttribute('data-event-id')!);
    expect([...drawnIds(el), ...undated].sort()).to.deep.equal([...withBelarus].sort());
    // The chips keep their counts; only Belarus is shown.
    const chips = all<HTMLButtonElement>(el, '[part="actor-filter"] [part="legend-item"]');
    const belarus = chips.find((b) => b.textContent!.includes('Belarus ('))!;
    expect(belarus.textContent!.trim()).to.equal(`Belarus (${withBelarus.length} events)`);
    expect(chips.filter((b) => b.getAttribute('aria-pressed') === 'true')).to.deep.equal([belarus]);
    expect(filter.querySelector('summary')!.textContent!.trim()).to.match(/^Actors \(1 of \d+ shown\)$/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-rove="all"]')!.click();
    await el.renderComplete;
    expect(el.actor).to.equal(null);
    expect(el.hiddenActors).to.deep.equal([]);
    expect(drawnIds(el)).to.have.length(data.events.filter((e) => e.date).length);
  });

  it('axe: no violations with the actor filter open and one actor only', async () => {
    const { el } = await mountBetween({ actor: 'Iran' });
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="actor-filter"]')!.open = true;
    await el.renderComplete;
    await expect(el).to.be.accessible();
  });

  it('a toggle after "only" starts from what is drawn: only that actor changes', async () => {
    const { el } = await mountBetween({ actor: 'Belarus' });
    const actors = el.shadowRoot!.querySelectorAll('[part="actor-filter"] [part="legend-item"]').length;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-rove="actor:Bolivia"]')!.click();
    await el.renderComplete;
    expect(el.actor).to.equal(null);
    expect(el.hiddenActors).to.have.length(actors - 2);
    expect(el.hiddenActors).to.not.include('Belarus');
    expect(el.hiddenActors).to.not.include('Bolivia');
    expect(drawnIds(el)).to.include('iran-bolivia-defense-deal');
  });
});

describe('<event-timeline> featured events', () => {
  it('the featured MoU is drawn larger, labelled, and its name says featured', async () => {
    const { el } = await mountBetween();
    const mou = el.shadowRoot!.querySelector<SVGGElement>('svg.plot [data-event-id="iran-belarus-defense-mou"]')!;
    expect(mou.classList.contains('featured')).to.equal(true);
    expect(mou.querySelector('.symbol')!.getAttribute('transform')).to.match(/^scale\(1\.5\)/);
    expect(mou.getAttribute('aria-label')).to.equal(
      'Iran and Belarus sign a defense memorandum of understanding, on 31 July, July 31, 2023, Agreement, featured',
    );
    const labels = all(el, '[part="event-label"].featured').map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(labels).to.have.length(1);
    expect('Iran and Belarus sign a defense memorandum of understanding').to.include(labels[0]!.replace(/…$/, ''));
    // Other events are not featured.
    const other = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-bolivia-defense-deal"]')!;
    expect(other.classList.contains('featured')).to.equal(false);
  });

  it('stays a labelled mark in a lane dense enough to cluster', async () => {
    const data = await articleDataset();
    // 300 more agreements around the MoU: the agreement lane aggregates.
    for (let i = 0; i < 300; i++) {
      data.events.push({ id: `filler-${i}`, title: `Filler ${i}`, kind: 'agreement', date: `2023-07-${String(1 + (i % 28)).padStart(2, '0')}`, actors: [] });
    }
    await setViewport({ width: 1240, height: 900 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"><event-timeline lane-limit="100"></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    el.events = data;
    await el.renderComplete;
    const clusters = el.shadowRoot!.querySelector('canvas[part="clusters"]');
    expect(clusters, 'the lane clusters').to.not.equal(null);
    const mou = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-belarus-defense-mou"]');
    expect(mou, 'the MoU is still a mark').to.not.equal(null);
    expect(all(el, '[part="event-label"].featured')).to.have.length(1);
    // Every event is counted once: the MoU is left out of the clusters' count.
    expect(Number(clusters!.getAttribute('data-count'))).to.equal(300);
  });
});
