import type { ReactiveElement } from 'lit';
import type { ToolbarGroup } from '../render/toolbar.js';

/** The element: the filters the toolbar's buttons set. */
type Host = ReactiveElement & { hiddenKinds: string[]; hiddenActors: string[]; actor: string | null };

export interface ToolbarOptions {
  /** The element's text direction: ← and → swap in RTL. */
  dir(): 'ltr' | 'rtl';
  /** Every loaded actor (leaving "only" for a toggle shows the others as they were drawn). */
  actors(): ReadonlyArray<{ actor: string }>;
}

/** `list` with `item` added, or removed when present. */
function toggled(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * The toolbar: its keyboard model and its filter buttons.
 *
 * Each group (the kind legend, the actor filter, the zoom controls) is one Tab
 * stop, as in the WAI-ARIA APG toolbar pattern: the item holding the stop has
 * `tabindex="0"`, the others `-1`. → and ← move to the next and previous item
 * (swapped in RTL, where the next item is to the left), wrapping at the ends;
 * Home and End go to the first and last. The item last focused keeps the stop,
 * so Tab and Shift+Tab come back to it. An item is skipped while it is not
 * drawn (the actor buttons of a closed filter); closing the filter gives the
 * stop back to its summary.
 *
 * The filter buttons set the element's `hiddenKinds`, `hiddenActors` and
 * `actor` ("only this actor"): see `visibleEvents()` for what they show.
 *
 * It needs no lifecycle hook, so it does not add itself to the host.
 */
export class ToolbarController {
  /** The `data-rove` key of the item holding each group's Tab stop (null: the group's first item). */
  readonly stops: Record<ToolbarGroup, string | null> = { legend: null, actors: null, controls: null };

  private readonly _host: Host;
  private readonly _options: ToolbarOptions;

  constructor(host: Host, options: ToolbarOptions) {
    this._host = host;
    this._options = options;
  }

  /** The toolbar's listeners. */
  readonly handlers = {
    keydown: (ev: KeyboardEvent) => this._onKeydown(ev),
    focusin: (ev: FocusEvent) => {
      const item = (ev.target as Element).closest<HTMLElement>('[data-rove]');
      if (item) this._take(ev.currentTarget as HTMLElement, item);
    },
    actorsToggled: (ev: Event) => {
      if ((ev.target as HTMLDetailsElement).open || this.stops.actors === null) return;
      this.stops.actors = null;
      this._host.requestUpdate();
    },
    toggleKind: (kind: string) => (this._host.hiddenKinds = toggled(this._host.hiddenKinds, kind)),
    /**
     * Shows or hides an actor. With "only" one actor, the others are drawn hidden: the toggle starts from
     * that, so only the actor toggled changes on screen (the actor filter is then a list of hidden actors).
     */
    toggleActor: (actor: string) => {
      const host = this._host;
      const only = host.actor;
      if (only === null) {
        host.hiddenActors = toggled(host.hiddenActors, actor);
        return;
      }
      const others = this._options.actors().flatMap((a) => (a.actor === only ? [] : [a.actor]));
      host.actor = null;
      host.hiddenActors = toggled(others, actor);
    },
    /** Shows only `actor`'s events; again on the same actor, every actor's. */
    onlyActor: (actor: string) => {
      this._host.actor = this._host.actor === actor ? null : actor;
      this._host.hiddenActors = [];
    },
    allActors: () => {
      this._host.actor = null;
      this._host.hiddenActors = [];
    },
  };

  private _onKeydown(ev: KeyboardEvent): void {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    const group = ev.currentTarget as HTMLElement;
    // The items drawn: a closed filter's buttons are not.
    const items = [...group.querySelectorAll<HTMLElement>('[data-rove]')].filter((el) => el.getClientRects().length);
    const at = items.indexOf((ev.target as Element).closest<HTMLElement>('[data-rove]')!);
    if (at < 0) return;
    const step = this._options.dir() === 'rtl' ? -1 : 1;
    let next: number;
    if (ev.key === 'ArrowRight') next = at + step;
    else if (ev.key === 'ArrowLeft') next = at - step;
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = items.length - 1;
    else return;
    ev.preventDefault();
    const item = items[(next + items.length) % items.length]!;
    this._take(group, item);
    item.focus();
  }

  /** `item` of `group` takes the group's Tab stop. */
  private _take(group: HTMLElement, item: HTMLElement): void {
    const name = group.dataset['roveGroup'] as ToolbarGroup | undefined;
    const key = item.dataset['rove'] ?? null;
    if (!name || this.stops[name] === key) return;
    this.stops[name] = key;
    this._host.requestUpdate();
  }
}
