import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { timelineMeta, type TimelineArgs } from './support/render.js';

/** Scale: many events, from a seeded generator (`stories/support/dense.ts`). */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Dense data',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * 10,000 events over 25 years, from mulberry32 with a fixed seed: the same
 * events on every machine. It opens on 2023 (`start`, `end`); the overview
 * strip shows the density of all 25 years. Press `0` or Fit to see every
 * event at once, `+`/`-` or the wheel to zoom.
 */
export const TenThousandEvents: Story = {
  name: '10,000 events',
  args: { dataset: 'dense', start: '2023-01-01', end: '2023-12-31' },
};

