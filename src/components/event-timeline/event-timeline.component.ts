import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { instantToWall, isValidTimeZone } from '../../data/calendar.js';
import { toCsv } from '../../data/csv-export.js';
import { toRawDataset } from '../../data/export.js';
import type { Problem } from '../../data/problems.js';
import type { RawDataset, RawEvent, TimelineEvent } from '../../data/types.js';
import { layoutFrame, markKey, type Frame, type FrameOptions } from '../../layout/frame.js';
import type { GroupBy } from '../../layout/lanes.js';
import { deriveView, markKeyOf, overviewDensity, reuseView, type TimelineView } from '../../layout/view-model.js';
import { clusterWindow, initialWindow } from '../../layout/window.js';
import { credit } from '../../render/credit.js';
import { clusterTotal } from '../../render/density.js';
import { svgToPng } from '../../render/export-svg.js';
import { overview } from '../../render/overview.js';
import { details, gestureHint, problemsPanel, stateMessage, tooltip, undatedShelf } from '../../render/panels.js';
import { AXIS_HEIGHT, plot, plotMarkers } from '../../render/plot.js';
import { toolbar } from '../../render/toolbar.js';
import { StoryLoader } from '../../controllers/story-loader.js';
import { DataController } from '../../controllers/data-controller.js';
import { DenseLanesController } from '../../controllers/dense-lanes-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { SelectionController } from '../../controllers/selection-controller.js';
import { TableLoader } from '../../controllers/table-loader.js';
import { ToolbarController } from '../../controllers/toolbar-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { whenDrawn } from '../../controllers/settle.js';
import type { TimelineStrings } from '../../i18n/index.js';
import { styles } from './event-timeline.styles.js';
import { WatchDirAndLang } from './watch-dir-lang.js';
import { failTo } from './fail-to.js';
import {
  EventTimelineErrorEvent,
  EventTimelineHoverEvent,
  EventTimelineLoadEvent,
  EventTimelineSelectEvent,
  EventTimelineWindowChangeEvent,
} from './events.js';

