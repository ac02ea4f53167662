import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { LINEAR_WARP } from '../layout/gaps.js';
import { timeScale, type TimeScale } from '../layout/time-scale.js';
import {
  clampWindow,
  DAY,
  DEFAULT_MIN_SPAN,
  DEFAULT_ZOOM_OUT,
  panBy,
  revealWindow,
  spanLimits,
  toWallMs,
  warpedSpanBounds,
  zoomAround,
  type TimeWindow,
} from '../layout/window.js';
import type { UncertainDate } from '../data/uncertain-date.js';
import { BrushInput } from './brush-input.js';
import { GestureInput } from './gesture-input.js';
import { SpanAttribute } from './span-attribute.js';
import { ZoomFeedback } from './zoom-feedback.js';

/** d3-zoom's own wheel step (greedy mode keeps today's behaviour). */
const defaultWheelDelta = (e: WheelEvent) =>
  -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1);

/** What the zoom needs to know of the plot, set once per update. */
export interface ZoomFrame {
  /** The fitted window: the zoom's base, and where `fit()` goes. */
  fit: TimeWindow;
  /** The plot's width (0 before it is measured: gestures wait for it). */
  width: number;
  dir: 'ltr' | 'rtl';
  /** `min-span` and `max-span` as ISO 8601 durations (`max-span` null: the default). */
  minSpan: string;
  maxSpan: string | null;
  /** `cooperative`: the page keeps the plain wheel and vertical swipes; `greedy`: every gesture is the plot's. */
  gestures: 'cooperative' | 'greedy';
}

export interface ZoomOptions {
  /** A user's change of the window settled (a gesture ended, a key or button zoomed): one per change that moved it. */
  onUserChange(): void;
  /** A politely announced summary of the window, once zooming or panning paused. */
  announce(window: TimeWindow): string;
  /** The plot x the zoom keys zoom around (the focused mark's), or undefined: the centre. */
  focusX(): number | undefined;
}

/**
 * Wheel steps for zooming: d3-zoom's, except that its tenfold boost for
 * Ctrl + wheel applies to a trackpad pinch (small pixel steps) only, not to a
 * mouse notch, which would otherwise zoom about 4× at once.
 */
function wheelDelta(e: WheelEvent): number {
  const pinch = e.ctrlKey && e.deltaMode === 0 && Math.abs(e.deltaY) < 50;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (pinch ? 10 : 1);
}

/**
 * Owns the visible window, in wall-clock ms, and drives it with d3-zoom's
 * gestures (wheel, pinch, drag) on the plot, the cooperative gesture input
 * and the overview's brush (`brush`). d3's transform is derived from
 * the window against a base scale (the fitted extent): the controller writes
 * it into d3-zoom only when the window is set from code, or when the base,
 * the width or the limits change, never back on a frame d3 emitted itself.
 * With compressed gaps, the base scale keeps the drawn scale's warp (taken in
 * `drawn()`), so gestures and keys zoom and pan in warped units, while
 * `min-span` and `max-span` hold spans of real time (`clampWindow`).
 */
export class ZoomController implements ReactiveController {
  /** The window; null until the first view sets it. */
  window: TimeWindow | null = null;
  /** The overview's brush, which moves this window too: its listeners go on the overview. */
  readonly brush: BrushInput;

  private readonly _behavior: ZoomBehavior<Element, unknown>;
  private _selection: Selection<Element, unknown, null, undefined> | null = null;
  private _base: TimeScale = timeScale([0, 1], [0, 1]);
  private _frame: ZoomFrame | null = null;
  /** `min-span` and `max-span`, real ms (no max-span: Infinity). */
  private _limits: [number, number] = [DEFAULT_MIN_SPAN, Infinity];
  /** The default zoom-out, in warped units (an explicit max-span: Infinity). */
  private _drawnMax = Infinity;
  private _size: [number, number] = [0, 0];
  private _scale: TimeScale = timeScale([0, 1], [0, 1]);
  private _warp = LINEAR_WARP;
  private readonly _minSpan = new SpanAttribute('min-span', DEFAULT_MIN_SPAN);
  private readonly _maxSpan = new SpanAttribute('max-span', null);
  private _syncing = false;
  private _gestureIsUser = false;
  /** The window when the user's current gesture began (null between gestures). */
  private _from: TimeWindow | null = null;
  private readonly _input = new GestureInput({
    panPx: (dx) => this._panPx(dx),
    zoomAt: (factor, x) => this._zoomAt(factor, x),
    settle: () => this._endUser(),
    hint: () => {
      if (this._frame?.gestures !== 'greedy') this._feedback.showHint();
    },
  });
  private readonly _feedback: ZoomFeedback;

