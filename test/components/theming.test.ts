import { expect } from '@open-wc/testing';
import { styles } from '../../src/components/event-timeline/event-timeline.styles.js';
import { all, mountArticle } from './helpers.js';

let documented: string[];
before(async () => {
  // The manifest `npm run build` generates from the JSDoc (@cssproperty).
  const res = await fetch('/custom-elements.json');
  if (!res.ok) throw new Error('custom-elements.json is missing: run `npm run build` first');
  const manifest = (await res.json()) as { modules: Array<{ declarations?: Array<{ tagName?: string; cssProperties?: Array<{ name: string }> }> }> };
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'event-timeline')!;
  documented = (decl.cssProperties ?? []).map((p) => p.name).sort();
});

describe('<event-timeline> theming', () => {
  it('reads exactly the documented custom properties, each once, into a private one', () => {
    const css = styles.cssText;
    const reads = [...css.matchAll(/var\((--event-timeline-[a-z0-9-]+)/g)].map((m) => m[1]!);
    expect([...new Set(reads)].sort(), 'read but undocumented, or documented but unused').to.deep.equal(documented);
    for (const prop of documented) {
      expect(reads.filter((r) => r === prop), `${prop} is read once`).to.have.length(1);
      expect(css, `${prop} goes into a private --_ property`).to.match(new RegExp(`--_[a-z0-9-]+:\\s*var\\(${prop}[,)]`));
    }
  });

  it('a page restyles it with custom properties and ::part() only', async () => {
    const style = document.createElement('style');
    style.textContent = `
      event-timeline.custom { --event-timeline-kind-agreement: rgb(1, 2, 3); --event-timeline-surface: rgb(250, 240, 230); --event-timeline-font-size: 17px; }
      event-timeline.custom::part(event-label) { fill: rgb(10, 20, 30); }
      event-timeline.custom::part(axis) { opacity: 0.5; }
      event-timeline.custom::part(details) { border-radius: 0; }
    `;
    document.head.append(style);
    const el = await mountArticle(1200, { class: 'custom', selected: 'iran-belarus-defense-mou' });
    const mou = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-belarus-defense-mou"] .symbol')!;
    expect(getComputedStyle(mou).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(el).fontSize).to.equal('17px');
    expect(getComputedStyle(all(el, '[part="event-label"]')[0]!).fill).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="axis"]')!).opacity).to.equal('0.5');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="details"]')!).borderTopLeftRadius).to.equal('0px');
    style.remove();
  });

  it('exposes parts on marks, labels, axis, lanes, tooltip, details, legend, overview, table and eras', async () => {
    const el = await mountArticle(1200, { selected: 'iran-belarus-defense-mou' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
    el.shadowRoot!.querySelector<SVGElement>('svg.plot [tabindex="0"]')!.focus();
    await el.renderComplete;
    for (const part of ['event', 'event-label', 'axis', 'tick-label', 'lane', 'lane-label', 'tooltip', 'details', 'source-quote', 'legend', 'legend-item', 'overview', 'brush', 'table', 'eras', 'era', 'marker', 'undated', 'toolbar', 'controls', 'control', 'chart', 'plot', 'help'])
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.not.equal(null);
  });

  it("follows the page's color-scheme, not the reader's system, unless theme says otherwise", async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mountArticle(1200);
      const bg = () => getComputedStyle(el).backgroundColor;
      expect(bg(), 'a page without color-scheme, the system dark: light').to.equal('rgb(255, 255, 255)');
      document.documentElement.style.colorScheme = 'dark';
      await el.renderComplete;
      expect(bg(), 'a page that declares color-scheme: dark').to.equal('rgb(20, 23, 28)');
      document.documentElement.style.colorScheme = '';
      el.setAttribute('theme', 'auto');
      await el.renderComplete;
      expect(bg(), 'theme="auto" follows the system').to.equal('rgb(20, 23, 28)');
      el.setAttribute('theme', 'light');
      await el.renderComplete;
      expect(bg()).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'light' });
      el.setAttribute('theme', 'dark');
      await el.renderComplete;
      expect(bg()).to.equal('rgb(20, 23, 28)');
    } finally {
      document.documentElement.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    }
  });

});
