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

  /* A narrow element (a phone): each row stacked, every value under its column's name, no sideways scroll. The
   * roles in table.ts keep the table's semantics whatever the display. */
  @container (max-width: 639px) {
    .table table {
      width: 100%;
    }

    .table table,
    .table tbody,
    .table tr,
    .table td,
    .table tbody th {
      display: block;
    }

    /* The sort buttons stay, in a row at the top; the other headers are read, not shown (each value has its label). */
    .table thead {
      display: block;
      position: sticky;
      top: 0;
      z-index: 1;
    }

    .table thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      padding: 4px 8px;
      background: var(--_surface-alt);
      border-bottom: 1px solid var(--_grid);
    }

    .table thead th {
      position: static;
      padding: 0;
      border: 0;
    }

    .table thead th:not(:has(button)) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .table tbody tr:not(.spacer) {
      padding: 6px 0;
      border-bottom: 1px solid var(--_grid);
    }

    .table tbody td,
    .table tbody th {
      padding: 2px 8px;
      border: 0;
    }

    .table tbody td:empty {
      display: none;
    }

    /* Empty alternative text: a screen reader hears the column's header, not this label too. */
    .table tbody [data-label]::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--_text-muted);
      font-size: 0.85em;
      font-weight: 600;
    }

    /* A value in another script sets its own cell's direction (dir="auto"); its label keeps the table's. */
    [dir='rtl'] .table [data-label]::before {
      direction: rtl;
    }
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
