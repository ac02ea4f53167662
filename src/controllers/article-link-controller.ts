import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RawDataset } from '../data/types.js';

/** What the article needs of the `<event-timeline>` it is linked to: its public API only. */
export interface LinkedTimeline extends HTMLElement {
  selected: string | null;
  src: string | null;
  select(id: string | null): void;
  exportJSON(): string;
}

export interface ArticleLinkOptions {
  /** The id of the timeline to link to (the `for` attribute). */
  target: () => string | null;
  /** The timeline's data changed (it loaded, or was found): its dataset as JSON in our format. */
  loaded: (dataset: RawDataset, timeline: LinkedTimeline) => void;
  /** The timeline's selection changed, whoever changed it. */
  selected: (id: string | null) => void;
}

const isTimeline = (el: Element | null): el is LinkedTimeline =>
  !!el && typeof (el as Partial<LinkedTimeline>).exportJSON === 'function' && 'selected' in el;

/**
 * Links an article to the `<event-timeline>` named by `for`, in the same document or shadow root: reads its
 * dataset when it loads, follows its `selected` attribute (the timeline reflects it, whoever selects), and
 * selects in it. Finds a timeline that appears or is upgraded later by listening for its load event.
 */
export class ArticleLinkController implements ReactiveController {
  private _timeline: LinkedTimeline | null = null;
  private _id: string | null = null;
  private readonly _observer = new MutationObserver(() => this._options.selected(this._timeline?.selected ?? null));

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: ArticleLinkOptions,
  ) {
    _host.addController(this);
  }

  /** The linked timeline, once found. */
  get timeline(): LinkedTimeline | null {
    return this._timeline;
  }

  hostConnected(): void {
    this._root().addEventListener('event-timeline-load', this._onLoad);
    this._id = null;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this._root().removeEventListener('event-timeline-load', this._onLoad);
    this._unbind();
  }

  hostUpdate(): void {
    const id = this._options.target();
    if (id === this._id && this._timeline?.isConnected) return;
    this._id = id;
    const el = id ? (this._root() as Document | ShadowRoot).getElementById?.(id) : null;
    this._bind(isTimeline(el ?? null) ? (el as LinkedTimeline) : null);
  }

  /** Selects `id` in the linked timeline (which fires no event of its own for it). */
  select(id: string): void {
    this._timeline?.select(id);
  }

  private _root(): Node {
    const root = this._host.getRootNode();
    return root instanceof ShadowRoot || root instanceof Document ? root : document;
  }

  private readonly _onLoad = (ev: Event): void => {
    const el = ev.composedPath()[0] as Element;
    if (!this._id || el.id !== this._id || !isTimeline(el)) return;
    if (el !== this._timeline) this._bind(el);
    else this._read();
  };

  private _bind(el: LinkedTimeline | null): void {
    if (el === this._timeline) return;
    this._unbind();
    this._timeline = el;
    if (!el) return;
    this._observer.observe(el, { attributes: true, attributeFilter: ['selected'] });
    this._read();
    this._options.selected(el.selected ?? null);
  }

  private _unbind(): void {
    this._observer.disconnect();
    this._timeline = null;
  }

  private _read(): void {
    const el = this._timeline;
    if (!el) return;
    try {
      this._options.loaded(JSON.parse(el.exportJSON()) as RawDataset, el);
    } catch {
      /* not loaded yet (an element not yet upgraded has no data): its load event brings it */
    }
  }
}
