import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/components/event-timeline/event-timeline.js';
import '../src/components/event-timeline-article/event-timeline-article.js';
import type { EventTimeline } from '../src/components/event-timeline/event-timeline.component.js';
import type { EventTimelineArticle } from '../src/components/event-timeline-article/event-timeline-article.component.js';
import { deriveTimeline, findDates } from '../src/derive/index.js';

/**
 * `<event-timeline-article>` beside `<event-timeline>`, linked by `for`: each event's quote and each date mention
 * is highlighted in the text; select an event in either to find it in the other. The draft comes from
 * `event-timeline/derive` (`deriveTimeline`, `findDates`): rules, no model, no network.
 */
const meta = {
  title: 'Event timeline/From article to timeline',
  component: 'event-timeline-article',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const ARTICLE_TEXT_URL = 'seeds/iran-belarus-defense-deal.txt';

/**
 * Paste any news text and a publication date: the timeline and the highlights are derived again as you type
 * (after a pause). Every event is a draft (`draft: true`, with a confidence) for a journalist to review.
 */
export const FromArticle: Story = {
  name: 'From article to timeline',
  render: () => {
    const host = document.createElement('div');
    const update = () => {
      const area = host.querySelector('textarea')!;
      const date = host.querySelector<HTMLInputElement>('input[type=date]')!.value;
      const timeline = host.querySelector<EventTimeline>('event-timeline')!;
      const article = host.querySelector<EventTimelineArticle>('event-timeline-article')!;
      const status = host.querySelector('output')!;
      const text = area.value;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        status.value = 'Give the publication date as a day.';
        return;
      }
      const draft = deriveTimeline(text, { published: date, title: 'Draft timeline' });
      timeline.events = draft;
      article.text = text;
      article.mentions = findDates(text, { published: date });
      const dated = draft.events.filter((e) => e.date).length;
      status.value = `${draft.events.length} draft events (${dated} dated) from ${article.mentions.length} date mentions.`;
    };
    let timer = 0;
    const later = () => {
      clearTimeout(timer);
      timer = window.setTimeout(update, 400);
    };
    render(
      html`<div style="display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;align-items:start">
        <div>
          <label style="display:block;font:600 14px system-ui">
            Article text
            <textarea rows="10" style="display:block;width:100%;margin-top:4px;font:14px/1.5 system-ui" @input=${later}
            ></textarea>
          </label>
          <label style="display:block;margin:8px 0;font:14px system-ui">
            Published <input type="date" value="2023-08-02" @change=${update} />
          </label>
          <output role="status" style="display:block;font:13px system-ui;color:#57606a"></output>
          <event-timeline id="derived-timeline" style="margin-top:8px"></event-timeline>
        </div>
        <event-timeline-article
          for="derived-timeline"
          style="height:80vh;font:15px/1.6 Georgia, serif"
        ></event-timeline-article>
      </div>`,
      host,
    );
    void fetch(ARTICLE_TEXT_URL)
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => {
        host.querySelector('textarea')!.value = text;
        update();
      });
    return host;
  },
};

/** The curated seed dataset and its article: the text comes from the dataset's `source.file`, beside its `src`. */
export const CuratedSeed: Story = {
  name: 'The curated seed, linked',
  render: () =>
    html`<div style="display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;align-items:start">
      <event-timeline id="seed-timeline" src="seeds/iran-belarus-defense-deal.events.json"></event-timeline>
      <event-timeline-article for="seed-timeline" style="height:80vh"></event-timeline-article>
    </div>`,
};
