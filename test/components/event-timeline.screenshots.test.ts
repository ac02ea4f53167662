import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { mountArticle } from './helpers.js';

// One font for every machine: Noto Sans from Debian's fonts-noto-core, which .ci/run installs.
const FONT = { style: "--event-timeline-font: 'Noto Sans', 'Noto Sans Arabic'; --event-timeline-font-size: 13px" };

describe('<event-timeline> screenshots', () => {
  it('the article timeline at 1200 px', async () => {
    const el = await mountArticle(1200, FONT);
    await visualDiff(el, 'article-1200');
  });

  it('the article timeline at 400 px', async () => {
    const el = await mountArticle(400, FONT);
    await visualDiff(el, 'article-400');
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
