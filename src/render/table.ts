import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineEvent } from '../data/types.js';
import type { SortDirection, SortKey } from '../layout/sort.js';
import type { RowWindow } from '../layout/virtual.js';
import { cssomStyle } from './cssom-style.js';
import { symbolIcon } from './icons.js';
import type { ViewText } from './text.js';

export interface TableProps {
  text: ViewText;
  /** Every event, sorted, and the slice of rows in the DOM. */
  rows: readonly TimelineEvent[];
  window: RowWindow;
  viewHeight: number;
  sort: { key: SortKey; direction: SortDirection };
  selected: string | null;
  /** The dataset's source URL, for events without their own. */
  sourceUrl: string | null;
  on: { sort(key: SortKey): void; scroll(ev: Event): void };
  /** A row's title was activated. */
  select(e: TimelineEvent): void;
}

/**
 * The text alternative: a sortable table of every event, each cell in full,
 * virtualized (only the rows near the view are in the DOM; spacer rows stand
 * for the others).
 */
export function table(p: TableProps): TemplateResult {
  const s = p.text.strings;
  const c = s.columns;
  const { rows, window: win } = p;
  const sortable = (key: SortKey, label: string) => {
    const active = p.sort.key === key;
    const arrow = active ? (p.sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
    return html`<th scope="col" role="columnheader" aria-sort=${active ? p.sort.direction : 'none'}>
      <button type="button" @click=${() => p.on.sort(key)}>${label}<span aria-hidden="true">${arrow}</span></button>
    </th>`;
  };
  return html`<section class="table" part="table" id="events-table">
    <div
      class="table-scroll"
      tabindex="0"
      role="region"
      aria-label=${s.tableCaption(rows.length)}
      style=${cssomStyle({ maxHeight: `${p.viewHeight}px` })}
      @scroll=${p.on.scroll}
    >
      <table role="table" aria-rowcount=${rows.length + 1}>
        <caption class="visually-hidden">${s.tableCaption(rows.length)}</caption>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex="1">
            ${sortable('title', c.title)} ${sortable('kind', c.kind)}
            <th scope="col" role="columnheader">${c.datePhrase}</th>
            ${sortable('date', c.date)}
            <th scope="col" role="columnheader">${c.actors}</th>
            <th scope="col" role="columnheader">${c.place}</th>
            <th scope="col" role="columnheader">${c.summary}</th>
            <th scope="col" role="columnheader">${c.quote}</th>
            <th scope="col" role="columnheader">${s.corroboration}</th>
            <th scope="col" role="columnheader">${c.links}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${spacer(win.before)}
          ${repeat(
            rows.slice(win.start, win.end),
            (e) => e.id,
            (e, i) => row(p, e, win.start + i + 2),
          )}
          ${spacer(win.after)}
        </tbody>
      </table>
    </div>
  </section>`;
}

function spacer(height: number): TemplateResult | typeof nothing {
  if (!height) return nothing;
  return html`<tr class="spacer" aria-hidden="true">
    <td colspan="10" style=${cssomStyle({ height: `${height}px` })}></td>
  </tr>`;
}

/**
 * `parts` with a space between each two, as text of their own: the HTML
 * minifier trims spaces at a template's edges (`html\`<a>…</a> \``), which
 * would run the parts together.
 */
function spaced(parts: ReadonlyArray<TemplateResult | string>): Array<TemplateResult | string> {
  return parts.flatMap((part, i) => (i ? [' ', part] : [part]));
}

function row(p: TableProps, e: TimelineEvent, rowIndex: number): TemplateResult {
  const { text } = p;
  const s = text.strings;
  const selected = e.id === p.selected;
  const sourceUrl = e.source?.url ?? p.sourceUrl;
  const corroboration = e.corroboration ? `${text.date(e.corroboration.parsed)}: ${e.corroboration.note}` : '';
  const link = (url: string, label: string) =>
    html`<a href=${url} target="_blank" rel="noopener noreferrer">${label}</a>`;
  const source = [
    ...(e.source ? [html`<q>${e.source.quote}</q>`] : []),
    ...(sourceUrl ? [link(sourceUrl, s.openSource)] : []),
  ];
  const links = [
    ...e.links.map((l) => link(l.url, l.label ?? new URL(l.url).hostname)),
    ...(e.media ? [link(e.media.url, e.media.caption || s.image)] : []),
  ];
  const c = s.columns;
  // Each value's column name, drawn above it where rows are stacked (a narrow element); a screen reader hears the
  // table's own headers instead (table.styles.ts gives the label empty alternative text).
  return html`<tr role="row" aria-rowindex=${rowIndex} class=${selected ? 'selected' : ''}>
    <th scope="row" role="rowheader" data-label=${c.title}><button type="button" class="link"
      aria-pressed=${selected ? 'true' : 'false'} @click=${() => p.select(e)} dir="auto">${e.title}</button></th>
    <td role="cell" data-label=${c.kind}>
      <span class="kind-chip">${symbolIcon(e.kind)} ${text.kindName(e.kind)}</span>
    </td>
    <td role="cell" data-label=${c.datePhrase}>${e.dateText ? s.quote(e.dateText) : ''}</td>
    <td role="cell" data-label=${c.date}>${text.describe(e)}</td>
    <td role="cell" data-label=${c.actors} dir="auto">${e.actors.join(', ')}</td>
    <td role="cell" data-label=${c.place} dir="auto">${e.place ?? ''}</td>
    <td role="cell" data-label=${c.summary} dir="auto">${e.summary ?? ''}</td>
    <td role="cell" data-label=${c.quote}>${spaced(source)}</td>
    <td role="cell" data-label=${s.corroboration}>${corroboration}</td>
    <td role="cell" data-label=${c.links}>${spaced(links)}</td>
  </tr>`;
}
