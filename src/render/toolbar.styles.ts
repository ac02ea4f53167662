import { css } from 'lit';

/**
 * The toolbar: the kind legend, the actor filter, the zoom controls and the
 * keyboard help popover. Uses only the host's private `--_*` tokens.
 */
export const toolbarStyles = css`
  .toolbar {
    grid-area: toolbar;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* On a phone (a narrow element), the kinds are one row that scrolls sideways, not four rows above the story. */
  @container (max-width: 639px) {
    .toolbar > .legend {
      flex: 1 0 100%;
      flex-wrap: nowrap;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scrollbar-width: none;
      box-sizing: border-box;
      min-width: 0;
      /* Room for the focus ring inside the scroller. */
      padding: 3px;
      margin-block: -3px;
    }

    .toolbar > .legend > * {
      flex: none;
    }
  }

  .legend button,
  .zoom button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    min-width: 28px;
    padding: 2px 10px;
    border: 1px solid var(--_grid);
    border-radius: 999px;
    background: var(--_surface);
  }

  .legend [part='legend-item'][aria-pressed='false'] {
    color: var(--_text-muted);
    background: var(--_surface-alt);
    text-decoration: line-through;
  }

  .legend [part='legend-item'][aria-pressed='false'] svg {
    opacity: 0.35;
  }

  .actor-filter {
    flex: 1 1 100%;
    order: 3;
  }

  .actor-filter summary {
    width: max-content;
    min-height: 24px;
    padding-block: 4px;
    cursor: pointer;
    color: var(--_text-muted);
  }

  /* The summary is a Tab stop like the buttons: the same clear ring. */
  .actor-filter summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .actor-filter .legend {
    margin-top: 4px;
  }

  /* An actor's toggle and its "only" button, joined. */
  .actor {
    display: inline-flex;
  }

  .actor button[part='legend-item'] {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  .legend .only {
    padding-inline: 8px;
    border-inline-start: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    color: var(--_text-muted);
    font-size: 0.9em;
  }

  .legend .only[aria-pressed='true'] {
    color: var(--_surface);
    background: var(--_accent);
    border-color: var(--_accent);
  }

  .zoom {
    display: flex;
    gap: 4px;
  }

  .zoom button {
    justify-content: center;
    padding: 2px 8px;
    border-radius: var(--_radius);
  }

  .zoom .icon {
    width: 10px;
    height: 10px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }

  .help {
    max-width: min(420px, 92vw);
    padding: 12px 16px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.25);
  }

  .help h2 {
    margin: 0 0 8px;
    font-size: 1em;
  }

  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
  }

  .help dd {
    margin: 0;
  }

  kbd {
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
  }

  /* Windows high contrast and other forced colours: system colours, never lost marks. */
  @media (forced-colors: active) {
    .legend svg path {
      fill: CanvasText;
      stroke: Canvas;
    }
  }

  /* On paper: no controls. */
  @media print {
    .toolbar .zoom,
    .actor-filter {
      display: none;
    }
  }
`;
