import { css } from 'lit';

/**
 * The panels around the plot: the undated shelf, the details panel, the
 * tooltip, the loading / empty / error state messages and the data problems
 * list. Uses only the host's private `--_*` tokens.
 */
export const panelsStyles = css`
  .undated {
    grid-area: undated;
  }

  .undated h2,
  .details h2 {
    margin: 0 0 4px;
    font-size: 0.9em;
    font-weight: 700;
  }

  .undated p {
    margin: 0 0 6px;
    color: var(--_text-muted);
    font-size: 0.85em;
  }

  .undated ul {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .undated-event {
    display: inline-flex;
    cursor: pointer;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 3px 10px;
    border: 1.5px dashed var(--_c);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }

  .undated-event.selected {
    border-style: solid;
    box-shadow: 0 0 0 2px var(--_selection);
  }

  .undated li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 8px;
  }

  .undated .relation {
    color: var(--_text-muted);
    font-size: 0.85em;
  }

  .details {
    grid-area: details;
    position: relative;
    padding: 12px 14px;
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid var(--_c, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  .details h2 {
    font-size: 1.1em;
    padding-inline-end: 32px;
  }

  .details .close {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    min-width: 28px;
    min-height: 28px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 8px 0;
  }

  .details dt {
    color: var(--_text-muted);
  }

  .details dd {
    margin: 0;
  }

  .details figure {
    margin: 8px 0;
  }

  .details blockquote {
    margin: 8px 0;
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_grid);
    background: var(--_surface-alt);
    font-style: italic;
  }

  .details img {
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }

  .details a {
    color: var(--_accent);
  }

  /*
   * Narrow (a phone): the details are a non-modal sheet at the bottom of the
   * viewport while the element is in view. Sticky, not fixed: it never leaves
   * the element's box, and a transformed ancestor on the host page cannot
   * misplace it. Its body scrolls; the grip and the close button stay.
   */
  .details.sheet {
    position: sticky;
    inset-block-end: 0;
    z-index: 3;
    display: flex;
    flex-direction: column;
    max-height: 60vh;
    max-height: 60svh;
    padding: 0;
    border: 1px solid var(--_grid);
    border-block-start: 4px solid var(--_c, var(--_accent));
    border-radius: 12px 12px 0 0;
    box-shadow: 0 -6px 24px rgb(0 0 0 / 0.2);
  }

  .details .grip {
    display: grid;
    flex: none;
    place-items: center;
    height: 24px;
    cursor: grab;
    touch-action: none;
  }

  .details .grip::before {
    content: '';
    width: 40px;
    height: 4px;
    border-radius: 2px;
    background: var(--_grid);
  }

  .details.sheet .body {
    min-height: 0;
    padding: 0 14px 12px;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .details.sheet h2 {
    padding-inline-end: 44px;
  }

  .details.sheet .close {
    inset-block-start: 6px;
    min-width: 36px;
    min-height: 36px;
  }

  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 6px;
    border: 1px solid var(--_grid);
    border-radius: 3px;
    background: var(--_swatch);
    vertical-align: -0.15em;
  }

  .kind-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--_text-muted);
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(320px, 90%);
    padding: 6px 10px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.15);
    pointer-events: none;
  }

  .tooltip strong {
    display: block;
  }

  .tooltip .when {
    color: var(--_text-muted);
  }

  .state {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 16px;
    color: var(--_text-muted);
    text-align: center;
  }

  .state.error {
    color: var(--_marker);
  }

  /* Where the table would be, when its code could not be loaded. */
  .table-failed {
    grid-column: 1 / -1;
    color: var(--_marker);
    font-size: 0.85em;
  }

  .problems {
    grid-column: 1 / -1;
    color: var(--_text-muted);
    font-size: 0.85em;
  }

  .problems summary {
    min-height: 24px;
  }

  /* Windows high contrast and other forced colours: system colours, never lost marks. */
  @media (forced-colors: active) {
    .undated-event svg path {
      fill: CanvasText;
      stroke: Canvas;
    }
    .undated-event.selected {
      outline: 2px solid Highlight;
    }
  }

  /* On paper: no controls, and no panel cut across pages. */
  @media print {
    .tooltip,
    .details .close,
    .details .grip {
      display: none;
    }
    .details.sheet {
      position: static;
      max-height: none;
      box-shadow: none;
    }
    .details.sheet .body {
      overflow: visible;
    }
    .undated-event,
    .details {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms;
    }
  }

  /* How to zoom, after a plain wheel went to the page: over the plot, never for long. */
  .gesture-hint {
    position: absolute;
    inset-block-start: 40px;
    inset-inline: 0;
    margin-inline: auto;
    width: fit-content;
    max-width: calc(100% - 24px);
    padding: 6px 12px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 82%, transparent);
    color: var(--_surface);
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.3s;
  }
  .gesture-hint.shown {
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .gesture-hint {
      transition: none;
    }
  }

  /* The credit line: where the events come from, under the plot. */
  .credit {
    grid-area: credit;
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .credit a {
    color: var(--_accent);
  }
`;
