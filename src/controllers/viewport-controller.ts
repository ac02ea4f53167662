import type { ReactiveController, ReactiveElement } from 'lit';
import { TextMeasurer } from '../render/measure.js';

type Host = ReactiveElement;

const PASSIVE = { capture: true, passive: true };

/** Below this content width (px), `orientation="auto"` is vertical. */
export const VERTICAL_BELOW = 640;

/**
 * The element's box and style environment: the plot's width (a
 * ResizeObserver, with the first width read as soon as the element first
 * renders, so data is drawn in the first frame), the text direction, the
 * font labels are measured in, and a key that changes with the theme, the
 * colour scheme, forced colours and inline styles (media query listeners,
 * not a query per frame). It also holds the element's own content width,
 * which `orientation="auto"` follows, and the outbox of public events, which
 * wait for the first measured width.
 */
export class ViewportController implements ReactiveController {
  /** The plot's width in CSS px (0 until measured). */
  width = 0;
  /** Direction for this update, read once in `read()` before any DOM is written. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The element's own content width in CSS px (0 until measured): `orientation="auto"` follows it. */
  hostWidth = 0;
  /** Whether this update draws the vertical story: `orientation`, with `auto` vertical below 640 px of the
   * element's own width (read in `read()`). */
  vertical = false;
  /** Whether the first width has been read: events fire only after it. */
  measured = false;
  /** Public events waiting for the DOM to show their effect: dispatched by `deliver()`, in order. */
  readonly outbox: Event[] = [];
  /** Changes whenever colours resolved from styles may have changed. */
  styleKey = '';
  /** The chart's scroll offset and height, CSS px (height 0 until measured: every lane is drawn). */
  scrollTop = 0;
  viewHeight = 0;
  /** Label widths in the element's font. */
  readonly measurer = new TextMeasurer();
  /** Measures a label at the font size; a new function for a new font, so caches keyed by it start afresh. */
  measure = (text: string): number => this.measurer.width(text);

  private _observer: ResizeObserver | null = null;
  private _frame = 0;
  /** The widths waiting for `_frame`: the plot's box and the element's own. */
  private _next: { w: number; hw: number } | null = null;
  /** The first width was read after the first render: the next update draws with it. */
  private _firstWidthRead = false;
  private _queries: MediaQueryList[] = [];
  /** What each query matched when last applied: a difference is a change whose event has not arrived yet. */
  private _seen: boolean[] = [];
  private _schemeEpoch = 0;
  private _fontKey: string | null = null;
  private _settledWaiters: Array<() => void> = [];
  /** The plot's rows in view when the drawn band was cut. */
  private _cut = [0, 0];
  /** How far above and below the rows in view the last band reached, px. */
  private _margin = 0;
  /** The element's height before its first render, when a style gave it one (an upper bound of the chart's). */
  private _boxHeight = 0;
  /** Draw every lane (an export, a printout). */
  private _whole = false;
  /** Where the page's scrolls arrive (the window, and each shadow root the element is in), and the frame that
   * follows one. */
  private _pages: EventTarget[] = [];
  private _pageFrame = 0;
  private _scroller: HTMLElement | null = null;
  /** The plot (observed for its height) and its height at the chart's last layout. */
  private _plot: Element | null = null;
  private _plotHeight = 0;
  private _heights: ResizeObserver | null = null;
  /** Set while this frame's rendering steps run (from one of this controller's frame callbacks or resize
   * observations): resolves in a task after them, once the frame is painted. */
  private _painting: Promise<void> | null = null;

  private readonly _host: Host;
  private readonly _box: () => HTMLElement | null;

  constructor(
    host: Host,
    /** The box whose width the plot takes. */
    box: () => HTMLElement | null,
  ) {
    this._host = host;
    this._box = box;
    host.addController(this);
  }

