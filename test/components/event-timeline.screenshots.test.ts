import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import { articleDataset, mountArticle, sleep } from './helpers.js';

// One font for every machine: Noto Sans from Debian's fonts-noto-core, which .ci/run installs.
const FONT = { style: "--event-timeline-font: 'Noto Sans', 'Noto Sans Arabic'; --event-timeline-font-size: 13px" };

/**
 * What a reader sees in a `width` × `height` viewport with the element at the top of the page, 16 px from each
 * side: the screenshot is of that viewport, so a story taller than it is cut where the screen ends (its cards are
 * drawn for the viewport only).
 */
async function screen(width: number, height: number, attrs: Record<string, string>): Promise<HTMLElement> {
  await setViewport({ width, height });
  const frame = await fixture<HTMLElement>(
    html`<div style="width:${width}px;height:${height}px;overflow:hidden;background:#fff;box-sizing:border-box;padding:16px">
      <event-timeline></event-timeline>
    </div>`,
  );
  const el = frame.querySelector<EventTimeline>('event-timeline')!;
  for (const [k, v] of Object.entries({ ...FONT, ...attrs })) el.setAttribute(k, v);
  el.events = await articleDataset();
  await el.renderComplete;
  await sleep(100); // card heights measured, the story re-flowed
  await el.renderComplete;
  return frame;
}

describe('<event-timeline> screenshots', () => {
  it('the article timeline at 1200 px', async () => {
    const el = await mountArticle(1200, FONT);
    await visualDiff(el, 'article-1200');
  });

  it('a 390 × 844 phone: the vertical story (orientation auto)', async () => {
    await visualDiff(await screen(390, 844, {}), 'article-390-vertical');
  });

  it('a 390 × 844 phone, a card open in place', async () => {
    await visualDiff(await screen(390, 844, { selected: 'lukashenko-visits-iran' }), 'article-390-vertical-open');
  });

  it('a 390 × 844 phone, Persian, right to left, Solar Hijri, vertical', async () => {
    await visualDiff(await screen(390, 844, { dir: 'rtl', locale: 'fa-IR' }), 'article-390-vertical-rtl-fa');
  });

  it('a 390 × 844 phone, dark, vertical', async () => {
    await visualDiff(await screen(390, 844, { theme: 'dark' }), 'article-390-vertical-dark');
  });

  it('a 390 × 844 phone, orientation="horizontal"', async () => {
    await visualDiff(await screen(390, 844, { orientation: 'horizontal' }), 'article-390-horizontal');
  });

  it('1280 × 800: horizontal (orientation auto)', async () => {
    await visualDiff(await screen(1280, 800, {}), 'article-1280-horizontal');
  });

  it('1280 × 800, scrolled 420 px down the lanes: the axis stays at the top', async () => {
    const frame = await screen(1280, 800, {});
    // The frame clips like a viewport and scrolls like a page: the element, of automatic height, is taller. With no
    // top padding, as a page's viewport (a sticky box keeps clear of its scroller's padding).
    frame.style.paddingTop = '0';
    frame.scrollTop = 420;
    await sleep(100);
    await frame.querySelector<EventTimeline>('event-timeline')!.renderComplete;
    await visualDiff(frame, 'article-1280-horizontal-scrolled');
  });

  it('1280 × 800, orientation="vertical"', async () => {
    await visualDiff(await screen(1280, 800, { orientation: 'vertical' }), 'article-1280-vertical');
  });

  it('July 2023 with the MoU selected, grouped by actor, at 1200 px', async () => {
    const el = await mountArticle(1200, { ...FONT, start: '2023-07-01', end: '2023-08-12', selected: 'iran-belarus-defense-mou' });
    await visualDiff(el, 'article-july-details-1200');
  });

  it('dark theme at 1200 px', async () => {
    const el = await mountArticle(1200, { ...FONT, theme: 'dark' });
    await visualDiff(el, 'article-dark-1200');
  });

  it('right to left, Persian, Solar Hijri, at 1200 px', async () => {
    const el = await mountArticle(1200, { ...FONT, dir: 'rtl', locale: 'fa-IR', selected: 'iran-belarus-defense-mou' });
    await visualDiff(el, 'article-rtl-fa-1200');
  });

  it('Russian at 1200 px', async () => {
    const el = await mountArticle(1200, { ...FONT, locale: 'ru-RU' });
    await visualDiff(el, 'article-ru-1200');
  });

  it('the comparison fails when the marks move a little (the threshold can fail)', async function () {
    // Updating baselines would overwrite article-1200 with the changed picture.
    if ((window as unknown as { __UPDATE_SCREENSHOTS__: boolean }).__UPDATE_SCREENSHOTS__) this.skip();
    const el = await mountArticle(1200, FONT);
    // Pan by 2% of the window: every mark and tick shifts about 24 px, nothing else changes.
    const { start, end } = el.getWindow();
    const shift = (+end - +start) * 0.02;
    el.zoomTo(new Date(+start + shift), new Date(+end + shift));
    await el.renderComplete;
    let message = '';
    try {
      await visualDiff(el, 'article-1200');
    } catch (e) {
      message = String(e);
    }
    expect(message, 'a 2% pan must not pass as the same picture').to.include('Visual diff failed');
  });
});
