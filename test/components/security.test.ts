// Hostile data: every text field of every format holds known XSS payloads.
// The element must render all of it as text: no script runs, no element or
// attribute from a payload exists, every link is http(s) or mailto, and no
// style attribute carries payload text. Our format shows the text verbatim;
// TimelineJS HTML is reduced to text.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { csvFormatRows } from 'd3-dsv';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import '../../src/components/event-timeline/event-timeline.js';
import { htmlToText } from '../../src/data/html-text.js';
import { HOSTILE_URLS, XSS_PAYLOADS, xssTrap, type XssTrap } from '../security/payloads.js';

const PIXEL = '/test/fixtures/security/pixel.svg';
const OK_LINK = 'https://example.com/ok';
const MAIL = 'mailto:desk@example.com';
const P = XSS_PAYLOADS;
const url = (i: number) => HOSTILE_URLS[i % HOSTILE_URLS.length]!;
const day = (i: number) => `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
/** Every fifth event is undated, so the undated shelf shows payloads too. */
const dateOf = (i: number) => (i % 5 === 4 ? null : day(i));

/** Tags the element itself renders in its shadow root; anything else came from data. */
const ALLOWED_TAGS = new Set([
  'div', 'span', 'button', 'ul', 'li', 'h2', 'h3', 'p', 'dl', 'dt', 'dd', 'kbd', 'section', 'aside', 'slot', 'strong',
  'bdi', 'a', 'figure', 'blockquote', 'figcaption', 'img', 'small', 'table', 'caption', 'thead', 'tbody', 'tr', 'th',
  'td', 'q', 'details', 'summary', 'canvas', 'svg', 'g', 'path', 'rect', 'line', 'text', 'defs', 'lineargradient',
  'stop', 'mask', 'tspan',
]);
/** Style properties the element sets itself (CSSOM, through styleMap). */
const ALLOWED_STYLE = new Set(['--_c', 'top', 'left', 'right', 'max-height', 'height', 'width', '--_inset', '--_axis', 'color', '--_swatch']);
/** Attributes that take a URL or markup. */
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcdoc', 'srcset', 'background', 'cite'];

interface Expected {
  id: string;
  title: string;
  /** Other text that must show verbatim in the details panel. */
  texts?: string[];
}

// ---- datasets ------------------------------------------------------------------

/** Our JSON format: payload i in every text field of event i, hostile URLs in every URL field. */
function ourDataset(hostileIds = false): { data: unknown; expected: Expected[] } {
  const expected: Expected[] = [];
  const events = P.map((p, i) => {
    const id = hostileIds ? p : `xss-${i}`;
    expected.push({
      id: id.trim(),
      title: p.trim(),
      texts: [p.trim(), `“${p}”`, p.trim() /* actors */, p /* place */, p /* summary */, p /* quote */, p /* link label */],
    });
    return {
      id,
      title: p,
      kind: p,
      date: dateOf(i),
      dateText: p,
      actors: [p, `${p} (2)`],
      place: p,
      summary: p,
      source: { quote: p, url: url(i) },
      links: [
        { url: OK_LINK, label: p },
        { url: url(i), label: p },
        { url: url(i + 1) },
      ],
      media: { url: i % 2 ? PIXEL : url(i), caption: p, credit: p },
      corroboration: { date: '2023-07', note: p, url: url(i) },
      group: p,
      // Every third a colour, the rest payloads (dropped: not CSS colour syntax).
      color: i % 3 ? p : ['#F45B69', 'papayawhip'][i % 2],
    };
  });
  // Records that are skipped: their payloads reach the problems list, as text.
  const invalid = P.slice(0, 12).map((p, i) => ({ id: `bad-${i}`, title: p, date: p }));
  return {
    data: {
      source: { title: P.join(' '), publisher: P[1], published: '2023-08-02', url: url(3) },
      events: [...events, ...invalid],
      eras: P.map((p, i) => ({ title: p, date: `2023-${String(1 + (i % 12)).padStart(2, '0')}/2023-12` })),
    },
    expected,
  };
}

/** Our CSV columns. Lists split on `;`, so only whole-cell fields are compared verbatim. */
function ourCsv(): { text: string; expected: Expected[] } {
  const header = ['id', 'title', 'kind', 'date', 'dateText', 'actors', 'place', 'summary', 'source_quote', 'source_url', 'links', 'media_url', 'media_caption', 'media_credit', 'group', 'corroboration_date', 'corroboration_note', 'corroboration_url', 'color'];
  const rows = P.map((p, i) => [
    `xss-${i}`, p, p, dateOf(i) ?? '', p, p, p, p, p, url(i), `${p.replace(/[|\r\n]/g, ' ')} | ${OK_LINK}\n${url(i)}\n${MAIL}`,
    i % 2 ? PIXEL : url(i), p, p, p, '2023-07', p, url(i), p,
  ]);
  return {
    text: csvFormatRows([header, ...rows]),
    expected: P.map((p, i) => ({ id: `xss-${i}`, title: p.trim(), texts: [p /* summary */, p /* quote */] })),
  };
}

/** TimelineJS's spreadsheet columns: Headline, Text and the rest are HTML, reduced to text. */
function timelineJsCsv(): { text: string; expected: Expected[] } {
  const header = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];
  const rows = [
    ['', '', '', '', '', '', '', '', '', P.join(' '), P.join(' '), '', '', '', '', 'title', '', ''],
    ...P.map((p, i) => ['2023', String(1 + (i % 12)), String(1 + (i % 28)), '', '', '', '', '', p, `#${i} ${p}`, p, i % 2 ? PIXEL : url(i), p, p, url(i), '', p, i % 2 ? p : url(i)]),
    ...P.map((p) => ['2023', '1', '', '', '2023', '6', '', '', '', p, '', '', '', '', '', 'era', '', '']),
  ];
  return { text: csvFormatRows([header, ...rows]), expected: P.map((p, i) => ({ id: '', title: htmlToText(`#${i} ${p}`) })) };
}

