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
  rowHeight: number;
  viewHeight: number;
  sort: { key: SortKey; direction: SortDirection };
  selected: string | null;
  /** The dataset's source URL, for events without their own. */
  sourceUrl: string | null;
  on: { sort(key: SortKey): void; scroll(ev: Event): void };
  /** A row's title was activated. */
  select(e: TimelineEvent): void;
}

/** The text alternative: a sortable table of every event, virtualized (only the rows near the view are in the DOM). */
export function table(p: TableProps): TemplateResult {
  const s = p.text.strings;
  const c = s.columns;
  const { rows, window: win } = p;
  const sortable = (key: SortKey, label: string) => {
    const active = p.sort.key === key;
    const arrow = active ? (p.sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
    return html`<th scope="col" aria-sort=${active ? p.sort.direction : 'none'}>
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
      <table aria-rowcount=${rows.length + 1}>
        <caption class="visually-hidden">${s.tableCaption(rows.length)}</caption>
        <thead>
          <tr aria-rowindex="1">
            ${sortable('title', c.title)} ${sortable('kind', c.kind)}
            <th scope="col">${c.datePhrase}</th>
            ${sortable('date', c.date)}
            <th scope="col">${c.actors}</th>
            <th scope="col">${c.place}</th>
            <th scope="col">${c.summary}</th>
            <th scope="col">${c.quote}</th>
            <th scope="col">${s.corroboration}</th>
            <th scope="col">${c.links}</th>
          </tr>
        </thead>
        <tbody>
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

function row(p: TableProps, e: TimelineEvent, rowIndex: number): TemplateResult {
  const { text } = p;
  const s = text.strings;
  const selected = e.id === p.selected;
  const sourceUrl = e.source?.url ?? p.sourceUrl;
  const corroboration = e.corroboration ? `${text.date(e.corroboration.parsed)}: ${e.corroboration.note}` : '';
  const sourceLink = sourceUrl
    ? html` <a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${s.openSource}</a>`
    : nothing;
  const links = e.links.map(
    (l) => html`<a href=${l.url} target="_blank" rel="noopener noreferrer">${l.label ?? new URL(l.url).hostname}</a> `,
  );
  const mediaLink = e.media
    ? html`<a href=${e.media.url} target="_blank" rel="noopener noreferrer">${e.media.caption || s.image}</a>`
    : nothing;
  const height = cssomStyle({ height: `${p.rowHeight}px` });
  return html`<tr aria-rowindex=${rowIndex} class=${selected ? 'selected' : ''} style=${height}>
    <th scope="row"><button type="button" class="link" aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => p.select(e)} dir="auto"><span class="clamp">${e.title}</span></button></th>
    <td><div class="clamp"><span class="kind-chip">${symbolIcon(e.kind)} ${text.kindName(e.kind)}</span></div></td>
    <td><div class="clamp">${e.dateText ? s.quote(e.dateText) : ''}</div></td>
    <td><div class="clamp">${text.describe(e)}</div></td>
    <td dir="auto"><div class="clamp">${e.actors.join(', ')}</div></td>
    <td dir="auto"><div class="clamp">${e.place ?? ''}</div></td>
    <td dir="auto"><div class="clamp">${e.summary ?? ''}</div></td>
    <td><div class="clamp">${e.source ? html`<q>${e.source.quote}</q>` : ''}${sourceLink}</div></td>
    <td><div class="clamp">${corroboration}</div></td>
    <td><div class="clamp">${links}${mediaLink}</div></td>
  </tr>`;
}
