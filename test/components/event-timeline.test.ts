import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import {
  all,
  articleDataset,
  centre,
  countUpdates,
  DATASET_URL,
  drawnIds,
  idsInWindow,
  mount,
  mountArticle,
  nextEvent,
  record,
  sleep,
} from './helpers.js';
import { normalize } from '../../src/data/normalize.js';
import { dataInstants, gapWarp, type Warp } from '../../src/layout/gaps.js';
import { referenceMs } from '../../src/layout/window.js';
import { generateEvents } from '../../bench/generate.js';

/**
 * The article's compressed gaps, as the element draws them by default (`gaps="compress"`): the warp of its dated
 * events and its publication date, built by the same public layout functions. Zooming and panning act in its
 * units, so a window's length is invariant in them, not in real time.
 */
async function articleWarp(): Promise<Warp> {
  const data = await articleDataset();
  return gapWarp(dataInstants(normalize(data).events, referenceMs(data.source?.published, 'UTC')));
}

/** A window's length in `warp`'s units: what the plot's width shows. */
const drawnSpan = (warp: Warp, w: { start: Date; end: Date }) => warp(+w.end) - warp(+w.start);

describe('<event-timeline>', () => {
  it('is accessible', async () => {
    const el = await mountArticle();
    await expect(el).to.be.accessible();
  });

  it('is accessible with the details panel open', async () => {
    const el = await mountArticle(1200, { selected: 'iran-belarus-defense-mou' });
    expect(all(el, '[part="details"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  describe('data in', () => {
    it('renders from the events property', async () => {
      const data = await articleDataset();
      const el = await mountArticle();
      const dated = data.events
        .filter((e) => e.date !== null)
        .map((e) => e.id!)
        .sort();
      expect(drawnIds(el)).to.deep.equal(dated);
      expect(el.problems).to.deep.equal([]);
    });

    it('renders from a src URL to our JSON', async () => {
      const data = await articleDataset();
      const el = await mount(html`<event-timeline src=${DATASET_URL}></event-timeline>`);
      expect(drawnIds(el)).to.have.length(data.events.filter((e) => e.date).length);
    });

    it('renders from a src URL to TimelineJS-column CSV', async () => {
      const csv = [
        'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
        '2023,7,31,,,,,,on 31 July,Iran and Belarus sign an MoU,<p>In <b>Tehran</b></p>,,,,,,Defense,',
        '2023,5,,,,,,,In May,Engineers visit Belarus,,,,,,,Defense,',
        '2022,,,,,,,,last year,Shahed drones in Ukraine,,,,,,,War,',
      ].join('\n');
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      const el = await mount(html`<event-timeline src=${url}></event-timeline>`);
      const titles = all(el, 'svg.plot [part~="event"]').map((m) => m.getAttribute('aria-label')!);
      expect(titles).to.have.length(3);
      expect(titles.some((t) => t.startsWith('Iran and Belarus sign an MoU'))).to.equal(true);
      // A year-only row stays a year, not 1 January.
      expect(titles.find((t) => t.startsWith('Shahed'))).to.include('sometime in 2022');
    });

    it('renders from a src URL to TimelineJS JSON', async () => {
      const json = {
        title: { text: { headline: 'Title slide' } },
        events: [
          {
            start_date: { year: '2023', month: '7', day: '31' },
            text: { headline: 'MoU <i>signed</i>', text: 'In Tehran' },
            unique_id: 'mou',
          },
          { start_date: { year: 2023, month: 5 }, text: { headline: 'Engineers visit' } },
        ],
      };
      const url = URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
      const el = await mount(html`<event-timeline src=${url}></event-timeline>`);
      expect(drawnIds(el)).to.include('mou');
      const names = all(el, 'svg.plot [part~="event"]').map((m) => m.getAttribute('aria-label'));
      // Tags reduced to text; a month-only date stays a month.
      expect(names).to.have.members([
        'MoU signed, July 31, 2023, Other',
        'Engineers visit, sometime in May 2023, Other',
      ]);
    });

    it('renders from an inline <script type="application/json"> child', async () => {
      const data = await articleDataset();
      const el = await mount(
        html`<event-timeline><script type="application/json">${JSON.stringify(data)}</script></event-timeline>`,
      );
      expect(drawnIds(el)).to.have.length(data.events.filter((e) => e.date).length);
    });

    it('skips invalid records, reports them, and renders the rest', async () => {
      const loads = [] as Array<{ count: number; problems: unknown[] }>;
      const el = document.createElement('event-timeline');
      el.addEventListener('event-timeline-load', (e) => loads.push(e.detail));
      el.events = [
        { id: 'ok', title: 'Fine', date: '2023-07-31' },
        { id: 'bad', title: 'Bad date', date: '31/07/2023' },
        { title: '', date: '2023' } as never,
        { id: 'ok2', title: 'Also fine', date: '2023-05' },
      ];
      await mount(el);
      expect(drawnIds(el)).to.deep.equal(['ok', 'ok2']);
      expect(el.problems.map((p) => [p.index, p.code])).to.deep.equal([
        [1, 'invalid-date'],
        [2, 'missing-title'],
      ]);
      expect(loads).to.have.length(1);
      expect(loads[0]!.count).to.equal(2);
      const summary = el.shadowRoot!.querySelector('[part="problems"]')!;
      expect(summary.textContent).to.include('2 records were skipped');
      expect(summary.textContent).to.include('Record 2 ("bad"), field "date"');
    });

    it('lists warnings too (a kept record whose field was dropped), errors first, with a count of what is not listed', async () => {
      const el = document.createElement('event-timeline');
      el.events = [
        { id: 'w', title: 'Kept', date: '2023-07-31', links: [{ url: 'javascript:alert(1)' }] },
        { id: 'e', title: 'Skipped', date: 'soon' },
        ...Array.from({ length: 60 }, (_, i) => ({
          id: `u${i}`,
          title: `Unknown kind ${i}`,
          date: '2023-01-01',
          kind: 'rumour',
        })),
      ];
      await mount(el);
      const panel = el.shadowRoot!.querySelector('[part="problems"]')!;
      expect(panel.querySelector('summary')!.textContent).to.equal(
        '1 record was skipped as invalid. 61 warnings: fields dropped or adjusted.',
      );
      const items = [...panel.querySelectorAll('li')];
      expect(items).to.have.length(51);
      expect(items[0]!.className).to.equal('error');
      expect(items[0]!.textContent).to.include('"e"');
      expect(items[1]!.className).to.equal('warning');
      expect(items[1]!.textContent).to.include('links[0].url');
      expect(items.at(-1)!.textContent).to.equal('and 12 more (see the problems property).');
      expect(drawnIds(el)).to.include('w');
    });
  });

  describe('states', () => {
    it('shows loading, then the data', async () => {
      const el = document.createElement('event-timeline');
      el.src = `/__test/slow?ms=600&file=${DATASET_URL}`;
      await fixture(html`<div style="width:800px">${el}</div>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="state"]')!.textContent).to.include('Loading');
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="state"]')).to.equal(null);
    });

    it('shows an error and fires event-timeline-error for a 404 src', async () => {
      const el = document.createElement('event-timeline');
      const error = nextEvent(el, 'event-timeline-error');
      el.src = '/no/such/file.json';
      await fixture(html`<div style="width:800px">${el}</div>`);
      const e = await error;
      expect(e.detail.message).to.include('404');
      expect(e.bubbles && e.composed).to.equal(true);
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="state"]')!.textContent).to.include('404');
    });

    it('shows an error for invalid JSON', async () => {
      const url = URL.createObjectURL(new Blob(['{"events": [ {"title": "x", '], { type: 'application/json' }));
      const el = document.createElement('event-timeline');
      const error = nextEvent(el, 'event-timeline-error');
      el.src = url;
      await fixture(html`<div style="width:800px">${el}</div>`);
      await error;
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="state"]')!.textContent).to.match(/could not be loaded/);
    });

    it('shows an empty state when every record is invalid', async () => {
      const el = await mount(html`<event-timeline .events=${[{ title: 'no date' }]}></event-timeline>`);
      expect(el.shadowRoot!.querySelector('[part="state"]')!.textContent).to.include('No events to show');
    });
  });

  describe('drawing', () => {
    /** Counts the frames (animation frame callbacks) from now while `host` is connected. */
    const countFrames = (host: Element): (() => number) => {
      let frames = 0;
      const count = () => {
        frames++;
        if (host.isConnected) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      return () => frames;
    };

    it('draws the data in the first frame: the first width is read when the element first renders, not from the resize observer a frame later', async () => {
      const data = await articleDataset();
      const host = document.createElement('div');
      host.style.width = '900px';
      document.body.append(host);
      const frames = countFrames(host);
      try {
        const el = document.createElement('event-timeline');
        el.events = data;
        host.append(el);
        while (!(await el.updateComplete));
        expect(frames(), 'no frame has passed').to.equal(0);
        expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal(String(900 - 2));
        expect(el.shadowRoot!.querySelectorAll('svg.plot [part~="event"]').length).to.be.greaterThan(10);
      } finally {
        host.remove();
      }
    });

    it('resolves renderComplete once the first frame is painted, not a frame later, and renders that frame once', async () => {
      const data = await articleDataset();
      const host = document.createElement('div');
      host.style.width = '900px';
      document.body.append(host);
      try {
        const el = document.createElement('event-timeline');
        const updates = countUpdates(el);
        const loads = record(el, 'event-timeline-load');
        el.events = data;
        host.append(el);
        const frames = countFrames(host);
        await el.renderComplete;
        // The frame that drew the data has run (its resize observation confirmed the width) and painted; the
        // next one has not started.
        expect(frames()).to.equal(1);
        expect(updates(), 'the confirmed width draws nothing again').to.equal(1);
        expect(loads.events.length, 'the load event fired in that frame').to.equal(1);
        loads.stop();
      } finally {
        host.remove();
      }
    });

    it('corrects a first width guessed wrong (a themed chart border) by the time renderComplete resolves', async () => {
      // The first width is the element's content width less the chart's default 1 px borders, read before the
      // shadow root holds anything; the resize observer confirms or corrects it.
      const data = await articleDataset();
      const style = document.createElement('style');
      style.textContent = 'event-timeline.thick-border::part(chart) { border-width: 7px; }';
      document.head.append(style);
      const host = document.createElement('div');
      host.style.width = '900px';
      document.body.append(host);
      try {
        const el = document.createElement('event-timeline');
        el.className = 'thick-border';
        el.events = data;
        host.append(el);
        await el.renderComplete;
        const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
        expect(chart.clientWidth).to.equal(900 - 14);
        expect(el.shadowRoot!.querySelector('svg.plot')!.getAttribute('width')).to.equal(String(900 - 14));
      } finally {
        host.remove();
        style.remove();
      }
    });

    it('draws each event in the window exactly once: DOM ids equal the events in the window', async () => {
      const data = await articleDataset();
      const el = await mountArticle();
      for (const [start, end] of [
        ['2023-07-01', '2023-08-10'],
        ['2023-05-01', '2023-05-31'],
        ['2022-01-01', '2023-12-31'],
        ['2021-01-01', '2021-06-30'],
      ] as const) {
        el.zoomTo(start, end);
        await el.renderComplete;
        const w = el.getWindow();
        expect(drawnIds(el), `${start}..${end}`).to.deep.equal(idsInWindow(data, w.start, w.end));
        // And no mark is drawn twice in one lane.
        const keys = all(el, 'svg.plot [part~="event"]').map((m) => m.getAttribute('data-key'));
        expect(new Set(keys).size).to.equal(keys.length);
      }
    });

    it('draws uncertain points, intervals and exact days visibly differently, and undated events on their shelf', async () => {
      const el = await mountArticle(1200, { start: '2022-01-01', end: '2023-09-01' });
      const mark = (id: string) => el.shadowRoot!.querySelector(`svg.plot [data-event-id="${id}"]`)!;
      const fill = (id: string) => getComputedStyle(mark(id).querySelector('.symbol')!).fill;
      // A day is a solid symbol; a year, a month and "last week" are hollow symbols over a dotted span.
      expect(mark('iran-belarus-defense-mou').classList.contains('uncertain')).to.equal(false);
      for (const id of [
        'shahed-drones-ukraine',
        'iranian-engineers-visit-belarus',
        'iran-bolivia-defense-deal',
        'lukashenko-visits-iran',
      ]) {
        expect(mark(id).classList.contains('uncertain'), id).to.equal(true);
        expect(fill(id), id).to.not.equal(fill('iran-belarus-defense-mou'));
      }
      // The span's outline: the span itself, or the path that stops under its own label.
      const outline = (id: string) => mark(id).querySelector('path.span.line') ?? mark(id).querySelector('.span')!;
      expect(getComputedStyle(outline('shahed-drones-ukraine')).strokeDasharray).to.not.equal('none');
      expect(getComputedStyle(outline('shahed-drones-ukraine')).stroke).to.not.equal('none');
      // "Months earlier" has an open start: it fades toward the past.
      const open = mark('lukashenko-visits-iran').querySelector('.span')!;
      expect(open.classList.contains('fade-l')).to.equal(true);
      expect(getComputedStyle(open).maskImage).to.match(
        /^linear-gradient\(to right, (transparent|rgba\(0, 0, 0, 0\)), rgb\(0, 0, 0\)\)$/,
      );
      // A closed span does not fade: no mask on it or on anything of its mark.
      for (const part of mark('shahed-drones-ukraine').querySelectorAll('*')) {
        expect(getComputedStyle(part).maskImage, 'a closed span does not fade').to.equal('none');
      }
      const undated = all(el, '[part~="undated"] [part~="event"]').map((b) => b.getAttribute('data-event-id'));
      expect(undated).to.have.members([
        'iran-nicaragua-defense-deal',
        'iran-venezuela-defense-deal',
        'iran-applies-brics',
        'belarus-applies-brics',
      ]);
      expect(undated.indexOf('iran-applies-brics')).to.be.lessThan(undated.indexOf('belarus-applies-brics'));
      expect(all(el, 'svg.plot [data-event-id="iran-applies-brics"]')).to.have.length(0);
    });

    it('gives each mark part="event", data-event-id and a name with the source words and the resolved date', async () => {
      const el = await mountArticle(1200, { start: '2023-07-01', end: '2023-08-10' });
      const bolivia = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-bolivia-defense-deal"]')!;
      expect(bolivia.getAttribute('part')).to.equal('event');
      expect(bolivia.getAttribute('aria-label')).to.equal(
        'Iran and Bolivia sign a defense deal, last week, sometime between July 24 and 30, 2023, Deal',
      );
    });

    it('shows an event of several actors in each actor lane, with the same id', async () => {
      const el = await mountArticle(1200, { 'group-by': 'actor', start: '2023-07-20', end: '2023-08-05' });
      const marks = all(el, 'svg.plot [data-event-id="iran-belarus-defense-mou"]');
      expect(marks).to.have.length(4);
      const lanes = all(el, '[part="lane-label"]').map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
      expect(lanes.slice(0, 2)).to.deep.equal(['Belarus', 'Iran']);
    });

    it('draws a lane per TimelineJS group by default (group-by auto), ungrouped last; group-by="kind" overrides', async () => {
      const el = await mount(html`<event-timeline src="/test/fixtures/timelinejs-space-race.json"></event-timeline>`);
      expect(el.groupBy).to.equal('auto');
      const labels = () =>
        all(el, '[part="lane-label"]').map((t) => t.textContent!.replace(/[\u2068\u2069]/g, '').trim());
      expect(labels()).to.deep.equal(['USSR', 'USA', 'No group']);
      const names = all(el, 'svg.plot [part~="event"][data-event-id]').map((m) => m.getAttribute('aria-label'));
      expect(names.filter((n) => / in the USSR row$/.test(n!))).to.have.length(2);
      expect(names.filter((n) => / in the No group row$/.test(n!))).to.have.length(2);
      el.groupBy = 'kind';
      await el.renderComplete;
      expect(labels()).to.not.include('USSR');
      // The seed article has no groups: auto is by kind.
      const article = await mountArticle();
      expect(all(article, '[part="lane-label"]').map((t) => t.textContent!.trim())[0]).to.match(/Visit/);
    });

    it('legend toggles hide and show a kind', async () => {
      const el = await mountArticle();
      const button = all<HTMLButtonElement>(el, '[part="legend-item"]').find((b) =>
        b.textContent!.includes('Statement'),
      )!;
      button.click();
      await el.renderComplete;
      expect(el.hiddenKinds).to.deep.equal(['statement']);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(drawnIds(el)).to.not.include('kirby-voa-concern');
      button.click();
      await el.renderComplete;
      expect(drawnIds(el)).to.include('kirby-voa-concern');
    });

    it('filters by actor from code', async () => {
      const el = await mountArticle();
      el.hiddenActors = [
        'Iran',
        'Belarus',
        'Russia',
        'Ukraine',
        'Bolivia',
        'Mohammad Reza Ashtiani',
        'Viktor Khrenin',
        'Alexander Lukashenko',
        'Belarusian defense ministry',
        'Iranian media',
      ];
      await el.renderComplete;
      // Kirby's and Morales's statements name the United States too.
      expect(drawnIds(el)).to.deep.equal(['kirby-voa-concern', 'morales-condemns-us']);
    });

    it("the actor filter hides and shows an actor's events", async () => {
      const el = await mountArticle();
      const filter = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="actor-filter"]')!;
      filter.open = true;
      const kirby = all<HTMLButtonElement>(el, '[part="actor-filter"] [part="legend-item"]').find((b) =>
        b.textContent!.includes('John Kirby'),
      )!;
      kirby.click();
      await el.renderComplete;
      expect(el.hiddenActors).to.deep.equal(['John Kirby']);
      // Kirby's statement still shows: it names other actors, who are shown.
      expect(drawnIds(el)).to.include('kirby-voa-concern');
      expect(filter.querySelector('summary')!.textContent).to.match(/Actors \(\d+ of \d+ shown\)/);
    });

    it('groups into one lane with group-by="none", and shows the now marker', async () => {
      const el = await mountArticle(1200, { 'group-by': 'none', now: '', start: '2023-01-01', end: '2030-01-01' });
      expect(all(el, '[part="lane"]')).to.have.length(1);
      // A handful of events always gets marks, however many rows they take.
      expect(all(el, '[part="clusters"]')).to.have.length(0);
      expect(drawnIds(el).length).to.be.greaterThan(5);
      expect(all(el, '[part="lane-label"]')).to.have.length(0);
      const markers = all(el, '[part="marker"]').map((m) => m.textContent!.trim());
      expect(markers).to.include('Today');
    });

    it('draws the reference-date marker and eras', async () => {
      const el = await mountArticle();
      const marker = el.shadowRoot!.querySelector('[part="marker"]')!;
      expect(marker.textContent).to.include('Published');
      expect(el.shadowRoot!.querySelector('[part="era"]')!.textContent).to.include('war in Ukraine');
      // The era's title and the lanes' labels are painted over the gridlines, with a halo: a gridline through the
      // title hid a letter ("full-sca e war" at 730 px wide), and crossed "MEET|ING".
      const plot = el.shadowRoot!.querySelector('svg.plot')!;
      const grid = plot.querySelector('.gridlines')!;
      for (const sel of ['.era-label', '.lane-label']) {
        const text = plot.querySelector(sel)!;
        const after = grid.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING;
        expect(after, `${sel} after the gridlines`).to.not.equal(0);
        expect(getComputedStyle(text).paintOrder).to.match(/^stroke/);
        expect(parseFloat(getComputedStyle(text).strokeWidth)).to.be.at.least(2);
      }
    });

    it('never overlaps two visible labels', async () => {
      for (const width of [400, 1200]) {
        const el = await mountArticle(width, { orientation: 'horizontal' });
        const boxes = all(el, '[part="event-label"]').map((t) => t.getBoundingClientRect());
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const overlap =
              a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            expect(overlap, `labels ${i} and ${j} at ${width}px`).to.equal(false);
          }
        const axis = all(el, '[part="tick-label"]').map((t) => t.getBoundingClientRect());
        for (let i = 1; i < axis.length; i++)
          expect(axis[i]!.left, `tick labels at ${width}px`).to.be.at.least(axis[i - 1]!.right);
      }
    });

    it('at 390 px, forced horizontal, labels every mark with its whole title, on a third line where the row below is free', async () => {
      const el = await mountArticle(390, { orientation: 'horizontal' });
      const marks = all(el, 'svg.plot [part~="event"]');
      const labels = all<SVGTextElement>(el, '[part="event-label"]');
      expect(labels.length, 'a label for every mark').to.equal(marks.length);
      for (const t of labels) expect(t.textContent, 'not shortened').to.not.include('…');
      // Two titles take three lines there (they were cut on two before).
      expect(labels.filter((t) => t.querySelectorAll('tspan').length === 3).length).to.be.at.least(1);
      // No label, third line and all, lies over another mark's symbol.
      const symbols = all(el, 'svg.plot .mark path.symbol').map((s) => s.getBoundingClientRect());
      for (const t of labels) {
        const a = t.getBoundingClientRect();
        for (const b of symbols) {
          const overlap =
            a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `"${t.textContent}" over a symbol`).to.equal(false);
        }
      }
      // A third line's hit area is no wider than its label: left of the label, the row below is another mark's.
      let tails = 0;
      for (const t of labels.filter((l) => l.querySelectorAll('tspan').length === 3)) {
        const label = t.getBoundingClientRect();
        const second = t.querySelectorAll('tspan')[1]!.getBoundingClientRect();
        const first = t.querySelector('tspan')!.textContent!.replace(/[\u2066-\u2069]/g, '');
        const mark = marks.find((m) => m.getAttribute('aria-label')!.includes(first))!;
        expect(mark, `the mark of "${t.textContent}"`).to.not.equal(undefined);
        for (const hit of mark.querySelectorAll('.hit')) {
          const r = hit.getBoundingClientRect();
          if (r.bottom <= second.bottom + 2) continue;
          tails++;
          expect(r.left, 'third line hit area, left').to.be.at.least(label.left - 2);
          expect(r.right, 'third line hit area, right').to.be.at.most(label.right + 2);
          expect(r.bottom, 'down to the third line').to.be.at.least(label.bottom - 4);
        }
      }
      expect(tails, 'hit areas of third lines').to.be.at.least(1);
    });

    it("stops a span's outline under its own label, fieldset-style, and gives label halos their lane's colour", async () => {
      const el = await mountArticle(1280, { orientation: 'horizontal' });
      const labels = all<SVGTextElement>(el, '[part="event-label"]');
      const spans = all<SVGRectElement>(el, '.mark rect.span');
      // Labels never lie over another mark (the layout's property), so a span a label crosses is its own.
      const crossed = new Map<SVGRectElement, DOMRect>();
      for (const t of labels) {
        const a = t.getBoundingClientRect();
        for (const r of spans) {
          const b = r.getBoundingClientRect();
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          if (x > 3 && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)) crossed.set(r, a);
        }
      }
      // The article at 1280 px has three: the engineers' visit, the drones' first sighting, the warheads' deployment.
      expect(crossed.size, 'labels over their own span').to.be.at.least(2);
      /** Does the element's stroke cover the point at screen x, and y px about the mark's row? */
      const inStroke = (g: SVGGeometryElement, sx: number, y: number) => {
        const ctm = g.getScreenCTM()!;
        const pt = g.ownerSVGElement!.createSVGPoint();
        [pt.x, pt.y] = [(sx - ctm.e) / ctm.a, y];
        return g.isPointInStroke(pt);
      };
      for (const r of spans) {
        const mark = r.closest('.mark')!;
        const line = mark.querySelector<SVGPathElement>('path.span.line');
        const label = crossed.get(r);
        if (!label) {
          expect(line, 'no cut outline for a span no label crosses').to.equal(null);
          expect(r.classList.contains('fill-only'), 'a span no label crosses keeps its outline').to.equal(false);
          continue;
        }
        // The span's box keeps its tint and loses its stroke; the outline is a path with a gap across the label.
        expect(r.classList.contains('fill-only')).to.equal(true);
        expect(getComputedStyle(r).stroke).to.equal('none');
        expect(Number(getComputedStyle(r).fillOpacity)).to.be.greaterThan(0);
        expect(line, 'an outline path').to.not.equal(null);
        expect(getComputedStyle(line!).fill).to.equal('none');
        expect(getComputedStyle(line!).stroke).to.not.equal('none');
        const box = r.getBoundingClientRect();
        // The outline is drawn up to the gap: from the span's end before the label (the symbol's end, in LTR).
        const drawn = line!.getBoundingClientRect();
        expect(drawn.left, 'the outline starts at the span').to.be.closeTo(box.left, 0.5);
        expect(drawn.right, 'and stops before the label').to.be.within(box.left + 5, label.left - 2);
        const [from, to] = [Math.max(label.left, box.left + 8), Math.min(label.right, box.right - 8)];
        for (let x = from; x <= to; x += 2) {
          for (const y of [-7, 7])
            expect(inStroke(line!, x, y), `outline under the label at ${x},${y}`).to.equal(false);
        }
        // A closed fuzzy span's end ticks stop under the label too.
        const whisker = mark.querySelector<SVGPathElement>('.whisker');
        if (whisker) {
          for (let x = label.left; x <= label.right; x += 1)
            expect(inStroke(whisker, x, 0), `end tick at ${x}`).to.equal(false);
        }
      }
      // An open side's fade is measured from the stroke box: from the fill box, it cut the outline's outer half at
      // one end and showed a sliver of it at the faded end.
      const faded = all<SVGElement>(el, '.mark .fade-l, .mark .fade-r, .mark .fade-lr');
      expect(faded.length, 'faded spans').to.be.greaterThan(0);
      for (const f of faded) expect(getComputedStyle(f).maskOrigin).to.equal('stroke-box');
      // The halo matches the lane under the label: the base surface, or an alternate lane's band.
      const band = getComputedStyle(all(el, '.lane-band.alt')[0]!).fill;
      const alt = labels.filter((t) => t.classList.contains('alt'));
      expect(alt.length).to.be.greaterThan(0);
      for (const t of alt) expect(getComputedStyle(t).stroke).to.equal(band);
      for (const t of labels.filter((l) => !l.classList.contains('alt')))
        expect(getComputedStyle(t).stroke).to.not.equal(band);
    });

    it('keeps a cut span fading on its open side: the fade masks the tint and the cut outline together', async () => {
      const events = [
        { id: 'open', title: 'Sanctions stay in force', date: '2023-05/..', kind: 'statement' },
        { id: 'a', title: 'Talks open', date: '2023-01-10', kind: 'meeting' },
        { id: 'b', title: 'Talks close', date: '2023-12-20', kind: 'meeting' },
      ];
      for (const dir of ['ltr', 'rtl']) {
        const el = await mount(
          html`<event-timeline dir=${dir} orientation="horizontal" .events=${events}></event-timeline>`,
        );
        const mark = el.shadowRoot!.querySelector('svg.plot [data-event-id="open"]')!;
        const g = mark.querySelector<SVGGElement>(`g.${dir === 'rtl' ? 'fade-l' : 'fade-r'}`);
        expect(g, `${dir}: the fade on the group of the cut span`).to.not.equal(null);
        expect(g!.querySelector('rect.span.fill-only'), dir).to.not.equal(null);
        const line = g!.querySelector<SVGPathElement>('path.span.line')!;
        expect(line.getTotalLength(), `${dir}: the outline is drawn`).to.be.greaterThan(20);
        expect(getComputedStyle(g!).maskImage, dir).to.match(/^linear-gradient/);
        expect(getComputedStyle(g!).maskOrigin, dir).to.equal('stroke-box');
        // Masked once: not again on what the group holds.
        for (const child of g!.children) expect(getComputedStyle(child).maskImage, dir).to.equal('none');
      }
    });

    it('resizes with its container, from 320 px to 2560 px, horizontal', async () => {
      const el = await mountArticle(320, { orientation: 'horizontal' });
      const plot = el.shadowRoot!.querySelector('svg.plot')!;
      expect(plot.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
      (el.parentElement as HTMLElement).style.width = '2560px';
      await setViewport({ width: 2600, height: 900 });
      await sleep(50);
      await el.renderComplete;
      expect(plot.getBoundingClientRect().width).to.be.greaterThan(2500);
    });
  });

  describe('interaction', () => {
    it('zooms in on a real wheel and fires one window-change when it settles', async () => {
      const el = await mountArticle(1200, { gestures: 'greedy' });
      const before = el.getWindow();
      const changes = record(el, 'event-timeline-window-change');
      const [x, y] = centre(el.shadowRoot!.querySelector('svg.plot')!);
      for (let i = 0; i < 3; i++) await executeServerCommand('wheel', { x, y, deltaY: -200 });
      await sleep(400);
      await el.renderComplete;
      const after = el.getWindow();
      expect(+after.end - +after.start).to.be.lessThan(+before.end - +before.start);
      expect(changes.events).to.have.length(1);
      expect(+changes.events[0]!.detail.start).to.equal(+after.start);
      expect(changes.events[0]!.bubbles && changes.events[0]!.composed).to.equal(true);
      changes.stop();
    });

    it('pans on a real drag and fires one window-change', async () => {
      const el = await mountArticle();
      const before = el.getWindow();
      const changes = record(el, 'event-timeline-window-change');
      const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
      // Drag on empty plot space near the top-left lane band.
      await executeServerCommand('drag', {
        from: [plot.left + 400, plot.top + 40],
        to: [plot.left + 600, plot.top + 40],
      });
      await sleep(100);
      await el.renderComplete;
      const after = el.getWindow();
      expect(+after.start).to.be.lessThan(+before.start);
      // A pan keeps the zoom: the window's length as drawn (warped units; a break inside it is drawn short), not its
      // real length, which changes as breaks enter or leave it. The content follows the pointer: 200 px of the width.
      const warp = await articleWarp();
      expect(warp.breaks.length).to.be.greaterThan(0);
      const drawn = drawnSpan(warp, before);
      expect(drawnSpan(warp, after)).to.be.closeTo(drawn, drawn * 1e-6);
      expect(warp(+before.start) - warp(+after.start)).to.be.closeTo(
        (200 / plot.width) * drawn,
        (2 / plot.width) * drawn,
      );
      expect(changes.events).to.have.length(1);
      changes.stop();
    });

    it('shows a tooltip on hover and on focus', async () => {
      const el = await mountArticle(1200, { start: '2023-07-01', end: '2023-08-10' });
      const { sendMouse } = await import('@web/test-runner-commands');
      const mou = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-belarus-defense-mou"] .symbol')!;
      const hovers = record(el, 'event-timeline-hover');
      await sendMouse({ type: 'move', position: centre(mou) });
      await el.renderComplete;
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
      expect(tip.textContent).to.include('Iran and Belarus sign a defense memorandum of understanding');
      expect(tip.textContent).to.include('“on 31 July”');
      expect(hovers.events.at(-1)!.detail.id).to.equal('iran-belarus-defense-mou');
      await sendMouse({ type: 'move', position: [2, 2] });
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
      el.shadowRoot!.querySelector<SVGGElement>('svg.plot [data-event-id="iran-bolivia-defense-deal"]')!.focus();
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.textContent).to.include('Iran and Bolivia');
      hovers.stop();
    });

    it('dragging the overview brush moves the window, with one window-change', async () => {
      const el = await mountArticle(1200, { start: '2023-01-01', end: '2023-03-01' });
      const before = el.getWindow();
      const changes = record(el, 'event-timeline-window-change');
      const brush = el.shadowRoot!.querySelector('[part="brush"]')!;
      const [x, y] = centre(brush);
      await executeServerCommand('drag', { from: [x, y], to: [x + 150, y] });
      await el.renderComplete;
      const after = el.getWindow();
      expect(+after.start).to.be.greaterThan(+before.start);
      expect(+after.end - +after.start).to.be.closeTo(+before.end - +before.start, 1000);
      expect(changes.events).to.have.length(1);
      changes.stop();
    });

    it('the details slot replaces the default details', async () => {
      const data = await articleDataset();
      const el = await mount(
        html`<event-timeline .events=${data} selected="iran-belarus-defense-mou"><div slot="details">Custom details</div></event-timeline>`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="details"] slot[name="details"]')!;
      expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['Custom details']);
    });

    it('selects on click: fires event-timeline-select and opens the details with the source quote', async () => {
      const el = await mountArticle(1200, { start: '2023-07-01', end: '2023-08-10' });
      const selects = record(el, 'event-timeline-select');
      const mou = el.shadowRoot!.querySelector<SVGGElement>(
        'svg.plot [data-event-id="iran-belarus-defense-mou"] .symbol',
      )!;
      const [x, y] = centre(mou);
      const { sendMouse } = await import('@web/test-runner-commands');
      await sendMouse({ type: 'click', position: [x, y] });
      await el.renderComplete;
      expect(selects.events).to.have.length(1);
      expect(selects.events[0]!.detail.id).to.equal('iran-belarus-defense-mou');
      expect(selects.events[0]!.detail.event!.title).to.equal(
        'Iran and Belarus sign a defense memorandum of understanding',
      );
      expect(el.selected).to.equal('iran-belarus-defense-mou');
      const details = el.shadowRoot!.querySelector('[part="details"]')!;
      expect(details.querySelector('[part="source-quote"]')!.textContent).to.equal(
        'Iran and Belarus signed a defense agreement on 31 July, enhancing the already existing cooperation between the two countries.',
      );
      expect(details.textContent).to.include('“on 31 July”');
      selects.stop();
    });

    it('keyboard: arrows move between events, Enter selects, Escape closes and returns focus', async () => {
      const el = await mountArticle(1200, { start: '2023-07-01', end: '2023-08-10' });
      const first = el.shadowRoot!.querySelector<SVGGElement>('svg.plot [part~="event"][tabindex="0"]')!;
      expect(all(el, 'svg.plot [part~="event"][tabindex="0"]')).to.have.length(1);
      first.focus();
      const focusedId = () => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-event-id');
      const start = focusedId();
      await sendKeys({ press: 'ArrowRight' });
      await el.renderComplete;
      const second = focusedId();
      expect(second).to.not.equal(start);
      const selects = nextEvent(el, 'event-timeline-select');
      await sendKeys({ press: 'Enter' });
      const e = await selects;
      expect(e.detail.id).to.equal(second);
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="details"]')).to.not.equal(null);
      const cleared = nextEvent(el, 'event-timeline-select');
      await sendKeys({ press: 'Escape' });
      expect((await cleared).detail.id).to.equal(null);
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
      expect(focusedId()).to.equal(second);
    });

    it('keyboard: + and - zoom, 0 fits, Shift+arrows pan (compressed gaps: in drawn units)', async () => {
      const el = await mountArticle();
      const warp = await articleWarp();
      expect(warp.breaks.length).to.be.greaterThan(0);
      el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus();
      const span = () => +el.getWindow().end - +el.getWindow().start;
      const drawn = () => drawnSpan(warp, el.getWindow());
      const [fitted, fittedDrawn] = [span(), drawn()];
      await sendKeys({ press: '+' });
      await el.renderComplete;
      // + halves the window as drawn; in real time it shrinks by more or less than half, as breaks leave it.
      expect(drawn()).to.be.closeTo(fittedDrawn / 2, fittedDrawn * 1e-6);
      expect(span()).to.be.lessThan(fitted);
      const zoomed = drawn();
      const start = +el.getWindow().start;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
      await el.renderComplete;
      expect(+el.getWindow().start).to.be.greaterThan(start);
      expect(drawn()).to.be.closeTo(zoomed, zoomed * 1e-6);
      // The pan may have taken the focused mark out of view: focus the one that holds the tab stop now.
      el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus();
      await sendKeys({ press: '-' });
      await el.renderComplete;
      expect(drawn()).to.be.closeTo(zoomed * 2, zoomed * 1e-6);
      await sendKeys({ press: '0' });
      await el.renderComplete;
      expect(span()).to.be.closeTo(fitted, 1000);
    });

    it('keyboard: without long gaps, + halves the real span and - doubles it', async () => {
      // Twenty-five events a month apart: no stretch is long enough to compress, so time is drawn linearly.
      const events = Array.from({ length: 25 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        date: new Date(Date.UTC(2021, i, 15)).toISOString().slice(0, 10),
      }));
      const el = await mount(html`<event-timeline .events=${events}></event-timeline>`);
      el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus();
      const span = () => +el.getWindow().end - +el.getWindow().start;
      const fitted = span();
      await sendKeys({ press: '+' });
      await el.renderComplete;
      expect(span()).to.be.closeTo(fitted / 2, 1000);
      await sendKeys({ press: '-' });
      await el.renderComplete;
      expect(span()).to.be.closeTo(fitted, 1000);
    });

    it('keyboard: with gaps="linear", + halves the real span', async function () {
      const el = await mountArticle(1200, { gaps: 'linear' });
      // The element gains its gaps attribute separately; until then there is nothing to test here.
      if (!('gaps' in el)) this.skip();
      el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus();
      const span = () => +el.getWindow().end - +el.getWindow().start;
      const fitted = span();
      await sendKeys({ press: '+' });
      await el.renderComplete;
      expect(span()).to.be.closeTo(fitted / 2, 1000);
    });

    it('moving focus to an event outside the window pans to it', async () => {
      const el = await mountArticle(1200, { start: '2023-07-20', end: '2023-08-05' });
      el.shadowRoot!.querySelector<SVGGElement>('svg.plot [tabindex="0"]')!.focus();
      await sendKeys({ press: 'Home' });
      await el.renderComplete;
      const id = (el.shadowRoot!.activeElement as Element).getAttribute('data-event-id');
      expect(id).to.equal('shahed-drones-ukraine');
      expect(+el.getWindow().end).to.be.greaterThan(Date.UTC(2022, 0, 1));
      expect(+el.getWindow().start).to.be.lessThan(Date.UTC(2023, 0, 1));
    });
  });

  describe('public methods and attributes', () => {
    it('zoomTo, zoomBy, fit and getWindow change the window without firing window-change', async () => {
      const el = await mountArticle();
      const changes = record(el, 'event-timeline-window-change');
      el.zoomTo('2023-07-01', '2023-07-31');
      let w = el.getWindow();
      expect(w.start.toISOString()).to.equal('2023-07-01T00:00:00.000Z');
      expect(w.end.toISOString()).to.equal('2023-08-01T00:00:00.000Z');
      el.zoomBy(2);
      w = el.getWindow();
      expect(+w.end - +w.start).to.be.closeTo((31 * 86_400_000) / 2, 1000);
      el.fit();
      await el.renderComplete;
      w = el.getWindow();
      expect(+w.start).to.be.lessThan(Date.UTC(2022, 0, 1));
      expect(+w.end).to.be.greaterThan(Date.UTC(2023, 7, 2));
      expect(changes.events).to.have.length(0);
      expect(() => el.zoomTo('2023-08-01', '2023-07-01')).to.throw(RangeError);
      expect(() => el.zoomBy(0)).to.throw(RangeError);
      changes.stop();
    });

    it('honours min-span and max-span', async () => {
      const el = await mountArticle(1200, { 'min-span': 'P7D', 'max-span': 'P1Y' });
      const span = () => +el.getWindow().end - +el.getWindow().start;
      // Spans of real time, wherever the window is: at the data's end, where time beyond the data is drawn
      // narrower, inside a compressed gap, and between breaks.
      expect((await articleWarp()).breaks.length).to.be.greaterThan(0);
      for (const [start, end] of [
        ['2023-07-30', '2023-07-31'],
        ['2022-06-01', '2022-06-02'],
        ['2023-05-10', '2023-05-11'],
      ]) {
        el.zoomTo(start!, end!);
        expect(span(), start).to.be.closeTo(7 * 86_400_000, 1000);
        el.zoomBy(4);
        expect(span(), start).to.be.closeTo(7 * 86_400_000, 1000);
      }
      el.zoomTo('2000-01-01', '2030-01-01');
      expect(span()).to.be.closeTo(365.2425 * 86_400_000, 1000);
      el.fit();
      expect(span()).to.be.closeTo(365.2425 * 86_400_000, 1000);
      el.zoomBy(0.25);
      expect(span()).to.be.closeTo(365.2425 * 86_400_000, 1000);
    });

    it('"Fit all events" after a Ctrl + wheel zoom in and out gives back the first arrangement of the marks', async () => {
      const el = await mount(html`<event-timeline .events=${generateEvents(100)}></event-timeline>`);
      const arrangement = () =>
        all<SVGGElement>(el, 'svg.plot g.mark')
          .map((g) => `${g.dataset['key']}@${g.getAttribute('transform')}`)
          .sort();
      const first = arrangement();
      const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
      const [x, y] = [plot.left + plot.width * 0.3, plot.top + 60];
      for (const deltaY of [-200, -200, -200, -200, 200, 200, 200, 200, 200]) {
        await executeServerCommand('wheel', { x, y, deltaY, modifiers: ['Control'] });
      }
      await sleep(300);
      await el.renderComplete;
      expect(arrangement(), 'the zoom moved the marks').to.not.deep.equal(first);
      const fit = all<HTMLButtonElement>(el, '[part="control"]').find(
        (b) => b.textContent!.trim() === 'Fit all events',
      )!;
      fit.click();
      await el.renderComplete;
      expect(arrangement()).to.deep.equal(first);
    });

    it('holds min-span in real time under a Ctrl + wheel zoom', async () => {
      const el = await mountArticle(1200, { 'min-span': 'P7D', start: '2023-07-20', end: '2023-08-10' });
      const [x, y] = centre(el.shadowRoot!.querySelector('svg.plot')!);
      for (let i = 0; i < 6; i++) await executeServerCommand('wheel', { x, y, deltaY: -300, modifiers: ['Control'] });
      await sleep(400);
      await el.renderComplete;
      const { start, end } = el.getWindow();
      expect(+end - +start).to.be.closeTo(7 * 86_400_000, 1000);
    });

    it('select(id) and the selected attribute select without firing select', async () => {
      const el = await mountArticle();
      const selects = record(el, 'event-timeline-select');
      el.select('iran-bolivia-defense-deal');
      await el.renderComplete;
      expect(el.getAttribute('selected')).to.equal('iran-bolivia-defense-deal');
      expect(el.shadowRoot!.querySelector('[part="details"] h2')!.textContent).to.equal(
        'Iran and Bolivia sign a defense deal',
      );
      el.setAttribute('selected', 'morales-condemns-us');
      await el.renderComplete;
      expect(el.shadowRoot!.querySelector('[part="details"] h2')!.textContent).to.include('Morales');
      expect(selects.events).to.have.length(0);
      selects.stop();
    });

    it('hash-link mirrors the selection in location.hash and opens the event in the hash', async () => {
      history.replaceState(null, '', '#lukashenko-visits-iran');
      const el = await mountArticle(1200, { 'hash-link': '' });
      expect(el.selected).to.equal('lukashenko-visits-iran');
      el.select('iran-belarus-defense-mou');
      await el.renderComplete;
      expect(location.hash).to.equal('#iran-belarus-defense-mou');
      el.select(null);
      await el.renderComplete;
      expect(location.hash).to.equal('');
    });

    it('hash-link opens the event in the hash when the data comes from src', async () => {
      history.replaceState(null, '', '#iran-bolivia-defense-deal');
      const el = await mount(
        html`<event-timeline src=${`/__test/slow?ms=300&file=${DATASET_URL}`} hash-link></event-timeline>`,
      );
      expect(el.selected).to.equal('iran-bolivia-defense-deal');
      expect(location.hash).to.equal('#iran-bolivia-defense-deal');
      el.select(null);
      await el.renderComplete;
      expect(location.hash).to.equal('');
    });

    it('re-renders when its dir attribute changes', async () => {
      const el = await mountArticle(1200);
      const x = () =>
        el
          .shadowRoot!.querySelector('svg.plot [data-event-id="shahed-drones-ukraine"] .symbol')!
          .getBoundingClientRect().left;
      const ltr = x();
      el.setAttribute('dir', 'rtl');
      await el.renderComplete;
      expect(x()).to.be.greaterThan(ltr + 500);
    });

    it('fires event-timeline-load after the DOM shows the data', async () => {
      const el = document.createElement('event-timeline') as EventTimeline;
      const load = nextEvent(el, 'event-timeline-load');
      el.src = DATASET_URL;
      await fixture(html`<div style="width:900px">${el}</div>`);
      const e = await load;
      expect(e.detail.count).to.equal(17);
      expect(e.detail.problems).to.deep.equal([]);
      expect(drawnIds(el).length).to.be.greaterThan(0);
    });

    it('the last src wins when src changes during a fetch', async () => {
      const el = document.createElement('event-timeline') as EventTimeline;
      const loads = record(el, 'event-timeline-load');
      const errors = record(el, 'event-timeline-error');
      el.src = `/__test/slow?ms=1000&file=/test/fixtures/timelinejs-space-race.json`;
      await fixture(html`<div style="width:900px">${el}</div>`);
      el.src = DATASET_URL;
      await el.renderComplete;
      await sleep(1200);
      // The slow first response arrives after the second: it is never applied.
      expect(loads.events.map((e) => e.detail.count)).to.deep.equal([17]);
      expect(errors.events).to.deep.equal([]);
      expect(drawnIds(el)).to.include('iran-belarus-defense-mou');
      loads.stop();
      errors.stop();
    });
  });
});
