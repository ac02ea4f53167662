import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { timelineIn, timelineMeta, type TimelineArgs } from './support/render.js';

/**
 * What the element shows when there is nothing to draw yet, nothing at all,
 * or data it cannot read. Each state is a `part="state"` message with
 * `role="status"` (or `role="alert"` for errors).
 *
 * Parameters read by `scripts/test-storybook.mjs`:
 * `expectedConsoleErrors` (RegExps a console error may match) and
 * `neverSettles` (`renderComplete` waits for a load that never ends).
 */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/States',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** No events: `events = []`. */
export const Empty: Story = {
  args: { dataset: 'empty' },
};

/**
 * Loading: `src` is a URL whose fetch never answers (the stories' fetch holds
 * back URLs ending in `#delay=never`; `#delay=3000` answers after 3 s).
 */
export const Loading: Story = {
  args: { dataset: 'slow' },
  parameters: { neverSettles: true },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot?.querySelector('[part="state"]')?.textContent).toMatch(/Loading/));
  },
};

/** `src` names a file that does not exist: the server answers 404, and the element says so. */
export const Error404: Story = {
  name: 'Error: 404',
  args: { dataset: 'missing' },
  parameters: { expectedConsoleErrors: [/404/, /Failed to load/] },
};

/** `src` is a JSON file cut off mid-way. */
export const ErrorInvalidJson: Story = {
  name: 'Error: invalid JSON',
  args: { dataset: 'invalid-json' },
};

/**
 * Bad records never stop the rest: six records are skipped (no title, a date
 * that is not EDTF, no date field, an interval ending before it starts, a
 * date out of range, a string), four are kept with a warning. The summary of
 * skipped records is opened.
 */
export const InvalidRecords: Story = {
  name: 'Invalid records beside valid ones',
  args: { dataset: 'invalid-records' },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await el.renderComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="problems"] summary');
    await expect(summary).toBeTruthy();
    await userEvent.click(summary!);
    await expect(el.shadowRoot!.querySelector('[part="problems"]')?.hasAttribute('open')).toBe(true);
  },
};
