import type { ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEvent } from '../data/types.js';
import type { NavigationOrder } from '../layout/navigation.js';
import type { TimelineView } from '../layout/view-model.js';
import { overAxis } from './axis-hit.js';

/** The element: its `selected` and `hash-link` properties. */
type Host = ReactiveElement & { selected: string | null; hashLink: boolean };

/** The hovered or focused event; x and y (plot px) when it was found over a density band. */
export interface Hover {
  id: string;
  lane: number;
  x?: number;
  y?: number;
}

export interface SelectionOptions {
  /** Whether the data is loaded (the hash is written only then). */
  ready(): boolean;
  /** The user selected `id` (or cleared it): set it and report it. */
  userSelect(id: string | null): void;
  /** The hovered event changed (null: none). */
  hover(id: string | null): void;
  /** The current view (events by id, keyboard order), or null before the first update. */
  view(): Pick<TimelineView, 'byId' | 'nav'> | null;
  /** Brings a dated event (its mark `key`) into view. */
  reveal(e: TimelineEvent, key: string): void;
  /** Zoom and pan keys: `fraction` pans by part of the window; a handled zoom key returns true. */
  pan(fraction: number): void;
  zoomKey(ev: KeyboardEvent): boolean;
  /** The element's text direction. */
  dir(): 'ltr' | 'rtl';
  /** The vertical story's keyboard order (one card per event: ↑ ↓ ← → all step in date order), or null. */
  order?(): NavigationOrder | null;
}

/**
 * Which event is selected, focused and hovered: `selected` mirrored in
 * `location.hash` with `hash-link`, the roving tab stop's focused key, focus
 * restored after a render, the keyboard model over the marks (a listbox in
 * date order; in the vertical story, over its cards, where ↑ ↓ ← → all step
 * in date order), and hover, whose every change is reported.
 *
 * Details where you tap: when the user selects (a tap, a click, Enter; not
 * `selected` set from code or the hash), the details are scrolled into view
 * once drawn, their source quote first (`block: 'nearest'`, smooth unless the
 * reader prefers reduced motion). When they are the narrow layout's sheet (a
 * dialog), focus moves into it, whatever the input: the sheet may cover the
 * mark; Escape, the close button or a swipe down closes it and gives focus
 * back. A touch shows no tooltip, and opening details hides any tooltip.
 */
export class SelectionController implements ReactiveController {
  /** The key of the focused mark (`<lane>:<id>`, or `u:<id>` on the undated shelf). */
  focusKey: string | null = null;
  hover: Hover | null = null;

  private _focusAfterRender: string | null = null;
  /** The last input: a pointer's type (`touch`, `mouse`, `pen`) or `keyboard`. A touch shows no tooltip. */
  private _input = '';
  /** The user selected: bring the details into view once they are drawn. */
  private _reveal = false;
  /** The keys moved the focus: scroll its mark into view once it is drawn. */
  private _showFocus = false;
  /** The pointer's last move over a mark was under the time axis, where the mark answers no hover. */
  private _underAxis = false;
  private _hashPending = false;
  /** The selection last rendered (undefined before the first render). */
  private _rendered: string | null | undefined = undefined;

  private readonly _host: Host;
  private readonly _options: SelectionOptions;

