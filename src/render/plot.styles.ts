import { css } from 'lit';

/**
 * The plot: the SVG with its axis, lanes, eras, markers, event marks and
 * labels, and the density and cluster canvases laid over it with the hidden
 * probes they read their style from. Uses only the host's private `--_*` tokens.
 */
export const plotStyles = css`
  /* Cooperative gestures: the page keeps vertical swipes; greedy takes every touch. */
  svg.plot {
    display: block;
    touch-action: pan-y;
    user-select: none;
    cursor: grab;
  }

  :host([gestures='greedy']) svg.plot {
    touch-action: none;
  }

  svg.plot:active {
    cursor: grabbing;
  }

  /* Only when no event can hold the stop: the ring goes around the chart. Drawn on the plot, it would be cut by the
   * chart's clipped box and hidden under the axis. */
  svg.plot:focus-visible {
    outline: none;
  }

  .chart:has(svg.plot:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The axis stays at the top of the chart while its lanes scroll under it, in the chart or in the page. Laid over
   * the plot's first rows, which hold no marks; the pointer goes through it to the plot's gestures. */
  svg.axis-head {
    display: block;
    position: sticky;
    top: var(--_axis-top, 0px);
    z-index: 1;
    /* The breaks' strokes cross the rule, below it too. */
    overflow: visible;
    pointer-events: none;
  }

  /* The plot's own margin, not the axis's: a sticky box stops where its margin box meets its container's end.
   * AXIS_HEIGHT (plot.ts) written out: a value put into this template keeps the minifier off the whole sheet. */
  svg.axis-head + svg.plot {
    margin-block-start: -30px;
  }

  /* Where the axis sticks: the chart's top, or, when the page scrolls the chart, below the page's fixed header. */
  .chart[data-flow] {
    --_axis-top: var(--_sticky-top);
  }

  /* A mark scrolled into view (the keys moved to it) stops below the axis. */
  .mark {
    scroll-margin-block-start: calc(34px + var(--_axis-top, 0px));
  }

  .axis line,
  .gridlines {
    stroke: var(--_grid);
    fill: none;
  }

  .axis text,
  .lane-label,
  .era-label,
  .marker-label {
    fill: var(--_text-muted);
    font-size: 0.85em;
    /* A stroke (a halo over the gridlines; Canvas in forced colours) goes under the letters, never over them. */
    paint-order: stroke;
    stroke-linejoin: round;
  }

  /* Drawn over the gridlines: a halo keeps each letter whole where a line crosses it. */
  .lane-label,
  .era-label,
  .marker-label {
    stroke: var(--_surface);
    stroke-width: 3px;
  }

  .axis-band {
    fill: var(--_surface);
  }

  .axis-rule {
    stroke: var(--_grid);
  }

  .lane-band.alt {
    fill: var(--_surface-alt);
  }

  .lane-band {
    fill: transparent;
  }

  .lane-label {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.75em;
  }

  .era {
    fill: var(--_era);
  }

  .marker line {
    stroke: var(--_marker);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .marker-label {
    fill: var(--_marker);
    font-weight: 600;
  }

  /* A compressed gap: an axis break over a faint band. */
  .gap-band {
    fill: var(--_text-muted);
    fill-opacity: 0.07;
    pointer-events: none;
  }

  .gap-cut {
    fill: var(--_surface);
    pointer-events: none;
  }

  .gap-stroke {
    fill: none;
    stroke: var(--_text-muted);
    stroke-width: 1.5;
    pointer-events: none;
  }

  .gap-label {
    fill: var(--_text-muted);
    font-size: 0.8em;
    font-style: italic;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
  }

  /* Event marks. Colour comes from the kind; shape and outline carry meaning too. */
  .mark {
    cursor: pointer;
    outline: none;
  }

  .mark .hit {
    fill: transparent;
  }

  .mark .span {
    fill: var(--_c);
    fill-opacity: 0.16;
    stroke: var(--_c);
    stroke-width: 1.5;
  }

  /* An open side fades out: a gradient mask over the span's box (its outline's too), stroke and all. */
  .mark .fade-l,
  .mark .fade-r,
  .mark .fade-lr {
    mask-origin: stroke-box;
  }

  .mark .fade-l {
    mask-image: linear-gradient(to right, transparent, #000);
  }

  .mark .fade-r {
    mask-image: linear-gradient(to right, #000, transparent);
  }

  .mark .fade-lr {
    mask-image: linear-gradient(to right, transparent, #000 50%, transparent);
  }

  .mark.fuzzy .span {
    fill-opacity: 0.1;
    stroke-dasharray: 2 3;
    stroke-linecap: round;
  }

  .mark.interval .span {
    fill-opacity: 0.28;
  }

  /* Under a label that runs over its own span, the span's tint goes on and its outline stops (see span-gap.ts). */
  .mark .span.fill-only {
    stroke: none;
  }

  .mark .span.line {
    fill: none;
  }

  .mark .whisker {
    stroke: var(--_c);
    stroke-width: 1.5;
  }

  .mark .symbol {
    fill: var(--_c);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }

  /* Hollow means uncertain: the date is somewhere in a span, or qualified. */
  .mark.uncertain .symbol {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 2;
  }

  .label {
    fill: var(--_text);
    /* A halo keeps labels legible over spans, grid lines and markers. */
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  .mark .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    stroke-linejoin: round;
    opacity: 0;
  }

  .mark:focus-visible .focus-ring {
    opacity: 1;
  }

  /* The ring above is a focused mark's only one: not also the element's outline of a focused [tabindex], a box
   * around the mark's whole hit area (a second, square ring). */
  g.mark:focus-visible {
    outline: none;
  }

  .mark.selected .symbol {
    stroke: var(--_selection);
    stroke-width: 3;
  }

  /* A featured event's symbol is scaled up; its outline keeps the width of the others'. */
  .mark.featured .symbol {
    vector-effect: non-scaling-stroke;
  }

  .label {
    pointer-events: none;
  }

  /* On an alternate lane, the halo takes the lane's colour. */
  .label.alt {
    stroke: var(--_surface-alt);
  }

  .label.selected {
    font-weight: 700;
  }

  canvas.density {
    position: absolute;
    left: 0;
    pointer-events: none;
    opacity: 0.55;
  }

  .probe {
    display: none;
  }

  canvas.clusters {
    position: absolute;
    left: 0;
    pointer-events: none;
  }

  /* The clusters' style source: read by script, never shown. */
  .cluster-probe {
    display: none;
  }

  svg.plot.over-cluster {
    cursor: zoom-in;
  }

  .cluster .bubble {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 1.5;
  }

  .cluster text {
    fill: var(--_text);
    font-size: 0.85em;
    font-weight: 600;
  }

  /* Windows high contrast and other forced colours: system colours, never lost marks. */
  @media (forced-colors: active) {
    .mark .symbol {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.uncertain .symbol {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark .span,
    .mark .whisker {
      fill: none;
      stroke: CanvasText;
    }
    .mark.selected .symbol {
      stroke: Highlight;
      stroke-width: 3;
    }
    .cluster .bubble {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark .focus-ring {
      stroke: Highlight;
    }
    .label,
    .label.alt,
    .axis text,
    .lane-label,
    .era-label,
    .marker-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .gap-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .axis line,
    .gridlines,
    .gap-stroke,
    .marker line {
      stroke: GrayText;
    }
  }

  /* On paper: a mark is never cut across pages. */
  @media print {
    .mark {
      break-inside: avoid;
    }
  }
`;
