import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../data/types.js';
import { sortEvents, type SortDirection, type SortKey } from '../layout/sort.js';
import type { TimelineView } from '../layout/view-model.js';
import { rowWindow } from '../layout/virtual.js';
import type { TableProps } from '../render/table.js';

/** A table row's height and the scroll box's, px. */
export const TABLE_ROW = 60;
export const TABLE_VIEW = 420;

/**
 * The text alternative's state: whether the table is open, its sort, its
 * scroll position (applied a frame later, as the scroll settles) and the
 * sorted rows, recomputed only when the events, the sort or the locale change.
 */
export class TableController implements ReactiveController {
  open = false;
  sort: { key: SortKey; direction: SortDirection } = { key: 'date', direction: 'ascending' };

  private scrollTop = 0;
  private frame = 0;
  private waiters: Array<() => void> = [];
  private cache: { view: TimelineView | null; key: string; rows: TimelineEvent[] } = { view: null, key: '', rows: [] };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.release();
  }

  toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  /** Sorts by `key`, ascending; the same key again reverses. */
  sortBy = (key: SortKey): void => {
    const { key: current, direction } = this.sort;
    this.sort = { key, direction: current === key && direction === 'ascending' ? 'descending' : 'ascending' };
    this.host.requestUpdate();
  };

  onScroll = (ev: Event): void => {
    const top = (ev.currentTarget as HTMLElement).scrollTop;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.scrollTop = top;
      this.host.requestUpdate();
      this.release();
    });
  };

  /** Every event of the view (filters applied), sorted as asked, in `locale`'s collation. */
  rows(view: TimelineView, locale: string): TimelineEvent[] {
    const { key, direction } = this.sort;
    const k = `${key}:${direction}:${locale}`;
    if (this.cache.view !== view || this.cache.key !== k) {
      const all = [...view.dated, ...view.undated.map((u) => u.event)];
      this.cache = { view, key: k, rows: sortEvents(all, key, direction, new Intl.Collator(locale)) };
    }
    return this.cache.rows;
  }

  /** The table's state as the view takes it: the sorted rows, those near the scroll, the sort, the listeners. */
  view(
    view: TimelineView,
    locale: string,
  ): Pick<TableProps, 'rows' | 'window' | 'rowHeight' | 'viewHeight' | 'sort' | 'on'> {
    const rows = this.rows(view, locale);
    const window = rowWindow(rows.length, TABLE_ROW, this.scrollTop, TABLE_VIEW);
    return { rows, window, rowHeight: TABLE_ROW, viewHeight: TABLE_VIEW, sort: this.sort, on: this.handlers };
  }

  private readonly handlers = { sort: (key: SortKey) => this.sortBy(key), scroll: (ev: Event) => this.onScroll(ev) };

  /** A scroll is waiting for its frame. */
  get busy(): boolean {
    return this.frame !== 0;
  }

  /** Resolves when no scroll is waiting for its frame. */
  get settled(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
