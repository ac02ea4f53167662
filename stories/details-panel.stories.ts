import { html, render } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RawEvent } from '../src/data/types.js';
import { articleDataset } from './support/datasets.js';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/render.js';

/** The details panel: eras behind the plot, links, images, and a slot to replace it all. */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Details panel',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * Eras as bands behind the plot (one open-ended), and an event's links,
 * image (a local PNG, served with the stories; an SVG on another event) and
 * corroboration in the details panel.
 */
export const ErasLinksImages: Story = {
  name: 'Eras, links and images',
  args: { dataset: 'eras-links-images', selected: 'agreement-signed' },
};

const articleEvent = (id: string | null) => articleDataset().events.find((e) => e.id === id);

/** The slotted panel's content for one event: the page's own markup, styled by the page. */
function customDetails(e: RawEvent | undefined) {
  if (!e) return html`<p>Select an event.</p>`;
  return html`<h2 style="margin:0 0 .25em;font-size:1.1em">${e.title}</h2>
    <p style="margin:0 0 .5em"><strong>When:</strong> ${e.dateText ?? 'undated'} <code>${e.date ?? 'null'}</code></p>
    ${e.source ? html`<p style="margin:0;font-style:italic">“${e.source.quote}”</p>` : ''}
    <p style="margin:.5em 0 0;font-size:.85em">Custom details from <code>&lt;div slot="details"&gt;</code>, filled on <code>event-timeline-select</code>.</p>`;
}

/**
 * `<div slot="details">` replaces the panel's content. The page fills it:
 * here on `event-timeline-select`, and for the initial `selected`.
 */
export const SlottedDetails: Story = {
  name: 'Slotted custom details',
  args: { dataset: 'article-events', selected: 'iran-bolivia-defense-deal' },
  render: (args) => {
    const fill = (ev: Event) => {
      const el = ev.currentTarget as HTMLElementTagNameMap['event-timeline'];
      const slot = el.querySelector<HTMLElement>('[slot="details"]');
      if (slot) render(customDetails(articleEvent(el.selected)), slot);
      args.onEventTimelineSelect?.(ev);
    };
    return renderTimeline(
      { ...args, onEventTimelineSelect: fill },
      { content: html`<div slot="details" style="padding:4px 28px 4px 4px">${customDetails(articleEvent(args.selected))}</div>` },
    );
  },
};
