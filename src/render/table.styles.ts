import { css } from 'lit';

/** The events table (virtualized). Uses only the host's private `--_*` tokens. */
export const tableStyles = css`
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
