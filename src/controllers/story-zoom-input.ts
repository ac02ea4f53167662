/** What zooming asks of the story. */
export interface StoryZoomTarget {
  /** The story's zoom now, and the time at viewport offset `y` (px); null before the first layout. */
  zoom(): number;
  timeAt(y: number): number | null;
  /** Zooms to `zoom`, keeping time `t` at viewport offset `at` (px); `user`: report it at once. */
  zoomAt(zoom: number, t: number, at: number, user: boolean): void;
  /** The pinch ended (a finger lifted). */
  ended(): void;
}

/**
 * The story's zoom gestures; a plain wheel and one finger scroll the page. Ctrl/⌘ + wheel (also a trackpad
 * pinch) zooms about the pointer. Two fingers on the story pinch it: their distance scales the zoom it had when
 * they came down, about the time between them. `touch-action: pan-y` lets the page scroll with their midpoint,
 * which cancels their pointers, so the first move of two fingers is the story's (Chrome sends the moves of a
 * scroll once it has begun uncancelable, so one finger's scroll waits for this input once at most).
 */
export class StoryZoomInput {
  /** Touch points on the story: pointer id → viewport y. */
  private readonly _touches = new Map<number, number>();
  private _start: { d: number; zoom: number; t: number } | null = null;

  constructor(private readonly _target: StoryZoomTarget) {}

  /** Two fingers are pinching (the zoom they make is reported once they lift). */
  get active(): boolean {
    return this._start !== null;
  }

  /** Listens on `box`, the story's element (its listeners go with it). */
  listen(box: HTMLElement): void {
    box.addEventListener('wheel', this._onWheel, { passive: false });
    box.addEventListener('touchmove', this._onTouchMove, { passive: false });
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'])
      box.addEventListener(type, this._onPointer as EventListener);
  }

  private _onWheel = (ev: WheelEvent): void => {
    const t = ev.ctrlKey || ev.metaKey ? this._target.timeAt(ev.clientY) : null;
    if (t === null) return;
    ev.preventDefault();
    const unit = ev.deltaMode === 1 ? 40 : ev.deltaMode === 2 ? 800 : 1;
    this._target.zoomAt(this._target.zoom() * Math.pow(2, (-ev.deltaY * unit) / 200), t, ev.clientY, true);
  };

  private _onTouchMove = (ev: TouchEvent): void => {
    if (ev.touches.length >= 2 && ev.cancelable) ev.preventDefault();
  };

  private _onPointer = (ev: PointerEvent): void => {
    if (ev.pointerType !== 'touch') return;
    const t = this._touches;
    const tracked = ev.type === 'pointerdown' || (ev.type === 'pointermove' && t.has(ev.pointerId));
    if (tracked) t.set(ev.pointerId, ev.clientY);
    else t.delete(ev.pointerId);
    const ys = [...t.values()];
    const mid = ys.length === 2 ? (ys[0]! + ys[1]!) / 2 : 0;
    const time = ys.length === 2 ? this._target.timeAt(mid) : null;
    if (time === null) {
      const ended = this._start && ys.length < 2;
      this._start = null;
      if (ended) this._target.ended();
      return;
    }
    const d = Math.max(24, Math.abs(ys[0]! - ys[1]!));
    this._start ??= { d, zoom: this._target.zoom(), t: time };
    this._target.zoomAt(this._start.zoom * (d / this._start.d), this._start.t, mid, false);
  };
}