/**
 * An interactive, accessible timeline of dated events. Uncertain dates are
 * drawn as what they are, every event shows its source, and it is usable by
 * keyboard.
 *
 * @summary A D3 timeline of events with honest uncertain dates.
 *
 * @slot tooltip - Replaces the tooltip's content. Listen to `event-timeline-hover` to fill it.
 * @slot details - Replaces the details panel's content. Listen to `event-timeline-select` to fill it.
 *
 * @event event-timeline-select - The user selected an event, or cleared the selection. `detail: { id, event }`.
 * @event event-timeline-window-change - A user zoom or pan gesture settled. `detail: { start: Date, end: Date }`.
 * @event event-timeline-load - Data finished loading. `detail: { count, problems }`.
 * @event event-timeline-error - The `src` could not be loaded at all (network, HTTP status, not JSON or CSV,
 *   nothing readable). `detail: { message, cause }`. Unreadable `events` or inline JSON is an `invalid-input`
 *   problem in `event-timeline-load` instead. Also when code loaded on first use could not be: the story's (drawn
 *   horizontally instead) or the table's (a message instead), at each attempt; a translation (English instead).
 * @event event-timeline-hover - The pointer or focus moved onto an event (id null when it left).
 *   `detail: { id, event }`.
 *
 * @csspart toolbar - The bar holding the legend, the actor filter and the zoom controls.
 * @csspart legend - The legend of kinds: a toolbar of toggles, one Tab stop (arrows move inside).
 * @csspart legend-item - One kind's or actor's toggle.
 * @csspart actor-filter - The disclosure listing actors to show or hide, with "All actors" and each actor's
 *   "only" button; with its summary, one Tab stop (arrows move inside).
 * @csspart controls - The toolbar of zoom and view buttons, one Tab stop (arrows move inside).
 * @csspart control - Each zoom button.
 * @csspart chart - The box around the plot or the story (it scrolls only when the page gives the element a height).
 * @csspart story - The vertical story: an axis at the inline-start edge and a card per event (`part="event"`); only
 *   cards near the viewport are in the DOM. A selected card's details open below it (`part="details"`).
 * @csspart plot - The SVG plot.
 * @csspart axis - The time axis (in the story, the vertical one), kept in view at the chart's top, and its gridlines.
 * @csspart gap - An axis break: a long empty stretch of time drawn compressed (see `gaps`), labelled with its length.
 * @csspart tick-label - An axis label.
 * @csspart lane - A lane's background band.
 * @csspart lane-label - A lane's label.
 * @csspart eras - The group of era bands.
 * @csspart era - One era band.
 * @csspart marker - The now or reference-date marker (a vertical rule; in the vertical story, a rule across it).
 * @csspart event - Each drawn event mark (also carries `data-event-id`), including undated ones.
 * @csspart event-label - The label beside a mark.
 * @csspart selected - Added to the selected event's mark.
 * @csspart tooltip - The hover and focus tooltip.
 * @csspart gesture-hint - Says how to zoom (Ctrl/⌘ + scroll) after a plain wheel over the plot went to the page.
 * @csspart details - The details panel.
 * @csspart source-quote - The source quote in the details panel.
 * @csspart overview - The overview strip with its window brush.
 * @csspart brush - The window brush in the overview.
 * @csspart brush-handle - A resize handle on each edge of the overview brush (a slim grip inside a 24 px hit area).
 * @csspart undated - The undated shelf.
 * @csspart clusters - The canvas drawing a dense lane's clusters: bubbles with the count of a dense stretch of
 *   events; choosing one zooms into it, where it splits. Its `data-lane` names the lane and `data-count` is the
 *   sum of its counts.
 * @csspart cluster - The hidden style source of the bubbles on the `clusters` canvas: `opacity`, `font-family`
 *   and `font-size` set on it apply to every bubble (read once per theme and colour scheme). Their colours follow
 *   the lane's colour, `--event-timeline-surface` and `--event-timeline-text`.
 * @csspart density - The canvas drawing dense lanes' density bands.
 * @csspart help - The key help popover.
 * @csspart table - The table of all events (the text alternative).
 * @csspart state - The loading, empty or error message.
 * @csspart problems - The summary of skipped records.
 * @csspart credit - The line under the plot naming the source: its title (linked), publisher and date.
 *
 * @cssproperty --event-timeline-surface - Background. Default `#ffffff`.
 * @cssproperty --event-timeline-surface-alt - Alternate lane and control background.
 * @cssproperty --event-timeline-text - Text colour.
 * @cssproperty --event-timeline-text-muted - Secondary text: axis, lane labels.
 * @cssproperty --event-timeline-grid - Grid lines and borders.
 * @cssproperty --event-timeline-accent - Links and the overview brush.
 * @cssproperty --event-timeline-focus - Focus ring.
 * @cssproperty --event-timeline-selection - Selected event highlight.
 * @cssproperty --event-timeline-era - Era band fill.
 * @cssproperty --event-timeline-marker - Now and reference-date markers.
 * @cssproperty --event-timeline-font - Font family.
 * @cssproperty --event-timeline-font-size - Base font size. Default `13px`.
 * @cssproperty --event-timeline-radius - Corner radius of panels and controls.
 * @cssproperty --event-timeline-sticky-top - A fixed page header's height: the axis and era titles stick below it.
 * @cssproperty --event-timeline-kind-visit - Colour of visits.
 * @cssproperty --event-timeline-kind-meeting - Colour of meetings.
 * @cssproperty --event-timeline-kind-agreement - Colour of agreements.
 * @cssproperty --event-timeline-kind-deal - Colour of deals.
 * @cssproperty --event-timeline-kind-deployment - Colour of deployments.
 * @cssproperty --event-timeline-kind-statement - Colour of statements.
 * @cssproperty --event-timeline-kind-application - Colour of applications.
 * @cssproperty --event-timeline-kind-publication - Colour of publications.
 * @cssproperty --event-timeline-kind-other - Colour of other and custom kinds.
 */
export class EventTimeline extends WatchDirAndLang(LitElement) {
  static override styles = styles;

