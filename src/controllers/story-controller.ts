import type { ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEra, TimelineEvent } from '../data/types.js';
import { dataInstants, type GapMode, type Warp } from '../layout/gaps.js';
import { storyAxis } from '../layout/story-axis.js';
import { listOrder, type NavigationOrder } from '../layout/navigation.js';
import { CardEstimates } from '../layout/card-estimates.js';
import {
  layoutStory,
  storyBand,
  storyItems,
  visibleCards,
  type StoryItem,
  type StoryLayout,
  type StoryUnits,
} from '../layout/story.js';
import { STORY_AXIS, STORY_TICK_PX, storyAxisWidth, storyTicks, widestTickLabel } from '../layout/story-ticks.js';
import type { Tick, TickOptions } from '../layout/ticks.js';
import type { TimelineView } from '../layout/view-model.js';
import { exportStory } from '../render/export-story.js';
import type { Marker } from '../render/plot.js';
import { story, type StoryProps } from '../render/story.js';
import type { TemplateResult } from 'lit';
import { StoryZoomInput } from './story-zoom-input.js';
import { StoryWindowReport } from './story-window-report.js';
import { innerScroller, markFlow, scrollStoryBy, visibleSpan } from './story-scroll.js';
import { formatLength } from '../i18n/number.js';

export { storyStyles } from '../render/story.styles.js';

type Host = ReactiveElement;

/** What the story asks of the element. */
export interface StoryOptions {
  /** The locale gaps are labelled in. */
  locale(): string;
  /** The window changed by the reader's hand (`zoomed`: a zoom, else the page scrolled): the element reports it. */
  changed(zoomed: boolean): void;
}

/** What one update of the story depends on. */
export interface StoryInput {
  view: TimelineView;
  width: number;
  /** A text's width in px at the element's font size (13 px unless themed), and that size. */
  measure(text: string): number;
  fontSize: number;
  ticks: TickOptions;
  eras: readonly TimelineEra[];
  selected: string | null;
  focusKey: string | null;
  /** The words a card shows under its title: the source's phrase and the date in words (a new function when
   * they change, which lays the story out again). */
  when(e: TimelineEvent): string;
  /** Long empty stretches: compressed to breaks (the default), or linear. */
  gaps?: GapMode;
}

const ZOOM_LIMITS = [1 / 8, 64] as const;
/** Gaps longer than 8% of the time kept are compressed, each to a break 2% of it long (see gaps.ts). */
const STORY_GAPS = { share: 0.08, size: 0.02 };

/**
 * The vertical story's feature: its layout (cached until the data, width,
 * zoom or a card's height change), card heights measured with a
 * ResizeObserver (estimated from text widths before that), virtualization
 * against the page's scroll (a passive scroll listener: only cards near the
 * viewport are drawn, plus the tab stop and the selected card), the keyboard
 * order (one card per event), and its zoom: `+`, `-` and `0` change the axis
 * length, the cards re-flow, and the time at the viewport's centre stays put.
 */
export class StoryController implements ReactiveController {
  /** Axis length as a multiple of the default (1: the default). */
  zoom = 1;
  layout: StoryLayout | null = null;
  /** The keyboard order: the cards in date order, then the undated shelf. */
  order: NavigationOrder | null = null;

  private _items: StoryItem[] = [];
  private _index = new Map<string, number>();
  private _heights = new Map<string, number>();
  /** Each card's estimated height, by index, for this data, width and font. */
  private _estimates = new Float64Array(0);
  /** What the estimates measured, once per data, width and font. */
  private readonly _estimator = new CardEstimates();
  private _ticks: { key: unknown[]; ticks: Tick[] } = { key: [], ticks: [] };
  private _details = 0;
  private _version = 0;
  private _key: unknown[] = [];
  private _base: {
    key: unknown[];
    when?: StoryInput['when'];
    length: number;
    warp?: Warp;
    domain: [number, number];
    units?: StoryUnits;
    axis: number;
  } = {
    key: [],
    length: 0,
    domain: [0, 1],
    axis: STORY_AXIS,
  };
  private _band: [number, number] = [0, 1600];
  private _selected: { items: StoryItem[]; id: string | null; index: number } = { items: [], id: null, index: -1 };
  private _input: StoryInput | null = null;
  private _observer: ResizeObserver | null = null;
  private _scroller: Element | null = null;
  private _frame = 0;
  private _focused: HTMLElement | null = null;
  /** After the next render: a time to bring to a viewport offset (px), or a card to scroll into view. */
  private _pending: { t: number; at: number } | { key: string } | null = null;
  /** Reports the window when the reader moved it. */
  private readonly _report = new StoryWindowReport({
    window: () => this.window(),
    changed: (zoomed) => this._options.changed(zoomed),
    holding: () => this._zoomInput.active,
  });
  /** Ctrl/⌘ + wheel and a two-finger pinch zoom the story. */
  private readonly _zoomInput = new StoryZoomInput({
    zoom: () => this.zoom,
    timeAt: (y) => (this.layout ? this.layout.scale.invert(y - this._box()!.getBoundingClientRect().top) : null),
    zoomAt: (z, t, at, user) => this._zoomAt(z, t, at, user),
    ended: () => {
      this._report.zoomed(); // the pinch settled: report after its last render
      this._host.requestUpdate();
    },
  });

