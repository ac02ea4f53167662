import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { timeScale, type TimeScale } from '../layout/time-scale.js';

export interface ZoomCallbacks {
  /** Every frame of a gesture or programmatic change, with the new window. */
  onZoom(window: [number, number], userGesture: boolean): void;
  /** Once when a gesture settles. */
  onEnd(window: [number, number], userGesture: boolean): void;
}

/**
 * Drives the visible window with d3-zoom's gestures (wheel, pinch, drag) on an
 * element Lit renders. The window in wall-clock ms is the state; d3's
 * transform is derived from it against a base scale (the fitted extent).
 */
export class ZoomController implements ReactiveController {
  private readonly behavior: ZoomBehavior<Element, unknown>;
  private selection: Selection<Element, unknown, null, undefined> | null = null;
  private base: TimeScale = timeScale([0, 1], [0, 1]);
  private syncing = false;
  private gestureIsUser = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
    this.behavior = zoom<Element, unknown>()
      .on('start', (e: D3ZoomEvent<Element, unknown>) => {
        this.gestureIsUser = !!e.sourceEvent && !this.syncing;
      })
      .on('zoom', (e: D3ZoomEvent<Element, unknown>) => {
        if (this.syncing) return;
        this.callbacks.onZoom(this.windowOf(e.transform), !!e.sourceEvent);
      })
      .on('end', (e: D3ZoomEvent<Element, unknown>) => {
        if (this.syncing) return;
        this.callbacks.onEnd(this.windowOf(e.transform), this.gestureIsUser);
        this.gestureIsUser = false;
      });
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Binds gestures to `el` (idempotent). */
  attach(el: Element): void {
    if (this.selection?.node() === el) return;
    this.detach();
    this.selection = select(el);
    this.selection.call(this.behavior);
    // Double-click zoom surprises readers selecting text and duplicates our controls.
    this.selection.on('dblclick.zoom', null);
  }

  detach(): void {
    if (!this.selection) return;
    this.selection.on('.zoom', null);
    this.selection = null;
  }

  /**
   * Sets the base scale (fitted domain and pixel range), the zoom limits as
   * spans in ms, and the current window, without emitting zoom callbacks.
   */
  configure(base: TimeScale, window: [number, number], minSpan: number, maxSpan: number, extent: [[number, number], [number, number]]): void {
    this.base = base.copy();
    const [d0, d1] = base.domain() as [number, number];
    const span = d1 - d0;
    this.behavior.extent(extent).scaleExtent([span / maxSpan, span / minSpan]);
    this.sync(window);
  }

  /** Moves d3-zoom's transform to match `window` silently. */
  sync(window: [number, number]): void {
    if (!this.selection) return;
    this.syncing = true;
    try {
      this.behavior.transform(this.selection, this.transformFor(window));
    } finally {
      this.syncing = false;
    }
  }

  /** The transform that shows `window` on the base scale. */
  transformFor([s, e]: [number, number]): ZoomTransform {
    const [d0, d1] = this.base.domain() as [number, number];
    const k = (d1 - d0) / (e - s);
    const r0 = this.base.range()[0]!;
    return zoomIdentity.translate(r0 - k * this.base(s), 0).scale(k);
  }

  /** Applies d3-zoom's own limits to a requested window. */
  constrain(window: [number, number]): [number, number] {
    const t = this.transformFor(window);
    const [kMin, kMax] = this.behavior.scaleExtent();
    const k = Math.min(kMax, Math.max(kMin, t.k));
    if (k === t.k) return window;
    const mid = (window[0] + window[1]) / 2;
    const [d0, d1] = this.base.domain() as [number, number];
    const half = (d1 - d0) / k / 2;
    return [mid - half, mid + half];
  }

  private windowOf(t: ZoomTransform): [number, number] {
    const d = t.rescaleX(this.base).domain();
    return [+d[0]!, +d[1]!];
  }
}
