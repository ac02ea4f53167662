import { css, type CSSResult } from 'lit';
import { overviewStyles } from '../../render/overview.styles.js';
import { panelsStyles } from '../../render/panels.styles.js';
import { plotStyles } from '../../render/plot.styles.js';
import { themeTokens } from '../../render/theme.styles.js';
import { toolbarStyles } from '../../render/toolbar.styles.js';

/**
 * The host (after the shared theme tokens of render/theme.styles.ts): the shared
 * resets and focus ring, and the root grid the views sit in. Each view's own
 * rules live beside its renderer in src/render/*.styles.ts.
 */
export const hostStyles = css`
  :host {
    /* Height is automatic; a height set by CSS makes the plot scroll instead. */
    display: flex;
    flex-direction: column;
    position: relative;
    container-type: inline-size;
    min-width: 0;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto minmax(120px, 1fr) auto auto auto auto auto;
    grid-template-areas: 'toolbar' 'chart' 'overview' 'credit' 'undated' 'details' 'table';
    /* Rows of absent parts (details, table) collapse, so space comes from margins, not gaps. */
    column-gap: 12px;
    flex: 1 1 auto;
    min-height: 0;
  }

  /* Laid out, so the page keeps its place, but not shown until the locale's translation is here. */
  .root.busy {
    visibility: hidden;
  }

  .root > :not(:empty):not(.visually-hidden) {
    margin-block-end: 8px;
  }

  @container (min-width: 900px) {
    .root.has-details {
      grid-template-columns: minmax(0, 1fr) 320px;
      grid-template-rows: auto minmax(120px, 1fr) auto auto auto auto;
      grid-template-areas:
        'toolbar toolbar'
        'chart details'
        'overview details'
        'credit details'
        'undated details'
        'table table';
    }
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .chart {
    grid-area: chart;
    position: relative;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* As tall as its plot: clipped, not a scroll box of its own, so the axis can stick to the page. */
  .chart[data-flow] {
    overflow: clip;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* On paper: everything at full height, dark on white. */
  @media print {
    :host {
      --_surface: #fff;
      --_surface-alt: #f6f6f6;
      --_text: #000;
      --_text-muted: #333;
      color-scheme: light;
    }
    .chart,
    .chart[data-flow] {
      overflow: visible;
      border-color: #999;
    }
    .root.has-details {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'toolbar' 'chart' 'overview' 'credit' 'undated' 'details' 'table';
    }
  }
`;

/**
 * The whole sheet, in cascade order: later sheets win ties, so this order is
 * the order the rules had in the single sheet it was split from (each view's
 * forced-colours and print overrides close its own sheet, after the rules they
 * override).
 */
export const styles: CSSResult = css`
  ${themeTokens}${hostStyles}${toolbarStyles}${plotStyles}${overviewStyles}${panelsStyles}
`;
