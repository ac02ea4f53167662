import { css } from 'lit';

export const styles = css`
  /*
   * Theme defaults (--_d-*), each a light-dark() pair: the theme attribute sets
   * color-scheme, and "auto" lets the reader's preference choose.
   */
  :host {
    color-scheme: light dark;
    --_d-surface: light-dark(#ffffff, #14171c);
    --_d-surface-alt: light-dark(#f4f5f7, #1b1f26);
    --_d-text: light-dark(#1b1f24, #e6e9ee);
    --_d-text-muted: light-dark(#57606a, #a7b0bb);
    --_d-grid: light-dark(#d0d7de, #3a414c);
    --_d-accent: light-dark(#0b5cad, #6cb6ff);
    --_d-focus: light-dark(#0b5cad, #6cb6ff);
    --_d-selection: light-dark(#b35c00, #ffcc4d);
    --_d-era: light-dark(rgb(11 92 173 / 0.07), rgb(108 182 255 / 0.08));
    --_d-marker: light-dark(#b3261e, #ff7b72);
    --_d-visit: light-dark(#1f6fb5, #6cb6ff);
    --_d-meeting: light-dark(#6a3fb5, #b69cff);
    --_d-agreement: light-dark(#0f7b55, #4fd19a);
    --_d-deal: light-dark(#b4410c, #ff9f5a);
    --_d-deployment: light-dark(#b3261e, #ff7b72);
    --_d-statement: light-dark(#8a5a00, #e3b341);
    --_d-application: light-dark(#0e6e85, #4dd0e1);
    --_d-publication: light-dark(#b0306a, #ff8cc6);
    --_d-other: light-dark(#4b5563, #b0b8c4);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /*
   * Public --event-timeline-* custom properties are read once here into
   * private --_* ones; the rest of the sheet uses only the private names.
   */
  :host {
    --_surface: var(--event-timeline-surface, var(--_d-surface));
    --_surface-alt: var(--event-timeline-surface-alt, var(--_d-surface-alt));
    --_text: var(--event-timeline-text, var(--_d-text));
    --_text-muted: var(--event-timeline-text-muted, var(--_d-text-muted));
    --_grid: var(--event-timeline-grid, var(--_d-grid));
    --_accent: var(--event-timeline-accent, var(--_d-accent));
    --_focus: var(--event-timeline-focus, var(--_d-focus));
    --_selection: var(--event-timeline-selection, var(--_d-selection));
    --_era: var(--event-timeline-era, var(--_d-era));
    --_marker: var(--event-timeline-marker, var(--_d-marker));
    --_font: var(--event-timeline-font, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--event-timeline-font-size, 13px);
    --_radius: var(--event-timeline-radius, 6px);
    --_kind-visit: var(--event-timeline-kind-visit, var(--_d-visit));
    --_kind-meeting: var(--event-timeline-kind-meeting, var(--_d-meeting));
    --_kind-agreement: var(--event-timeline-kind-agreement, var(--_d-agreement));
    --_kind-deal: var(--event-timeline-kind-deal, var(--_d-deal));
    --_kind-deployment: var(--event-timeline-kind-deployment, var(--_d-deployment));
    --_kind-statement: var(--event-timeline-kind-statement, var(--_d-statement));
    --_kind-application: var(--event-timeline-kind-application, var(--_d-application));
    --_kind-publication: var(--event-timeline-kind-publication, var(--_d-publication));
    --_kind-other: var(--event-timeline-kind-other, var(--_d-other));

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
    grid-template-rows: auto minmax(120px, 1fr) auto auto auto auto;
    grid-template-areas: 'toolbar' 'chart' 'overview' 'undated' 'details' 'table';
    /* Rows of absent parts (details, table) collapse, so space comes from margins, not gaps. */
    column-gap: 12px;
    flex: 1 1 auto;
    min-height: 0;
  }

  .root > :not(:empty):not(.visually-hidden) {
    margin-block-end: 8px;
  }

  @container (min-width: 900px) {
    .root.has-details {
      grid-template-columns: minmax(0, 1fr) 320px;
      grid-template-rows: auto minmax(120px, 1fr) auto auto auto;
      grid-template-areas: 'toolbar toolbar' 'chart details' 'overview details' 'undated details' 'table table';
    }
  }

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

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
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

  .legend button[aria-pressed='false'] {
    color: var(--_text-muted);
    background: var(--_surface-alt);
    text-decoration: line-through;
  }

  .legend button[aria-pressed='false'] svg {
    opacity: 0.35;
  }

  .actor-filter {
    flex: 1 1 100%;
    order: 3;
  }

  .actor-filter summary {
    width: max-content;
    padding-block: 4px;
    cursor: pointer;
    color: var(--_text-muted);
  }

  .actor-filter .legend {
    margin-top: 4px;
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

  svg.plot {
    display: block;
    touch-action: none;
    user-select: none;
    cursor: grab;
  }

  svg.plot:active {
    cursor: grabbing;
  }

  .axis line {
    stroke: var(--_grid);
  }

  .axis text,
  .lane-label,
  .era-label,
  .marker-label {
    fill: var(--_text-muted);
    font-size: 0.85em;
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

  /* An open side fades out: a gradient mask over the span's box. */
  .mark .span.fade-l {
    mask-image: linear-gradient(to right, transparent, #000);
  }

  .mark .span.fade-r {
    mask-image: linear-gradient(to right, #000, transparent);
  }

  .mark .span.fade-lr {
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
    opacity: 0;
  }

  .mark:focus-visible .focus-ring {
    opacity: 1;
  }

  .mark.selected .symbol {
    stroke: var(--_selection);
    stroke-width: 3;
  }

  .label {
    pointer-events: none;
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

  .problems {
    grid-column: 1 / -1;
    color: var(--_text-muted);
    font-size: 0.85em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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

  .table {
    grid-area: table;
    min-width: 0;
  }

  .table-scroll {
    overflow: auto;
    /* Rows come and go as it scrolls (it is virtualized): anchoring would scroll it again every frame. */
    overflow-anchor: none;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
  }

  .table table {
    width: max(100%, 1100px);
    border-collapse: collapse;
    table-layout: fixed;
  }

  .table th,
  .table td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
    font-weight: normal;
    overflow: hidden;
  }

  .table thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface-alt);
    font-weight: 600;
  }

  .table thead button,
  .table .link {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
  }

  .table .link {
    color: var(--_accent);
    text-decoration: underline;
  }

  .table tr.selected {
    background: var(--_surface-alt);
  }

  /* Every cell holds at most two lines, so each row is exactly the height the virtualizer assumes. */
  .table .clamp {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .table tr.spacer td,
  .table tr.spacer {
    padding: 0;
    border: 0;
  }

  .actor-filter summary,
  .problems summary {
    min-height: 24px;
  }

  /* Windows high contrast and other forced colours: system colours, never lost marks. */
  @media (forced-colors: active) {
    .mark .symbol,
    .undated-event svg path,
    .legend svg path {
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
    .mark .focus-ring,
    .overview .brush {
      stroke: Highlight;
    }
    .label,
    .axis text,
    .lane-label,
    .era-label,
    .marker-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .axis line,
    .marker line {
      stroke: GrayText;
    }
    .undated-event.selected,
    .table tr.selected {
      outline: 2px solid Highlight;
    }
  }

  /* On paper: everything at full height, no controls, dark on white. */
  @media print {
    :host {
      --_surface: #fff;
      --_surface-alt: #f6f6f6;
      --_text: #000;
      --_text-muted: #333;
      color-scheme: light;
    }
    .toolbar .zoom,
    .overview,
    .tooltip,
    .details .close,
    .table,
    .actor-filter {
      display: none;
    }
    .chart {
      overflow: visible;
      border-color: #999;
    }
    .root.has-details {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'toolbar' 'chart' 'overview' 'undated' 'details' 'table';
    }
    .mark,
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
`;