  /** URL of the data: our JSON, TimelineJS JSON, or CSV with TimelineJS columns. */
  @property({ reflect: true }) src: string | null = null;
  /** Raw events in our format, or a whole dataset `{source, events, eras}`. Takes precedence over `src`. */
  @property({ attribute: false }) events: RawEvent[] | RawDataset | null = null;
  /** Lanes by `kind`, `actor`, `group` (e.g. TimelineJS's Group), or `none`; `auto`: by group if any event has one. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'auto';
  /** Start of the initial window, ISO or EDTF. Without `start` and `end`, the timeline fits its events. */
  @property() start: string | null = null;
  /** End of the initial window, ISO or EDTF. */
  @property() end: string | null = null;
  /** Shortest window zooming in allows, an ISO 8601 duration. */
  @property({ attribute: 'min-span' }) minSpan = 'PT1H';
  /** Longest window zooming out allows, an ISO 8601 duration. Default: a little more than all events. */
  @property({ attribute: 'max-span' }) maxSpan: string | null = null;
  /** Shows a marker at the current date and time. */
  @property({ type: Boolean }) now = false;
  /** Draws a reference-date marker (EDTF). Defaults to the dataset's publication date. */
  @property({ attribute: 'reference-date' }) referenceDate: string | null = null;
  /** IANA time zone for values with a time of day. Date-only values never shift. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';
  /** Id of the selected event. Setting it selects from code, without an event. */
  @property({ reflect: true }) selected: string | null = null;
  /** Mirrors the selection in `location.hash` as `#<id>`, so a link can open an event. */
  @property({ attribute: 'hash-link', type: Boolean }) hashLink = false;
  /** Locale for dates, numbers and the UI: dates in its calendar (`fa-IR`: Solar Hijri; `ar-SA-u-ca-islamic`:
   * Hijri), the UI in English, Persian or Russian. Defaults to the nearest `lang`. */
  @property() locale: string | null = null;
  /** Replaces any UI string, typed: e.g. `{ undated: 'No date' }`. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> | null = null;
  /** Colour theme. Unset: the page's `color-scheme` (light unless the page declares dark); `light` or `dark`
   * force one; `auto` follows the reader's system (`prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;
  /** Above this many events in the window, a lane shows a density band and clusters with counts instead of one
   * mark per event; zooming in splits them. */
  @property({ attribute: 'lane-limit', type: Number }) laneLimit = 200;
  /** Kinds whose events are hidden. */
  @property({ attribute: false }) hiddenKinds: string[] = [];
  /** Actors whose events are hidden: an event shows while any of its actors is not hidden (an event without
   * actors always does). */
  @property({ attribute: false }) hiddenActors: string[] = [];
  /** Only this actor: just the events whose actors include it show (none without actors). Null: every actor. */
  @property({ reflect: true }) actor: string | null = null;
  /** `cooperative`: a plain wheel and a vertical swipe scroll the page; Ctrl/⌘ + wheel or a pinch zooms, Shift +
   * wheel or a sideways drag pans, and a hint says so. `greedy`: every wheel and touch gesture zooms or pans. */
  @property({ reflect: true }) gestures: 'cooperative' | 'greedy' = 'cooperative';
  /** `compress`: long empty stretches between events are drawn as short axis breaks labelled with their length, so
   * the events get the space. `linear`: time is drawn to one scale throughout. */
  @property({ reflect: true }) gaps: 'compress' | 'linear' = 'compress';
  /** `horizontal`: time runs across, in lanes. `vertical`: the story, time runs down an axis at the inline-start
   * edge with a card per event, and the page scrolls through it. `auto`: vertical while the element's own content
   * width is below 640 px, re-evaluated on resize. A change fires no event. */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  private readonly _data = new DataController(this, {
    timeZone: () => this._zone,
    onLoad: (dataset, error) => {
      this._viewport.outbox.push(
        error
          ? new EventTimelineErrorEvent(error)
          : new EventTimelineLoadEvent({ count: dataset!.events.length, problems: dataset!.problems }),
      );
      this._zoom.reset();
      this._selection.loaded();
    },
  });

  private readonly _viewport = new ViewportController(this, () => this.renderRoot?.querySelector('.chart') ?? null);
  private readonly _locale = new LocaleController(this, failTo(this._viewport.outbox));

