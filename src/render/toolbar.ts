import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cssomStyle } from './cssom-style.js';
import { symbolIcon } from './icons.js';
import { kindColor } from './symbols.js';
import type { ViewText } from './text.js';

export interface ToolbarProps {
  text: ViewText;
  dir: 'ltr' | 'rtl';
  /** Kinds and actors with their counts; null before any data. */
  kinds: ReadonlyArray<{ kind: string; count: number }> | null;
  actors: ReadonlyArray<{ actor: string; count: number }> | null;
  hiddenKinds: readonly string[];
  hiddenActors: readonly string[];
  tableOpen: boolean;
  on: {
    toggleKind(kind: string): void;
    toggleActor(actor: string): void;
    zoom(factor: number): void;
    fit(): void;
    toggleTable(): void;
  };
}

/**
 * The toolbar: the kind legend, the actor filter, the zoom controls and the
 * key help. The legend, the filter and the help are guarded: a zoom frame
 * never re-renders what only data, filters or language change.
 */
export function toolbar(p: ToolbarProps): TemplateResult {
  const s = p.text.strings;
  return html`<div class="toolbar" part="toolbar">
    ${guard([p.kinds, p.hiddenKinds, s], () => legend(p))} ${guard([p.actors, p.hiddenActors, s], () => actorFilter(p))}
    <div class="zoom" part="controls" role="group" aria-label=${s.fit}>
      <button part="control" type="button" aria-label=${s.zoomOut} title=${s.zoomOut}
        @click=${() => p.on.zoom(0.5)}>−</button>
      <button part="control" type="button" aria-label=${s.zoomIn} title=${s.zoomIn}
        @click=${() => p.on.zoom(2)}>+</button>
      <button part="control" type="button" @click=${p.on.fit}>${s.fit}</button>
      <button
        part="control"
        type="button"
        aria-expanded=${p.tableOpen ? 'true' : 'false'}
        aria-controls="events-table"
        @click=${p.on.toggleTable}
      >${s.table}</button>
      <button part="control" type="button" popovertarget="keys-help" aria-haspopup="dialog">${s.keys}</button>
    </div>
    <div id="keys-help" part="help" class="help" popover role="dialog" aria-labelledby="keys-help-title">
      <h2 id="keys-help-title">${s.keysTitle}</h2>
      <dl>
        ${guard([s, p.dir], () =>
          s.keyBindings(p.dir === 'rtl').map(([k, what]) => html`<dt><kbd>${k}</kbd></dt><dd>${what}</dd>`),
        )}
      </dl>
    </div>
  </div>`;
}

function legend(p: ToolbarProps): TemplateResult | typeof nothing {
  if (!p.kinds || p.kinds.length === 0) return nothing;
  const hidden = new Set(p.hiddenKinds);
  return html`<ul class="legend" part="legend" aria-label=${p.text.strings.legend}>
    ${p.kinds.map(
      ({ kind, count }) => html`<li>
        <button
          part="legend-item"
          type="button"
          aria-pressed=${hidden.has(kind) ? 'false' : 'true'}
          style=${cssomStyle({ '--_c': kindColor(kind) })}
          @click=${() => p.on.toggleKind(kind)}
        >
          ${symbolIcon(kind)}<span>${p.text.strings.showKind(p.text.kindName(kind), count)}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

function actorFilter(p: ToolbarProps): TemplateResult | typeof nothing {
  if (!p.actors || p.actors.length === 0) return nothing;
  const hidden = new Set(p.hiddenActors);
  const s = p.text.strings;
  return html`<details class="actor-filter" part="actor-filter">
    <summary>${s.actorFilter(p.actors.length - hidden.size, p.actors.length)}</summary>
    <ul class="legend" aria-label=${s.actors}>
      ${p.actors.map(
        ({ actor, count }) => html`<li>
          <button
            part="legend-item"
            type="button"
            aria-pressed=${hidden.has(actor) ? 'false' : 'true'}
            @click=${() => p.on.toggleActor(actor)}
          >
            ${s.showKind(actor, count)}
          </button>
        </li>`,
      )}
    </ul>
  </details>`;
}
