import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { parseDuration } from '../data/duration.js';
import { timeScale, type TimeScale } from '../layout/time-scale.js';
import {
  clampWindow,
  DAY,
  DEFAULT_MIN_SPAN,
  panBy,
  revealWindow,
  spanLimits,
  toWallMs,
  zoomAround,
  type TimeWindow,
} from '../layout/window.js';
import type { UncertainDate } from '../data/uncertain-date.js';

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
}

export interface ZoomOptions {
  /** A user's change of the window settled (a gesture ended, a key or button zoomed): one per change. */
  onUserChange(): void;
  /** A politely announced summary of the window, once zooming or panning paused. */
  announce(window: TimeWindow): string;
}

/** How long the window must rest before it is announced, ms. */
const ANNOUNCE_DELAY = 600;

/**
 * Owns the visible window, in wall-clock ms, and drives it with d3-zoom's
 * gestures (wheel, pinch, drag) on the plot. d3's transform is derived from
 * the window against a base scale (the fitted extent): the controller writes
 * it into d3-zoom only when the window is set from code, or when the base,
 * the width or the limits change, never back on a frame d3 emitted itself.
 */
export class ZoomController implements ReactiveController {
  /** The window; null until the first view sets it. */
  window: TimeWindow | null = null;
  /** The live-region text: the window, once it has rested. */
  announcement = '';