  private readonly _zoom = new ZoomController(this, {
    onUserChange: () => this._userChange(),
    announce: (w) => this._locale.showing(w, this._frame?.view.overview.count(w[0], w[1]) ?? 0),
    focusX: () => this._focusX(),
  });

  private readonly _selection: SelectionController = new SelectionController(this, {
    ready: () => this._data.state === 'ready',
    userSelect: (id) => {
      this.selected = id;
      this._viewport.outbox.push(new EventTimelineSelectEvent({ id, event: this._eventById(id) }));
    },
    hover: (id) => this.dispatchEvent(new EventTimelineHoverEvent({ id, event: this._eventById(id) })),
    view: () => this._frame?.view ?? null,
    reveal: (e, key) => (this._viewport.vertical ? this._story.reveal(key) : e.date && this._zoom.reveal(e.date)),
    pan: (f) => this._zoom.pan(f),
    zoomKey: (ev) => (this._viewport.vertical ? this._story.onKey(ev) : this._zoom.onKey(ev)),
    dir: () => this._viewport.dir,
    order: () => (this._viewport.vertical ? this._story.order : null),
  });

  private readonly _lanes = new DenseLanesController(this, {
    hover: (hit) => this._selection.showBandHover(hit),
    select: (e, lane) => this._selection.select(e.id, `${lane}:${e.id}`),
    zoomTo: (c) => this._zoom.userSet(clusterWindow(c)),
  });

  private readonly _table = new TableLoader(this, failTo(this._viewport.outbox));
  private readonly _toolbar = new ToolbarController(this, {
    dir: () => this._viewport.dir,
    actors: () => this._frame?.view.actors ?? [],
  });

  /** The vertical story: its code loads when first drawn (a second file beside the single-file bundle). */
  private readonly _story = new StoryLoader(this, {
    locale: () => this._locale.locale,
    changed: (zoomed) => this._userChange(zoomed),
    failed: failTo(this._viewport.outbox),
  });
  private _frame: Frame | null = null;

  /** Normalization problems of the last load (warnings and skipped records). */
  get problems(): readonly Problem[] {
    return this._data.dataset.problems;
  }

  /** Resolves once the current data and window are drawn. */
  get renderComplete(): Promise<void> {
    return whenDrawn(this, this._data, [this._viewport, this._table, this._story, this._locale], this._viewport);
  }

  private get _zone(): string {
    return isValidTimeZone(this.timeZone) ? this.timeZone : 'UTC';
  }

  // ---- public methods ------------------------------------------------------

  /** Shows the window from `start` to `end` (Dates, ISO or EDTF strings). */
  zoomTo(start: Date | string, end: Date | string): void {
    this._zoom.zoomTo(start, end, this._zone);
    if (this._viewport.vertical) this._story.zoomTo(...(this._zoom.shown ?? [0, 0]));
  }

  /** Zooms by `factor` (> 1 zooms in) around `atX`, a px offset in the plot (default: the centre). */
  zoomBy(factor: number, atX?: number): void {
    if (this._viewport.vertical) this._story.zoomBy(factor);
    else this._zoom.zoomBy(factor, atX);
  }

  /** Frames all visible events (open ends are framed at their known end). */
  fit(): void {
    if (this._viewport.vertical) this._story.fit();
    else this._zoom.fit();
  }

  /** The visible window (vertical: the time range of the story's axis inside the page's viewport). */
  getWindow(): { start: Date; end: Date } {
    const w = this._viewport.vertical && this._story.window();
    return w ? { start: new Date(w[0]), end: new Date(w[1]) } : this._zoom.dates();
  }

  /** Selects the event with `id` (null clears), without firing `event-timeline-select`. */
  select(id: string | null): void {
    this.selected = id;
  }

  /** A standalone SVG document of the current view: styles inlined, text as text, dense stretches (canvases on
   * screen) as rects and bubbles with counts. Vertical: the story's slice in the viewport, lines as laid out. */
  toSVG(): string {
    return this._viewport.vertical ? this._story.toSVG() : this._viewport.whole(() => this._lanes.toSVG());
  }