  hostConnected(): void {
    // The plot is as wide as its box, which the details panel may share with it.
    // Applied in the next frame: redrawing changes the box's height, and doing
    // that inside the observer's own frame would loop.
    this._observer = new ResizeObserver((all) => {
      this._inFrame();
      const own = all.filter((e) => e.target === this._host).pop();
      const entries = all.filter((e) => e.target !== this._host);
      const hw = own ? Math.floor(own.contentRect.width) : (this._next?.hw ?? this.hostWidth);
      const w = entries.length
        ? Math.floor(entries[entries.length - 1]!.contentRect.width)
        : (this._next?.w ?? this.width);
      if (w === this.width && hw === this.hostWidth) {
        // The first render's width is confirmed: nothing to draw again. The events waiting for it fire now,
        // in the frame that shows their effect; a render already due delivers them itself.
        if (!this.measured) {
          this.measured = true;
          if (!this._host.isUpdatePending) this.deliver();
          if (!this.busy) this._release();
        }
        return;
      }
      cancelAnimationFrame(this._frame);
      this._next = { w, hw };
      this._frame = requestAnimationFrame(() => {
        this._inFrame();
        this._frame = 0;
        this._next = null;
        this.measured = true;
        this.width = w;
        this.hostWidth = hw;
        this._host.requestUpdate();
      });
    });
    // The chart's and the plot's heights only move the band of lanes drawn, which never changes either: at once.
    this._heights = new ResizeObserver((all) => {
      const [clipped, view] = [this._clipped, this.viewHeight];
      for (const e of all) {
        if (e.target === this._scroller) this.viewHeight = Math.floor(e.contentRect.height);
        else this._plotHeight = Math.floor(e.contentRect.height);
      }
      this._flow();
      if (clipped === this._clipped && (!clipped || view === this.viewHeight)) return;
      // Drawn again only when the band it now needs reaches past the band drawn. At a first layout that finds
      // the chart scrolling over the plot, the band was cut from the page's viewport, which holds the chart's.
      const [a, b] = this._inView();
      const m = this._view / 2;
      if (a - m < this._cut[0]! - this._margin || b + m > this._cut[1]! + this._margin) this._host.requestUpdate();
    });
    this._watchScroll(this._box());
    // Any scroll of the page or of an element around this one, in the frame it arrives in: the document's and
    // those in the light DOM reach the window; those in a shadow root stop at it.
    this._pages = [window];
    for (let n = this._host.getRootNode(); n instanceof ShadowRoot; n = n.host.getRootNode()) this._pages.push(n);
    this._listen(addEventListener);
    this._observer.observe(this._host);
    this._queries = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(forced-colors: active)')];
    this._seen = this._queries.map((q) => q.matches);
    for (const q of this._queries) q.addEventListener('change', this._onSchemeChange);
    // Moved or re-added: drawn again at once (its gestures' listeners are bound to the drawn plot), with the
    // width it had; the observer's first report confirms or corrects it.
    if (this._host.hasUpdated) this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = null;
    this._heights?.disconnect();
    this._heights = null;
    this._plot = null;
    this._boxHeight = 0;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._next = null;
    this.measured = false;
    for (const q of this._queries) q.removeEventListener('change', this._onSchemeChange);
    this._queries = [];
    this._watchScroll(null);
    this._listen(removeEventListener);
    cancelAnimationFrame(this._pageFrame);
    this._pageFrame = 0;
    this._release();
  }

  private _listen(on: typeof addEventListener): void {
    for (const t of this._pages) for (const type of ['scroll', 'resize']) on.call(t, type, this._onPage, PASSIVE);
    for (const type of ['beforeprint', 'afterprint']) on(type, this._onPrint);
  }

  /**
   * The band of the plot, px from its top, whose lanes' marks are drawn: the rows in view and half a view above
   * and below them, so a scroll by less than a quarter of the view needs no update. In view means inside the
   * page's viewport, and inside the chart's when, at its last layout, the chart was shorter than the plot and
   * scrolls over it (a chart measured before the data arrived must not cut the first frame that shows it). Null
   * (every lane) during an export or a printout. Cut where the chart is now: call it once per update.
   *
   * `tight` (a zoom or pan gesture is under way): the rows in view only. Each step of a gesture makes and moves
   * the marks it draws, and those half a view away are not seen; any scroll then draws again, and the update
   * after the gesture draws the whole band.
   */
  band(tight = false): [number, number] | null {
    if (this._whole) return null;
    const [a, b] = (this._cut = this._inView());
    const m = (this._margin = tight ? 0 : this._view / 2);
    return [a - m, b + m];
  }

  /** Runs `fn` (an export) with every lane drawn: updates at once, then culls again from the next update. */
  whole<T>(fn: () => T): T {
    this._all(true);
    try {
      return fn();
    } finally {
      this._all(false);
    }
  }

