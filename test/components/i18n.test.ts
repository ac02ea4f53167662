import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, articleDataset, mount, mountArticle } from './helpers.js';
import { normalize } from '../../src/data/normalize.js';
import { dataInstants, gapWarp, type Warp } from '../../src/layout/gaps.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { referenceMs } from '../../src/layout/window.js';
import { en } from '../../src/i18n/index.js';
import { fa } from '../../src/i18n/fa.js';
import { ru } from '../../src/i18n/ru.js';
import { calendarTicks, intlCalendarFields } from '../../src/layout/calendar-ticks.js';
import type { TimelineStrings } from '../../src/i18n/strings.js';

const DAY = 86_400_000;

/** The display calendar's fields of a tick, straight from Intl. */
function partsOf(locale: string, ms: number): Record<string, string> {
  const out: Record<string, string> = {};
  const latn = new Intl.Locale(locale, { numberingSystem: 'latn' }).toString();
  for (const p of new Intl.DateTimeFormat(latn, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(ms)))
    out[p.type] = p.value;
  return out;
}

/**
 * The article's compressed gaps, as the element draws them by default (`gaps="compress"`): the warp of its dated
 * events and its publication date, built by the same public layout functions.
 */
async function articleWarp(): Promise<Warp> {
  const data = await articleDataset();
  return gapWarp(dataInstants(normalize(data).events, referenceMs(data.source?.published, 'UTC')));
}

/**
 * Tick values drawn on the element's axis: each tick line's x back to time through the drawn scale, the current
 * window with the article's compressed gaps (x is not linear in time across a break).
 */
async function tickValues(el: HTMLElement & { getWindow(): { start: Date; end: Date } }): Promise<number[]> {
  const lines = [...el.shadowRoot!.querySelectorAll('[part="axis"] line:not(.axis-rule)')];
  const svg = el.shadowRoot!.querySelector('svg.plot')!;
  const width = svg.getBoundingClientRect().width;
  const rtl = getComputedStyle(el).direction === 'rtl';
  const { start, end } = el.getWindow();
  const scale = timeScale([+start, +end], rtl ? [width, 0] : [0, width], await articleWarp());
  // Where each tick's line is drawn (its group carries the position), in the plot's px.
  const left = svg.getBoundingClientRect().left;
  return lines.map((l) => Math.round(scale.invert(l.getBoundingClientRect().left - left) / DAY) * DAY);
}