  /** The current view as a PNG, `scale` times its CSS size (default 2). */
  toPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    return svgToPng(this.toSVG(), scale);
  }

  /** Every loaded event, with the dataset's source and eras, as JSON in our format. */
  exportJSON(): string {
    return `${JSON.stringify(toRawDataset(this._data.dataset), null, 2)}\n`;
  }

  /** Every loaded event as CSV in our own columns (see the README). */
  exportCSV(): string {
    return toCsv(this._data.dataset.events);
  }

  // ---- the pipeline ------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    const vp = this._viewport;
    vp.read(this.theme, this._story.error ? 'horizontal' : this.orientation);
    const source = () => DataController.sourceOf(this, this.events, this.src);
    this._data.follow((k) => changed.has(k), !this.hasUpdated, source);
    const view = this._deriveView();
    const { minSpan, maxSpan, gestures } = this;
    this._zoom.configure({ fit: view.fit, width: vp.width, dir: vp.dir, minSpan, maxSpan, gestures });
    this._selection.applyPendingHash(view, changed.has('hashLink') && this.hashLink);
    const selected = this.selected ? view.byId.get(this.selected)?.date : null;
    if (this._zoom.window === null || changed.has('start') || changed.has('end')) {
      this._zoom.init(initialWindow(view.fit, this.start, this.end, this._zone));
      if (selected) this._zoom.reveal(selected);
    } else if (changed.has('selected') && selected && this.hasUpdated) this._zoom.reveal(selected);
    const [o, vertical] = [this._frameOptions(view), vp.vertical];
    this._frame = layoutFrame(view, vertical ? { ...o, width: 0 } : o);
    const story = { view, eras: this._data.dataset.eras, selected: this.selected, fontSize: vp.measurer.size };
    if (vertical) this._story.update({ ...o, ...story, when: this._locale.cardWords() });
    this._zoom.drawn(this._frame.scale, AXIS_HEIGHT + (this._frame.layout?.height ?? 0));
    const compact = this._locale.formatter;
    this._lanes.set({ ...this._frame, box: vp, byKind: this._frame.view.groupBy === 'kind', compact });
  }

  protected override updated(): void {
    this._zoom.attach(this.renderRoot.querySelector('svg.plot'));
    this._viewport.deliver(); // Events fire once the DOM shows their effect: after the first measured layout.
  }

  /** The view of the data under the filters, derived again when either changed, with the last view's same lanes. */
  private _deriveView(): TimelineView {
    const dataset = this._data.dataset;
    const filters = {
      ...{ groupBy: this.groupBy, hiddenKinds: this.hiddenKinds, hiddenActors: this.hiddenActors, actor: this.actor },
      reference: this.referenceDate ?? dataset.source?.published ?? null,
      timeZone: this._zone,
      today: 0, // read only when a new view is derived: no time-zone formatting on a zoom frame
    };
    const [last, today] = [this._frame?.view, () => instantToWall(Date.now(), this._zone)];
    const view = reuseView(last, dataset, filters) ?? deriveView(dataset, { ...filters, today: today() }, last);
    if (view !== last) this._locale.clearNames();
    return view;
  }

  private _frameOptions(view: TimelineView): FrameOptions {
    const [{ width, dir, measure, measurer, vertical }, focusKey] = [this._viewport, this._selection.focusKey];
    const focusId = focusKey && !vertical ? view.nav.idOf(focusKey) : null; // a story forces no marks
    return {
      ...{ window: this._zoom.shown ?? view.fit, width, dir, measure, focusKey, laneLimit: this.laneLimit },
      ticks: this._locale.tickOptions((s, k) => measurer.width(s, k)),
      laneLabel: (key) => this._locale.laneLabel(key, view.groupBy),
      forced: [this.selected, focusId].map((id) => (id ? view.byId.get(id) : null) ?? null),
      gaps: this.gaps,
      previous: this._frame,
      holdCounts: this._zoom.gesturing,
    };
  }

  private _eventById(id: string | null): TimelineEvent | null {
    return id ? (this._frame?.view.byId.get(id) ?? null) : null;
  }

  /** The user changed the window: `event-timeline-window-change` follows the render; a story's zoom is announced. */
  private _userChange(zoomed = false): void {
    this._viewport.outbox.push(new EventTimelineWindowChangeEvent(this.getWindow()));
    if (zoomed) this._zoom.announceLater(() => this._story.window());
    this.requestUpdate();
  }

  /** The focused mark's x, which zooming keeps in place. */
  private _focusX(): number | undefined {
    const key = this._selection.focusKey;
    return key ? this._frame?.layout?.marks.find((m) => markKey(m) === key)?.cx : undefined;
  }

  // ---- the views ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const f = this._frame!;
    const { view, layout } = f;
    const { width, dir } = this._viewport;
    const { dataset, state } = this._data;
    const text = this._locale.text(view.undatedRelations);
    const s = text.strings;
    const sel = this._selection;
    const selected = this._eventById(this.selected);
    const hover = sel.hover && this._eventById(sel.hover.id);
    const invalid = dataset.problems.filter((p) => p.severity === 'error').length;
    const counts = { events: dataset.events.length, shown: view.dated.length + view.undated.length, invalid };
    const published = !this.referenceDate || this.referenceDate === dataset.source?.published;
    const now = this.now ? instantToWall(Date.now(), this._zone) : null;
    const markers = plotMarkers({ now, reference: view.referenceMs, published, strings: s });
    const vertical = this._viewport.vertical;
    const tabStop = vertical ? this._story.tabStop(sel.focusKey, f.tabStop) : f.tabStop;
    return html`<div class=${classMap({ root: true, 'has-details': !!selected && !vertical, busy: this._locale.busy })}
      dir=${dir} aria-busy=${this._locale.busy ? 'true' : 'false'}>
      ${toolbar({
        ...{ text, dir, kinds: view.kinds, actors: view.actors, tableOpen: this._table.open },
        ...{ hiddenKinds: this.hiddenKinds, hiddenActors: this.hiddenActors, actor: this.actor },
        stops: this._toolbar.stops,
        on: {
          ...{ ...this._toolbar.handlers, toggleTable: this._table.toggle },
          fit: () => (vertical ? this._story.fit(true) : this._zoom.fit(true)),
          zoom: (k) => (vertical ? this._story.zoomBy(k, true) : this._zoom.zoomBy(k, this._focusX(), true)),
        },
      })}
      <div class=${vertical ? 'chart vertical' : 'chart'} part="chart" @focusin=${sel.markHandlers.focusin}>
        ${
          vertical
            ? this._story.render({ text, tabStop, dataset, markers, on: sel.storyHandlers })
            : plot({
                ...{ layout, ticks: f.ticks, scale: f.scale, width, dir, text },
                ...{ eras: dataset.eras, selected: this.selected, ordered: f.ordered, tabStop, clusterTotal },
                ...{ markers, band: this._viewport.band(this._zoom.gesturing) },
                laneInName: view.groupBy === 'actor' || view.groupBy === 'group',
                labelWidth: (l) => this._viewport.measurer.width(l),
                on: { ...sel.markHandlers, ...this._lanes.handlers },
              })
        }
        ${stateMessage(s, state, this._data.error?.message ?? '', counts)} ${gestureHint(this._zoom.hint, s)}
        ${tooltip({ hover: hover && { ...sel.hover!, event: hover }, layout, width, text, textKey: [s, view] })}
      </div>
      ${
        width && view.dated.length && !vertical
          ? overview({
              ...{ width, dir, fit: view.fit, window: this._zoom.shown ?? view.fit, text },
              ...{ density: overviewDensity(view, width), on: this._zoom.brush.handlers },
            })
          : nothing
      }
      ${credit(dataset.source, view.published, text)}
      ${undatedShelf({ items: view.undated, text, selected: this.selected, tabStop, on: sel.shelfHandlers })}
      ${selected && !vertical ? details({ event: selected, dataset, text, width, on: sel.detailsHandlers }) : nothing}
      ${this._table.render(view, this._locale.locale, {
        ...{ text, selected: this.selected, sourceUrl: dataset.source?.url ?? null },
        select: (e) => sel.select(e.id, markKeyOf(view, e)),
      })}
      ${problemsPanel(s, this.problems)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._zoom.announcement}</div>
    </div>`;
  }
}
