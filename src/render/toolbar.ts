import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cssomStyle } from './cssom-style.js';
import { symbolIcon } from './icons.js';
import { kindColor } from './symbols.js';
import type { ViewText } from './text.js';

/**
 * The toolbar's groups, each one Tab stop (the APG toolbar pattern): the kind
 * legend, the actor filter (its summary, and its buttons when open) and the
 * zoom controls. A group is marked `data-rove-group`, its items `data-rove`.
 */
export type ToolbarGroup = 'legend' | 'actors' | 'controls';

export interface ToolbarProps {
  text: ViewText;
  dir: 'ltr' | 'rtl';
  /** Kinds and actors with their counts; null before any data. */
  kinds: ReadonlyArray<{ kind: string; count: number }> | null;
  actors: ReadonlyArray<{ actor: string; count: number }> | null;
  hiddenKinds: readonly string[];
  hiddenActors: readonly string[];
  /** The only actor shown, or null. */
  actor: string | null;
  tableOpen: boolean;
  /** The item (`data-rove`) holding each group's Tab stop; null or an item not drawn: the group's first. */
  stops: Readonly<Record<ToolbarGroup, string | null>>;
  on: {
    /** Arrow keys, Home and End in a group, and focus arriving on one of its items. */
    keydown(ev: KeyboardEvent): void;
    focusin(ev: FocusEvent): void;
    /** The actor filter opened or closed. */
    actorsToggled(ev: Event): void;
    toggleKind(kind: string): void;
    toggleActor(actor: string): void;
    onlyActor(actor: string): void;
    allActors(): void;
    zoom(factor: number): void;
    fit(): void;
    toggleTable(): void;
  };
}

/** `tabindex` of the item `key` of a group whose items are `keys`: 0 for the one holding the Tab stop. */
function rove(keys: readonly string[], stop: string | null): (key: string) => '0' | '-1' {
  const holder = stop !== null && keys.includes(stop) ? stop : keys[0];
  return (key) => (key === holder ? '0' : '-1');
}

const CONTROLS = ['out', 'in', 'fit', 'table', 'keys'];

/**
 * The zoom buttons' minus and plus, drawn: the same strokes in every font. A UI font may lack U+2212 "−" (Debian's
 * Noto Sans does), and finding a fallback font for it took 2 to 7 ms of the first layout.
 */
const zoomIcon = (d: string) =>
  html`<svg class="icon" viewBox="0 0 10 10" aria-hidden="true"><path d=${d}></path></svg>`;
const ZOOM_OUT_ICON = zoomIcon('M1 5h8');
const ZOOM_IN_ICON = zoomIcon('M1 5h8M5 1v8');

/**
 * The toolbar: the kind legend, the actor filter, the zoom controls and the
 * key help. The legend, the filter and the help are guarded: a zoom frame
 * never re-renders what only data, filters, language or a group's Tab stop
 * change.
 */
