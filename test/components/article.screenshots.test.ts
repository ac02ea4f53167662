import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import type { EventTimelineArticle } from '../../src/components/event-timeline-article/event-timeline-article.component.js';
import '../../src/components/event-timeline-article/event-timeline-article.js';
import { articleDataset, sleep } from './helpers.js';

/**
 * The article beside its timeline, as a phone reader sees it: 358 px of text (a 390 px screen less its margins)
 * in the page's own font, 420 px tall, scrolled to the selected event's quote. Only the article is pictured.
 */
async function shot(scheme: 'light' | 'dark', selected: string) {
  await setViewport({ width: 800, height: 900 });
  const colours = scheme === 'dark' ? 'color-scheme:dark;background:#101318;color:#e6e9ee' : 'background:#fff;color:#1b1f24';
  const wrapper = await fixture<HTMLDivElement>(html`<div style="${colours};font:16px/1.6 'Noto Sans';padding:16px">
    <event-timeline id="shot-timeline" style="width:700px;position:absolute;left:-2000px"></event-timeline>
    <event-timeline-article for="shot-timeline" style="width:358px;height:420px"></event-timeline-article>
  </div>`);
  const t = wrapper.querySelector<EventTimeline>('event-timeline')!;
  const a = wrapper.querySelector<EventTimelineArticle>('event-timeline-article')!;
  a.text = await (await fetch('/seeds/iran-belarus-defense-deal.txt')).text();
  t.events = await articleDataset();
  await t.renderComplete;
  await sleep(50);
  t.select(selected);
  await t.renderComplete;
  await sleep(50);
  await a.renderComplete;
  await sleep(800); // the article's smooth scroll to the quote
  return a;
}

describe('<event-timeline-article> screenshots', () => {
  it('a phone column, the Bolivia deal selected inside a longer quote', async () => {
    await visualDiff(await shot('light', 'iran-bolivia-defense-deal'), 'article-text-358-selected');
  });

  it('a phone column in a dark page, Lukashenko announcing the warheads selected', async () => {
    await visualDiff(await shot('dark', 'lukashenko-announces-nuclear-deployment'), 'article-text-358-dark');
  });
});