  private _all(whole: boolean): void {
    this._whole = whole;
    this._host.requestUpdate();
    // Lit's documented way to update at once: before the export reads the DOM, or the printout is laid out.
    if (whole) (this._host as unknown as { performUpdate(): void }).performUpdate();
  }

  private _onPrint = (e: Event) => this._all(e.type === 'beforeprint');

  /** The height of the view the band is measured in: the chart's when it scrolls over the plot, else the page's. */
  private get _view(): number {
    return this._clipped ? this.viewHeight : this._page;
  }

  /** The page's viewport height, or the element's before its first render when that is less. */
  private get _page(): number {
    return this._scroller || !this._boxHeight ? innerHeight : Math.min(innerHeight, this._boxHeight);
  }

  /**
   * The plot's rows in view, px from its top: in the page's viewport, and in the chart's when it is clipped.
   * Before the first render, also within the element's height then (its box is the chart's upper bound).
   */
  private _inView(): number[] {
    const s = this.scrollTop;
    const top = s - (this._scroller?.getBoundingClientRect().top ?? 0);
    const page = [top, top + this._page];
    return this._clipped ? [Math.max(s, page[0]!), Math.min(s + this.viewHeight, page[1]!)] : page;
  }

  /** Reads what this update needs of the box and styles, before anything is rendered. */
  read(theme: string | null, orientation = 'horizontal'): void {
    if (!this._host.hasUpdated && this._host.isConnected && this.width === 0) this._guessWidth();
    const auto = orientation !== 'vertical' && orientation !== 'horizontal';
    this.vertical = auto ? this.hostWidth > 0 && this.hostWidth < VERTICAL_BELOW : orientation === 'vertical';
    if (this._firstWidthRead) {
      this._firstWidthRead = false;
      this.measured = true;
    }
    this.dir = this._readDir();
    this.styleKey = `${theme}|${this._schemeEpoch}|${this._host.getAttribute('style') ?? ''}|${this._host.className}`;
    // The font is read when the styles or the width may have changed it, not every frame.
    const fontKey = `${this.styleKey}|${this.width}`;
    if (fontKey !== this._fontKey) {
      this._fontKey = fontKey;
      const cs = getComputedStyle(this._host);
      const font = `${cs.fontSize} ${cs.fontFamily}`;
      if (font !== this.measurer.font) {
        this.measurer.font = font;
        this.measure = (text: string) => this.measurer.width(text);
      }
    }
  }

  /**
   * Before the first render, while the shadow root is still empty (so the layout this forces costs little):
   * the element's content width, and the plot's width it will most likely get, the chart's default 1 px
   * borders less. The first frame then draws the data at once, with no layout of an empty shell first. The
   * observer's first report confirms it (`measured`) or corrects it a frame later (a themed chart's borders or
   * padding, the details panel beside it, a scrollbar).
   */
  private _guessWidth(): void {
    const w = this._contentWidth();
    this._boxHeight = this._host.clientHeight;
    if (w <= 2) return;
    this.hostWidth = w;
    this.width = w - 2;
  }

  /** The element's own content width (its padding less), in whole CSS px. */
  private _contentWidth(): number {
    const cs = getComputedStyle(this._host);
    const pad = parseFloat(cs.paddingInlineStart) + parseFloat(cs.paddingInlineEnd) || 0;
    return Math.floor(this._host.clientWidth - pad);
  }

  hostUpdated(): void {
    if (!this._host.hasUpdated) {
      const box = this._box();
      this._watchScroll(box);
      // No width guessed (the element had no box before it rendered): read it now (the layout it forces is
      // the one this frame needs anyway) rather than from the observer a frame later, so the data is drawn in
      // the first frame. Later sizes come from the observer.
      if (this.width === 0) {
        const w = this._host.isConnected && box ? Math.floor(box.clientWidth) : 0;
        if (this._host.isConnected) this.hostWidth = this._contentWidth();
        if (w > 0) {
          this.width = w;
          this._firstWidthRead = true;
          this._host.requestUpdate();
        }
      }
    }
    const plot = this._scroller?.querySelector('svg.plot') ?? null;
    if (plot !== this._plot) {
      if (this._plot) this._heights?.unobserve(this._plot);
      this._plot = plot;
      this._plotHeight = 0;
      if (plot) this._heights?.observe(plot);
      this._flow();
    }
    if (!this.busy) this._release();
  }

