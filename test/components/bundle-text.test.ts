// The text of the single-file bundle (built by `npm run build`), as a reader
// sees it: the tooltip, the details and the table of the article. The bundle's
// HTML minifier trims the whitespace at the edges of each template, so a space
// written at the end of a nested template (`${a}: ${html`…`}`) is gone in it,
// and tests on the source cannot see that. Imports nothing from src/: the
// element under test is the bundle's.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

const BUNDLE = '/dist/event-timeline.bundle.min.js';
const DATASET_URL = '/seeds/iran-belarus-defense-deal.events.json';
type Timeline = HTMLElement & { renderComplete: Promise<void>; events: unknown; selected: string | null };
interface RawEvent {
  id: string;
  links?: Array<{ url: string; label?: string }>;
  media?: { url: string; caption?: string };
  color?: string;
}

/** Text glued where a space belongs: a colon or the closing quote of a phrase followed by a letter. */
function glued(text: string): string[] {
  return [...text.matchAll(/[:;,·”»][\p{L}]|[\p{L}\p{N}][“«]/gu)].map((m) => text.slice(Math.max(0, m.index - 12), m.index + 14));
}

/** The characters just before and just after `node` within `container`'s text. */
function neighbours(container: Element, node: Element): [string, string] {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEndBefore(node);
  const after = document.createRange();
  after.setStartAfter(node);
  after.setEnd(container, container.childNodes.length);
  return [before.toString().slice(-1), after.toString().slice(0, 1)];
}

/** Every link and quote in `container` is set off by a space (or the text's start or end, or a bracket). */
function expectSetOff(container: Element, what: string): number {
  const inline = [...container.querySelectorAll('a, q')];
  for (const node of inline) {
    const [b, a] = neighbours(container, node);
    const label = `${what}: ${JSON.stringify(container.textContent!.trim().slice(0, 160))}, around ${JSON.stringify(node.textContent)}`;
    expect(b === '' || /[\s(]/.test(b), `${label}, before`).to.equal(true);
    expect(a === '' || /[\s).,;]/.test(a), `${label}, after`).to.equal(true);
  }
  return inline.length;
}