export function toolbar(p: ToolbarProps): TemplateResult {
  const s = p.text.strings;
  const tab = rove(CONTROLS, p.stops.controls);
  return html`<div class="toolbar" part="toolbar">
    ${guard([p.kinds, p.hiddenKinds, s, p.stops.legend], () => legend(p))}
    ${guard([p.actors, p.hiddenActors, p.actor, s, p.stops.actors], () => actorFilter(p))}
    <div
      class="zoom"
      part="controls"
      role="toolbar"
      aria-label=${s.controls}
      data-rove-group="controls"
      @keydown=${p.on.keydown}
      @focusin=${p.on.focusin}
    >
      <button part="control" type="button" data-rove="out" tabindex=${tab('out')} aria-label=${s.zoomOut}
        title=${s.zoomOut} @click=${() => p.on.zoom(0.5)}>${ZOOM_OUT_ICON}</button>
      <button part="control" type="button" data-rove="in" tabindex=${tab('in')} aria-label=${s.zoomIn}
        title=${s.zoomIn} @click=${() => p.on.zoom(2)}>${ZOOM_IN_ICON}</button>
      <button part="control" type="button" data-rove="fit" tabindex=${tab('fit')} @click=${p.on.fit}>${s.fit}</button>
      <button
        part="control"
        type="button"
        data-rove="table"
        tabindex=${tab('table')}
        aria-expanded=${p.tableOpen ? 'true' : 'false'}
        aria-controls="events-table"
        @click=${p.on.toggleTable}
      >${s.table}</button>
      <button part="control" type="button" data-rove="keys" tabindex=${tab('keys')} popovertarget="keys-help"
        aria-haspopup="dialog">${s.keys}</button>
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

/** The kinds, a toolbar of toggle buttons. */
function legend(p: ToolbarProps): TemplateResult | typeof nothing {
  if (!p.kinds || p.kinds.length === 0) return nothing;
  const hidden = new Set(p.hiddenKinds);
  const tab = rove(
    p.kinds.map(({ kind }) => `kind:${kind}`),
    p.stops.legend,
  );
  return html`<div
    class="legend"
    part="legend"
    role="toolbar"
    aria-label=${p.text.strings.legend}
    data-rove-group="legend"
    @keydown=${p.on.keydown}
    @focusin=${p.on.focusin}
  >
    ${p.kinds.map(
      ({ kind, count }) => html`<button
        part="legend-item"
        type="button"
        data-rove=${`kind:${kind}`}
        tabindex=${tab(`kind:${kind}`)}
        aria-pressed=${hidden.has(kind) ? 'false' : 'true'}
        style=${cssomStyle({ '--_c': kindColor(kind) })}
        @click=${() => p.on.toggleKind(kind)}
      >
        ${symbolIcon(kind)}<span>${p.text.strings.showKind(p.text.kindName(kind), count)}</span>
      </button>`,
    )}
  </div>`;
}

/**
 * The actors, behind a disclosure: "All actors", then each actor's toggle
 * (with its count) and its "only" button. The summary and, when open, the
 * buttons are one toolbar: one Tab stop, arrows inside.
 */
function actorFilter(p: ToolbarProps): TemplateResult | typeof nothing {
  if (!p.actors || p.actors.length === 0) return nothing;
  const hidden = new Set(p.hiddenActors);
  const s = p.text.strings;
  const shows = (a: string) => !hidden.has(a) && (p.actor === null || p.actor === a);
  const tab = rove(
    ['summary', 'all', ...p.actors.flatMap(({ actor }) => [`actor:${actor}`, `only:${actor}`])],
    p.stops.actors,
  );
  return html`<div
    class="actor-filter"
    role="toolbar"
    aria-label=${s.actors}
    data-rove-group="actors"
    @keydown=${p.on.keydown}
    @focusin=${p.on.focusin}
  >
    <details part="actor-filter" @toggle=${p.on.actorsToggled}>
      <summary data-rove="summary" tabindex=${tab('summary')}>
        ${s.actorFilter(p.actors.filter(({ actor }) => shows(actor)).length, p.actors.length)}
      </summary>
      <div class="legend">
        <button class="all" type="button" data-rove="all" tabindex=${tab('all')} @click=${p.on.allActors}>
          ${s.allActors}
        </button>
        ${p.actors.map(
          ({ actor, count }) => html`<span class="actor">
            <button
              part="legend-item"
              type="button"
              data-rove=${`actor:${actor}`}
              tabindex=${tab(`actor:${actor}`)}
              aria-pressed=${shows(actor) ? 'true' : 'false'}
              @click=${() => p.on.toggleActor(actor)}
            >
              ${s.showKind(actor, count)}
            </button>
            <button
              class="only"
              type="button"
              data-rove=${`only:${actor}`}
              tabindex=${tab(`only:${actor}`)}
              aria-pressed=${p.actor === actor ? 'true' : 'false'}
              aria-label=${s.onlyActor(actor)}
              @click=${() => p.on.onlyActor(actor)}
            >
              ${s.only}
            </button>
          </span>`,
        )}
      </div>
    </details>
  </div>`;
}
