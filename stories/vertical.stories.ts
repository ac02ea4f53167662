import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/render.js';

/**
 * The vertical "story" layout (issue 14): time runs down an axis at the inline-start edge, each event is a card
 * beside its date with its full title, the source's words for the date and the date in words. The page scrolls
 * through it; only the cards near the viewport are in the DOM.
 */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Vertical story',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** The article on a 390 px phone column: `orientation="auto"` is vertical below 640 px of the element's width. */
export const Phone: Story = {
  name: 'Vertical at 390 px',
  render: (args) => html`<div style="width:390px;max-width:100%">${renderTimeline(args)}</div>`,
};

/** The same, in Persian: the axis on the right (inline-start), Solar Hijri ticks. */
export const PhonePersian: Story = {
  name: 'Vertical at 390 px, fa-IR',
  args: { locale: 'fa-IR', dir: 'rtl' },
  render: (args) => html`<div style="width:390px;max-width:100%">${renderTimeline(args)}</div>`,
};

/**
 * `orientation="auto"` in a container you can resize (drag its corner): below 640 px of the element's own
 * width it turns vertical, above it horizontal, whatever the window's width.
 */
export const AutoResizable: Story = {
  name: 'Auto in a resizable container',
  render: (args) =>
    html`<div
      style="resize:horizontal;overflow:auto;width:700px;min-width:280px;max-width:100%;border:1px dashed #999;padding:8px"
    >
      ${renderTimeline(args)}
    </div>`,
};

/** 10,000 events, vertical: virtualized against the page's scroll; the keyboard still reaches every event. */
export const TenThousandVertical: Story = {
  name: '10,000 events, vertical',
  args: { dataset: 'dense', orientation: 'vertical' },
  render: (args) => html`<div style="width:390px;max-width:100%">${renderTimeline(args)}</div>`,
};
