/**
 * Cooperative gestures, as MapLibre's `cooperativeGestures` and Google Maps'
 * `gestureHandling: "cooperative"` do it: the element is a guest on a page
 * people scroll, so a plain wheel and a one-finger vertical swipe scroll the
 * page. Ctrl/⌘ + wheel (and a trackpad pinch, which arrives as ctrl + wheel)
 * zoom, through d3-zoom; Shift + wheel or a horizontal trackpad swipe pan, a
 * horizontal one-finger drag pans (the plot is `touch-action: pan-y`, so the
 * browser keeps the vertical swipe and cancels the pointer), and two fingers
 * pinch. A plain wheel left to the page asks for a hint saying how to zoom.
 */

/** What the gestures move. */
export interface GestureTarget {
  /** Pans the window by `dx` plot px (the content follows the pointer). */
  panPx(dx: number): void;
  /** Zooms by `factor` (> 1 zooms in) around plot x `x`. */
  zoomAt(factor: number, x: number): void;
  /** A gesture ended: the user changed the window once. */
  settle(): void;
  /** A plain wheel went to the page: show how to zoom. */
  hint(): void;
}

/** How long a wheel must rest before its pan counts as one gesture, ms (as d3-zoom's wheel). */
const WHEEL_END = 150;
/** Px per wheel line and per page, for `deltaMode` 1 and 2. */
const LINE = 16;
const PAGE = 400;

/** Wheel and touch input of the cooperative mode; d3-zoom keeps Ctrl + wheel and the mouse drag. */
export class GestureInput {
  private _el: Element | null = null;
  private _wheelTimer = 0;
  private _pointers = new Map<number, { x: number; y: number }>();
  private _moved = false;

  constructor(private readonly _target: GestureTarget) {}

  attach(el: Element): void {
    this.detach();
    this._el = el;
    el.addEventListener('wheel', this._onWheel as EventListener, { passive: false });
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'])
      el.addEventListener(type, this._onPointer as EventListener);
  }

  detach(): void {
    const el = this._el;
    if (!el) return;
    el.removeEventListener('wheel', this._onWheel as EventListener);
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'])
      el.removeEventListener(type, this._onPointer as EventListener);
    clearTimeout(this._wheelTimer);
    this._pointers.clear();
    this._el = null;
  }

  /** Ctrl/⌘ + wheel is d3-zoom's; Shift or a sideways wheel pans; a plain wheel is the page's. */
  private _onWheel = (ev: WheelEvent): void => {
    if (ev.ctrlKey || ev.metaKey) return;
    const unit = ev.deltaMode === 1 ? LINE : ev.deltaMode === 2 ? PAGE : 1;
    const sideways = Math.abs(ev.deltaX) > Math.abs(ev.deltaY);
    if (!ev.shiftKey && !sideways) {
      this._target.hint();
      return;
    }
    ev.preventDefault();
    // Shift + wheel: some systems turn it into deltaX themselves, others leave it in deltaY.
    const delta = sideways ? ev.deltaX : ev.deltaY;
    this._target.panPx(-delta * unit);
    clearTimeout(this._wheelTimer);
    this._wheelTimer = window.setTimeout(() => this._target.settle(), WHEEL_END);
  };

  /** Touch: one finger pans sideways (the browser keeps vertical swipes), two pinch. */
  private _onPointer = (ev: PointerEvent): void => {
    if (ev.pointerType !== 'touch') return;
    const p = this._pointers;
    const before = [...p.values()];
    if (ev.type === 'pointerdown') {
      p.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      return;
    }
    if (!p.has(ev.pointerId)) return;
    if (ev.type === 'pointermove') {
      p.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
      const after = [...p.values()];
      const left = (this._el as Element).getBoundingClientRect().left;
      if (after.length === 1) this._target.panPx(after[0]!.x - before[0]!.x);
      else if (after.length === 2) {
        const mid = (a: typeof after) => (a[0]!.x + a[1]!.x) / 2;
        const dist = (a: typeof after) => Math.hypot(a[0]!.x - a[1]!.x, a[0]!.y - a[1]!.y);
        const d0 = dist(before);
        if (d0 > 0) this._target.zoomAt(dist(after) / d0, mid(after) - left);
        this._target.panPx(mid(after) - mid(before));
      }
      this._moved = true;
      return;
    }
    // pointerup, or pointercancel: the browser took the swipe to scroll the page.
    p.delete(ev.pointerId);
    if (p.size === 0 && this._moved) {
      this._moved = false;
      this._target.settle();
    }
  };
}
