/** What the report reads and calls. */
export interface WindowReportOptions {
  /** The story's window now (null before its first layout). */
  window(): [number, number] | null;
  /** The window changed by the reader's hand (`zoomed`: a zoom, else the page scrolled). */
  changed(zoomed: boolean): void;
  /** Whether a gesture still holds the story (a pinch): its window is reported when it ends. */
  holding(): boolean;
}

/** How long the page's scrolling pauses before the story's new window is reported, ms. */
export const SCROLL_SETTLE_MS = 150;

/**
 * When the vertical story's window changed by the reader's hand, and reporting it once: after the render a
 * zoom of theirs asked for, or once the page's scrolling pauses. A window moved by code (a render, a reveal)
 * becomes the one last reported without being reported.
 */
export class StoryWindowReport {
  /** The window last reported (or taken as known). */
  private _window: [number, number] | null = null;
  /** Whether a zoom by the reader waits for its render to be reported. */
  private _user = false;
  private _timer = 0;
  private readonly _o: WindowReportOptions;

  constructor(options: WindowReportOptions) {
    this._o = options;
  }

  /** The reader zoomed (or a pinch settled): the window is reported after the next render. */
  zoomed(): void {
    this._user = true;
  }

  /** The page scrolled: the window is reported once the scrolling pauses, unless a gesture still holds. */
  scrolled(): void {
    clearTimeout(this._timer);
    this._timer = window.setTimeout(() => this._o.holding() || this._report(), SCROLL_SETTLE_MS);
  }

  /** After a render: reports a zoom of the reader's; else, unless the reader is scrolling or pinching, the
   * window drawn was moved by code and is taken as known. (A pinch is the reader's even when the page did not
   * scroll.) */
  rendered(): void {
    if (this._user) this._report();
    else if (!this._timer && !this._o.holding()) this._window = this._o.window();
  }

  /** Reports the window (through `changed`) when it differs from the one last reported. */
  private _report(): void {
    const [w, user] = [this._o.window(), this._user];
    this._user = false;
    this._timer = 0;
    if (!w || (this._window && w[0] === this._window[0] && w[1] === this._window[1])) return;
    const first = !this._window && !user; // the first window drawn: nothing changed yet
    this._window = w;
    if (!first) this._o.changed(user);
  }

  /** Forgets everything (the element left the page). */
  reset(): void {
    clearTimeout(this._timer);
    this._window = null;
    this._user = false;
    this._timer = 0;
  }
}
