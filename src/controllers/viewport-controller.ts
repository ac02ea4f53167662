import type { ReactiveController, ReactiveElement } from 'lit';
import { TextMeasurer } from '../render/measure.js';

type Host = ReactiveElement;

/**
 * The element's box and style environment: the plot's width (a
 * ResizeObserver, with the first width read as soon as the element first
 * renders, so data is drawn in the first frame), the text direction, the
 * font labels are measured in, and a key that changes with the theme, the
 * colour scheme, forced colours and inline styles (media query listeners,
 * not a query per frame).
 */
export class ViewportController implements ReactiveController {
  /** The plot's width in CSS px (0 until measured). */
  width = 0;
  /** Direction for this update, read once in `read()` before any DOM is written. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Whether the first width has been read: events fire only after it. */
  measured = false;
  /** Changes whenever colours resolved from styles may have changed. */
  styleKey = '';
  /** Label widths in the element's font. */
  readonly measurer = new TextMeasurer();
  /** Measures a label at the font size; a new function for a new font, so caches keyed by it start afresh. */
  measure = (text: string): number => this.measurer.width(text);

  private observer: ResizeObserver | null = null;
  private frame = 0;
  /** The first width was read after the first render: the next update draws with it. */
  private firstWidthRead = false;
  private queries: MediaQueryList[] = [];
  /** What each query matched when last applied: a difference is a change whose event has not arrived yet. */
  private seen: boolean[] = [];
  private schemeEpoch = 0;
  private fontKey: string | null = null;
  private settledWaiters: Array<() => void> = [];

  constructor(
    private readonly host: Host,
    /** The box whose width the plot takes. */
    private readonly box: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The plot is as wide as its box, which the details panel may share with it.
    // Applied in the next frame: redrawing changes the box's height, and doing
    // that inside the observer's own frame would loop.
    this.observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]!.contentRect.width);
      if (w === this.width) {
        if (!this.measured) {
          this.measured = true;
          this.host.requestUpdate();
        }
        return;
      }
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.measured = true;
        this.width = w;
        this.host.requestUpdate();
      });
    });
    const box = this.box();
    if (box) this.observer.observe(box);
    this.queries = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(forced-colors: active)')];
    this.seen = this.queries.map((q) => q.matches);
    for (const q of this.queries) q.addEventListener('change', this.onSchemeChange);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.measured = false;
    for (const q of this.queries) q.removeEventListener('change', this.onSchemeChange);
    this.queries = [];
    this.release();
  }

  /** Reads what this update needs of the box and styles, before anything is rendered. */
  read(theme: string): void {
    if (this.firstWidthRead) {
      this.firstWidthRead = false;
      this.measured = true;
    }
    this.dir = this.readDir();
    this.styleKey = `${theme}|${this.schemeEpoch}|${this.host.getAttribute('style') ?? ''}|${this.host.className}`;
    // The font is read when the styles or the width may have changed it, not every frame.
    const fontKey = `${this.styleKey}|${this.width}`;
    if (fontKey !== this.fontKey) {
      this.fontKey = fontKey;
      const cs = getComputedStyle(this.host);
      const font = `${cs.fontSize} ${cs.fontFamily}`;
      if (font !== this.measurer.font) {
        this.measurer.font = font;
        this.measure = (text: string) => this.measurer.width(text);
      }
    }
  }

  hostUpdated(): void {
    if (!this.host.hasUpdated) {
      const box = this.box();
      if (box) this.observer?.observe(box);
      // The first width, read now (the layout it forces is the one this frame
      // needs anyway) rather than from the observer a frame later: the data is
      // drawn in the first frame. Later sizes come from the observer.
      const w = this.host.isConnected && box ? Math.floor(box.clientWidth) : 0;
      if (w > 0) {
        this.width = w;
        this.firstWidthRead = true;
        this.host.requestUpdate();
      }
    }
    if (!this.busy) this.release();
  }

  /** Resolves once the first width is read and no resize is waiting for its frame (at once when disconnected). */
  get settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** A width is still to be read or applied, or a colour scheme change to be drawn. */
  get busy(): boolean {
    if (!this.host.isConnected) return false;
    return this.frame !== 0 || !this.measured || this.queries.some((q, i) => q.matches !== this.seen[i]);
  }

  private release(): void {
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const w of waiters) w();
  }

  private onSchemeChange = () => {
    this.seen = this.queries.map((q) => q.matches);
    this.schemeEpoch++;
    this.host.requestUpdate();
  };

  /** Direction from the `dir` attribute on the element or an ancestor. */
  private readDir(): 'ltr' | 'rtl' {
    try {
      return this.host.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    } catch {
      return this.host.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    }
  }
}