  /**
   * Marks the chart `data-flow` while it is as tall as its plot (the element's height is its content's): then the
   * chart clips instead of scrolling, so the axis sticks to the page as the page scrolls the lanes. Set in the
   * resize observation, so a chart that comes to scroll over its plot does so in the frame that finds it. Without a
   * plot (the vertical story) the story controller sets it, by the story's height.
   */
  private _flow(): void {
    if (this._plot) this._scroller?.toggleAttribute('data-flow', this._plotHeight > 0 && !this._clipped);
  }

  /** Whether the chart scrolls over the plot: shorter than it at their last layout. */
  private get _clipped(): boolean {
    return this.viewHeight > 0 && this._plotHeight > this.viewHeight + 1;
  }

  /**
   * Resolves once the DOM as it is now has been painted: after this frame when called during its rendering
   * steps (from this controller's resize observation or frame callback, as a first render is confirmed), else
   * after the next frame.
   */
  painted = (): Promise<void> =>
    this._painting ?? new Promise<void>((r) => requestAnimationFrame(() => this._inFrame().then(r)));

  /** Notes that this frame's rendering steps are running: a task posted now runs once the frame is painted. */
  private _inFrame(): Promise<void> {
    return (this._painting ??= new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        this._painting = null;
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(0);
    }));
  }

  /** Dispatches the outbox on the host, once the first width is measured (at once when disconnected). */
  deliver(): void {
    if (this._host.isConnected && !this.measured) return;
    for (const e of this.outbox.splice(0)) this._host.dispatchEvent(e);
  }

  /** Resolves once the first width is read and no resize is waiting for its frame (at once when disconnected). */
  get settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    // A colour scheme that changed before its media event arrived is applied a frame later either way.
    if (this._schemeChanged) requestAnimationFrame(() => this._schemeChanged && this._onSchemeChange());
    return new Promise((resolve) => this._settledWaiters.push(resolve));
  }

  /** The colour scheme or forced colours changed, and the media event has not been handled yet. */
  private get _schemeChanged(): boolean {
    return this._queries.some((q, i) => q.matches !== this._seen[i]);
  }

  /** A width is still to be read or applied, or a colour scheme change to be drawn. */
  get busy(): boolean {
    if (!this._host.isConnected) return false;
    return this._frame !== 0 || !this.measured || this._schemeChanged;
  }

  private _release(): void {
    const waiters = this._settledWaiters;
    this._settledWaiters = [];
    for (const w of waiters) w();
  }

  /** Observes `box`'s size and follows its scroll offset (null: stops following). */
  private _watchScroll(box: HTMLElement | null): void {
    if (box === this._scroller) return;
    this._scroller?.removeEventListener('scroll', this._onScroll, PASSIVE);
    this._scroller = box;
    if (!box) return;
    this._observer?.observe(box);
    this._heights?.observe(box);
    box.addEventListener('scroll', this._onScroll, PASSIVE);
  }

  /** The page scrolled or was resized: followed in the next frame, once however many arrive. */
  private _onPage = () => (this._pageFrame ||= requestAnimationFrame(this._onScroll));

  /**
   * The chart or the page scrolled: lanes are drawn again once the rows in view leave the middle of the band
   * drawn (both clamped to the plot, so scrolling far above or below it draws nothing). In the chart's scroll
   * event, so the DOM is up to date before the frame paints; the page's, in the frame after.
   */
  private _onScroll = () => {
    this._pageFrame = 0;
    this.scrollTop = this._scroller?.scrollTop ?? 0;
    const h = this._plotHeight || Infinity;
    const clamp = (y: number) => Math.min(Math.max(y, 0), h);
    const [now, cut] = [this._inView(), this._cut];
    const slack = Math.min(this._view / 4, this._margin / 2);
    if (now.some((y, i) => Math.abs(clamp(y) - clamp(cut[i]!)) > slack)) this._host.requestUpdate();
  };

  private _onSchemeChange = () => {
    this._seen = this._queries.map((q) => q.matches);
    this._schemeEpoch++;
    this._host.requestUpdate();
  };

  /** Direction from the `dir` attribute on the element or an ancestor. */
  private _readDir(): 'ltr' | 'rtl' {
    try {
      return this._host.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    } catch {
      return this._host.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    }
  }
}
