import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NormalizedDataset } from '../data/normalize.js';
import type { TimelineEvent } from '../data/types.js';
import { sortEvents, type SortDirection, type SortKey } from '../layout/sort.js';
import type { TimelineView } from '../layout/view-model.js';
import { offsetRowWindow, rowAt, rowOffsets } from '../layout/virtual.js';
import type { TableProps } from '../render/table.js';

/** The height assumed for a row not yet measured, and the scroll box's, px. */
export const TABLE_ROW = 60;
export const TABLE_VIEW = 420;
/** Rows rendered beyond those in view on each side, and at least this many rows in all (every row of a short table). */
const OVERSCAN = 6;
const MIN_ROWS = 20;

/**
 * At most this many updates in a row redraw for heights that changed: a row
 * whose height kept changing (it should not) cannot redraw the table forever.
 * An update that measures no change, a scroll by the user or new rows start
 * the count again.
 */
const MAX_REMEASURES = 12;

/** What the last render drew: the rows, the tops it assumed for them, and the slice in the DOM. */
interface Drawn {
  rows: readonly TimelineEvent[];
  offsets: Float64Array;
  start: number;
  end: number;
}

/**
 * The text alternative's state: whether the table is open, its sort, its
 * scroll position (applied a frame later, as the scroll settles) and the
 * sorted rows, recomputed only when the events, the sort or the locale change.
 *
 * Rows are as tall as their cells' text, and only those near the scroll are in
 * the DOM: a row's height is measured once it is drawn (kept per event id,
 * until the table's width, the locale or the data change), and a row never
 * drawn is assumed `TABLE_ROW` px tall. When measured rows above the scroll
 * position turn out taller or shorter than assumed, the scroll position moves
 * by the difference, so the rows in view stay where they are.
 */
export class TableController implements ReactiveController {
  open = false;
  sort: { key: SortKey; direction: SortDirection } = { key: 'date', direction: 'ascending' };

  private _scrollTop = 0;
  private _frame = 0;
  private _waiters: Array<() => void> = [];
  private _cache: { view: TimelineView | null; key: string; rows: TimelineEvent[] } = { view: null, key: '', rows: [] };
  /** Measured row heights by event id; they hold for `heightsFor`: a locale, the data and the table's width. */
  private _heights = new Map<string, number>();
  private _heightsFor: { locale: string; dataset: NormalizedDataset | null; width: number } = {
    locale: '',
    dataset: null,
    width: 0,
  };
  /** Row tops for `offsetsFor`, computed again when the rows change or a measured height does. */
  private _offsets: Float64Array = new Float64Array(1);
  private _offsetsFor: readonly TimelineEvent[] | null = null;
  private _offsetsStale = false;
  private _drawn: Drawn | null = null;
  private _remeasures = 0;
  /** The scroll position this controller last set, to tell the user's scrolls from its own. */
  private _ownTop = -1;

  constructor(private readonly _host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._release();
  }

  /** Measures the rows just drawn; when one's height changed, draws again, keeping the rows in view in place. */
  hostUpdated(): void {
    const drawn = this._drawn;
    this._drawn = null;
    if (!drawn || !this.open) return;
    const scroller = this._host.renderRoot.querySelector<HTMLElement>('.table-scroll');
    const tableEl = scroller?.querySelector('table');
    if (!scroller || !tableEl) return;
    const width = tableEl.offsetWidth;
    if (width !== this._heightsFor.width) {
      this._heights.clear();
      this._heightsFor.width = width;
      this._offsetsStale = true;
    }
    const top = scroller.scrollTop;
    // The first row in view: rows above it that are taller or shorter than assumed move it.
    const anchor = rowAt(drawn.offsets, top);
    const measured = new Map<number, number>();
    let shift = 0;
    for (const tr of scroller.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')) {
      const i = Number(tr.getAttribute('aria-rowindex')) - 2;
      const e = drawn.rows[i];
      if (!e || i < drawn.start || i >= drawn.end) continue;
      const height = tr.offsetHeight;
      if (this._heights.get(e.id) !== height) measured.set(i, height);
      if (i < anchor) shift += height - (drawn.offsets[i + 1]! - drawn.offsets[i]!);
    }
    if (!measured.size) {
      this._remeasures = 0;
      return;
    }
    if (++this._remeasures > MAX_REMEASURES) return;
    for (const [i, height] of measured) this._heights.set(drawn.rows[i]!.id, height);
    if (drawn.rows === this._offsetsFor && drawn.offsets === this._offsets && !this._offsetsStale) {
      resize(this._offsets, measured);
    } else this._offsetsStale = true;
    if (shift) {
      scroller.scrollTop = top + shift;
      this._scrollTop = this._ownTop = scroller.scrollTop;
    }
    // The spacers still hold (they stand for rows not measured here): draw again only when the rows drawn no
    // longer reach past the view by the overscan (they were shorter than assumed) or the rows changed.
    const needed = offsetRowWindow(this._offsets, this._scrollTop, TABLE_VIEW, OVERSCAN);
    if (this._offsetsStale || needed.start < drawn.start || needed.end > drawn.end) this._host.requestUpdate();
  }

