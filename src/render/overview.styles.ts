import { css } from 'lit';

/** The overview strip under the plot and its brush. Uses only the host's private `--_*` tokens. */
export const overviewStyles = css`
  .overview-box {
    grid-area: overview;
  }

  .overview {
    display: block;
    box-sizing: content-box;
    height: 40px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    touch-action: none;
    /* A drag must not select the page's text: a second drag on a selection would start a drag-and-drop. */
    user-select: none;
  }

  .overview .bars {
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

  /* The handles: a slim grip to see, a wider area to hit. */
  .overview .handle {
    color: var(--_accent);
    cursor: ew-resize;
  }

  .overview .handle .hit {
    fill: transparent;
  }

  .overview .handle .grip {
    fill: currentColor;
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

    .overview .handle .grip {
      fill: Highlight;
    }
  }

  /* On paper: no controls. */
  @media print {
    .overview-box,
    .overview {
      display: none;
    }
  }
`;
