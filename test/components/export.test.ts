import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generateEvents } from '../../bench/generate.js';
import { parseCsv } from '../../src/data/csv.js';
import { normalize } from '../../src/data/normalize.js';
import { articleDataset, mount, mountArticle } from './helpers.js';

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