  toggle = (): void => {
    this.open = !this.open;
    // A table opened again starts at its top, as its new scroll box does.
    this._scrollTop = 0;
    this._host.requestUpdate();
  };

  /** Sorts by `key`, ascending; the same key again reverses. */
  sortBy = (key: SortKey): void => {
    const { key: current, direction } = this.sort;
    this.sort = { key, direction: current === key && direction === 'ascending' ? 'descending' : 'ascending' };
    this._host.requestUpdate();
  };

  onScroll = (ev: Event): void => {
    const scroller = ev.currentTarget as HTMLElement;
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      const top = scroller.scrollTop;
      // The scroll this controller made to keep the rows in view in place is drawn already.
      if (top !== this._scrollTop) {
        if (top !== this._ownTop) this._remeasures = 0;
        this._scrollTop = top;
        this._host.requestUpdate();
      }
      this._release();
    });
  };

  /** Every event of the view (filters applied), sorted as asked, in `locale`'s collation. */
  rows(view: TimelineView, locale: string): TimelineEvent[] {
    const { key, direction } = this.sort;
    const k = `${key}:${direction}:${locale}`;
    if (this._cache.view !== view || this._cache.key !== k) {
      const all = [...view.dated, ...view.undated.map((u) => u.event)];
      this._cache = { view, key: k, rows: sortEvents(all, key, direction, new Intl.Collator(locale)) };
    }
    return this._cache.rows;
  }

  /** The table's state as the view takes it: the sorted rows, those near the scroll, the sort, the listeners. */
  view(view: TimelineView, locale: string): Pick<TableProps, 'rows' | 'window' | 'viewHeight' | 'sort' | 'on'> {
    const rows = this.rows(view, locale);
    const offsets = this._rowTops(rows, view.dataset, locale);
    const window = offsetRowWindow(offsets, this._scrollTop, TABLE_VIEW, OVERSCAN, MIN_ROWS);
    this._drawn = { rows, offsets, start: window.start, end: window.end };
    return { rows, window, viewHeight: TABLE_VIEW, sort: this.sort, on: this._handlers };
  }

  /** The top of each of `rows`, px: measured heights where known, `TABLE_ROW` elsewhere. */
  private _rowTops(rows: readonly TimelineEvent[], dataset: NormalizedDataset, locale: string): Float64Array {
    const f = this._heightsFor;
    if (f.locale !== locale || f.dataset !== dataset) {
      this._heights.clear();
      this._heightsFor = { locale, dataset, width: f.width };
      this._offsetsStale = true;
    }
    if (this._offsetsFor !== rows) this._remeasures = 0;
    if (this._offsetsFor !== rows || this._offsetsStale) {
      this._offsets = rowOffsets(rows.map((e) => this._heights.get(e.id) ?? TABLE_ROW));
      this._offsetsFor = rows;
      this._offsetsStale = false;
    }
    return this._offsets;
  }

  private readonly _handlers = { sort: (key: SortKey) => this.sortBy(key), scroll: (ev: Event) => this.onScroll(ev) };

  /** A scroll is waiting for its frame. */
  get busy(): boolean {
    return this._frame !== 0;
  }

  /** Resolves when no scroll is waiting for its frame. */
  get settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this._waiters.push(resolve));
  }

  private _release(): void {
    const waiters = this._waiters;
    this._waiters = [];
    for (const w of waiters) w();
  }
}

/** Gives rows of `offsets` (`rowOffsets`) new heights (row index → px), in place, moving the rows after them. */
function resize(offsets: Float64Array, heights: ReadonlyMap<number, number>): void {
  const from = Math.min(...heights.keys());
  let delta = 0;
  for (let i = from; i < offsets.length - 1; i++) {
    const next = offsets[i + 1]!;
    const height = heights.get(i);
    // offsets[i] has moved by `delta` already; next has not.
    if (height !== undefined) delta += height - (next - (offsets[i]! - delta));
    offsets[i + 1] = next + delta;
  }
}

// What the table loader (table-loader.ts) takes from this file, which the single-file bundle loads on first open.
export { table } from '../render/table.js';
export { tableStyles } from '../render/table.styles.js';
