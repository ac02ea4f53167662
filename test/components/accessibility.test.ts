import { expect, html, waitUntil } from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  executeServerCommand,
  findAccessibilityNode,
  sendKeys,
  setViewport,
} from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import { EVENT_KINDS } from '../../src/data/types.js';
import { generateEvents } from '../../bench/generate.js';
import { all, articleDataset, idsInWindow, mount, mountArticle, nextEvent, sleep } from './helpers.js';

type AxNode = { role: string; name: string; selected?: boolean; children?: AxNode[] };

const emulate = (features: Array<{ name: string; value: string }>) =>
  executeServerCommand('emulate-media-features', { features });
const focused = (el: EventTimeline) => el.shadowRoot!.activeElement as HTMLElement | SVGElement | null;
const focusedId = (el: EventTimeline) => focused(el)?.getAttribute('data-event-id') ?? null;

/** WCAG 2.x relative luminance and contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, bl] = ctx.getImageData(0, 0, 1, 1).data;
    const c = [r!, g!, bl!].map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** A private custom property resolved to a colour, as the element uses it. */
function resolved(el: EventTimeline, prop: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${prop})`;
  el.shadowRoot!.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

describe('<event-timeline> accessibility', () => {
  afterEach(async () => {
    await emulate([]);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('axe: no violations with the table open', async () => {
    const el = await mountArticle();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
    await el.renderComplete;
    expect(el.shadowRoot!.querySelector('[part="table"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on a phone the table stacks each row, every value under its column name, with no sideways scroll', async () => {
    const el = await mountArticle(358);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
    await el.renderComplete;
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    expect(scroller.scrollWidth, 'no sideways scroll').to.be.at.most(scroller.clientWidth + 1);
    const row = scroller.querySelector('tbody tr[aria-rowindex="2"]')!;
    const cells = [...row.querySelectorAll<HTMLElement>('[data-label]')].filter((c) => c.offsetHeight > 0);
    expect(cells.length, 'values shown').to.be.at.least(6);
    for (let i = 1; i < cells.length; i++) {
      const [a, b] = [cells[i - 1]!.getBoundingClientRect(), cells[i]!.getBoundingClientRect()];
      expect(b.top, `${cells[i]!.dataset['label']} below ${cells[i - 1]!.dataset['label']}`).to.be.at.least(
        a.bottom - 1,
      );
      expect(b.left, 'one column').to.be.closeTo(a.left, 1);
    }
    // Each value's label is drawn above it; a screen reader hears the column header instead (empty alternative).
    for (const c of cells) expect(getComputedStyle(c, '::before').display, c.dataset['label']).to.equal('block');
    // The sort buttons stay in view, above the rows.
    const sorts = [...scroller.querySelectorAll<HTMLElement>('thead button')];
    expect(sorts.length).to.equal(3);
    for (const b of sorts) expect(b.getBoundingClientRect().width, b.textContent!).to.be.greaterThan(20);
    // Still a table to assistive technology, and axe finds nothing.
    expect(scroller.querySelector('table')!.getAttribute('role')).to.equal('table');
    expect(cells[1]!.getAttribute('role')).to.equal('cell');
    await expect(el).to.be.accessible();
    // Wide, it is a table again: a row's cells side by side.
    el.parentElement!.style.width = '1200px';
    await setViewport({ width: 1240, height: 900 });
    await el.renderComplete;
    const [a, b] = [...row.querySelectorAll<HTMLElement>('[data-label]')].map((c) => c.getBoundingClientRect());
    expect(b!.top, 'side by side').to.be.closeTo(a!.top, 1);
    expect(getComputedStyle(row.querySelector('td')!, '::before').content, 'no labels').to.equal('none');
    // Right to left, a value in Latin script keeps its own direction, and its label the table's.
    el.parentElement!.style.width = '358px';
    el.parentElement!.dir = 'rtl';
    await setViewport({ width: 400, height: 900 });
    // The element follows its page's direction once it sees the change (a mutation observer, then an update).
    await waitUntil(() => el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl', 'the element is RTL');
    await el.renderComplete;
    const actors = row.querySelector<HTMLElement>('td[dir="auto"]')!;
    expect(getComputedStyle(actors).direction, 'the value').to.equal('ltr');
    expect(getComputedStyle(actors, '::before').direction, 'its label').to.equal('rtl');
  });

  it('axe: no violations in the dark theme with the details open', async () => {
    const el = await mountArticle(1200, { theme: 'dark', selected: 'iran-bolivia-defense-deal' });
    await expect(el).to.be.accessible();
  });

  it('the events form a listbox of options named with title, source words, resolved date and kind', async () => {
    await mountArticle(1200, { start: '2022-01-01', end: '2023-09-01' });
    const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
    const listbox = findAccessibilityNode(
      snapshot as never,
      (n: never) => (n as AxNode).role === 'listbox' && (n as AxNode).name === 'Events in view, in date order',
    ) as unknown as AxNode;
    expect(listbox, 'listbox in the accessibility tree').to.not.equal(null);
    const names = (listbox.children ?? []).filter((n) => n.role === 'option').map((n) => n.name);
    // The MoU is featured (seeds), and its name says so.
    expect(names).to.include(
      'Iran and Belarus sign a defense memorandum of understanding, on 31 July, July 31, 2023, Agreement, featured',
    );
    expect(names).to.include(
      'Iran’s Shahed drones appear on the Ukrainian battlefield, last year, sometime in 2022, Deployment'.replace(
        'Iran’s',
        "Iran's",
      ),
    );
    expect(names).to.include(
      'Lukashenko visits Iran for talks with his Iranian counterpart, Months earlier, no later than approximately March 2023, Visit',
    );
    expect(names).to.include(
      'Iran and Bolivia sign a defense deal, last week, sometime between July 24 and 30, 2023, Deal',
    );
    // In date order, as the arrow keys go.
    expect(names.indexOf(names.find((n) => n.startsWith("Iran's Shahed"))!)).to.equal(0);
    const undated = findAccessibilityNode(
      snapshot as never,
      (n: never) => (n as AxNode).role === 'listbox' && (n as AxNode).name === 'Undated',
    ) as unknown as AxNode;
    expect((undated.children ?? []).map((n) => n.name)).to.include(
      'Iran signs a defense deal with Nicaragua, Undated, before “Iran and Bolivia sign a defense deal”, Deal',
    );
  });

  it('keyboard: one tab stop walks every event of the article, undated ones included, with real key presses', async () => {
    const data = await articleDataset();
    const el = await mountArticle();
    const stops = all(el, '[part~="event"][tabindex="0"]');
    expect(stops).to.have.length(1);
    (stops[0] as SVGElement).focus();
    await sendKeys({ press: 'Home' });
    await el.renderComplete;
    const seen = [focusedId(el)];
    for (let i = 0; i < data.events.length + 2; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.renderComplete;
      if (focusedId(el) !== seen.at(-1)) seen.push(focusedId(el));
    }
    expect(seen.length).to.equal(data.events.length);
    expect([...seen].sort()).to.deep.equal(data.events.map((e) => e.id).sort());
    // Dated first, chronologically; then the undated shelf in its order.
    expect(seen[0]).to.equal('shahed-drones-ukraine');
    expect(seen.slice(-4)).to.deep.equal([
      'iran-nicaragua-defense-deal',
      'iran-venezuela-defense-deal',
      'iran-applies-brics',
      'belarus-applies-brics',
    ]);
    // The drawn options sit in the DOM in that same order, so browsing mode reads what the arrows walk.
    const drawn = all(el, 'g.marks [part~="event"]').map((n) => (n as SVGElement).dataset.eventId);
    expect(drawn.length).to.be.greaterThan(10);
    expect(seen.slice(0, drawn.length)).to.deep.equal(drawn);
    // Every step kept exactly one tab stop among the events.
    expect(all(el, '[part~="event"][tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal('belarus-applies-brics');
    await sendKeys({ press: 'Enter' });
    await el.renderComplete;
    expect(el.selected).to.equal('belarus-applies-brics');
    await sendKeys({ press: 'Escape' });
    await el.renderComplete;
    expect(el.selected).to.equal(null);
    expect(focusedId(el)).to.equal('belarus-applies-brics');
  });

  it('keyboard: up and down move between lanes to the nearest event in time', async () => {
    const el = await mountArticle(1200, { start: '2023-07-15', end: '2023-08-10' });
    el.shadowRoot!.querySelector<SVGElement>('svg.plot [data-event-id="iran-belarus-defense-mou"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.renderComplete;
    expect(focusedId(el)).to.equal('ashtiani-khrenin-talks');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.renderComplete;
    expect(focusedId(el)).to.equal('iran-bolivia-defense-deal');
  });

  it('keyboard: Space selects too, and the selection is announced as selected', async () => {
    const el = await mountArticle(1200, { start: '2023-07-15', end: '2023-08-10' });
    el.shadowRoot!.querySelector<SVGElement>('svg.plot [data-event-id="iran-belarus-defense-mou"]')!.focus();
    await sendKeys({ press: 'Space' });
    await el.renderComplete;
    expect(el.selected).to.equal('iran-belarus-defense-mou');
    expect(focused(el)!.getAttribute('aria-selected')).to.equal('true');
  });

  it('the key help popover opens from the keyboard and lists the bindings', async () => {
    const el = await mountArticle();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[popovertarget="keys-help"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const help = el.shadowRoot!.querySelector<HTMLElement>('#keys-help')!;
    expect(help.matches(':popover-open')).to.equal(true);
    expect(help.textContent).to.include('Fit all events');
    await sendKeys({ press: 'Escape' });
    expect(help.matches(':popover-open')).to.equal(false);
  });

  it('a polite live region announces the window after zooming, once it settles', async () => {
    const el = await mountArticle();
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    el.shadowRoot!.querySelector<SVGElement>('svg.plot [tabindex="0"]')!.focus();
    el.zoomTo('2023-06-01', '2023-06-30');
    await el.renderComplete;
    el.zoomTo('2023-07-01', '2023-07-31');
    await el.renderComplete;
    // Debounced: nothing yet, and June is never announced.
    expect(live.textContent!.trim()).to.equal('');
    await sleep(800);
    await el.renderComplete;
    expect(live.textContent!.trim()).to.match(/^Showing July 2023, \d+ events$/);
    const n = Number(/(\d+) events/.exec(live.textContent!)![1]);
    const w = el.getWindow();
    expect(n).to.equal(idsInWindow(await articleDataset(), w.start, w.end).length);
  });

  describe('the table', () => {
    it('is toggled from the keyboard, lists every event with the details fields, and sorts', async () => {
      const data = await articleDataset();
      const el = await mountArticle();
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.renderComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const table = el.shadowRoot!.querySelector('[part="table"] table')!;
      expect(table.getAttribute('aria-rowcount')).to.equal(String(data.events.length + 1));
      const titles = () => all(el, '[part="table"] tbody th').map((th) => th.textContent!.trim());
      expect(titles()[0]).to.equal("Iran's Shahed drones appear on the Ukrainian battlefield");
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
      let scrolled = nextEvent(scroller, 'scroll');
      scroller.scrollTop = scroller.scrollHeight;
      await scrolled;
      await el.renderComplete;
      expect(titles().at(-1)).to.equal('Belarus applies to join BRICS');
      scrolled = nextEvent(scroller, 'scroll');
      scroller.scrollTop = 0;
      await scrolled;
      await el.renderComplete;
      const headers = all(el, '[part="table"] thead th').map((th) => th.textContent!.trim());
      expect(headers).to.deep.equal([
        'Event',
        'Kind',
        'As the source puts it',
        'Date ▲',
        'Actors',
        'Place',
        'Summary',
        'Source quote',
        'Other sources',
        'Links and image',
      ]);
      const row = all(el, '[part="table"] tbody tr').find((r) => r.textContent!.includes('Ashtiani and Khrenin meet'))!;
      expect(row.textContent).to.include('July\u00a031,\u00a02023');
      expect(row.textContent).to.include('Viktor Khrenin');
      expect(row.textContent).to.include('Tehran');
      expect(row.textContent).to.include('during a meeting in the Iranian capital');
      const bolivia = all(el, '[part="table"] tbody tr').find((r) => r.textContent!.includes('Iran and Bolivia sign'))!;
      expect(bolivia.textContent).to.include('July\u00a020,\u00a02023: Other reports date');
      // Sort by title with the keyboard.
      const byTitle = all<HTMLButtonElement>(el, '[part="table"] thead button')[0]!;
      byTitle.focus();
      await sendKeys({ press: 'Enter' });
      await el.renderComplete;
      expect(titles()).to.deep.equal([...titles()].sort(new Intl.Collator('en').compare));
      expect(titles()[0]).to.equal('Ashtiani and Khrenin meet in Tehran and discuss the war in Ukraine');
      expect(byTitle.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      // Choosing a row opens its details and brings it into view.
      all<HTMLButtonElement>(el, '[part="table"] tbody th button')
        .find((b) => b.textContent!.includes('Evo Morales'))!
        .click();
      await el.renderComplete;
      expect(el.selected).to.equal('morales-condemns-us');
      expect(el.shadowRoot!.querySelector('[part="details"]')).to.not.equal(null);
    });

    it('is virtualized: 10,000 events render a few dozen rows, and scrolling shows the right ones', async () => {
      const events = Array.from({ length: 10_000 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${String(i).padStart(5, '0')}`,
        kind: 'statement',
        date: `2020-01-01`,
      }));
      events.forEach((e, i) => (e.date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)));
      const el = await mount(html`<event-timeline .events=${events}></event-timeline>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
      await el.renderComplete;
      const rows = () => all(el, '[part="table"] tbody tr:not(.spacer)');
      expect(rows().length).to.be.within(5, 40);
      expect(el.shadowRoot!.querySelector('[part="table"] table')!.getAttribute('aria-rowcount')).to.equal('10001');
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
      const scrolled = nextEvent(scroller, 'scroll');
      scroller.scrollTop = 5000 * 60;
      await scrolled;
      await el.renderComplete;
      const indexes = rows().map((r) => Number(r.getAttribute('aria-rowindex')));
      expect(indexes).to.include(5002);
      expect(rows().some((r) => r.textContent!.includes('Event 05000'))).to.equal(true);
      expect(rows().length).to.be.within(5, 40);
    });
  });

  it('every pointer target is at least 24 × 24 px', async () => {
    const el = await mountArticle(1200, { selected: 'iran-belarus-defense-mou' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
    await el.renderComplete;
    const targets = [
      ...all(el, 'button, summary, [role="option"] .hit, [role="option"][part~="event"]:not(g), [part="brush"]'),
    ].filter((t) => !(t.closest('[part="table"]') && t.matches('tbody *')));
    expect(targets.length).to.be.greaterThan(30);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(r.width, `${t.outerHTML.slice(0, 80)} width`).to.be.at.least(24);
      expect(r.height, `${t.outerHTML.slice(0, 80)} height`).to.be.at.least(24);
    }
  });

  it('focus is always visible: the focused mark shows its ring, and only that one', async () => {
    const el = await mountArticle();
    const mark = el.shadowRoot!.querySelector<SVGElement>('svg.plot [tabindex="0"]')!;
    mark.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.renderComplete;
    const ring = focused(el)!.querySelector('.focus-ring')!;
    expect(getComputedStyle(ring).opacity).to.equal('1');
    // Not also the outline of a focused [tabindex], a square box around the ring.
    expect(focused(el)!.matches(':focus-visible'), 'focus-visible').to.equal(true);
    expect(getComputedStyle(focused(el)!).outlineStyle, 'the mark outline').to.equal('none');
    expect(contrast(getComputedStyle(ring).stroke, resolved(el, '--_surface'))).to.be.at.least(3);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`contrast in the ${theme} theme: text 4.5:1, every kind's marks, focus and selection 3:1`, async () => {
      const el = await mountArticle(1200, { theme });
      const surface = resolved(el, '--_surface');
      const alt = resolved(el, '--_surface-alt');
      for (const bg of [surface, alt]) {
        expect(contrast(resolved(el, '--_text'), bg), 'text').to.be.at.least(4.5);
        expect(contrast(resolved(el, '--_text-muted'), bg), 'muted text').to.be.at.least(4.5);
        for (const kind of EVENT_KINDS) expect(contrast(resolved(el, `--_kind-${kind}`), bg), kind).to.be.at.least(3);
        for (const p of ['--_focus', '--_selection', '--_marker', '--_accent'])
          expect(contrast(resolved(el, p), bg), p).to.be.at.least(3);
      }
      // And the colours the marks actually paint with.
      const symbol = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-belarus-defense-mou"] .symbol')!;
      expect(contrast(getComputedStyle(symbol).fill, surface)).to.be.at.least(3);
    });
  }

  it('forced colors: marks, focus and selection use system colours', async () => {
    const el = await mountArticle(1200, { selected: 'iran-belarus-defense-mou' });
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    await el.renderComplete;
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const probe = (c: string) => {
      const s = document.createElement('span');
      s.style.color = c;
      document.body.append(s);
      const v = getComputedStyle(s).color;
      s.remove();
      return v;
    };
    const mou = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-belarus-defense-mou"] .symbol')!;
    expect(getComputedStyle(mou).stroke).to.equal(probe('Highlight'));
    const day = el.shadowRoot!.querySelector('svg.plot [data-event-id="ashtiani-khrenin-talks"] .symbol')!;
    expect(getComputedStyle(day).fill).to.equal(probe('CanvasText'));
    const ring = el.shadowRoot!.querySelector('svg.plot .focus-ring')!;
    expect(getComputedStyle(ring).stroke).to.equal(probe('Highlight'));
  });

  it('no text of the plot has a stroke painted over its letters, in forced colours or not', async () => {
    // Forced colours give the plot's texts a Canvas stroke; painted after the fill (SVG's default order), it wore
    // the axis labels away to nothing and the lane labels to outlines.
    const el = await mountArticle(1200, { selected: 'iran-belarus-defense-mou' });
    const check = (mode: string) => {
      const texts = all(el, 'svg.plot text');
      expect(texts.length).to.be.greaterThan(20);
      for (const t of texts) {
        const s = getComputedStyle(t);
        if (s.stroke === 'none' || !(parseFloat(s.strokeWidth) > 0)) continue;
        expect(s.paintOrder, `${mode}: "${t.textContent!.trim()}" (${t.getAttribute('class')})`).to.match(/^stroke/);
      }
    };
    check('default');
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    await el.renderComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="tick-label"]')!).stroke).to.not.equal('none');
    check('forced colours');
  });

  it('forced colors: the canvas-drawn cluster bubbles switch to system colours too', async () => {
    const el = await mount(html`<event-timeline .events=${generateEvents(10_000)}></event-timeline>`);
    /** The most saturated pixel the cluster canvases hold (max − min channel). */
    const chroma = () => {
      let most = 0;
      for (const canvas of el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('canvas[part="clusters"]')) {
        const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < d.length; i += 4)
          if (d[i + 3]! > 200)
            most = Math.max(most, Math.max(d[i]!, d[i + 1]!, d[i + 2]!) - Math.min(d[i]!, d[i + 1]!, d[i + 2]!));
      }
      return most;
    };
    expect(chroma(), 'lane colours before').to.be.greaterThan(60);
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    await el.renderComplete;
    expect(chroma(), 'system colours only').to.be.lessThan(24);
  });

  it('reduced motion: no transitions', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountArticle(1200, { start: '2023-07-15', end: '2023-08-10' });
    el.shadowRoot!.querySelector<SVGElement>('svg.plot [data-event-id="iran-belarus-defense-mou"]')!.focus();
    await el.renderComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
    expect(getComputedStyle(tip).transitionDuration).to.equal('0s');
    for (const node of el.shadowRoot!.querySelectorAll('*'))
      expect(getComputedStyle(node).transitionDuration, node.tagName).to.equal('0s');
  });
});
