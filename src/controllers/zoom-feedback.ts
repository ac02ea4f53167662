import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeWindow } from '../layout/window.js';

/** How long the window must rest before it is announced, ms. */
const ANNOUNCE_DELAY = 600;
/** How long the zoom hint shows after the last plain wheel, ms. */
const HINT_TIME = 1500;

export interface ZoomFeedbackOptions {
  /** The window drawn now (null before the first view). */
  window(): TimeWindow | null;
  /** A politely announced summary of a window. */
  announce(window: TimeWindow): string;
}

/**
 * What zooming tells the reader besides the plot: the live region's summary of
 * the window once it has rested, and the hint on how to zoom while a plain
 * wheel is left to the page. Timers only; the zoom controller says when.
 */
export class ZoomFeedback implements ReactiveController {
  /** The live-region text: the window, once it has rested. */
  announcement = '';
  /** Whether the hint on how to zoom shows (a plain wheel was left to the page). */
  hint = false;

  private _announced: TimeWindow | null = null;
  private _announceTimer = 0;
  private _hintTimer = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: ZoomFeedbackOptions,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._announceTimer);
    clearTimeout(this._hintTimer);
    this.hint = false;
  }

  /** Announces the window once it rests (not the first window, which nobody moved). */
  hostUpdated(): void {
    const w = this._options.window();
    if (w === this._announced) return;
    const moved = this._announced !== null;
    this._announced = w;
    if (moved && w) this.announceLater(() => this._options.window());
  }

  /** Announces the window `current()` gives once it has rested (also the vertical story's, after a zoom). */
  announceLater(current: () => TimeWindow | null): void {
    clearTimeout(this._announceTimer);
    this._announceTimer = window.setTimeout(() => {
      const w = current();
      if (!w) return;
      this.announcement = this._options.announce(w);
      this._host.requestUpdate();
    }, ANNOUNCE_DELAY);
  }

  /** Shows the hint on how to zoom, until no plain wheel has come for a while. */
  showHint(): void {
    clearTimeout(this._hintTimer);
    this._hintTimer = window.setTimeout(() => {
      this.hint = false;
      this._host.requestUpdate();
    }, HINT_TIME);
    if (this.hint) return;
    this.hint = true;
    this._host.requestUpdate();
  }
}
