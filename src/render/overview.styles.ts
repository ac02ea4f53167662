import { css } from 'lit';

/** The overview strip under the plot and its brush. Uses only the host's private `--_*` tokens. */
export const overviewStyles = css`
  .overview {
    grid-area: overview;
    display: block;
    box-sizing: content-box;
    height: 40px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    touch-action: none;
  }

  .overview .bar {
    fill: var(--_text-muted);
    opacity: 0.55;
  }

  .overview .brush {
    fill: var(--_accent);
    fill-opacity: 0.15;
    stroke: var(--_accent);
    stroke-width: 1.5;
    cursor: grab;
  }

  .overview .brush:focus-visible {
    outline: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }

  /* Windows high contrast and other forced colours: system colours. */
  @media (forced-colors: active) {
    .overview .brush {
      stroke: Highlight;
    }
  }

  /* On paper: no controls. */
  @media print {
    .overview {
      display: none;
    }
  }
`;