/** TimelineJS JSON, with HTML in headline, text, captions and credits. */
function timelineJsJson(): { text: string; expected: Expected[] } {
  const json = {
    title: { text: { headline: P.join(' '), text: P.join(' ') } },
    events: P.map((p, i) => ({
      unique_id: `tl-${i}`,
      start_date: { year: 2023, month: 1 + (i % 12), day: 1 + (i % 28), display_date: p },
      text: { headline: `#${i} ${p}`, text: p },
      media: { url: i % 2 ? PIXEL : url(i), caption: p, credit: p },
      group: p,
      display_date: p,
      background: { url: url(i), color: p },
    })),
    eras: P.map((p) => ({ start_date: { year: 2023, month: 1 }, end_date: { year: 2023, month: 6 }, text: { headline: p } })),
  };
  return { text: JSON.stringify(json), expected: P.map((p, i) => ({ id: `tl-${i}`, title: htmlToText(`#${i} ${p}`) })) };
}

// ---- mounting and exercising ------------------------------------------------------

interface Watch {
  trap: XssTrap;
  uncaught: unknown[];
  scripts: number;
  stop(): void;
}

function watch(): Watch {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const trap = xssTrap();
  return {
    trap,
    uncaught,
    scripts: document.scripts.length,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      trap.restore();
    },
  };
}

async function mountWith(setup: (el: EventTimeline) => void): Promise<EventTimeline> {
  // Tall enough for every lane to be in view: lanes far outside the viewport are culled, and every payload must
  // be drawn to be checked.
  await setViewport({ width: 1240, height: 3000 });
  const el = document.createElement('event-timeline');
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('event-timeline-load', () => resolve(), { once: true });
    el.addEventListener('event-timeline-error', (e) => reject(new Error(e.detail.message)), { once: true });
  });
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
  wrapper.append(el);
  await loaded;
  await el.renderComplete;
  return el;
}