  private readonly _host: Host;
  private readonly _options: StoryOptions;

  constructor(host: Host, options: StoryOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** The story's element, once rendered. */
  private _box(): HTMLElement | null {
    return this._host.renderRoot?.querySelector<HTMLElement>('.story') ?? null;
  }

  hostConnected(): void {
    addEventListener('scroll', this._onScroll, { passive: true, capture: true });
    addEventListener('resize', this._onScroll, { passive: true });
    this._observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const en of entries) {
        const el = en.target as HTMLElement;
        if (el === this._scroller) {
          markFlow(this._box());
          continue;
        }
        const h = en.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight;
        if (!el.isConnected || !h) continue;
        const key = el.dataset['key']!;
        const more = el.classList.contains('more');
        // A card measured for the first time was laid out at its estimate: as tall, it moves nothing.
        const old = more ? this._details : (this._heights.get(key) ?? this._estimates[this._index.get(key) ?? -1]);
        if (more) this._details = h;
        else this._heights.set(key, h);
        if (old === undefined || Math.abs(old - h) >= 1) changed = true;
      }
      if (changed) {
        this._version++;
        this._later();
      }
    });
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this._onScroll, { capture: true });
    removeEventListener('resize', this._onScroll);
    this._scroller?.removeEventListener('scroll', this._onScroll);
    this._scroller = null;
    this._observer?.disconnect();
    this._observer = null;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._report.reset();
  }

  /** Lays out the story for this update (from the cache when nothing it depends on changed). */
  update(input: StoryInput): void {
    this._input = input;
    const { view, width } = input;
    // `measure` is a new function when the element's font (its size too) changes.
    const base = [view, width, input.measure, input.gaps ?? 'compress'];
    const same = base.every((k, i) => k === this._base.key[i]);
    // `when` is one function per language: cards in other words have other heights, so the story is laid out
    // again. Measured heights stay then: a card the new words make taller or shorter is measured again.
    if (!same || input.when !== this._base.when) {
      this._items = storyItems(view.lanes);
      // Set one by one: a Map made from [key, index] pairs costs an array each (28 against 13 ms at 100,000).
      this._index = new Map();
      for (let i = 0; i < this._items.length; i++) this._index.set(this._items[i]!.key, i);
      if (!same) this._heights.clear();
      this.order = listOrder(
        this._items,
        this._index,
        view.undated.map((u) => u.event),
        // The story's own cards, not the horizontal keyboard order (built from every mark when first asked).
        (key) => this._items[this._index.get(key) ?? -1]?.event.id ?? null,
      );
      const vh = visualViewport?.height ?? innerHeight;
      // Tick labels are drawn at STORY_TICK_PX whatever the element's font size.
      const tickMeasure = (s: string) => (input.measure(s) * STORY_TICK_PX) / input.fontSize;
      const t0 = this._items[0]?.event.date?.earliest ?? 0;
      const axis = storyAxisWidth(widestTickLabel({ format: input.ticks.format, measure: tickMeasure }, t0));
      const card = width - axis - 24;
      const estimate = (e: TimelineEvent) => this._estimator.height(e, card, input.measure, input.when);
      // A loop, not `Float64Array.from(items, f)`, which goes through the iterator protocol (as sort.ts says).
      const heights = (this._estimates = new Float64Array(this._items.length));
      for (let i = 0; i < heights.length; i++) heights[i] = estimate(this._items[i]!.event);
      // The horizontal fit's gaps, compressed harder: down a phone, a month without events is screens of nothing.
      const instants = dataInstants(view.dated, view.referenceMs);
      const o = { heights, maxPush: vh * 0.6, min: vh * 0.6, stretch: 3, gaps: STORY_GAPS };
      this._base = {
        key: base,
        when: input.when,
        axis,
        ...storyAxis(this._items, instants, input.gaps ?? 'compress', o),
      };
    }
    const key = [this._base, this.zoom, this._version, input.selected, input.eras];
    if (this.layout && key.every((k, i) => k === this._key[i])) return;
    this._key = key;
    // The estimates, and over them what was measured and the selected card's details.
    const heights = this._estimates.slice();
    for (const [key, h] of this._heights) heights[this._index.get(key) ?? heights.length] = h;
    const sel = this._selectedIndex(input.selected);
    if (sel >= 0) heights[sel]! += this._details || 120;
    const length = this._base.length * this.zoom;
    const { warp, domain, units, axis } = this._base;
    this.layout = layoutStory(this._items, { domain, length, heights, warp, units, axis, eras: input.eras });
    // A zoom about a time scrolls that time back under the pointer after this render. The cards drawn are those
    // around where the viewport will be then: the scroll then needs no second render and layout.
    const to = this._pending && 't' in this._pending ? this._pending : null;
    const box = to && this._box();
    if (to && box) {
      const shift = box.getBoundingClientRect().top + this.layout.scale(to.t) - to.at;
      const [v0, v1] = this._visible(box);
      this._band = storyBand(v0 + shift, v1 + shift);
    }
  }

  /** The story view: `p`, and what comes from here: the cards near the viewport (and the tab stop's, the focused
   * and the selected one), the band drawn, its ticks, and where the selected card's details go. */
  render(p: Pick<StoryProps, 'text' | 'tabStop' | 'dataset' | 'on'> & { markers: readonly Marker[] }): TemplateResult {
    const layout = this.layout!;
    const input = this._input!;
    const [b0, b1] = this._band;
    const [a, b] = visibleCards(layout.cards, b0, b1);
    const drawn = new Set<number>();
    for (let i = a; i < b; i++) drawn.add(i);
    const sel = this._selectedIndex(input.selected);
    for (const k of [p.tabStop, input.focusKey]) if (this._index.has(k!)) drawn.add(this._index.get(k!)!);
    if (sel >= 0) drawn.add(sel);
    const locale = this._options.locale();
    const tk = [layout, b0, b1, locale];
    if (tk.some((k, i) => k !== this._ticks.key[i])) {
      const options = { ...input.ticks, measure: () => 15, spacing: 140, gap: 24 };
      this._ticks = { key: tk, ticks: storyTicks(layout.scale, b0, b1, options, layout.breaks) };
    }
    const card = layout.cards[sel];
    return story({
      ...p,
      ...{ layout, selected: input.selected, ticks: this._ticks.ticks, band: this._band },
      drawn: [...drawn].sort((x, y) => x - y),
      detailsTop: card ? card.top + (this._heights.get(card.key) ?? this._estimates[sel]!) : null,
      gapLabel: (ms) => formatLength(ms, locale, 'short'),
      // Markers on the axis only: a date outside the drawn time has no place on it.
      markers: p.markers.flatMap(({ t, label }) => {
        const [d0, d1] = layout.scale.domain();
        return d0 <= t && t <= d1 ? [{ y: layout.scale(t), label }] : [];
      }),
    });
  }

  /** The selected event's card (-1: none), looked for again only when the selection or the cards change. */
  private _selectedIndex(id: string | null): number {
    const s = this._selected;
    if (s.items !== this._items || s.id !== id) {
      this._selected = { items: this._items, id, index: id ? this._items.findIndex((it) => it.event.id === id) : -1 };
    }
    return this._selected.index;
  }

  /** The key holding the tab stop: the focused card's or undated event's, else the first card's. */
  tabStop(focusKey: string | null, firstUndated: string | null): string | null {
    if (focusKey && (focusKey.startsWith('u:') || this._index.has(focusKey))) return focusKey;
    return this._items[0]?.key ?? firstUndated;
  }

  /** Before a render: which card has focus. Lit's keyed list may move it as cards come and go, which blurs it. */
  hostUpdate(): void {
    this._focused = this._host.renderRoot?.querySelector<HTMLElement>('.story .card:focus') ?? null;
  }

  hostUpdated(): void {
    const box = this._box();
    const focused = this._focused;
    this._focused = null;
    // Nothing else took focus (the selection controller focuses a card the keyboard moved to): give it back.
    const root = this._host.renderRoot as ShadowRoot;
    if (focused?.isConnected && !root.activeElement) focused.focus({ preventScroll: true });
    if (!box || !this.layout) return;
    const scroller = box.parentElement;
    if (scroller !== this._scroller) {
      this._scroller?.removeEventListener('scroll', this._onScroll);
      scroller?.addEventListener('scroll', this._onScroll, { passive: true });
      if (this._scroller) this._observer?.unobserve(this._scroller);
      this._scroller = scroller;
      if (scroller) this._observer?.observe(scroller);
      this._onScroll();
      // Ctrl/⌘ + wheel (a trackpad pinch) and a two-finger pinch zoom the story; a plain wheel and one finger
      // scroll the page (`touch-action: pan-y`). Listeners on the story's own box go with it.
      this._zoomInput.listen(box);
    }
    for (const el of box.querySelectorAll('.card, .more')) this._observer?.observe(el);
    const p = this._pending;
    this._pending = null;
    if (p && 'key' in p) box.querySelector(`[data-key="${CSS.escape(p.key)}"]`)?.scrollIntoView({ block: 'nearest' });
    else if (p)
      scrollStoryBy(innerScroller(this._scroller), box.getBoundingClientRect().top + this.layout.scale(p.t) - p.at);
    this._report.rendered();
    markFlow(this._box());
  }

  /** The time range of the axis inside the page's viewport (the whole axis before the first layout). */
  window(): [number, number] | null {
    const box = this._box();
    if (!box || !this.layout) return null;
    const { scale } = this.layout;
    const [v0, v1] = this._visible(box);
    const [r0, r1] = scale.range();
    const clamp = (y: number) => Math.max(r0, Math.min(r1, y));
    return [scale.invert(clamp(v0)), scale.invert(clamp(v1))];
  }

  /** A standalone SVG of the story's slice in the viewport (the cards drawn around it, when it is off-screen). */
  toSVG(): string {
    const box = this._box();
    if (!box || !this.layout) throw new Error('toSVG: the timeline has not been drawn yet (await renderComplete)');
    const h = box.offsetHeight;
    const clamp = ([a, b]: readonly number[]): [number, number] => [Math.max(0, a!), Math.min(h, b!)];
    let [y0, y1] = clamp(this._visible(box));
    if (y1 - y0 < 1) [y0, y1] = clamp(this._band);
    if (y1 - y0 < 1) [y0, y1] = clamp([0, innerHeight]);
    // The surface colour, resolved (light-dark(), the page's scheme) through a probe.
    const probe = document.createElement('i');
    probe.style.color = 'var(--_surface)';
    box.append(probe);
    const background = getComputedStyle(probe).color;
    probe.remove();
    return exportStory(box, y0, y1, background);
  }

  /** Zooms so that `start`..`end` fills most of the viewport, and scrolls it into view. */
  zoomTo(start: number, end: number): void {
    const scale = this.layout?.scale;
    const px = scale ? scale(end) - scale(start) : 0;
    if (px > 0) this._zoomAt((this.zoom * innerHeight * 0.8) / px, start, innerHeight * 0.1);
  }

  /** Zooms by `factor` (> 1: longer axis); the time at the viewport's centre stays in place. */
  zoomBy(factor: number, user = false): void {
    const w = this.window();
    const mid = w ? (w[0] + w[1]) / 2 : 0;
    const at = w ? this._box()!.getBoundingClientRect().top + this.layout!.scale(mid) : 0;
    this._zoomAt(this.zoom * factor, w && mid, at, user);
  }

  /** The default zoom; the story's start comes into view unless its top is in view already. */
  fit(user = false): void {
    const top = this._box()?.getBoundingClientRect().top ?? 0;
    const away = top < 0 || top > (visualViewport?.height ?? innerHeight);
    this._zoomAt(1, away && this.layout ? this.layout.scale.domain()[0] : null, 8, user);
  }

  /** The zoom keys in the story: + and - zoom the time scale, 0 goes back to the default. True for one of them. */
  onKey(ev: KeyboardEvent): boolean {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return false;
    if (ev.key === '+' || ev.key === '=') this.zoomBy(2, true);
    else if (ev.key === '-' || ev.key === '_') this.zoomBy(0.5, true);
    else if (ev.key === '0') this.fit(true);
    else return false;
    return true;
  }

  /** Scrolls the card `key` into view after the next render (the keyboard moved focus to it). */
  reveal(key: string): void {
    this._pending = { key };
  }

  /** Sets the zoom; after the render, the time `t` (unless null) is scrolled to `at` px from the viewport's top.
   * `user`: the reader zoomed, and the new window is reported after that render. */
  private _zoomAt(z: number, t: number | null, at: number, user = false): void {
    this.zoom = Math.max(ZOOM_LIMITS[0], Math.min(ZOOM_LIMITS[1], z));
    this._pending = t === null ? null : { t, at };
    if (user) this._report.zoomed();
    this._host.requestUpdate();
  }

  /** The story px in view (see `visibleSpan`). */
  private _visible(box: HTMLElement): [number, number] {
    return visibleSpan(box, innerScroller(this._scroller));
  }

  /** Updates in the next frame (not inside a ResizeObserver or scroll callback's own frame). */
  private _later(): void {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this._host.requestUpdate();
    });
  }

  /** The page scrolled: draw a new band of cards once the viewport nears the edge of the drawn one. */
  private _onScroll = (): void => {
    const box = this._box();
    if (!box || !this.layout) return;
    const [v0, v1] = this._visible(box);
    // The reader scrolled (or zoomed, which scrolls): report the window once the scrolling pauses.
    this._report.scrolled();
    const band = storyBand(v0, v1);
    if (band[0] === this._band[0] && band[1] === this._band[1]) return;
    this._band = band;
    this._later();
  };
}
