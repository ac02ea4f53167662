import { css } from 'lit';

/**
 * Public `--event-timeline-*` custom properties are read once here into
 * private `--_*` ones; the rest of the sheet uses only the private names.
 */
export const styles = css`
  :host {
    --_surface: var(--event-timeline-surface, #ffffff);
    --_surface-alt: var(--event-timeline-surface-alt, #f4f5f7);
    --_text: var(--event-timeline-text, #1b1f24);
    --_text-muted: var(--event-timeline-text-muted, #57606a);
    --_grid: var(--event-timeline-grid, #d8dde3);
    --_accent: var(--event-timeline-accent, #0b5cad);
    --_focus: var(--event-timeline-focus, #0b5cad);
    --_selection: var(--event-timeline-selection, #ffb000);
    --_era: var(--event-timeline-era, rgb(11 92 173 / 0.07));
    --_marker: var(--event-timeline-marker, #b3261e);
    --_font: var(--event-timeline-font, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--event-timeline-font-size, 13px);
    --_radius: var(--event-timeline-radius, 6px);
    --_kind-visit: var(--event-timeline-kind-visit, #1f6fb5);
    --_kind-meeting: var(--event-timeline-kind-meeting, #6a3fb5);
    --_kind-agreement: var(--event-timeline-kind-agreement, #0f7b55);
    --_kind-deal: var(--event-timeline-kind-deal, #b4410c);
    --_kind-deployment: var(--event-timeline-kind-deployment, #b3261e);
    --_kind-statement: var(--event-timeline-kind-statement, #8a5a00);
    --_kind-application: var(--event-timeline-kind-application, #0e6e85);
    --_kind-publication: var(--event-timeline-kind-publication, #b0306a);
    --_kind-other: var(--event-timeline-kind-other, #4b5563);

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
    grid-template-rows: auto minmax(120px, 1fr) auto auto auto;
    grid-template-areas: 'toolbar' 'chart' 'overview' 'undated' 'details';
    gap: 8px;
    flex: 1 1 auto;
    min-height: 0;
  }

  @container (min-width: 900px) {
    .root.has-details {
      grid-template-columns: minmax(0, 1fr) 320px;
      grid-template-rows: auto minmax(120px, 1fr) auto auto;
      grid-template-areas: 'toolbar toolbar' 'chart details' 'overview details' 'undated details';
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

  .undated ol {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .undated button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 3px 10px;
    border: 1.5px dashed var(--_c);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }

  .undated button.selected {
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

  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms;
    }
  }
`;