describe('<event-timeline> in other languages and calendars', () => {
  it('fa-IR: Solar Hijri dates with Persian digits, and Persian UI strings', async () => {
    const el = await mountArticle(1200, { locale: 'fa-IR', dir: 'rtl', selected: 'iran-belarus-defense-mou' });
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    // 31 July 2023 is 9 Mordad 1402.
    expect(details.textContent).to.include('۹\u00a0مرداد\u00a0۱۴۰۲');
    expect(details.textContent).to.include(fa.datePhrase);
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.include(fa.kinds.agreement);
    const mou = el.shadowRoot!.querySelector('svg.plot [data-event-id="iran-belarus-defense-mou"]')!;
    expect(mou.getAttribute('aria-label')).to.equal(`Iran and Belarus sign a defense memorandum of understanding، on 31 July، ۹ مرداد ۱۴۰۲، ${fa.kinds.agreement}، رویداد برجسته`);
    // A Gregorian month is not a Persian month: May 2023 reads as the days it spans.
    const may = el.shadowRoot!.querySelector('svg.plot [data-event-id="iranian-engineers-visit-belarus"]')!;
    expect(may.getAttribute('aria-label')).to.include('۱۱ اردیبهشت');
    expect(may.getAttribute('aria-label')).to.include('۱۰ خرداد ۱۴۰۲');
    expect(all(el, '[part="tick-label"]').every((t) => /[۰-۹]|[\u0600-\u06ff]/.test(t.textContent!))).to.equal(true);
  });

  it('fa-IR: axis ticks fall on the Persian calendar\'s own month and year starts', async () => {
    const el = await mountArticle(1200, { locale: 'fa-IR', start: '2023-03-01', end: '2023-09-01' });
    const months = await tickValues(el);
    expect(months.length).to.be.greaterThan(3);
    for (const t of months) expect(partsOf('fa-IR', t).day, new Date(t).toISOString()).to.equal('1');
    // 1 Mordad 1402 = 23 July 2023: a tick, where the Gregorian axis would put 1 August.
    expect(months).to.include(Date.UTC(2023, 6, 23));
    expect(months).to.not.include(Date.UTC(2023, 7, 1));
    el.zoomTo('2015-01-01', '2024-01-01');
    await el.renderComplete;
    // With compressed gaps (the default), the years before the data are drawn narrow and ticked by the Persian
    // year (1 Farvardin); the data's own months, drawn wide, are ticked by the Persian month.
    const ticks = await tickValues(el);
    const years = ticks.filter((t) => t < Date.UTC(2021, 11, 1));
    expect(years.length).to.be.greaterThan(3);
    for (const t of years) expect(partsOf('fa-IR', t), new Date(t).toISOString()).to.include({ month: '1', day: '1' });
    for (const t of ticks) expect(partsOf('fa-IR', t).day, new Date(t).toISOString()).to.equal('1');
  });

  it('ar-SA-u-ca-islamic: Hijri month starts and Arabic labels', async () => {
    const el = await mountArticle(1200, { locale: 'ar-SA-u-ca-islamic', start: '2023-03-01', end: '2023-09-01' });
    const ticks = await tickValues(el);
    expect(ticks.length).to.be.greaterThan(3);
    for (const t of ticks) expect(partsOf('ar-SA-u-ca-islamic', t).day, new Date(t).toISOString()).to.equal('1');
    expect(all(el, '[part="tick-label"]').some((t) => /[\u0600-\u06ff]/.test(t.textContent!))).to.equal(true);
  });

  it('ru-RU: Russian dates and a complete Russian UI', async () => {
    const el = await mountArticle(1200, { locale: 'ru-RU', selected: 'iran-bolivia-defense-deal' });
    const details = el.shadowRoot!.querySelector('[part="details"]')!;
    expect(details.textContent!.replace(/[\u2009\u202f\u00a0]/g, ' ')).to.match(/в период 24 ?– ?30 июля 2023 г\./);
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.include('Сделка (3 события)');
    expect(el.shadowRoot!.querySelector('[part="undated"] h2')!.textContent).to.equal('Без даты');
    const fit = all<HTMLButtonElement>(el, '[part="control"]').map((b) => b.textContent!.trim());
    expect(fit).to.include('Показать все события');
  });

  it('every language ships every string (no half-translated UI)', () => {
    const shape = (s: TimelineStrings) => Object.keys(s).sort().join();
    for (const t of [fa, ru]) {
      expect(shape(t)).to.equal(shape(en));
      expect(Object.keys(t.kinds).sort()).to.deep.equal(Object.keys(en.kinds).sort());
      expect(Object.keys(t.columns).sort()).to.deep.equal(Object.keys(en.columns).sort());
      // Translated, not copied: strings differ from English.
      for (const key of ['undated', 'loading', 'table', 'keys', 'fit'] as const) expect(t[key], key).to.not.equal(en[key]);
      expect(t.keyBindings(false)).to.have.length(en.keyBindings(false).length);
    }
  });

  it('strings can be overridden, typed', async () => {
    const el = await mountArticle(1200);
    el.strings = { undated: 'No date given' };
    await el.renderComplete;
    expect(el.shadowRoot!.querySelector('[part="undated"] h2')!.textContent).to.equal('No date given');
  });

  describe('right to left', () => {
    it('time runs right to left: earlier events sit further right', async () => {
      const el = await mountArticle(1200, { dir: 'rtl', locale: 'fa-IR' });
      const x = (id: string) => el.shadowRoot!.querySelector(`svg.plot [data-event-id="${id}"] .symbol`)!.getBoundingClientRect().left;
      expect(x('shahed-drones-ukraine')).to.be.greaterThan(x('iranian-engineers-visit-belarus'));
      expect(x('iranian-engineers-visit-belarus')).to.be.greaterThan(x('iran-belarus-defense-mou'));
      const ticks = all(el, '[part="tick-label"]').map((t) => t.getBoundingClientRect().left);
      const values = await tickValues(el);
      expect(values[0]).to.be.lessThan(values.at(-1)!);
      expect(ticks[0]).to.be.greaterThan(ticks.at(-1)!);
    });

    it('the whole layout mirrors: lane labels, legend, labels, details and overview', async () => {
      const el = await mountArticle(1200, { dir: 'rtl', selected: 'iran-belarus-defense-mou' });
      const box = (sel: string) => el.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      // Lane labels start at the right edge.
      expect(host.right - box('[part="lane-label"]').right).to.be.lessThan(20);
      // The legend starts at the right.
      expect(host.right - box('[part="legend-item"]').right).to.be.lessThan(4);
      // The details panel sits on the left of the chart.
      expect(box('[part="details"]').right).to.be.lessThan(box('[part="chart"]').left + 1);
      // Event labels run leftward from their symbol.
      const label = all(el, '[part="event-label"]').find((t) => t.textContent!.includes('Lukashenko visits'))!;
      const sym = el.shadowRoot!.querySelector('svg.plot [data-event-id="lukashenko-visits-iran"] .symbol')!.getBoundingClientRect();
      expect(label.getBoundingClientRect().right).to.be.at.most(sym.left + 1);
      // A Latin title keeps its own direction inside the RTL layout: its ellipsis at its (right) end.
      expect(label.textContent!.startsWith('\u2068Lukashenko')).to.equal(true);
      // The overview brush is in the same place as the window, mirrored: the start of time is on the right.
      el.zoomTo('2022-01-01', '2022-06-30');
      await el.renderComplete;
      const brush = box('[part="brush"]');
      const overview = box('[part="overview"]');
      expect(brush.left - overview.left).to.be.greaterThan(overview.right - brush.right);
    });

    it('the arrow keys follow the direction of time', async () => {
      const el = await mountArticle(1200, { dir: 'rtl', start: '2023-07-15', end: '2023-08-10' });
      el.shadowRoot!.querySelector<SVGElement>('svg.plot [data-event-id="iran-bolivia-defense-deal"]')!.focus();
      const id = () => (el.shadowRoot!.activeElement as Element).getAttribute('data-event-id');
      await sendKeys({ press: 'ArrowLeft' });
      await el.renderComplete;
      const later = id();
      expect(later).to.not.equal('iran-bolivia-defense-deal');
      await sendKeys({ press: 'ArrowRight' });
      await el.renderComplete;
      expect(id()).to.equal('iran-bolivia-defense-deal');
      const start = +el.getWindow().start;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Shift' });
      await el.renderComplete;
      // Shift+← in RTL pans toward later times.
      expect(+el.getWindow().start).to.be.greaterThan(start);
      void later;
    });
  });

  it('deep time: BCE with no year 0, and Y-10000', async () => {
    const el = await mount(html`<event-timeline
      .events=${[
        { id: 'caesar', title: 'Caesar is killed', date: '-0043-03-15' },
        { id: 'one-bce', title: 'Year 0', date: '0000' },
        { id: 'one-ce', title: 'Year 1', date: '0001' },
        { id: 'ice', title: 'End of the last glacial period', date: 'Y-10000' },
      ]}
    ></event-timeline>`);
    const labels = all(el, '[part="tick-label"]').map((t) => t.textContent!);
    expect(labels.some((l) => l.endsWith('BCE')), labels.join('|')).to.equal(true);
    expect(labels).to.not.include('0');
    const name = (id: string) => el.shadowRoot!.querySelector(`[data-event-id="${id}"]`)?.getAttribute('aria-label') ?? '';
    expect(name('caesar')).to.include('March 15, 44 BCE');
    expect(name('one-bce')).to.include('sometime in 1 BCE');
    expect(name('ice')).to.include('10001 BCE');
    el.zoomTo('-0100', '0100');
    await el.renderComplete;
    // With compressed gaps (the default), the empty centuries around the data are drawn narrow and its years
    // (44 BCE, 1 BCE, 1 CE) wide, so the axis ticks months there: labels on either side of the era boundary carry
    // their year, BCE before it and CE after it, and none reads year 0.
    const around = all(el, '[part="tick-label"]').map((t) => t.textContent!);
    expect(around.some((l) => / BCE$/.test(l)), around.join('|')).to.equal(true);
    expect(around.some((l) => !/BCE/.test(l) && /\b1\b/.test(l)), around.join('|')).to.equal(true);
    expect(around.some((l) => /(^|\D)0( BCE)?$/.test(l)), around.join('|')).to.equal(false);
  });

  it('time of day follows time-zone; dates without one never move', async () => {
    const events = [
      { id: 'call', title: 'Call', date: '2023-07-31T22:30:00Z' },
      { id: 'day', title: 'Day', date: '2023-07-31' },
    ];
    const el = await mount(html`<event-timeline .events=${events} time-zone="Asia/Tehran"></event-timeline>`);
    const name = (id: string) => el.shadowRoot!.querySelector(`[data-event-id="${id}"]`)!.getAttribute('aria-label')!;
    // 22:30 UTC is 02:00 the next day in Tehran (UTC+3:30).
    expect(name('call')).to.match(/August 1, 2023(,| at) 2:00/);
    expect(name('day')).to.include('July 31, 2023');
    el.timeZone = 'America/Los_Angeles';
    await el.renderComplete;
    expect(name('call')).to.match(/July 31, 2023(,| at) 3:30/);
    expect(name('day')).to.include('July 31, 2023');
  });

  it('axe: no violations in dark, in RTL with fa-IR, and in Russian', async () => {
    for (const attrs of [{ theme: 'dark' }, { dir: 'rtl', locale: 'fa-IR' }, { locale: 'ru-RU' }] as Array<Record<string, string>>) {
      const el = await mountArticle(1200, attrs);
      await expect(el).to.be.accessible();
    }
  });
});