  private readonly behavior: ZoomBehavior<Element, unknown>;
  private selection: Selection<Element, unknown, null, undefined> | null = null;
  private base: TimeScale = timeScale([0, 1], [0, 1]);
  private frame: ZoomFrame | null = null;
  private limits: [number, number] = [DEFAULT_MIN_SPAN, Infinity];
  private size: [number, number] = [0, 0];
  private scale: TimeScale = timeScale([0, 1], [0, 1]);
  private parsedSpans = { min: '', max: null as string | null, minMs: DEFAULT_MIN_SPAN, maxMs: null as number | null };
  private syncing = false;
  private gestureIsUser = false;
  private announced: TimeWindow | null = null;
  private announceTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<Element, unknown>()
      .on('start', (e: D3ZoomEvent<Element, unknown>) => {
        this.gestureIsUser = !!e.sourceEvent && !this.syncing;
      })
      .on('zoom', (e: D3ZoomEvent<Element, unknown>) => {
        if (this.syncing) return;
        this.window = this.windowOf(e.transform);
        this.host.requestUpdate();
      })
      .on('end', (e: D3ZoomEvent<Element, unknown>) => {
        if (this.syncing) return;
        this.window = this.windowOf(e.transform);
        if (this.gestureIsUser) this.options.onUserChange();
        this.gestureIsUser = false;
        this.host.requestUpdate();
      });
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.announceTimer);
  }

  /** Announces the window once it rests (not the first window, which nobody moved). */
  hostUpdated(): void {
    const w = this.window;
    if (w === this.announced) return;
    const moved = this.announced !== null;
    this.announced = w;
    if (!moved || !w) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      if (!this.window) return;
      this.announcement = this.options.announce(this.window);
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }

  /** Binds gestures to `el` (idempotent; null: not rendered yet). */
  attach(el: Element | null): void {
    if (!el || this.selection?.node() === el) return;
    this.detach();
    this.selection = select(el);
    this.selection.call(this.behavior);
    // Double-click zoom surprises readers selecting text and duplicates our controls.
    this.selection.on('dblclick.zoom', null);
    this.sync();
  }

  detach(): void {
    if (!this.selection) return;
    this.selection.on('.zoom', null);
    this.selection = null;
  }

  /**
   * Takes the plot's fit, width and limits. d3-zoom is reconfigured, and its
   * transform written, only when the base (fit, width, direction) or the
   * limits changed.
   */
  configure(f: ZoomFrame): void {
    const old = this.frame;
    this.frame = f;
    const [min, max] = this.spans(f.minSpan, f.maxSpan);
    const limits = spanLimits(f.fit, min, max);
    const same =
      old &&
      old.fit === f.fit &&
      old.width === f.width &&
      old.dir === f.dir &&
      limits[0] === this.limits[0] &&
      limits[1] === this.limits[1];
    this.limits = limits;
    if (same || !f.width) return;
    this.base = timeScale([f.fit[0], f.fit[1]], f.dir === 'rtl' ? [f.width, 0] : [0, f.width]);
    const span = f.fit[1] - f.fit[0];
    this.behavior.scaleExtent([span / limits[1], span / limits[0]]);
    this.sync();
  }

  /** This frame's scale (for zooming around a plot x) and the area gestures answer in: the width and drawn height. */
  drawn(scale: TimeScale, height: number): void {
    this.scale = scale;
    const width = Math.abs(scale.range()[1]! - scale.range()[0]!);
    const h = Math.max(1, height);
    if (this.size[0] === width && this.size[1] === h) return;
    this.size = [width, h];
    this.behavior.extent([[0, 0], this.size]);
  }

  /** The window as shown: the current one, else the fitted one (null before the first view). */
  get shown(): TimeWindow | null {
    return this.window ?? this.frame?.fit ?? null;
  }

  /** The shown window as Dates (a year to now before any view). */
  dates(): { start: Date; end: Date } {
    const w = this.shown ?? [Date.now() - 365 * DAY, Date.now()];
    return { start: new Date(w[0]), end: new Date(w[1]) };
  }

  /** Sets the window from code, held within the span limits; no user event. */
  set(w: TimeWindow): void {
    this.window = this.frame ? clampWindow(w, this.limits) : w;
    this.sync();
    this.host.requestUpdate();
  }

  /** Sets the window for the user (a key, a button, the brush): reports one user change. */
  userSet(w: TimeWindow): void {
    this.set(w);
    this.options.onUserChange();
  }

  /**
   * Shows `start` to `end` (Dates, ISO or EDTF strings), read in `timeZone`.
   * @throws RangeError when either is unreadable or open, or the end is not after the start.
   */
  zoomTo(start: Date | string, end: Date | string, timeZone: string): void {
    const s = toWallMs(start, 'earliest', timeZone);
    const e = toWallMs(end, 'latest', timeZone);
    if (!(e > s)) throw new RangeError(`zoomTo: end (${String(end)}) must be after start (${String(start)})`);
    this.set([s, e]);
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
    const width = this.size[0];
    const t = width ? this.scale.invert(atX ?? width / 2) : (w[0] + w[1]) / 2;
    const next = zoomAround(w, factor, t);
    if (user) this.userSet(next);
    else this.set(next);
  }

  /** Frames the fitted window; the user's when `user` (reported even when nothing moved). */
  fit(user = false): void {
    if (!this.frame) return;
    if (user) this.userSet(this.frame.fit);
    else this.set(this.frame.fit);
  }

  /** Pans by `fraction` of the window for the user (> 0 toward later times). */
  pan(fraction: number): void {
    if (this.shown) this.userSet(panBy(this.shown, fraction));
  }

  /** Brings `date` into view, keeping the zoom when it fits. */
  reveal(date: UncertainDate): void {
    const w = this.shown && revealWindow(this.shown, date);
    if (w) this.set(w);
  }

  /** The zoom keys: + and - zoom around `atX` (the focused mark), 0 fits. True when the key was one of them. */
  onKey(ev: KeyboardEvent, atX?: number): boolean {
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
    this.sync();
  }

  /** `min-span` and `max-span` in ms, parsed once per value; a bad value is reported and the default kept. */
  private spans(min: string, max: string | null): [number, number | null] {
    const p = this.parsedSpans;
    if (p.min !== min) {
      p.min = min;
      try {
        p.minMs = parseDuration(min);
      } catch (e) {
        p.minMs = DEFAULT_MIN_SPAN;
        console.warn(`<event-timeline>: min-span: ${(e as Error).message}`);
      }
    }
    if (p.max !== max) {
      p.max = max;
      p.maxMs = null;
      if (max) {
        try {
          p.maxMs = parseDuration(max);
        } catch (e) {
          console.warn(`<event-timeline>: max-span: ${(e as Error).message}`);
        }
      }
    }
    return [p.minMs, p.maxMs];
  }

  /** Moves d3-zoom's transform to the window silently. */
  private sync(): void {
    if (!this.selection || !this.frame?.width) return;
    this.syncing = true;
    try {
      this.behavior.transform(this.selection, this.transformFor(this.shown!));
    } finally {
      this.syncing = false;
    }
  }

  /** The transform that shows `window` on the base scale. */
  private transformFor([s, e]: TimeWindow): ZoomTransform {
    const [d0, d1] = this.base.domain() as [number, number];
    const k = (d1 - d0) / (e - s);
    const r0 = this.base.range()[0]!;
    return zoomIdentity.translate(r0 - k * this.base(s), 0).scale(k);
  }

  private windowOf(t: ZoomTransform): TimeWindow {
    const d = t.rescaleX(this.base).domain();
    return [+d[0]!, +d[1]!];
  }
}