/** Three frames and the element's update: a bounded wait. */
async function frames(el: EventTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

const srcOf = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

/** Every element of the shadow root. */
const shadowElements = (el: EventTimeline) => [...el.shadowRoot!.querySelectorAll('*')];

/** Opens the details of every event, the tooltip of every mark, the table (scrolled through) and every <details>, checking each. */
async function exercise(el: EventTimeline, expected: Expected[], ids: string[]): Promise<void> {
  const root = el.shadowRoot!;
  // Details panel, one event at a time.
  for (const [k, id] of ids.entries()) {
    el.selected = id;
    await el.renderComplete;
    const details = root.querySelector('[part="details"]');
    expect(details, `details for ${JSON.stringify(id)}`).to.not.equal(null);
    const heading = root.querySelector('#details-heading')!.textContent;
    expect(heading, `the title of ${JSON.stringify(id)} shows as text`).to.equal(expected[k]!.title);
    const text = details!.textContent!;
    for (const t of expected[k]!.texts ?? []) expect(text.includes(t), `details of ${JSON.stringify(id)} show ${JSON.stringify(t)}`).to.equal(true);
    assertSafe(el);
  }
  el.selected = null;
  await el.renderComplete;

  // Tooltip, by focusing each mark (focus shows it, as hover does).
  const marks = [...root.querySelectorAll<SVGGElement>('svg.plot [part~="event"][data-event-id]')];
  expect(marks.length).to.be.greaterThan(0);
  for (const mark of marks) {
    mark.dispatchEvent(new PointerEvent('pointerenter'));
    mark.focus();
    await el.updateComplete;
    const tip = root.querySelector('[part="tooltip"] strong');
    expect(tip, 'a tooltip').to.not.equal(null);
    const id = mark.getAttribute('data-event-id')!;
    const k = ids.indexOf(id);
    if (k >= 0) expect(tip!.textContent).to.equal(expected[k]!.title);
  }
  for (const u of root.querySelectorAll<HTMLElement>('.undated-event')) u.focus();
  assertSafe(el);

  // The table, scrolled from top to bottom (it draws only the rows in view). While it is
  // open, waits are bounded frames, not renderComplete: with rows taller than the table's
  // fixed row height the table keeps re-rendering as it scrolls (see reliability.test.ts).
  const toggle = root.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!;
  toggle.click();
  // The table's code loads on first open (a file of its own in the bundle).
  for (let i = 0; i < 100 && !root.querySelector('.table-scroll'); i++) await frames(el);
  const scroller = root.querySelector<HTMLElement>('.table-scroll')!;
  const titles = new Set<string>();
  for (let top = 0; top < 400 * 60; top += 300) {
    scroller.scrollTop = top;
    await frames(el);
    for (const b of root.querySelectorAll('tbody th[scope="row"] button')) titles.add(b.textContent!);
    assertSafe(el);
    if (top >= scroller.scrollHeight) break;
  }
  for (const e of expected) expect(titles.has(e.title), `the table lists ${JSON.stringify(e.title)}`).to.equal(true);
  toggle.click();
  await frames(el);
  await el.renderComplete;

  // Every disclosure open: problems and actors.
  for (const d of root.querySelectorAll('details')) d.open = true;
  await el.renderComplete;
}

/** Fails on anything a payload could have created. */
function assertSafe(el: EventTimeline): void {
  for (const node of shadowElements(el)) {
    const tag = node.localName.toLowerCase();
    expect(ALLOWED_TAGS.has(tag), `<${tag}> in the shadow root`).to.equal(true);
    for (const name of node.getAttributeNames()) {
      expect(/^on/i.test(name), `${name} attribute on <${tag}>`).to.equal(false);
      expect(name === 'srcdoc', 'srcdoc').to.equal(false);
    }
    for (const name of URL_ATTRS) {
      const v = node.getAttribute(name);
      if (v === null) continue;
      const protocol = new URL(v, document.baseURI).protocol;
      const allowed = tag === 'a' && name === 'href' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
      expect(allowed, `<${tag} ${name}="${v}">`).to.include(protocol);
    }
    const style = node.getAttribute('style');
    if (style !== null) {
      expect(style, `style on <${tag}>`).to.not.match(/url\(|javascript|expression|xss|@import|background|</i);
      const decl = (node as HTMLElement).style;
      for (let i = 0; i < decl.length; i++) expect(ALLOWED_STYLE.has(decl[i]!), `style property ${decl[i]} on <${tag}>`).to.equal(true);
      const c = decl.getPropertyValue('--_c');
      if (c) expect(c.trim()).to.match(/^var\(--_kind-[a-z]+\)$/);
      // An event's own colour: only CSS colour syntax reaches the swatch; the hostile payloads are dropped.
      const swatch = decl.getPropertyValue('--_swatch');
      if (swatch) expect(swatch.trim()).to.match(/^(#[\da-f]{3,8}|[a-z]+)$/i);
      // The colour probe the SVG export reads theme colours through.
      const color = decl.getPropertyValue('color');
      if (color) expect(color.trim()).to.match(/^var\(--_[a-z-]+\)$/);
    }
  }
  // Images: only the media field's, whose URL is http(s) or relative (checked above), never a payload's.
  for (const img of el.shadowRoot!.querySelectorAll('img')) {
    expect(img.closest('[part="details"]'), 'an image outside the details panel').to.not.equal(null);
    expect(img.getAttribute('src')).to.not.equal('x');
  }
}

/** An exported SVG: shapes and text only, no scripts, handlers, links or foreign content. */
function assertSafeSvg(source: string): void {
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null, 'the export parses').to.equal(null);
  const allowed = new Set(['svg', 'g', 'rect', 'line', 'path', 'text', 'tspan', 'circle', 'title', 'defs', 'lineargradient', 'stop', 'mask']);
  for (const node of doc.querySelectorAll('*')) {
    const tag = node.localName.toLowerCase();
    expect(allowed.has(tag), `<${tag}> in the export`).to.equal(true);
    for (const name of node.getAttributeNames()) {
      expect(/^on|href$/i.test(name), `${name} on <${tag}> in the export`).to.equal(false);
    }
  }
}

/** The document outside the element: nothing from a payload leaked into the light DOM either. */
function assertDocumentClean(w: Watch): void {
  expect(w.trap.ran, 'payload scripts that ran').to.deep.equal([]);
  expect(w.trap.alerts, 'alert() calls').to.deep.equal([]);
  expect(w.uncaught, 'uncaught errors').to.deep.equal([]);
  expect(document.scripts.length, 'script elements').to.equal(w.scripts);
  expect(document.querySelectorAll('iframe, object, embed, img, math, base, meta[http-equiv], link[rel="import"], form, input, video, marquee, x').length).to.equal(0);
  for (const node of document.querySelectorAll('*')) {
    for (const name of node.getAttributeNames()) expect(/^on/i.test(name), `${name} on <${node.localName}> in the document`).to.equal(false);
  }
}

describe('hostile data: XSS payloads in every field', function () {
  this.timeout(120_000);
  let w: Watch;

  beforeEach(() => {
    w = watch();
  });
  afterEach(() => {
    w.stop();
  });

  it(`has at least 30 payloads (${P.length}) and 10 hostile URLs (${HOSTILE_URLS.length})`, () => {
    expect(P.length).to.be.at.least(30);
    expect(HOSTILE_URLS.length).to.be.at.least(10);
  });

  it('our JSON format (events property): every field shows the payload verbatim, as text', async () => {
    const { data, expected } = ourDataset();
    const el = await mountWith((e) => (e.events = data as never));
    const ids = expected.map((e) => e.id);
    // Every valid record is drawn (marks or the undated shelf); the invalid ones are reported.
    const drawn = new Set([...el.shadowRoot!.querySelectorAll('[part~="event"][data-event-id]')].map((m) => m.getAttribute('data-event-id')));
    for (const id of ids) expect(drawn.has(id), id).to.equal(true);
    expect(el.problems.filter((p) => p.severity === 'error').map((p) => p.id)).to.deep.equal(P.slice(0, 12).map((_, i) => `bad-${i}`));
    // Hostile URLs are dropped with a warning naming the field.
    for (const field of ['links[1].url', 'media.url', 'source.url', 'corroboration.url']) {
      expect(el.problems.some((p) => p.code === 'invalid-url' && p.field === field), field).to.equal(true);
    }
    // Text in SVG: era labels and lane labels (kinds) are the payloads, as text.
    const svgText = [...el.shadowRoot!.querySelectorAll('svg.plot text')].map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
    for (const p of P) expect(svgText.includes(p), `era label ${JSON.stringify(p)}`).to.equal(true);
    await exercise(el, expected, ids);
    assertSafeSvg(el.toSVG());
    // Skipped records' payloads are in the problems list, as text.
    const problems = el.shadowRoot!.querySelector('[part="problems"]')!.textContent!;
    for (const p of P.slice(0, 12)) expect(problems.includes(p.trim()), `problem message quoting ${JSON.stringify(p)}`).to.equal(true);
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('the vertical story: payloads in cards, details in place and the SVG export stay text', async () => {
    const { data, expected } = ourDataset();
    const el = await mountWith((e) => {
      e.orientation = 'vertical';
      e.events = data as never;
    });
    const root = el.shadowRoot!;
    const story = root.querySelector<HTMLElement>('.story')!;
    expect(story, 'the story').to.not.equal(null);
    // Scrolled from top to bottom (only the cards near the viewport are in the DOM).
    const seen = new Map<string, string>();
    const top = story.getBoundingClientRect().top + scrollY;
    for (let y = top - 200; y < top + story.offsetHeight; y += 400) {
      window.scrollTo(0, y);
      await frames(el);
      await el.renderComplete;
      for (const card of root.querySelectorAll('.story .card[data-event-id]')) {
        seen.set(card.getAttribute('data-event-id')!, card.querySelector('.card-title')!.textContent!.trim());
      }
      assertSafe(el);
      assertSafeSvg(el.toSVG());
    }
    const dated = expected.filter((_, i) => dateOf(i) !== null);
    for (const e of dated) expect(seen.get(e.id), `the card of ${e.id}`).to.equal(e.title);
    // Details open in place, one card at a time.
    for (const e of dated) {
      el.selected = e.id;
      await el.renderComplete;
      const more = root.querySelector('.story .more');
      expect(more, `details of ${e.id}`).to.not.equal(null);
      for (const t of e.texts ?? []) expect(more!.textContent!.includes(t), `details of ${e.id} show ${JSON.stringify(t)}`).to.equal(true);
      assertSafe(el);
    }
    assertSafeSvg(el.toSVG());
    window.scrollTo(0, 0);
    assertDocumentClean(w);
  });

  it('our JSON format with payloads as ids: ids stay attribute values and selection still works', async () => {
    const { data, expected } = ourDataset(true);
    const el = await mountWith((e) => (e.events = data as never));
    const ids = expected.map((e) => e.id);
    const drawn = new Set([...el.shadowRoot!.querySelectorAll('[part~="event"][data-event-id]')].map((m) => m.getAttribute('data-event-id')));
    for (const id of ids) expect(drawn.has(id), `data-event-id ${JSON.stringify(id)}`).to.equal(true);
    await exercise(el, expected, ids);
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('our JSON format from src: the same, loaded over fetch', async () => {
    const { data, expected } = ourDataset();
    const el = await mountWith((e) => (e.src = srcOf(JSON.stringify(data), 'application/json')));
    await exercise(el, expected.slice(0, 20), expected.slice(0, 20).map((e) => e.id));
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('our CSV columns: payloads show verbatim, hostile URLs are dropped', async () => {
    const { text, expected } = ourCsv();
    const el = await mountWith((e) => (e.src = srcOf(text, 'text/csv')));
    expect(el.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    await exercise(el, expected, expected.map((e) => e.id));
    const links = el.problems.filter((p) => p.code === 'invalid-url').map((p) => p.field);
    expect(links).to.include('links[1].url');
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('TimelineJS CSV columns: HTML is reduced to text', async () => {
    const { text, expected } = timelineJsCsv();
    const el = await mountWith((e) => (e.src = srcOf(text, 'text/csv')));
    const events = (JSON.parse(el.exportJSON()) as { events: Array<{ id: string; title: string }> }).events;
    const ids = expected.map((x) => events.find((e) => e.title === x.title)!.id);
    for (const x of expected) expect(x.title, 'a reduced headline has no tags').to.not.match(/<[a-z!/?]/i);
    await exercise(el, expected, ids);
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('TimelineJS JSON: HTML in headline, text, captions and dates is reduced to text', async () => {
    const { text, expected } = timelineJsJson();
    const el = await mountWith((e) => (e.src = srcOf(text, 'application/json')));
    for (const x of expected) expect(x.title).to.not.match(/<[a-z!/?]/i);
    await exercise(el, expected, expected.map((e) => e.id));
    // Summaries (Text) are reduced too: nothing in the details panel looks like a tag.
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('inline <script type="application/json"> holding "</script>" payloads', async () => {
    const { data, expected } = ourDataset();
    const el = await mountWith((e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(data);
      e.append(script);
    });
    w.scripts += 1; // our own inline data island
    await exercise(el, expected.slice(0, 10), expected.slice(0, 10).map((e) => e.id));
    assertSafe(el);
    assertDocumentClean(w);
  });

  it('negative control: the checks do fail when a payload is rendered as HTML', async () => {
    const { data } = ourDataset();
    const el = await mountWith((e) => (e.events = data as never));
    const leak = document.createElement('div');
    // What a field bound with innerHTML would do.
    leak.innerHTML = `${P[1]}${P[2]}${P[49]}`;
    el.shadowRoot!.querySelector('[part="chart"]')!.append(leak);
    await new Promise((r) => setTimeout(r, 200));
    expect(w.trap.ran).to.include(2);
    expect(w.trap.ran).to.have.length(2);
    expect(() => assertSafe(el)).to.throw();
    leak.remove();
    assertSafe(el);
    // An http(s)-only check that sees a javascript: link.
    const a = document.createElement('a');
    a.setAttribute('href', 'javascript:void 0');
    el.shadowRoot!.querySelector('[part="chart"]')!.append(a);
    expect(() => assertSafe(el)).to.throw(/href/);
    a.remove();
    w.trap.ran.length = 0;
  });

  it('a slotted details panel is the page\'s own: the element adds nothing to it', async () => {
    const { data } = ourDataset();
    const el = await mountWith((e) => (e.events = data as never));
    const slotted = document.createElement('div');
    slotted.slot = 'details';
    el.append(slotted);
    el.selected = 'xss-0';
    await el.renderComplete;
    expect(slotted.childNodes.length).to.equal(0);
    assertDocumentClean(w);
  });
});
