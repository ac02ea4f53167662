import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timeScale } from '../layout/time-scale.js';
import type { TimeWindow } from '../layout/window.js';

/** What the brush moves: the window's owner (the zoom controller). */
export interface BrushTarget {
  /** The window shown (null before any view). */
  readonly shown: TimeWindow | null;
  /** Moves the window during a drag (no user event yet). */
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

/**
 * The overview's brush: drag it (or click the strip) to move the window, or
 * use the arrow and page keys on it. The drag is captured on the overview,
 * and its listeners live only as long as the drag.
 */
export class BrushController implements ReactiveController {
  private endDrag: (() => void) | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: BrushOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.endDrag?.();
  }

  /** The overview's listeners. */
  readonly handlers = {
    pointerdown: (ev: PointerEvent) => this.onPointerDown(ev),
    keydown: (ev: KeyboardEvent) => this.onKeydown(ev),
  };

  onKeydown = (ev: KeyboardEvent): void => {
    const w = this.options.target.shown;
    if (!w) return;
    const span = w[1] - w[0];
    const rtl = this.options.box().dir === 'rtl';
    let dt = 0;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowUp') dt = span * 0.1 * (rtl && ev.key === 'ArrowRight' ? -1 : 1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowDown')
      dt = -span * 0.1 * (rtl && ev.key === 'ArrowLeft' ? -1 : 1);
    else if (ev.key === 'PageUp') dt = span;
    else if (ev.key === 'PageDown') dt = -span;
    else if (!this.options.zoomKey(ev)) return;
    ev.preventDefault();
    if (dt) this.options.target.userSet([w[0] + dt, w[1] + dt]);
  };

  onPointerDown = (ev: PointerEvent): void => {
    const fit = this.options.fit();
    const w0 = this.options.target.shown;
    const svgEl = ev.currentTarget as SVGSVGElement;
    if (!fit || !w0 || ev.button !== 0) return;
    const { width, dir } = this.options.box();
    const x = timeScale([fit[0], fit[1]], dir === 'rtl' ? [width, 0] : [0, width]);
    const rect = svgEl.getBoundingClientRect();
    const span = w0[1] - w0[0];
    const onBrush = (ev.target as Element).classList.contains('brush');
    const t0 = x.invert(ev.clientX - rect.left);
    const offset = onBrush ? t0 - w0[0] : span / 2;
    const move = (e: PointerEvent) => {
      const t = x.invert(e.clientX - rect.left);
      this.options.target.set([t - offset, t - offset + span]);
    };
    move(ev);
    svgEl.setPointerCapture(ev.pointerId);
    const up = () => {
      this.endDrag?.();
      this.options.dragEnd();
    };
    this.endDrag = () => {
      svgEl.removeEventListener('pointermove', move);
      svgEl.removeEventListener('pointerup', up);
      svgEl.removeEventListener('pointercancel', up);
      this.endDrag = null;
    };
    svgEl.addEventListener('pointermove', move);
    svgEl.addEventListener('pointerup', up);
    svgEl.addEventListener('pointercancel', up);
  };
}