describe('the single-file bundle: spacing in its text', () => {
  let el: Timeline;
  const root = () => el.shadowRoot!;

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  beforeEach(async () => {
    await setViewport({ width: 1240, height: 900 });
    const data = (await (await fetch(DATASET_URL)).json()) as { source: Record<string, unknown>; events: RawEvent[] };
    // The article has no links, media or source URL: give it some, so the table and details draw them.
    data.source.url = 'https://example.com/iran-belarus';
    const talks = data.events.find((e) => e.id === 'ashtiani-khrenin-talks')!;
    talks.links = [
      { url: 'https://example.com/a', label: 'First report' },
      { url: 'https://example.org/b', label: 'Second report' },
    ];
    talks.media = { url: 'https://example.com/photo.jpg', caption: 'The two ministers' };
    talks.color = '#F45B69';
    const wrapper = await fixture(html`<div style="width:1200px"><event-timeline></event-timeline></div>`);
    el = wrapper.querySelector('event-timeline') as Timeline;
    el.events = data;
    await el.renderComplete;
  });

  it('the tooltip: “on 31 July”: July 31, 2023', async () => {
    const marks = [...root().querySelectorAll<SVGGElement>('svg.plot [part~="event"][data-event-id]')];
    expect(marks.length).to.be.greaterThan(5);
    const whens: string[] = [];
    for (const mark of marks) {
      mark.dispatchEvent(new PointerEvent('pointerenter'));
      mark.focus();
      await el.renderComplete;
      const when = root().querySelector('[part="tooltip"] .when');
      expect(when, `a tooltip for ${mark.getAttribute('data-event-id')}`).to.not.equal(null);
      whens.push(when!.textContent!.trim());
    }
    // The date is kept on one line: no-break spaces.
    expect(whens).to.include('“on 31 July”: July\u00a031,\u00a02023');
    const quoted = whens.filter((w) => w.startsWith('“'));
    expect(quoted.length).to.be.greaterThan(3);
    for (const w of quoted) expect(w, 'a quoted date phrase, a colon, a space').to.match(/^“[^”]+”: \S/);
    for (const w of whens) expect(glued(w), w).to.deep.equal([]);
  });

  it('the details: the corroboration, the source line', async () => {
    el.selected = 'shahed-drones-ukraine';
    await el.renderComplete;
    const details = root().querySelector('[part="details"]')!;
    const dd = [...details.querySelectorAll('dd')].find((d) => d.textContent!.includes('Kupiansk'))!;
    const corroboration = dd.textContent!.replace(/\s+/g, ' ').trim();
    expect(corroboration).to.match(/^sometime in September 2022: Ukraine first reported .* 2022\. en\.wikipedia\.org$/);
    expect(expectSetOff(dd, 'corroboration')).to.equal(1);
    const caption = details.querySelector('figcaption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Source: Iran inks defense deal with Russia ally Belarus, The Cradle · Read the source',
    );
    expect(expectSetOff(caption, 'source line')).to.equal(1);
    for (const block of details.querySelectorAll('h2, dd, p, figcaption, li, blockquote')) {
      expect(glued(block.textContent!), block.textContent!).to.deep.equal([]);
    }
  });

  it('the details: the colour of an event (a TimelineJS background) as a swatch and its value', async () => {
    const row = () => {
      const dts = [...root().querySelectorAll('[part="details"] dt')];
      const dt = dts.find((d) => d.textContent!.trim() === 'Colour');
      return dt ? (dt.nextElementSibling as HTMLElement) : undefined;
    };
    el.selected = 'ashtiani-khrenin-talks';
    await el.renderComplete;
    const dd = row()!;
    expect(dd.textContent!.trim()).to.equal('#F45B69');
    expect(getComputedStyle(dd.querySelector('.swatch')!).backgroundColor).to.equal('rgb(244, 91, 105)');
    expect(dd.querySelector('.swatch')!.getBoundingClientRect().width).to.be.greaterThan(8);
    el.selected = 'shahed-drones-ukraine';
    await el.renderComplete;
    expect(row()).to.equal(undefined);
  });

  it('the table: quotes and links set off by spaces, no text run together', async () => {
    root().querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
    await el.renderComplete;
    // Every row, scrolled through (the table renders only the rows near its scroll position).
    const rows = new Map<string, Element>();
    const scroller = root().querySelector<HTMLElement>('.table-scroll')!;
    for (let top = 0; ; top += 200) {
      scroller.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(r));
      await el.renderComplete;
      for (const r of root().querySelectorAll('[part="table"] tbody tr[aria-rowindex]')) {
        if (!rows.has(r.getAttribute('aria-rowindex')!)) rows.set(r.getAttribute('aria-rowindex')!, r.cloneNode(true) as Element);
      }
      if (top >= scroller.scrollHeight) break;
    }
    expect(rows.size).to.equal(17);
    let setOff = 0;
    for (const row of rows.values()) {
      for (const cell of row.querySelectorAll('td, th')) {
        setOff += expectSetOff(cell, 'table cell');
        expect(glued(cell.textContent!), cell.textContent!).to.deep.equal([]);
      }
    }
    // 17 source quotes, each with the dataset's source link, and three links in one row.
    expect(setOff).to.equal(17 * 2 + 3);
    const talks = [...rows.values()].find((r) => r.textContent!.includes('Ashtiani and Khrenin meet'))!;
    const links = talks.querySelector('td:last-child')!;
    expect(links.textContent!.replace(/\s+/g, ' ').trim()).to.equal('First report Second report The two ministers');
    const source = [...talks.querySelectorAll('td')].find((td) => td.querySelector('q'))!;
    expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.match(/\S Read the source$/);
    const bolivia = [...rows.values()].find((r) => r.textContent!.includes('Iran and Bolivia sign'))!;
    expect(bolivia.textContent).to.include('July\u00a020,\u00a02023: Other reports date');
  });
});
