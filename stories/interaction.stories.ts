import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { timelineIn, timelineMeta, type TimelineArgs } from './support/render.js';

/** Selection, the details panel, the keyboard, the table, filters and deep links. */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Interaction',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

type Timeline = HTMLElementTagNameMap['event-timeline'];
const focusedId = (el: Timeline) => el.shadowRoot!.activeElement?.getAttribute('data-event-id') ?? null;

/**
 * `selected="iran-belarus-defense-mou"`: the details panel is open, with the
 * source's words for the date, the date in words, the actors, and the quote
 * the event came from (`part="source-quote"`).
 */
export const Selected: Story = {
  name: 'Selected, with the details panel',
  args: { selected: 'iran-belarus-defense-mou' },
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await el.renderComplete;
    await expect(el.shadowRoot!.querySelector('[part="details"]')).toBeTruthy();
    await expect(el.shadowRoot!.querySelector('[part="source-quote"]')?.textContent?.trim()).toBeTruthy();
  },
};

/**
 * A keyboard walkthrough, played with real key presses: the events are one
 * tab stop; `→`/`←` move in date order, `↑`/`↓` to the nearest event in the
 * lane above or below, `Home`/`End` to the first and last; `+`, `-` and `0`
 * zoom; `Enter` opens the details, `Escape` closes them. It ends with the
 * details of an event open and the focus on it.
 */
export const KeyboardWalkthrough: Story = {
  name: 'Keyboard walkthrough',
  play: async ({ canvasElement, step }) => {
    const el = timelineIn(canvasElement);
    await el.renderComplete;
    const press = async (keys: string) => {
      await userEvent.keyboard(keys);
      await el.renderComplete;
    };
    let first: string | null = null;
    await step('The events are one tab stop; focus it', async () => {
      const stops = el.shadowRoot!.querySelectorAll<SVGElement>('svg.plot [part~="event"][tabindex="0"]');
      await expect(stops).toHaveLength(1);
      stops[0]!.focus();
      first = focusedId(el);
      await expect(first).toBeTruthy();
    });
    await step('→ → moves to later events, ← back', async () => {
      await press('{ArrowRight}{ArrowRight}');
      const second = focusedId(el);
      await expect(second).not.toBe(first);
      await press('{ArrowLeft}');
      await expect(focusedId(el)).not.toBe(second);
    });
    await step('↓ moves to the lane below', async () => {
      await press('{ArrowDown}');
      await expect(focusedId(el)).toBeTruthy();
    });
    await step('End and Home: the last and first events', async () => {
      await press('{End}');
      const last = focusedId(el);
      await press('{Home}');
      await expect(focusedId(el)).toBe(first);
      await expect(last).not.toBe(first);
    });
    await step('+ zooms in, 0 fits again', async () => {
      const before = el.getWindow();
      await press('+');
      const zoomed = el.getWindow();
      await expect(+zoomed.end - +zoomed.start).toBeLessThan(+before.end - +before.start);
      await press('0');
      const fitted = el.getWindow();
      await expect(Math.abs(+fitted.end - +fitted.start - (+before.end - +before.start))).toBeLessThan(1000);
    });
    await step('Enter opens the details, Escape closes them', async () => {
      await press('{ArrowRight}{ArrowRight}{ArrowRight}');
      await press('{Enter}');
      await expect(el.shadowRoot!.querySelector('[part="details"]')).toBeTruthy();
      await press('{Escape}');
      await expect(el.shadowRoot!.querySelector('[part="details"]')).toBeNull();
      await press('{ArrowRight}{Enter}');
      await waitFor(() => expect(el.selected).toBe(focusedId(el)));
    });
  },
};

/** The `Keys` button opens a popover listing every key. */
export const KeyHelp: Story = {
  name: 'Key help popover',
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await el.renderComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[popovertarget="keys-help"]')!;
    await userEvent.click(button);
    const help = el.shadowRoot!.getElementById('keys-help')!;
    await waitFor(() => expect(help.matches(':popover-open')).toBe(true));
  },
};

/** The `Table` button shows every event in a sortable, virtualized table: the timeline's text alternative. */
export const EventsTable: Story = {
  name: 'Table of events',
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await el.renderComplete;
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="events-table"]')!);
    await el.renderComplete;
    await expect(el.shadowRoot!.querySelector('[part="table"]')).toBeTruthy();
  },
};

/** `hiddenKinds` (a property, also set by the legend): statements and publications are hidden. */
export const FilteredKinds: Story = {
  name: 'Filtered: kinds hidden',
  args: { hiddenKinds: ['statement', 'publication'] },
};

const DEEP_LINK = 'iran-bolivia-defense-deal';

/**
 * `hash-link`: the selection is mirrored in `location.hash`, so a link such
 * as `…/article.html#iran-bolivia-defense-deal` opens that event. The story
 * sets the frame's hash to `#iran-bolivia-defense-deal` before the element
 * loads; click another event and the hash follows.
 */
export const DeepLink: Story = {
  name: 'Deep link (hash-link)',
  args: { dataset: 'article', 'hash-link': true },
  decorators: [
    (story) => {
      if (location.hash !== `#${DEEP_LINK}`) history.replaceState(history.state, '', `#${DEEP_LINK}`);
      return story();
    },
  ],
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await el.renderComplete;
    await waitFor(() => expect(el.selected).toBe(DEEP_LINK));
  },
};