describe('calendarTicks', () => {
  it('calendarTicks(d0, d1, n, persian) puts every month tick on day 1 of a Persian month', () => {
    const fields = intlCalendarFields('persian')!;
    for (const [a, b, n] of [
      [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), 12],
      [Date.UTC(2023, 2, 1), Date.UTC(2023, 8, 1), 6],
      [Date.UTC(2023, 6, 1), Date.UTC(2023, 7, 15), 8],
      [Date.UTC(1900, 0, 1), Date.UTC(2023, 0, 1), 10],
    ] as const) {
      const { values, unit } = calendarTicks(a, b, n, fields);
      expect(values.length, `${unit} ticks`).to.be.within(2, n * 3);
      for (const t of values) {
        const f = fields(t);
        if (unit === 'year') expect([f.month, f.day]).to.deep.equal([1, 1]);
        if (unit === 'month') expect(f.day).to.equal(1);
        expect(t).to.be.within(a, b);
      }
    }
  });

  it('calendarTicks with the Hijri calendar, including deep time', () => {
    const fields = intlCalendarFields('islamic')!;
    const { values, unit } = calendarTicks(Date.UTC(-500, 0, 1), Date.UTC(2000, 0, 1), 8, fields);
    expect(unit).to.equal('year');
    for (const t of values) expect([fields(t).month, fields(t).day]).to.deep.equal([1, 1]);
    expect(values.length).to.be.greaterThan(3);
  });
});