  private readonly _host: ReactiveControllerHost;
  private readonly _options: ZoomOptions;

  constructor(host: ReactiveControllerHost, options: ZoomOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
    this._feedback = new ZoomFeedback(host, { window: () => this.window, announce: options.announce });
    this.brush = new BrushInput(host, {
      target: this,
      fit: () => this._frame?.fit ?? null,
      box: () => this._frame ?? { width: 0, dir: 'ltr' },
      dragEnd: () => options.onUserChange(),
      zoomKey: (ev) => this.onKey(ev),
    });
    this._behavior = zoom<Element, unknown>()
      .filter((e: Event) => this._accepts(e))
      .on('start', (e: D3ZoomEvent<Element, unknown>) => {
        this._gestureIsUser = !!e.sourceEvent && !this._syncing;
        if (this._gestureIsUser) this._beginUser();
      })
      .on('zoom', (e: D3ZoomEvent<Element, unknown>) => {
        if (this._syncing) return;
        this._follow(e.transform);
        this._host.requestUpdate();
      })
      .on('end', (e: D3ZoomEvent<Element, unknown>) => {
        if (this._syncing) return;
        this._follow(e.transform);
        if (this._gestureIsUser) this._endUser();
        this._gestureIsUser = false;
        this._host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The live-region text: the window, once it has rested. */
  get announcement(): string {
    return this._feedback.announcement;
  }

  /** Whether the hint on how to zoom shows (a plain wheel was left to the page). */
  get hint(): boolean {
    return this._feedback.hint;
  }

  /** Announces the window `current()` gives once it has rested (also the vertical story's, after a zoom). */
  announceLater(current: () => TimeWindow | null): void {
    this._feedback.announceLater(current);
  }

  /** Binds gestures to `el` (idempotent; null: not rendered yet). */
  attach(el: Element | null): void {
    if (!el || this._selection?.node() === el) return;
    this.detach();
    this._selection = select(el);
    this._selection.call(this._behavior);
    // Double-click zoom surprises readers selecting text and duplicates our controls.
    this._selection.on('dblclick.zoom', null);
    this._input.attach(el);
    this._sync();
  }

  detach(): void {
    this._from = null; // a gesture cut short (the plot left the page) no longer holds what is drawn
    if (!this._selection) return;
    this._selection.on('.zoom', null);
    this._input.detach();
    this._selection = null;
  }

  /**
   * Takes the plot's fit, width and limits. d3-zoom is reconfigured, and its
   * transform written, only when the base (fit, width, direction) or the
   * limits changed.
   */
  configure(f: ZoomFrame): void {
    const old = this._frame;
    this._frame = f;
    const [min, max] = [this._minSpan.ms(f.minSpan) ?? DEFAULT_MIN_SPAN, this._maxSpan.ms(f.maxSpan)];
    const w = this._warp;
    const span = w(f.fit[1]) - w(f.fit[0]);
    // min-span and max-span are real time; the default zoom-out is what is drawn: the fit, in warped units.
    const limits = spanLimits(f.fit, min, max ?? Infinity);
    const drawnMax = max === null ? span * DEFAULT_ZOOM_OUT : Infinity;
    this._behavior.wheelDelta(f.gestures === 'greedy' ? defaultWheelDelta : wheelDelta);
    const same =
      old &&
      old.fit === f.fit &&
      old.width === f.width &&
      old.dir === f.dir &&
      limits[0] === this._limits[0] &&
      limits[1] === this._limits[1] &&
      drawnMax === this._drawnMax;
    this._limits = limits;
    this._drawnMax = drawnMax;
    if (same || !f.width) return;
    this._base = timeScale([f.fit[0], f.fit[1]], f.dir === 'rtl' ? [f.width, 0] : [0, f.width], w);
    const [shortest, longest] = warpedSpanBounds(limits, w, drawnMax);
    this._behavior.scaleExtent([span / longest, span / shortest]);
    this._sync();
  }

  /** This frame's scale (for zooming around a plot x) and the area gestures answer in: the width and drawn height. */
  drawn(scale: TimeScale, height: number): void {
    this._scale = scale;
    if (scale.warp() !== this._warp && this._frame) {
      // A new warp (new data, or another gap mode): a new base scale and limits.
      this._warp = scale.warp();
      const f = this._frame;
      this._frame = null;
      this.configure(f);
    }
    const width = Math.abs(scale.range()[1]! - scale.range()[0]!);
    const h = Math.max(1, height);
    if (this._size[0] === width && this._size[1] === h) return;
    this._size = [width, h];
    this._behavior.extent([[0, 0], this._size]);
  }

  /** The window as shown: the current one, else the fitted one (null before the first view). */
  get shown(): TimeWindow | null {
    return this.window ?? this._frame?.fit ?? null;
  }

  /** The shown window as Dates (a year to now before any view). */
  dates(): { start: Date; end: Date } {
    const w = this.shown ?? [Date.now() - 365 * DAY, Date.now()];
    return { start: new Date(w[0]), end: new Date(w[1]) };
  }

  /** Sets the window from code, held within the span limits; no user event. */
  set(w: TimeWindow): void {
    this.window = this._frame ? this._held(w) : w;
    this._sync();
    this._host.requestUpdate();
  }

  /** Sets the window for the user (a key, a button, the brush): reports one user change, if it changed. */
  userSet(w: TimeWindow): void {
    this._beginUser();
    this.set(w);
    this._endUser();
  }

  /**
   * Shows `start` to `end` (Dates, ISO or EDTF strings), read in `timeZone`.
   * @throws RangeError when either is unreadable or open, or the end is not after the start.
   */
  zoomTo(start: Date | string, end: Date | string, timeZone: string): void {
    const s = toWallMs(start, 'earliest', timeZone);
    const e = toWallMs(end, 'latest', timeZone);
    if (!(e > s)) throw new RangeError(`zoomTo: end (${String(end)}) must be after start (${String(start)})`);
    // The default zoom-out limit keeps a reader near the data; a page that asks for a wider window gets it.
    // An explicit max-span (and min-span) still holds.
    if (this._frame && this._frame.maxSpan === null) {
      const span = this._warp(e) - this._warp(s);
      this.window = clampWindow([s, e], this._limits, this._warp, { drawnMax: Math.max(this._drawnMax, span) });
      this._sync();
      this._host.requestUpdate();
    } else this.set([s, e]);
  }

  /**
   * Zooms by `factor` (> 1 zooms in) around `atX`, a plot px (default: the
   * centre), whose time keeps its place; the user's zoom when `user`.
   * @throws RangeError when `factor` is not a positive number.
   */
  zoomBy(factor: number, atX?: number, user = false): void {
    if (!(factor > 0) || !Number.isFinite(factor))
      throw new RangeError(`zoomBy: factor must be a positive number, got ${factor}`);
    const w = this.shown;
    if (!w) return;
    const width = this._size[0];
    const t = width ? this._scale.invert(atX ?? width / 2) : (w[0] + w[1]) / 2;
    const next = zoomAround(w, factor, t, this._warp);
    if (user) this.userSet(next);
    else this.set(next);
  }

  /** Frames the fitted window; the user's when `user`. */
  fit(user = false): void {
    if (!this._frame) return;
    if (user) this.userSet(this._frame.fit);
    else this.set(this._frame.fit);
  }

  /** Pans by `fraction` of the window for the user (> 0 toward later times). */
  pan(fraction: number): void {
    if (this.shown) this.userSet(panBy(this.shown, fraction, this._warp));
  }

  /** Brings `date` into view, keeping the zoom when it fits. */
  reveal(date: UncertainDate): void {
    const w = this.shown && revealWindow(this.shown, date, this._warp);
    if (w) this.set(w);
  }

  /** The zoom keys: + and - zoom around `atX` (default: the focused mark), 0 fits. True for one of them. */
  onKey(ev: KeyboardEvent, atX = this._options.focusX()): boolean {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return false;
    if (ev.key === '+' || ev.key === '=') this.zoomBy(2, atX, true);
    else if (ev.key === '-' || ev.key === '_') this.zoomBy(0.5, atX, true);
    else if (ev.key === '0') this.fit(true);
    else return false;
    return true;
  }

  /** Forgets the window: the next view starts from its initial window. */
  reset(): void {
    this.window = null;
  }

  /** Starts from `w` as given (the initial window: `start` and `end` are not held to the limits). */
  init(w: TimeWindow): void {
    this.window = w;
    this._sync();
  }

  /**
   * Which events d3-zoom takes: all of them when greedy (d3's own filter);
   * when cooperative, only Ctrl/⌘ + wheel and mouse drags (GestureInput takes
   * the other wheels and touch).
   */
  private _accepts(e: Event): boolean {
    const ev = e as MouseEvent;
    if (this._frame?.gestures !== 'greedy') {
      if (e.type === 'wheel') return ev.ctrlKey || ev.metaKey;
      if (e.type.startsWith('touch')) return false;
    }
    return (!ev.ctrlKey || e.type === 'wheel') && !ev.button;
  }

  /** A user's gesture or action begins: remember where the window was. */
  private _beginUser(): void {
    this._from ??= this.shown;
  }

  /** Whether a gesture of the user's (wheel, pinch, drag, cooperative swipe) is under way and has moved the
   * window: a button held on a mark, which d3-zoom also takes for the start of a drag, is none. */
  get gesturing(): boolean {
    return this._moved(this._from);
  }

  private _moved(from: TimeWindow | null): boolean {
    const w = this.shown;
    return !!from && !!w && (from[0] !== w[0] || from[1] !== w[1]);
  }

  /** It ended: one user change, when the window really moved (a click that moved nothing reports none). Its
   * update draws what the gesture's frames left out (see `ViewportController.band`). */
  private _endUser(): void {
    const moved = this._moved(this._from);
    this._from = null;
    if (!moved) return;
    this._host.requestUpdate();
    this._options.onUserChange();
  }

  /** Pans by `dx` plot px, the content following the pointer (cooperative wheel and touch). */
  private _panPx(dx: number): void {
    const w = this.shown;
    const width = this._size[0];
    if (!w || !width || this._frame?.gestures === 'greedy') return;
    this._beginUser();
    this.set(panBy(w, (this._frame?.dir === 'rtl' ? dx : -dx) / width, this._warp));
  }

  /** Zooms by `factor` around plot x `x` (a two-finger pinch). */
  private _zoomAt(factor: number, x: number): void {
    const w = this.shown;
    if (!w || !this._size[0] || this._frame?.gestures === 'greedy') return;
    this._beginUser();
    this.set(zoomAround(w, factor, this._scale.invert(x), this._warp));
  }

  /** Moves d3-zoom's transform to the window silently. */
  private _sync(): void {
    if (!this._selection || !this._frame?.width) return;
    this._syncing = true;
    try {
      this._behavior.transform(this._selection, this._transformFor(this.shown!));
    } finally {
      this._syncing = false;
    }
  }

  /** The transform that shows `window` on the base scale. */
  private _transformFor([s, e]: TimeWindow): ZoomTransform {
    const [d0, d1] = this._base.domain() as [number, number];
    const k = (this._warp(d1) - this._warp(d0)) / (this._warp(e) - this._warp(s));
    const r0 = this._base.range()[0]!;
    return zoomIdentity.translate(r0 - k * this._base(s), 0).scale(k);
  }

  /** `w` held within the span limits (real time) and the default zoom-out (warped), `at` keeping its place. */
  private _held(w: TimeWindow, at?: number): TimeWindow {
    return clampWindow(w, this._limits, this._warp, { drawnMax: this._drawnMax, at });
  }

  /**
   * Takes the window d3-zoom moved to. d3's scale extent holds the span in warped units only roughly (a span of
   * real time is longer in warped units where time is drawn at full width), so the window is held in real time
   * here, around the instant the gesture keeps in place; if that moved it, d3's transform follows.
   */
  private _follow(t: ZoomTransform): void {
    const next = this._windowOf(t);
    const prev = this.window;
    const held = this._held(next, prev ? this._fixedPoint(prev, next) : undefined);
    this.window = held;
    if (held !== next) this._sync();
  }

  /** The instant at the same place in both windows (a zoom's focus), or undefined for a pan. */
  private _fixedPoint(a: TimeWindow, b: TimeWindow): number | undefined {
    const w = this._warp;
    const [a0, la] = [w(a[0]), w(a[1]) - w(a[0])];
    const [b0, lb] = [w(b[0]), w(b[1]) - w(b[0])];
    if (!(Math.abs(la - lb) > 1e-9 * Math.abs(la))) return undefined;
    const f = (b0 - a0) / (la - lb);
    return f >= 0 && f <= 1 ? w.invert(a0 + f * la) : undefined;
  }

  private _windowOf(t: ZoomTransform): TimeWindow {
    const d = t.rescaleX(this._base).domain();
    return [+d[0]!, +d[1]!];
  }
}
