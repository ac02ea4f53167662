import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { timelineMeta, type TimelineArgs } from './support/render.js';

/**
 * The article timeline: the events The Cradle reported on 2 August 2023 in
 * "Iran inks defense deal with Russia ally Belarus", loaded from
 * `seeds/iran-belarus-defense-deal.events.json`. Every control re-renders it:
 * try `group-by`, `locale`, `dir`, `theme`, the zoom limits and `dataset`.
 */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Overview',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** The default story: the article's 17 events, grouped by kind, with its undated shelf. */
export const Article: Story = {};

/** Lanes by kind (the default): each kind has its own marker shape and colour. */
export const GroupedByKind: Story = {
  name: 'Grouped by kind',
  args: { 'group-by': 'kind' },
};

/** A lane per actor: an event with several actors appears in each of their lanes. */
export const GroupedByActor: Story = {
  name: 'Grouped by actor',
  args: { 'group-by': 'actor' },
};

/**
 * One lane: events stack by date alone. The article's 13 dated events need
 * more than ten rows in one lane, so the lane shows clusters with counts
 * and a density band; zoom in (or lower the window) to split them.
 */
export const NoGrouping: Story = {
  name: 'No grouping',
  args: { 'group-by': 'none' },
};

/**
 * Zoom limits: `min-span="P7D"` stops zooming in at a week, `max-span="P3Y"`
 * zooming out at three years. Try `+`, `-` and the wheel.
 */
export const ZoomLimits: Story = {
  name: 'Zoom limits',
  args: { 'min-span': 'P7D', 'max-span': 'P3Y' },
};
