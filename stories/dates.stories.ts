import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { timelineMeta, type TimelineArgs } from './support/render.js';

/** Dates are EDTF: each uncertain form is drawn as what it is. */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Dates',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * Every uncertain form, one lane per family (`stories/data/uncertain-dates.events.json`):
 * day, month, year and season; approximate `~`, uncertain `?` and both `%`;
 * open-ended intervals `../x` and `x/..`; one-of sets `[a..b]`, `[..x]` and
 * `[x..]`; closed intervals; and an instant with a time of day.
 */
export const UncertainDates: Story = {
  name: 'Uncertain dates gallery',
  args: { dataset: 'uncertain-dates', 'group-by': 'actor' },
};

/**
 * BCE and deep time (`stories/data/deep-time.events.json`): `-0044-03-15`,
 * `-0500/-0400`, year `0000`, and `Y-10000`, the year 10,001 BCE. Years are
 * astronomical: year 0 is 1 BCE.
 */
export const BceAndDeepTime: Story = {
  name: 'BCE and deep time',
  args: { dataset: 'deep-time', 'group-by': 'none' },
};

/**
 * The undated shelf: events with `date: null` sit below the plot, ordered by
 * what the source says came before or after them.
 */
export const UndatedShelf: Story = {
  name: 'Undated shelf',
  args: { dataset: 'undated' },
};
