import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/render.js';

/** Themes, direction, locales, and styling from outside with custom properties and `::part()`. */
const meta = {
  ...timelineMeta,
  title: 'Event timeline/Theming and locales',
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** `theme="dark"`, on a dark page, with the details open. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', selected: 'iran-bolivia-defense-deal' },
  decorators: [(story) => html`<div style="background:#121212;padding:16px">${story()}</div>`],
};

/**
 * `dir="rtl" locale="fa-IR"`: right to left, later events on the left, with
 * the Persian strings (src/i18n/fa.ts), Persian numbers, and dates and axis
 * ticks in the Solar Hijri calendar that Intl gives fa-IR.
 */
export const RtlPersian: Story = {
  name: 'RTL, Persian (fa-IR)',
  args: { dir: 'rtl', locale: 'fa-IR' },
};

/** `locale="ru-RU"`: dates, ticks and numbers in Russian. */
export const Russian: Story = {
  name: 'Russian (ru-RU)',
  args: { locale: 'ru-RU' },
};

const STYLES = `
  event-timeline.house-style {
    --event-timeline-surface: #fbf7ef;
    --event-timeline-surface-alt: #f3ecdd;
    --event-timeline-text: #2d2418;
    --event-timeline-text-muted: #5f513c;
    --event-timeline-grid: #d9ccb4;
    --event-timeline-accent: #8a3b12;
    --event-timeline-focus: #8a3b12;
    --event-timeline-selection: #f2c14e;
    --event-timeline-font: Georgia, 'Times New Roman', serif;
    --event-timeline-font-size: 14px;
    --event-timeline-radius: 0;
    --event-timeline-kind-agreement: #8a3b12;
    --event-timeline-kind-deal: #6b4fa0;
    display: block;
    padding: 12px;
    border: 2px solid #2d2418;
  }
  event-timeline.house-style::part(toolbar) { border-bottom: 2px solid #2d2418; }
  event-timeline.house-style::part(lane-label) { font-variant: small-caps; letter-spacing: 0.05em; }
  event-timeline.house-style::part(tick-label) { font-style: italic; }
  event-timeline.house-style::part(control) { text-transform: uppercase; font-size: 0.8em; }
  event-timeline.house-style::part(source-quote) { border-inline-start: 4px solid #8a3b12; }
`;

/**
 * A house style from outside the shadow root, with only public API:
 * `--event-timeline-*` custom properties and `::part()` rules (the page's
 * stylesheet is in the story). The colour controls restyle it live too.
 */
export const CustomStyling: Story = {
  name: 'Custom styling: custom properties and ::part()',
  args: { selected: 'iran-belarus-defense-mou' },
  render: (args) => html`<style>
      ${STYLES}
    </style>
    ${renderTimeline(args, { className: 'house-style' })}`,
};

/**
 * `--event-timeline-sticky-top`: on a page with its own header fixed at the top, the time axis stays just below
 * it while the page scrolls the lanes. Scroll the canvas: the axis stops under the 48 px header, and leaves with
 * the chart at its end.
 */
export const UnderAFixedHeader: Story = {
  name: 'Under a fixed page header (--event-timeline-sticky-top)',
  render: (args) => html`<div
      style="position:sticky;top:0;z-index:2;height:48px;display:flex;align-items:center;padding:0 16px;background:#1d3557;color:#fff;font:600 16px system-ui"
    >
      The Daily Example
    </div>
    <p style="max-width:60ch;font:16px/1.6 Georgia, serif">
      The timeline below is taller than most screens. Scroll down through it: the dates stay in view below the
      header.
    </p>
    ${renderTimeline(args, { style: '--event-timeline-sticky-top: 48px' })}
    <p style="max-width:60ch;font:16px/1.6 Georgia, serif;margin-bottom:100vh">The article goes on.</p>`,
};

