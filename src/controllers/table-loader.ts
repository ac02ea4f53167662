import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { TimelineView } from '../layout/view-model.js';
import type { TableProps } from '../render/table.js';
import type { TableController } from './table-controller.js';
import type * as TableModuleNs from './table-controller.js';
import { adoptStyles, loadFailure, loadOnce, type LoadFailure } from './load-once.js';

type TableModule = typeof TableModuleNs;

/**
 * Loads the table's code (once per page). In the single-file bundle it is a
 * file beside the bundle (`event-timeline.table.min.js`), which a page only
 * downloads when a reader first opens the table.
 */
export const loadTable: () => Promise<TableModule> = loadOnce(() => import('./table-controller.js'));

/**
 * The table of events, loaded on first need: the first toggle loads its code,
 * adds its styles and its controller to the element, then opens it; until
 * then the table is closed. Every call after that passes through. When the
 * code cannot be loaded, `failed` hears why and a message takes the table's
 * place. Each toggle after that asks for the code again (a browser that
 * remembers the failed file fails again at once) and reports each failure.
 */
export class TableLoader implements ReactiveController {
  /** Why the code could not load, if it could not (the next toggle tries again). */
  error: unknown = null;

  private _module: TableModule | null = null;
  private _table: TableController | null = null;
  private _loading: Promise<void> | null = null;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _failed: (failure: LoadFailure) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the table is open (false while its code loads). */
  get open(): boolean {
    return this._table?.open ?? false;
  }

  /** Its code is loading, or a scroll is waiting for its frame. */
  get busy(): boolean {
    return (this._loading !== null && !this._table) || (this._table?.busy ?? false);
  }

  /** Resolves once the code has loaded (or failed to) and no scroll is waiting. */
  get settled(): Promise<void> {
    return (this._loading ?? Promise.resolve()).then(() => this._table?.settled);
  }

  /** Opens or closes the table; the first time, once its code has loaded. */
  toggle = (): void => {
    if (this._table) return this._table.toggle();
    this._loading ??= loadTable().then(this._adopt, (e: unknown) => {
      this.error = e;
      this._loading = null;
      this._failed(loadFailure('the table', e));
      this._host.requestUpdate();
    });
  };

  private _adopt = (m: TableModule): void => {
    adoptStyles(this._host, m.tableStyles);
    this._module = m;
    this.error = null;
    this._table = new m.TableController(this._host);
    this._table.toggle();
  };

  /** The open table of `view`'s events, or nothing. */
  render(
    view: TimelineView,
    locale: string,
    p: Omit<TableProps, 'rows' | 'window' | 'viewHeight' | 'sort' | 'on'>,
  ): TemplateResult | typeof nothing {
    if (this.error && !this._table)
      return html`<div class="table-failed" part="state" role="alert">${p.text.strings.tableFailed}</div>`;
    if (!this._module || !this._table?.open) return nothing;
    return this._module.table({ ...this._table.view(view, locale), ...p });
  }
}
