import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timeScale } from '../layout/time-scale.js';
import type { TimeWindow } from '../layout/window.js';

/** What the brush moves: the window's owner (the zoom controller). */
export interface BrushTarget {
  /** The window shown (null before any view). */
  readonly shown: TimeWindow | null;
  /** Moves the window during a drag (no user event yet); holds it within the span limits. */
  set(w: TimeWindow): void;
  /** The user moved the window (a key). */
  userSet(w: TimeWindow): void;
}

export interface BrushOptions {
  target: BrushTarget;
  /** The fitted extent the overview spans (null before data), and the plot's width and direction. */
  fit(): TimeWindow | null;
  box(): { width: number; dir: 'ltr' | 'rtl' };
  /** A drag ended: the user moved the window. */
  dragEnd(): void;
  /** Zoom keys (+, -, 0) on the brush: true when handled. */
  zoomKey(ev: KeyboardEvent): boolean;
}

/** The narrowest a handle can make the brush, in overview px. */
const MIN_GAP_PX = 4;
/** An edge of the window: 0 its start, 1 its end. */
type Edge = 0 | 1;

/** Whether two windows are the same, to the ms (the span limits' maths leaves float noise). */
const same = (a: TimeWindow, b: TimeWindow | null): boolean =>
  !!b && Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;

/**
 * The overview's brush, an input of the window that the zoom controller owns
 * (as it owns the gesture input). By pointer: drag the brush to move the
 * window, drag a handle (`[data-edge]`) to move that edge alone, or click the
 * strip outside the brush to centre the window there. By keyboard, on the brush: ← → (and
 * ↑ ↓) move it by a tenth, PageUp/PageDown by a whole window; Shift + ← →
 * moves its end edge and Shift + Alt + ← → its start edge, by a tenth, in the
 * arrow's direction on screen (so mirrored in RTL). An edge stops a few px
 * short of the other, and the span limits apply (through the target's `set`)
 * with the other edge kept in place. A gesture that changed the window is one
 * user change; one that did not is none. The drag is captured on the
 * overview, and its listeners live only as long as the drag.
 */
export class BrushInput implements ReactiveController {
  private _endDrag: (() => void) | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly _options: BrushOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this._endDrag?.();
  }

  /** The overview's listeners. */
  readonly handlers = {
    pointerdown: (ev: PointerEvent) => this.onPointerDown(ev),
    keydown: (ev: KeyboardEvent) => this.onKeydown(ev),
  };

  onKeydown = (ev: KeyboardEvent): void => {
    const w = this._options.target.shown;
    if (!w) return;
    const span = w[1] - w[0];
    const rtl = this._options.box().dir === 'rtl';
    const horizontal = ev.key === 'ArrowRight' || ev.key === 'ArrowLeft';
    if (ev.shiftKey && horizontal && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      // → is later in LTR and earlier in RTL: the edge moves the way the arrow points.
      const sign = (ev.key === 'ArrowRight') !== rtl ? 1 : -1;
      const edge: Edge = ev.altKey ? 0 : 1;
      const next = this._resized(w, edge, w[edge] + sign * span * 0.1, this._minGap());
      // resized() asked the target for its limits by setting the window: put it back, so the
      // user's change is measured from where it was. At a limit nothing moves: no user change.
      this._options.target.set(w);
      if (!same(next, w)) this._options.target.userSet(next);
      return;
    }
    let dt = 0;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowUp') dt = span * 0.1 * (rtl && ev.key === 'ArrowRight' ? -1 : 1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowDown')
      dt = -span * 0.1 * (rtl && ev.key === 'ArrowLeft' ? -1 : 1);
    else if (ev.key === 'PageUp') dt = span;
    else if (ev.key === 'PageDown') dt = -span;
    else if (!this._options.zoomKey(ev)) return;
    ev.preventDefault();
    if (dt) this._options.target.userSet([w[0] + dt, w[1] + dt]);
  };

  onPointerDown = (ev: PointerEvent): void => {
    const fit = this._options.fit();
    const w0 = this._options.target.shown;
    const svgEl = ev.currentTarget as SVGSVGElement;
    // One gesture at a time: a second pointer is ignored.
    if (!fit || !w0 || ev.button !== 0 || this._endDrag) return;
    const { width, dir } = this._options.box();
    const x = timeScale([fit[0], fit[1]], dir === 'rtl' ? [width, 0] : [0, width]);
    const left = svgEl.getBoundingClientRect().left;
    const timeAt = (e: PointerEvent) => x.invert(e.clientX - left);
    const hit = (ev.target as Element).closest('[data-edge], .brush');
    const edgeName = hit?.getAttribute('data-edge');
    const t0 = timeAt(ev);
    let place: (t: number) => TimeWindow;
    if (edgeName === 'start' || edgeName === 'end') {
      // The grabbed edge follows the pointer from where it was grabbed (no jump), the other stays.
      const edge: Edge = edgeName === 'start' ? 0 : 1;
      const offset = t0 - w0[edge];
      const gap = this._minGap();
      place = (t) => this._resized(w0, edge, t - offset, gap);
    } else {
      const span = w0[1] - w0[0];
      const offset = hit ? t0 - w0[0] : span / 2;
      place = (t) => [t - offset, t - offset + span];
      // Outside the brush: the window is centred where the strip was pressed.
      if (!hit) this._options.target.set(place(t0));
    }
    const move = (e: PointerEvent) => this._options.target.set(place(timeAt(e)));
    svgEl.setPointerCapture(ev.pointerId);
    const up = () => {
      this._endDrag?.();
      if (!same(w0, this._options.target.shown)) this._options.dragEnd();
    };
    this._endDrag = () => {
      svgEl.removeEventListener('pointermove', move);
      svgEl.removeEventListener('pointerup', up);
      svgEl.removeEventListener('pointercancel', up);
      this._endDrag = null;
    };
    svgEl.addEventListener('pointermove', move);
    svgEl.addEventListener('pointerup', up);
    svgEl.addEventListener('pointercancel', up);
  };

  /** `MIN_GAP_PX` of the overview, in ms. */
  private _minGap(): number {
    const fit = this._options.fit();
    return fit ? (MIN_GAP_PX * (fit[1] - fit[0])) / Math.max(1, this._options.box().width) : 0;
  }

  /**
   * `w` with `edge` moved to `t`, never closer than `gap` to the other edge,
   * and its span held within the limits, measured from the edge that stays.
   * The limits are the target's: `set` is asked (it holds the span around the
   * middle), and the span it keeps is laid from the other edge. The caller
   * sets the result.
   */
  private _resized(w: TimeWindow, edge: Edge, t: number, gap: number): TimeWindow {
    const want: TimeWindow = edge === 0 ? [Math.min(t, w[1] - gap), w[1]] : [w[0], Math.max(t, w[0] + gap)];
    this._options.target.set(want);
    const got = this._options.target.shown ?? want;
    const span = got[1] - got[0];
    return edge === 0 ? [w[1] - span, w[1]] : [w[0], w[0] + span];
  }
}
