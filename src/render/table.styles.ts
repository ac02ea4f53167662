import { css } from 'lit';

/** The events table (virtualized, rows as tall as their cells). Uses only the host's private `--_*` tokens. */
export const tableStyles = css`
  .table {
    grid-area: table;
    min-width: 0;
  }

  .table-scroll {
    overflow: auto;
    /* Rows come and go as it scrolls (it is virtualized): anchoring would scroll it again every frame. */
    overflow-anchor: none;
    /* The table's width, and so its rows' heights, do not change as the scrollbar comes and goes. */
    scrollbar-gutter: stable;
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
    /* Every cell in full: text wraps, long words and URLs too. */
    overflow-wrap: anywhere;
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

  .table tr.spacer td,
  .table tr.spacer {
    padding: 0;
    border: 0;
  }

  /* Windows high contrast and other forced colours: system colours. */
  @media (forced-colors: active) {
    .table tr.selected {
      outline: 2px solid Highlight;
    }
  }

  /* On paper: no controls. */
  @media print {
    .table {
      display: none;
    }
  }
`;