  constructor(host: Host, options: SelectionOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onHashChange);
    // Captured on the host, before the marks' own listeners (pointerover comes before pointerenter).
    for (const type of INPUTS) this._host.addEventListener(type, this._onInput, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._onHashChange);
    for (const type of INPUTS) this._host.removeEventListener(type, this._onInput, true);
  }

  hostUpdated(): void {
    const selected = this._host.selected;
    // Only a real change of selection, with the data loaded: never the first render's, which
    // would wipe an incoming #id before the data that resolves it has arrived.
    if (selected !== this._rendered) {
      const first = this._rendered === undefined;
      this._rendered = selected;
      if (!first && this._host.hashLink && this._options.ready()) this.writeHash();
      // Any tooltip hides when details open.
      if (selected && this.hover) this._setHover(null);
    }
    if (this._reveal) {
      this._reveal = false;
      if (selected) this._revealDetails();
    }
    const key = this._focusAfterRender;
    if (!key) return;
    const show = this._showFocus;
    this._focusAfterRender = null;
    this._showFocus = false;
    const el = this._host.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(key)}"]`);
    el?.focus({ preventScroll: true });
    // A mark the keys moved to, in a lane the chart or the page has scrolled away from: scrolled into view by the
    // least distance, clear of the sticky axis (the marks' scroll margin). Time is the window's to move: a chart
    // scrolled sideways to show a mark's label is put back at once.
    const chart = show ? el?.closest('svg.plot')?.parentElement : null;
    if (el && chart) {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      chart.scrollLeft = 0;
    }
  }

  /** New data arrived: an incoming `#id` is applied once the data that resolves it is derived. */
  loaded(): void {
    this._hashPending = this._host.hashLink;
  }

  /** Applies a pending hash (new data, or `hash-link` just turned on) against `view`. */
  applyPendingHash(view: Pick<TimelineView, 'byId'>, hashLinkTurnedOn: boolean): void {
    if (!this._hashPending && !hashLinkTurnedOn) return;
    this._hashPending = false;
    this.applyHash(view);
  }

  /** Selects the event the hash names, if it is loaded. */
  applyHash(view: Pick<TimelineView, 'byId'> | null = this._options.view()): void {
    if (!this._host.hashLink) return;
    const raw = location.hash.slice(1);
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      // A malformed escape (anyone can send such a link): the hash as written, which names no event.
    }
    if (id && view?.byId.has(id) && id !== this._host.selected) this._host.selected = id;
  }

  /** Mirrors the selection in the hash, without adding a history entry. */
  writeHash(): void {
    const selected = this._host.selected;
    const target = selected ? `#${encodeURIComponent(selected)}` : location.pathname + location.search;
    if (location.hash !== (selected ? target : '')) history.replaceState(history.state, '', target);
  }

  /** The user chose `id` from the mark `focusKey`. */
  select(id: string | null, focusKey?: string): void {
    if (this._host.selected === id) return;
    if (focusKey && focusKey !== this.focusKey) {
      this.focusKey = focusKey;
      this._host.requestUpdate();
    }
    this._reveal = id !== null;
    this._options.userSelect(id);
  }

  /** Closes the details, returning focus to the mark that opened them. */
  closeDetails(): void {
    const key = this.focusKey;
    this.select(null);
    if (key) this._focusAfterRender = key;
  }

  /** The details' listeners: the close button and Escape, and a pointer down on the sheet's grip. */
  readonly detailsHandlers = {
    close: () => this.closeDetails(),
    swipeStart: (ev: PointerEvent) => this._swipe(ev),
  };

  /** Focus arrived on a mark. */
  focus(key: string): void {
    if (key !== this.focusKey) {
      this.focusKey = key;
      this._host.requestUpdate();
    }
    this.showHover(key);
  }

  onFocusIn = (ev: FocusEvent): void => {
    const key = (ev.target as Element).getAttribute?.('data-key');
    if (key) this.focus(key);
  };

  /** The marks' listeners: keys, focus (heard on the chart, for the story's cards too), the pointer leaving the
   * plot, a click or hover on a mark. */
  readonly markHandlers = {
    keydown: (ev: KeyboardEvent) => this.onKeydown(ev),
    focusin: (ev: FocusEvent) => this.onFocusIn(ev),
    pointerleave: () => this.showHover(null),
    // A mark hidden under the axis that stays in view: no focus (a press's default), selection or hover.
    markPress: (ev: MouseEvent) => {
      if (overAxis(this._host.renderRoot, ev)) ev.preventDefault();
    },
    markClick: (id: string, key: string, ev: MouseEvent) => {
      if (!overAxis(this._host.renderRoot, ev)) this.select(id, key);
    },
    markEnter: (key: string, ev: PointerEvent) => {
      if (!overAxis(this._host.renderRoot, ev)) this.showHover(key);
    },
    // Moving on a mark into the axis's box leaves its hover; moving back out of it enters the mark again.
    markMove: (key: string, ev: PointerEvent) => {
      const under = overAxis(this._host.renderRoot, ev);
      if (under === this._underAxis) return;
      this._underAxis = under;
      if (!under) this.showHover(key);
      else if (this.hover && this.hover.x === undefined) this.showHover(null);
    },
  };

  /** The vertical story's cards: keys, and a click or tap that opens its details in place (or closes them). */
  readonly storyHandlers = {
    keydown: (ev: KeyboardEvent) => this.onKeydown(ev),
    cardClick: (id: string, key: string) => this.select(this._host.selected === id ? null : id, key),
    close: () => this.closeDetails(),
  };

  /** The undated shelf's listeners. */
  readonly shelfHandlers = {
    select: (id: string, key: string) => this.select(id, key),
    keydown: (ev: KeyboardEvent) => this.onKeydown(ev),
    focus: (key: string) => this.focus(key),
  };

  /** Hover on the mark `key` (null: none). A touch, or a focus that came with one, shows no tooltip. */
  showHover(key: string | null): void {
    if (key && this._input === 'touch') return;
    const id = key ? this._idOf(key) : null;
    const lane = key ? Number(key.split(':')[0]) : -1;
    this._setHover(id ? { id, lane } : null);
  }

  /** Hover on an event found over a density band, at plot px (x, y); null leaves it. */
  showBandHover(hit: { id: string; lane: number; x: number; y: number } | null): void {
    if (!hit && this.hover?.x === undefined) return;
    if (hit && this._input === 'touch') return;
    this._setHover(hit);
  }

  private _setHover(next: Hover | null): void {
    const same = next?.id === this.hover?.id && next?.lane === this.hover?.lane;
    const moved = next?.x !== this.hover?.x || next?.y !== this.hover?.y;
    if (same && !moved) return;
    this.hover = next;
    this._host.requestUpdate();
    if (!same) this._options.hover(next?.id ?? null);
  }

  /** The keyboard model of the marks and the undated shelf. */
  onKeydown = (ev: KeyboardEvent): void => {
    const story = this._options.order?.() ?? null;
    const nav = this._order();
    if (!nav) return;
    const key = this.focusKey;
    const rtl = this._options.dir() === 'rtl';
    let handled = true;
    switch (ev.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        // The arrow keys follow the direction of time; Shift pans, by a fifth of the window.
        const forward = (ev.key === 'ArrowRight') !== rtl;
        if (ev.shiftKey && story) handled = false;
        else if (ev.shiftKey) this._options.pan(forward ? 0.2 : -0.2);
        else this._moveFocus(nav.step(key, forward ? 1 : -1));
        break;
      }
      case 'ArrowDown':
      case 'ArrowUp':
        if (ev.shiftKey) handled = false;
        else this._moveFocus(nav.lane(key, ev.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Home':
        this._moveFocus(nav.first());
        break;
      case 'End':
        this._moveFocus(nav.last());
        break;
      case 'Enter':
      case ' ': {
        const id = key ? nav.idOf(key) : null;
        if (id) this.select(this._host.selected === id && ev.key === ' ' ? null : id, key!);
        break;
      }
      case 'Escape':
        if (this._host.selected) this.select(null);
        else handled = false;
        break;
      default:
        handled = this._options.zoomKey(ev);
    }
    if (handled) {
      ev.preventDefault();
      ev.stopPropagation();
    }
  };

  /** The keyboard order in use: the story's while it is drawn, else the marks' (built from every mark). */
  private _order(): NavigationOrder | null {
    return this._options.order?.() ?? this._options.view()?.nav ?? null;
  }

  /** A key's event id, read from the order in use. */
  private _idOf(key: string): string | null {
    return this._order()?.idOf(key) ?? null;
  }

  private _moveFocus(key: string | null): void {
    const view = this._options.view();
    if (!key || !view) return;
    this.focusKey = key;
    const e = view.byId.get(this._idOf(key) ?? '');
    if (e?.date) this._options.reveal(e, key);
    this._focusAfterRender = key;
    this._showFocus = true;
    this.showHover(key);
    this._host.requestUpdate();
  }

  private _onHashChange = () => this.applyHash();

  private _onInput = (ev: Event): void => {
    this._input = ev.type === 'keydown' ? 'keyboard' : (ev as PointerEvent).pointerType;
  };

  /** The details just opened by the user: the sheet takes focus, and the quote (or the panel) is scrolled to. */
  private _revealDetails(): void {
    const panel = this._host.renderRoot.querySelector<HTMLElement>('[part="details"]');
    if (!panel) return;
    const body = panel.querySelector('.body');
    if (body) body.scrollTop = 0;
    if (panel.role === 'dialog') panel.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    (panel.querySelector('[part="source-quote"]') ?? panel).scrollIntoView({
      block: 'nearest',
      behavior: smooth ? 'smooth' : 'auto',
    });
  }

  /**
   * A pointer down on the sheet's grip: the sheet follows it down, and closes when let go far enough. The grip
   * captures the pointer, so its `onpointer*` handlers see the whole gesture (the next gesture replaces them).
   */
  private _swipe(ev: PointerEvent): void {
    const grip = ev.currentTarget as HTMLElement;
    const sheet = grip.parentElement!;
    grip.setPointerCapture(ev.pointerId);
    let dy = 0;
    grip.onpointermove = (e) => {
      dy = Math.max(0, e.clientY - ev.clientY);
      sheet.style.transform = `translateY(${dy}px)`;
    };
    grip.onpointerup = grip.onpointercancel = (e) => {
      grip.onpointermove = grip.onpointerup = grip.onpointercancel = null;
      sheet.style.transform = '';
      if (e.type === 'pointerup' && dy > Math.min(SWIPE_CLOSE_PX, sheet.offsetHeight / 4)) this.closeDetails();
    };
  }
}

/** The inputs that tell how the reader last pointed or typed. */
const INPUTS = ['pointerover', 'pointerdown', 'keydown'] as const;

/** How far (px) a swipe down on the sheet's grip must go to close it. */
const SWIPE_CLOSE_PX = 80;
