import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/render.js';

/**
 * Where the data comes from: `src` (our JSON, our CSV, TimelineJS CSV or
 * JSON, detected from the content), the `events` property, or an inline
 * `<script type="application/json">` child.
 */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Data sources',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** `src` pointing at a dataset in our JSON format. */
export const OurJson: Story = {
  name: 'src: our JSON',
  args: { dataset: 'article' },
};

/** `src` pointing at the same events in our CSV format (what `toCsv()` writes). */
export const OurCsv: Story = {
  name: 'src: our CSV',
  args: { dataset: 'article-csv' },
};

/**
 * `src` pointing at a CSV with the columns of TimelineJS's spreadsheet
 * template: a title row, an era row, year-only and month-only rows, a time,
 * ranges, and HTML reduced to text. The Group column is kept as each
 * event's `group`; the images are local files.
 */
export const TimelineJsCsv: Story = {
  name: 'src: TimelineJS CSV',
  args: { dataset: 'timelinejs-csv', 'group-by': 'none' },
};

/** `src` pointing at TimelineJS 3 JSON (`{title, events, eras}` with `start_date`). */
export const TimelineJsJson: Story = {
  name: 'src: TimelineJS JSON',
  args: { dataset: 'timelinejs-json', 'group-by': 'none' },
};

/** The `events` property: an array of events, or a whole dataset `{source, events, eras}`. It wins over `src`. */
export const EventsProperty: Story = {
  name: 'events property',
  args: { dataset: 'article-events' },
};

const INLINE = {
  source: { title: 'Iran inks defense deal with Russia ally Belarus', publisher: 'The Cradle', published: '2023-08-02' },
  events: [
    { id: 'engineers-visit', title: 'Iranian engineers visit Belarus', kind: 'visit', date: '2023-05', dateText: 'In May' },
    { id: 'bolivia-deal', title: 'Iran and Bolivia sign a defense deal', kind: 'deal', date: '[2023-07-24..2023-07-30]', dateText: 'last week' },
    { id: 'mou', title: 'Iran and Belarus sign an MoU', kind: 'agreement', date: '2023-07-31', dateText: 'on 31 July' },
  ],
};

/**
 * Inline data, for a CMS that cannot run a build: a
 * `<script type="application/json">` child of the element, read once when
 * it first renders.
 */
export const InlineJson: Story = {
  name: 'Inline JSON child',
  args: { dataset: 'none' },
  render: (args) =>
    renderTimeline(args, {
      content: html`${unsafeHTML(`<script type="application/json">${JSON.stringify(INLINE, null, 2)}</script>`)}`,
    }),
};
