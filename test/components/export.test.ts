import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generateEvents } from '../../bench/generate.js';
import { parseCsv } from '../../src/data/csv.js';
import { normalize } from '../../src/data/normalize.js';
import { all, articleDataset, mount, mountArticle } from './helpers.js';

describe('<event-timeline> export', () => {
  it('exportJSON() gives back the dataset in our format, key for key', async () => {
    const data = await articleDataset();
    const el = await mountArticle();
    expect(JSON.parse(el.exportJSON())).to.deep.equal(data);
    // Not a toJSON: JSON.stringify(el) must not call it.
    expect('toJSON' in el).to.equal(false);
  });

  it('exportCSV() round-trips through the CSV importer', async () => {
    const el = await mountArticle();
    const back = normalize(parseCsv(el.exportCSV()).events);
    const original = normalize(await articleDataset());
    const view = (r: typeof back) => r.events.map((e) => [e.id, e.title, e.kind, e.date?.edtf ?? null, e.dateText, e.actors, e.source?.quote ?? null]);
    expect(view(back)).to.deep.equal(view(original));
  });

  it('toSVG() is a standalone SVG of the view: styles inlined, text as text', async () => {
    const el = await mountArticle(1200, { start: '2023-07-01', end: '2023-08-10' });
    const svgText = el.toSVG();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/[\u2068\u2069]/g, ''));
    expect(texts.some((t) => t.startsWith('Iran and Bolivia sign'))).to.equal(true);
    expect(texts).to.include('Published');
    // The time axis, drawn on screen in an SVG of its own over the plot's top, is in the picture, on top.
    const ticks = all(el, '[part="tick-label"]').map((t) => t.textContent!);
    expect(ticks.length).to.be.greaterThan(2);
    const axis = root.lastElementChild!;
    expect([...axis.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(ticks);
    expect(svgText).to.not.include('part=');
    expect(svgText).to.not.include('tabindex');
    // Styles are inline: a symbol carries its kind colour without our stylesheet.
    const symbol = [...doc.querySelectorAll('path')].find((p) => /fill:\s*rgb\(15, 123, 85\)/.test(p.getAttribute('style') ?? ''));
    expect(symbol, 'an agreement symbol with its colour inlined').to.not.equal(undefined);
    // It renders on its own, as an image.
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    await img.decode();
    expect(img.naturalWidth).to.equal(el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect().width);
  });

  it("toSVG() keeps a span's outline stopped under its label as geometry, and the fades' mask box", async () => {
    const el = await mountArticle(1280, { orientation: 'horizontal' });
    const live = [...el.shadowRoot!.querySelectorAll('.mark path.span.line')].map((p) => p.getAttribute('d'));
    expect(live.length, 'spans cut under their label').to.be.greaterThan(0);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    // The gap is in the path itself, so a viewer that ignores CSS masks shows it too.
    expect([...doc.querySelectorAll('path.span.line')].map((p) => p.getAttribute('d'))).to.deep.equal(live);
    for (const r of doc.querySelectorAll('rect.span.fill-only')) expect(r.getAttribute('style')).to.match(/(^|;\s*)stroke:\s*none;/);
    const faded = [...doc.querySelectorAll('.fade-l, .fade-r, .fade-lr')];
    expect(faded.length).to.be.greaterThan(0);
    for (const f of faded) expect(f.getAttribute('style')).to.match(/mask-image:\s*linear-gradient.*mask-origin:\s*stroke-box/);
    // Only a masked element carries a mask box.
    const symbols = [...doc.querySelectorAll('path.symbol')];
    expect(symbols.some((p) => /mask-origin/.test(p.getAttribute('style') ?? ''))).to.equal(false);
  });

  it('toSVG() includes dense stretches that are drawn on a canvas on screen', async () => {
    const el = await mount(html`<event-timeline .events=${generateEvents(10_000)}></event-timeline>`);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelectorAll('g.density rect').length).to.be.greaterThan(500);
    expect(doc.querySelectorAll('text').length).to.be.greaterThan(50);
    // The cluster bubbles, with the counts the canvases show.
    const shown = [...el.shadowRoot!.querySelectorAll('canvas[part="clusters"]')].reduce((n, c) => n + Number(c.getAttribute('data-count')), 0);
    const bubbles = [...doc.querySelectorAll('g.clusters > g')];
    expect(bubbles.length).to.be.greaterThan(50);
    expect(bubbles.every((b) => b.querySelector('rect[rx]') && b.querySelector('text'))).to.equal(true);
    expect(bubbles.reduce((n, b) => n + Number(b.querySelector('text')!.textContent), 0)).to.equal(shown);
    expect(shown).to.be.greaterThan(9_000);
  });

  it('toPNG({scale}) is a PNG at that scale', async () => {
    const el = await mountArticle(800);
    const blob = await el.toPNG({ scale: 2 });
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    expect(bitmap.width).to.equal(Math.ceil(plot.width * 2));
    expect(bitmap.height).to.equal(Math.ceil(plot.height * 2));
  });

  it('vertical: toSVG() and toPNG() draw the story in the viewport, each title in the lines it wraps to', async () => {
    const el = await mountArticle(358, { orientation: 'vertical' });
    const story = el.shadowRoot!.querySelector<HTMLElement>('.story')!;
    window.scrollTo(0, window.scrollY + story.getBoundingClientRect().top + 200);
    await new Promise((r) => setTimeout(r, 100));
    await el.renderComplete;
    const inView = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.story .card')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView.length, 'cards in view').to.be.greaterThan(2);
    const svgText = el.toSVG();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
    const all = texts.join(' ');
    for (const card of inView) {
      const title = card.querySelector('.card-title')!.textContent!.trim();
      const lines = Math.round(card.querySelector('.card-title [dir]')!.getClientRects().length);
      expect(all, `the card "${title}"`).to.include(title);
      // A title wrapped on screen is wrapped the same way in the SVG.
      if (lines > 1) expect(texts.filter((t) => title.includes(t)).length, title).to.be.at.least(lines);
    }
    expect(svgText).to.not.include('part=');
    expect(svgText).to.not.include('tabindex');
    const root = doc.documentElement;
    expect(+root.getAttribute('width')!).to.equal(Math.ceil(story.getBoundingClientRect().width));
    expect(+root.getAttribute('height')!, 'the slice in the viewport').to.be.at.most(innerHeight + 1);
    // Pins and symbols, with their colours inlined.
    expect([...doc.querySelectorAll('path')].some((p) => /fill:\s*rgb\(15, 123, 85\)/.test(p.getAttribute('style') ?? ''))).to.equal(true);
    const bitmap = await createImageBitmap(await el.toPNG({ scale: 2 }));
    expect(bitmap.width).to.equal(Math.ceil(story.getBoundingClientRect().width) * 2);
    window.scrollTo(0, 0);
  });

  it('prints legibly: no controls, the whole plot, dark on white', async () => {
    const el = await mountArticle(1000, { theme: 'dark' });
    await emulateMedia({ media: 'print' });
    try {
      const q = (s: string) => el.shadowRoot!.querySelector(s)!;
      expect(getComputedStyle(q('.zoom')).display).to.equal('none');
      expect(getComputedStyle(q('[part="overview"]')).display).to.equal('none');
      expect(getComputedStyle(q('[part="chart"]')).overflowY).to.equal('visible');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
