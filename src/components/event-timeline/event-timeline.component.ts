import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult, type SVGTemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { classMap } from 'lit/directives/class-map.js';
import { cssomStyle as styleMap } from '../../render/cssom-style.js';

import { parseEdtf } from '../../data/edtf.js';
import { parseDuration } from '../../data/duration.js';
import { instantToWall, isValidTimeZone } from '../../data/calendar.js';
import { knownExtent } from '../../data/uncertain-date.js';
import type { Problem } from '../../data/problems.js';
import type { NormalizedDataset } from '../../data/normalize.js';
import type { RawDataset, RawEvent, TimelineEvent } from '../../data/types.js';
import { groupLanes, NO_ACTOR, type GroupBy } from '../../layout/lanes.js';
import { TimeIndex } from '../../layout/time-index.js';
import { layoutMarks, type Cluster, type IndexedLane, type LaneAggregate, type LaneBox, type MarkLayout, type PlacedMark } from '../../layout/marks.js';
import { bubbleBox, clusterAt, ClusterPainter, type ClusterStyle } from '../../render/clusters.js';
import { timeTicks, type Tick, type TickOptions } from '../../layout/ticks.js';
import { timeScale, type TimeScale } from '../../layout/time-scale.js';
import { orderUndated, type UndatedItem } from '../../layout/undated.js';
import { navigationOrder, type NavigationOrder } from '../../layout/navigation.js';
import { rowWindow } from '../../layout/virtual.js';
import { sortEvents, type SortDirection, type SortKey } from '../../layout/sort.js';
import { DateFormatter } from '../../format/dates.js';
import { splitQuoted } from '../../format/quoted.js';
import { stringsFor, type TimelineStrings } from '../../i18n/index.js';
import { calendarTicks, intlCalendarFields, isGregorian } from '../../layout/calendar-ticks.js';
import { kindRank, kindSymbol } from '../../render/symbols.js';
import { EVENT_KINDS } from '../../data/types.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { TextMeasurer } from '../../render/measure.js';
import { exportSvg, svgToPng, type DensityBar, type ExportBubble } from '../../render/export-svg.js';
import { toRawDataset } from '../../data/export.js';
import { toCsv } from '../../data/csv.js';
import { styles } from './event-timeline.styles.js';
import {
  EventTimelineErrorEvent,
  EventTimelineHoverEvent,
  EventTimelineLoadEvent,
  EventTimelineSelectEvent,
  EventTimelineWindowChangeEvent,
} from './events.js';

const AXIS_HEIGHT = 30;

/**
 * Wraps data text drawn in SVG in a first-strong isolate, so a Latin title in
 * a right-to-left timeline (or the reverse) keeps its own direction, and its
 * ellipsis its end, while the whole sits where the layout put it.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;
const DAY = 86_400_000;
/** Wall-clock ms a JS Date can hold. */
const LIMIT = 8.64e15;

interface Derived {
  dataset: NormalizedDataset;
  byId: Map<string, TimelineEvent>;
  undatedRelations: Map<string, NonNullable<UndatedItem['relation']>>;
  /** Event counts per overview bin, computed once per data and width. */
  density: { width: number; counts: number[]; max: number } | null;
  /** Events after filters, dated ones only. */
  dated: TimelineEvent[];
  lanes: IndexedLane[];
  undated: UndatedItem[];
  nav: NavigationOrder;
  fit: [number, number];
  kinds: Array<{ kind: string; count: number }>;
  actors: Array<{ actor: string; count: number }>;
  /** Every shown dated event, for counts over the window. */
  overview: TimeIndex<TimelineEvent>;
}

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
 * @event event-timeline-error - The `src` could not be loaded at all (network, HTTP status, not JSON or CSV, nothing readable). `detail: { message, cause }`. Unreadable `events` or inline JSON is an `invalid-input` problem in `event-timeline-load` instead.
 * @event event-timeline-hover - The pointer or focus moved onto an event (id null when it left). `detail: { id, event }`.
 *
 * @csspart toolbar - The bar holding the legend and the zoom controls.
 * @csspart legend - The legend of kinds.
 * @csspart legend-item - One kind's or actor's toggle.
 * @csspart actor-filter - The disclosure listing actors to show or hide.
 * @csspart controls - The zoom control group.
 * @csspart control - Each zoom button.
 * @csspart chart - The scrolling box around the plot.
 * @csspart plot - The SVG plot.
 * @csspart axis - The time axis.
 * @csspart tick-label - An axis label.
 * @csspart lane - A lane's background band.
 * @csspart lane-label - A lane's label.
 * @csspart eras - The group of era bands.
 * @csspart era - One era band.
 * @csspart marker - The now or reference-date marker.
 * @csspart event - Each drawn event mark (also carries `data-event-id`), including undated ones.
 * @csspart event-label - The label beside a mark.
 * @csspart selected - Added to the selected event's mark.
 * @csspart tooltip - The hover and focus tooltip.
 * @csspart details - The details panel.
 * @csspart source-quote - The source quote in the details panel.
 * @csspart overview - The overview strip with its window brush.
 * @csspart brush - The window brush in the overview.
 * @csspart undated - The undated shelf.
 * @csspart clusters - The canvas drawing a dense lane's clusters: bubbles with the count of a dense stretch of events; choosing one zooms into it, where it splits. Its `data-lane` names the lane and `data-count` is the sum of its counts.
 * @csspart cluster - The hidden style source of the bubbles on the `clusters` canvas: `opacity`, `font-family` and `font-size` set on it apply to every bubble (read once per theme and colour scheme). Their colours follow the lane's colour, `--event-timeline-surface` and `--event-timeline-text`.
 * @csspart density - The canvas drawing dense lanes' density bands.
 * @csspart help - The key help popover.
 * @csspart table - The table of all events (the text alternative).
 * @csspart state - The loading, empty or error message.
 * @csspart problems - The summary of skipped records.
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
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** URL of the data: our JSON, TimelineJS JSON, or CSV with TimelineJS columns. */
  @property({ reflect: true }) src: string | null = null;

  /** Raw events in our format, or a whole dataset `{source, events, eras}`. Takes precedence over `src`. */
  @property({ attribute: false }) events: RawEvent[] | RawDataset | null = null;

  /** How events are grouped into lanes. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'kind';

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

  /**
   * Locale for dates, numbers and the UI: dates in its calendar (`fa-IR`:
   * Solar Hijri; `ar-SA-u-ca-islamic`: Hijri), the UI in English, Persian or
   * Russian. Defaults to the nearest `lang`.
   */
  @property() locale: string | null = null;

  /** Replaces any UI string, typed: e.g. `{ undated: 'No date' }`. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> | null = null;

  /** Colour theme: `auto` follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /**
   * Above this many events in the window, a lane shows a density band and
   * clusters with counts instead of one mark per event; zooming in splits them.
   */
  @property({ attribute: 'lane-limit', type: Number }) laneLimit = 200;

  /** Kinds whose events are hidden. */
  @property({ attribute: false }) hiddenKinds: string[] = [];

  /** Actors whose events are hidden (an event shows while any of its actors shows). */
  @property({ attribute: false }) hiddenActors: string[] = [];

  @state() private _width = 0;
  @state() private _window: [number, number] | null = null;
  /** The hovered or focused event; x and y when it was found by hit-testing a density band. */
  @state() private _hover: { id: string; lane: number; x?: number; y?: number } | null = null;
  @state() private _focusKey: string | null = null;
  @state() private _tableOpen = false;
  @state() private _tableScroll = 0;
  @state() private _tableSort: { key: SortKey; direction: SortDirection } = { key: 'date', direction: 'ascending' };
  @state() private _announcement = '';

  @query('svg.plot') private _plot?: SVGSVGElement;
  @query('.chart') private _chart?: HTMLElement;

  private readonly _data = new DataController(this, {
    timeZone: () => this._zone,
    onLoad: (dataset, error) => {
      this._pendingEvents.push(
        error
          ? new EventTimelineErrorEvent(error)
          : new EventTimelineLoadEvent({ count: dataset!.events.length, problems: dataset!.problems }),
      );
      this._windowFromAttributes = true;
      this._hashPending = this.hashLink;
    },
  });

  private readonly _zoom = new ZoomController(this, {
    onZoom: (w) => {
      this._window = w;
    },
    onEnd: (w, user) => {
      this._window = w;
      if (user) this._pendingEvents.push(this._windowChangeEvent());
      this.requestUpdate();
    },
  });

  private _derived: Derived | null = null;
  private _derivedKey = '';
  private _layout: MarkLayout | null = null;
  private _ticks: Tick[] = [];
  private _scale: TimeScale = timeScale([0, 1], [0, 1]);
  private _pendingEvents: Event[] = [];
  private _windowFromAttributes = true;
  private _hashPending = false;
  private _measurer = new TextMeasurer();
  private _measureFont = '';
  private _measure = (text: string) => this._measurer.width(text);
  private _formatter: DateFormatter | null = null;
  /** Accessible names by event id, for the current data and locale. */
  private _names = new Map<string, string>();
  private _resizeObserver: ResizeObserver | null = null;
  private _resizeFrame = 0;
  private _measured = false;
  /** The first width was read in firstUpdated: the next update draws with it. */
  private _measuredNext = false;
  private _focusAfterRender: string | null = null;
  /** The key holding the events' single tab stop, decided while rendering the marks. */
  private _tabStop: string | null = null;
  private _onHashChange = () => this._applyHash();
  private _announceTimer = 0;
  private _tableFrame = 0;

  /** Normalization problems of the last load (warnings and skipped records). */
  get problems(): readonly Problem[] {
    return this._data.dataset.problems;
  }

  /** Resolves once the current data and window are drawn. */
  get renderComplete(): Promise<void> {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    return (async () => {
      for (;;) {
        await this._data.settled;
        await this.updateComplete;
        // The first size arrives from the ResizeObserver, a frame after connecting.
        if (this.isConnected && (this._resizeFrame || this._tableFrame || !this._measured)) {
          await frame();
          continue;
        }
        if (!this.isUpdatePending && this._data.state !== 'loading') break;
        // Still loading (say, disconnected mid-fetch until it is connected again): wait a frame, never spin.
        await frame();
      }
      await frame();
    })();
  }

  private get _zone(): string {
    return isValidTimeZone(this.timeZone) ? this.timeZone : 'UTC';
  }

  private _stringsCache: { key: string; overrides: unknown; value: TimelineStrings } | null = null;

  private get _strings(): TimelineStrings {
    const key = this._locale;
    if (this._stringsCache?.key !== key || this._stringsCache.overrides !== this.strings) {
      this._stringsCache = { key, overrides: this.strings, value: stringsFor(key, this.strings) };
    }
    return this._stringsCache.value;
  }

  /** Direction for this update, read once in willUpdate (before any DOM is written). */
  private _dir: 'ltr' | 'rtl' = 'ltr';

  /** Direction from the `dir` attribute on the element or an ancestor. */
  private _readDir(): 'ltr' | 'rtl' {
    try {
      return this.matches(':dir(rtl)') ? 'rtl' : 'ltr';
    } catch {
      return this.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    }
  }

  /** The last language tag read and its canonical form: canonicalizing is not free, and this is read every frame. */
  private _localeCache = { lang: '', value: 'en' };

  private get _locale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    if (lang !== this._localeCache.lang) {
      let value = 'en';
      try {
        value = Intl.getCanonicalLocales(lang)[0] ?? 'en';
      } catch {
        // An invalid tag reads as English.
      }
      this._localeCache = { lang, value };
    }
    return this._localeCache.value;
  }

  // `dir` and `lang` on the element change its layout and language: watch them too.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'dir', 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'dir' || name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The plot is as wide as its box, which the details panel may share with it.
    // Applied in the next frame: redrawing changes the box's height, and doing
    // that inside the observer's own frame would loop.
    this._resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]!.contentRect.width);
      if (w === this._width) {
        if (!this._measured) {
          this._measured = true;
          this.requestUpdate();
        }
        return;
      }
      cancelAnimationFrame(this._resizeFrame);
      this._resizeFrame = requestAnimationFrame(() => {
        this._resizeFrame = 0;
        this._measured = true;
        this._width = w;
      });
    });
    if (this._chart) this._resizeObserver.observe(this._chart);
    window.addEventListener('hashchange', this._onHashChange);
    // Canvas colours are resolved once and cached: redo them when the scheme or forced colours change.
    this._schemeQueries = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(forced-colors: active)')];
    for (const q of this._schemeQueries) q.addEventListener('change', this._onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    cancelAnimationFrame(this._resizeFrame);
    this._resizeFrame = 0;
    this._measured = false;
    window.removeEventListener('hashchange', this._onHashChange);
    for (const q of this._schemeQueries) q.removeEventListener('change', this._onSchemeChange);
    this._schemeQueries = [];
    clearTimeout(this._announceTimer);
    cancelAnimationFrame(this._tableFrame);
  }

  // ---- public methods ------------------------------------------------------

  /** Shows the window from `start` to `end` (Dates, ISO or EDTF strings). */
  zoomTo(start: Date | string, end: Date | string): void {
    const s = this._toMs(start, 'earliest');
    const e = this._toMs(end, 'latest');
    if (!(e > s)) throw new RangeError(`zoomTo: end (${String(end)}) must be after start (${String(start)})`);
    this._setWindow([s, e]);
  }

  /** Zooms by `factor` (> 1 zooms in) around `atX`, a px offset in the plot (default: the centre). */
  zoomBy(factor: number, atX?: number): void {
    if (!(factor > 0) || !Number.isFinite(factor)) throw new RangeError(`zoomBy: factor must be a positive number, got ${factor}`);
    const w = this._window ?? this._derived?.fit;
    if (!w) return;
    const x = atX ?? this._plotWidth / 2;
    const t = this._width ? this._scale.invert(x) : (w[0] + w[1]) / 2;
    this._setWindow([t - (t - w[0]) / factor, t + (w[1] - t) / factor]);
  }

  /** Frames all visible events (open ends are framed at their known end). */
  fit(): void {
    if (this._derived) this._setWindow(this._derived.fit);
  }

  /** The visible window. */
  getWindow(): { start: Date; end: Date } {
    const w = this._window ?? this._derived?.fit ?? [Date.now() - 365 * DAY, Date.now()];
    return { start: new Date(w[0]), end: new Date(w[1]) };
  }

  /** Selects the event with `id` (null clears), without firing `event-timeline-select`. */
  select(id: string | null): void {
    this.selected = id;
  }

  /**
   * A standalone SVG document of the current view: styles inlined, text kept
   * as text, and dense stretches (drawn on canvases on screen) as rects and
   * bubbles with their counts.
   */
  toSVG(): string {
    const plot = this._plot;
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    if (!plot || !probe) throw new Error('toSVG: the timeline has not been drawn yet (await renderComplete)');
    return exportSvg(plot, this._densityBars(probe), this._resolveColor(probe, '--_surface'), this._exportBubbles());
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

  // ---- lifecycle -------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this._measuredNext) {
      this._measuredNext = false;
      this._measured = true;
    }
    this._dir = this._readDir();
    // Colours resolved for the canvas and export hold until the theme, scheme or inline style changes.
    const colorsKey = `${this.theme}|${this._schemeEpoch}|${this.getAttribute('style') ?? ''}|${this.className}`;
    if (colorsKey !== this._colorsKey) {
      this._colors.clear();
      this._clusterStyles.clear();
      this._colorsKey = colorsKey;
    }
    if (changed.has('events') || changed.has('src') || changed.has('timeZone') || !this.hasUpdated) {
      if (changed.has('timeZone') && !changed.has('events') && !changed.has('src') && this.hasUpdated) this._data.reload();
      else this._data.load(this._source());
    }
    if (changed.has('strings') || this._formatter?.locale !== this._locale || this._formatter.strings !== this._strings) {
      this._formatter = new DateFormatter(this._locale, this._strings);
      this._names.clear();
    }
    this._derive();
    if (this._hashPending || (changed.has('hashLink') && this.hashLink)) {
      this._hashPending = false;
      this._applyHash();
    }
    if (this._derived && (this._windowFromAttributes || changed.has('start') || changed.has('end'))) {
      this._windowFromAttributes = false;
      this._window = this._initialWindow();
      if (this.selected && this._hashOrSelection()) this._revealSelected();
    }
    if (changed.has('selected') && this.selected && this.hasUpdated) this._revealSelected();
    this._computeLayout();
  }

  protected override firstUpdated(): void {
    this._resizeObserver?.observe(this._chart!);
    // The first width, read now (the layout it forces is the one this frame
    // needs anyway) rather than from the observer a frame later: the data is
    // drawn in the first frame. Later sizes come from the observer.
    const w = this.isConnected ? Math.floor(this._chart!.clientWidth) : 0;
    if (w > 0) {
      this._width = w;
      this._measuredNext = true;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this._plot) {
      this._zoom.attach(this._plot);
      this._configureZoom();
    }
    this._paintDensity();
    this._paintClusters();
    // Only a real change of selection, with the data loaded: never the initial null, which
    // would wipe an incoming #id before the data that resolves it has arrived.
    if (changed.has('selected') && changed.get('selected') !== undefined && this.hashLink && this._data.state === 'ready') this._writeHash();
    const privates = changed as PropertyValues;
    if (privates.has('_window') && privates.get('_window') != null) this._scheduleAnnouncement();
    if (this._focusAfterRender) {
      const key = this._focusAfterRender;
      this._focusAfterRender = null;
      this.renderRoot.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
    }
    // Events fire once the DOM shows their effect: wait for the first measured layout.
    if (this.isConnected && !this._measured) return;
    const pending = this._pendingEvents;
    this._pendingEvents = [];
    for (const e of pending) this.dispatchEvent(e);
  }

  private _source() {
    if (this.events != null) return { kind: 'events' as const, value: this.events };
    if (this.src) return { kind: 'src' as const, url: this.src };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline?.textContent) return { kind: 'inline' as const, text: inline.textContent };
    return { kind: 'none' as const };
  }

  // ---- derived data ------------------------------------------------------------

  private _derive(): void {
    const dataset = this._data.dataset;
    const key = [this.groupBy, this.hiddenKinds.join('\u0000'), this.hiddenActors.join('\u0000'), this.referenceDate ?? ''].join('|');
    if (this._derived?.dataset === dataset && this._derivedKey === key) return;
    this._derivedKey = key;
    const hiddenKinds = new Set(this.hiddenKinds);
    const hiddenActors = new Set(this.hiddenActors);
    const shown =
      hiddenKinds.size === 0 && hiddenActors.size === 0
        ? dataset.events
        : dataset.events.filter(
            (e) => !hiddenKinds.has(e.kind) && (e.actors.length === 0 || hiddenActors.size === 0 || e.actors.some((a) => !hiddenActors.has(a))),
          );
    const dated = shown.filter((e) => e.date !== null);
    const undated = orderUndated(shown);
    const groupBy: GroupBy = this.groupBy === 'actor' || this.groupBy === 'none' ? this.groupBy : 'kind';
    const lanes = groupLanes(dated, groupBy)
      .filter((lane) => !(groupBy === 'actor' && hiddenActors.has(lane.key)))
      .map((lane) => ({
        ...lane,
        index: new TimeIndex(lane.events, (e) => e.date!.earliest, (e) => e.date!.latest),
        has: groupBy === 'kind' ? (e: TimelineEvent) => e.kind === lane.key : groupBy === 'none' ? () => true
          : (e: TimelineEvent) => (lane.key === NO_ACTOR ? e.actors.length === 0 : e.actors.includes(lane.key)),
      }));
    const count = (list: string[]) => {
      const m = new Map<string, number>();
      for (const k of list) m.set(k, (m.get(k) ?? 0) + 1);
      return m;
    };
    const kindCounts = count(dataset.events.map((e) => e.kind));
    const kinds = [...kindCounts].map(([kind, n]) => ({ kind, count: n }));
    kinds.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.kind.localeCompare(b.kind));
    const actors = [...count(dataset.events.flatMap((e) => e.actors))].map(([actor, n]) => ({ actor, count: n })).sort((a, b) => b.count - a.count);
    this._names.clear();
    // The id map, keyboard order and whole-timeline index cost O(n log n) at 100,000 events and are
    // not needed to draw: each is built the first time it is asked for.
    let byId: Map<string, TimelineEvent> | undefined;
    let nav: NavigationOrder | undefined;
    let overview: TimeIndex<TimelineEvent> | undefined;
    this._derived = {
      dataset,
      get byId() {
        return (byId ??= new Map(dataset.events.map((e) => [e.id, e])));
      },
      undatedRelations: new Map(undated.flatMap((u) => (u.relation ? [[u.event.id, u.relation] as const] : []))),
      density: null,
      dated,
      lanes,
      undated,
      get nav() {
        return (nav ??= navigationOrder(lanes, undated.map((u) => u.event)));
      },
      fit: this._fitExtent(dated),
      kinds,
      actors,
      get overview() {
        return (overview ??= new TimeIndex(dated, (e) => e.date!.earliest, (e) => e.date!.latest));
      },
    };
  }

  private _fitExtent(dated: TimelineEvent[]): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of dated) {
      const k = knownExtent(e.date!);
      if (!k) continue;
      lo = Math.min(lo, k[0]);
      hi = Math.max(hi, k[1]);
    }
    const ref = this._referenceMs();
    if (ref !== null && Number.isFinite(lo)) {
      lo = Math.min(lo, ref);
      hi = Math.max(hi, ref);
    }
    if (!Number.isFinite(lo)) {
      const today = instantToWall(Date.now(), this._zone);
      return [today - 365 * DAY, today + 30 * DAY];
    }
    if (hi - lo < 30 * DAY) {
      const mid = (lo + hi) / 2;
      lo = mid - 15 * DAY;
      hi = mid + 15 * DAY;
    }
    // More room after the last event than before the first: labels run after their marks.
    const span = hi - lo;
    return [Math.max(-LIMIT, lo - span * 0.04), Math.min(LIMIT, hi + span * 0.12)];
  }

  private _initialWindow(): [number, number] {
    const fit = this._derived!.fit;
    if (!this.start && !this.end) return fit;
    try {
      const s = this.start ? parseEdtf(this.start, { timeZone: this._zone }).earliest : fit[0];
      const e = this.end ? parseEdtf(this.end, { timeZone: this._zone }).latest + 1 : fit[1];
      if (Number.isFinite(s) && Number.isFinite(e) && e > s) return [s, e];
    } catch (err) {
      console.warn(`<event-timeline>: ignoring start/end: ${(err as Error).message}`);
    }
    return fit;
  }

  private _referenceMs(): number | null {
    const text = this.referenceDate ?? this._data.dataset.source?.published ?? null;
    if (!text) return null;
    try {
      return parseEdtf(text, { timeZone: this._zone }).earliest;
    } catch {
      return null;
    }
  }

  private _spanLimits(): [number, number] {
    const fit = this._derived?.fit ?? [0, 365 * DAY];
    let min = 3_600_000;
    let max = Math.max((fit[1] - fit[0]) * 4, 2 * 365 * DAY);
    try {
      min = parseDuration(this.minSpan);
    } catch (e) {
      console.warn(`<event-timeline>: min-span: ${(e as Error).message}`);
    }
    if (this.maxSpan) {
      try {
        max = parseDuration(this.maxSpan);
      } catch (e) {
        console.warn(`<event-timeline>: max-span: ${(e as Error).message}`);
      }
    }
    return [min, Math.max(min, max)];
  }

  // ---- layout ------------------------------------------------------------------

  private get _plotWidth(): number {
    return Math.max(0, this._width);
  }

  private _computeLayout(): void {
    const d = this._derived;
    if (!d || !this._width) {
      this._layout = null;
      return;
    }
    const w = this._window ?? d.fit;
    const width = this._plotWidth;
    const dir = this._dir;
    this._scale = timeScale([w[0], w[1]], dir === 'rtl' ? [width, 0] : [0, width]);
    const fmt = this._formatter!;
    const font = this._fontSpec();
    if (font !== this._measureFont) {
      // A new measuring function for a new font: caches keyed by it (fitted labels) start afresh.
      this._measurer.font = this._measureFont = font;
      this._measure = (text: string) => this._measurer.width(text);
    }
    const measure = this._measure;
    this._ticks = timeTicks(this._scale, { format: (v, u, first) => fmt.tick(v, u, first), measure: (s) => this._measurer.width(s, 0.85), ...this._calendarTicker() });
    const laneLabel = (key: string) => this._laneLabel(key);
    // The focused and the selected event stay marks even inside a dense, aggregated lane.
    const forced = [this._eventById(this.selected), this._eventById(this._focusKey ? d.nav.idOf(this._focusKey) : null)].filter(
      (e): e is TimelineEvent => !!e?.date,
    );
    this._layout = layoutMarks(
      d.lanes.map((l) => ({ ...l, label: laneLabel(l.key) })),
      { scale: this._scale, width, dir, measure, maxLabel: Math.min(280, Math.max(80, width * 0.45)), forced, laneLimit: this.laneLimit },
    );
  }

  /** For a non-Gregorian display calendar, ticks on its own month and year starts. */
  private _calendarTicker(): Pick<TickOptions, 'ticker' | 'boundary'> {
    if (this._formatter!.gregorian) return {};
    const calendar = this._formatter!.calendar;
    const fields = isGregorian(calendar) ? null : intlCalendarFields(calendar);
    if (!fields) return {};
    return {
      ticker: (d0, d1, count) => calendarTicks(d0, d1, count, fields),
      boundary: (value, prev, unit) => {
        const a = fields(prev);
        const b = fields(value);
        return unit === 'month' ? a.year !== b.year : unit === 'day' ? a.month !== b.month : Math.floor(prev / DAY) !== Math.floor(value / DAY);
      },
    };
  }

  private _fontSpec(): string {
    const cs = getComputedStyle(this);
    return `${cs.fontSize} ${cs.fontFamily}`;
  }

  private _laneLabel(key: string): string {
    if (this.groupBy === 'none') return '';
    if (this.groupBy === 'actor') return key === NO_ACTOR ? this._strings.noActor : key;
    return this._kindName(key);
  }

  private _kindName(kind: string): string {
    return (this._strings.kinds as Record<string, string>)[kind] ?? kind;
  }

  private _configureZoom(): void {
    const d = this._derived;
    if (!d || !this._width) return;
    const [min, max] = this._spanLimits();
    const width = this._plotWidth;
    const base = timeScale([d.fit[0], d.fit[1]], this._dir === 'rtl' ? [width, 0] : [0, width]);
    const height = AXIS_HEIGHT + (this._layout?.height ?? 0);
    this._zoom.configure(base, this._window ?? d.fit, min, max, [[0, 0], [width, Math.max(1, height)]]);
  }

  private _setWindow(w: [number, number]): void {
    if (!this._derived) {
      this._window = w;
      return;
    }
    const [min, max] = this._spanLimits();
    let [s, e] = w;
    const span = Math.min(max, Math.max(min, e - s));
    const mid = (s + e) / 2;
    s = Math.max(-LIMIT, mid - span / 2);
    e = Math.min(LIMIT, s + span);
    this._window = [s, e];
    this._zoom.sync(this._window);
  }

  private _toMs(v: Date | string, end: 'earliest' | 'latest'): number {
    if (v instanceof Date) {
      if (Number.isNaN(+v)) throw new RangeError('Invalid Date');
      return instantToWall(+v, this._zone);
    }
    const d = parseEdtf(String(v), { timeZone: this._zone });
    const ms = end === 'earliest' ? d.earliest : d.latest + 1;
    if (!Number.isFinite(ms)) throw new RangeError(`"${v}" has no ${end === 'earliest' ? 'start' : 'end'}`);
    return ms;
  }

  private _windowChangeEvent(): EventTimelineWindowChangeEvent {
    const { start, end } = this.getWindow();
    return new EventTimelineWindowChangeEvent({ start, end });
  }

  /** Announces the visible window politely, once the zooming or panning has paused. */
  private _scheduleAnnouncement(): void {
    clearTimeout(this._announceTimer);
    this._announceTimer = window.setTimeout(() => {
      const d = this._derived;
      const w = this._window;
      if (!d || !w) return;
      const count = d.overview.count(w[0], w[1]);
      this._announcement = this._strings.showing(this._formatter!.window(w[0], w[1]), count);
    }, 600);
  }

  // ---- selection, hash links ----------------------------------------------------

  private _eventById(id: string | null): TimelineEvent | null {
    if (!id) return null;
    return this._derived?.byId.get(id) ?? null;
  }

  private _hashOrSelection(): boolean {
    return !!this._eventById(this.selected);
  }

  /** Pans so the selected event is in view, keeping the zoom when it fits. */
  private _revealSelected(): void {
    const e = this._eventById(this.selected);
    if (!e?.date || !this._derived) return;
    this._reveal(e);
  }

  private _reveal(e: TimelineEvent): void {
    const k = knownExtent(e.date!);
    const w = this._window ?? this._derived!.fit;
    if (!k) return;
    const span = w[1] - w[0];
    if (k[0] >= w[0] && k[1] <= w[1]) return;
    const len = k[1] - k[0];
    if (len > span * 0.8) this._setWindow([k[0] - len * 0.1, k[1] + len * 0.1]);
    else {
      const mid = (k[0] + k[1]) / 2;
      this._setWindow([mid - span / 2, mid + span / 2]);
    }
  }

  private _userSelect(id: string | null, focusKey?: string): void {
    if (this.selected === id) return;
    this.selected = id;
    if (focusKey) this._focusKey = focusKey;
    this._pendingEvents.push(new EventTimelineSelectEvent({ id, event: this._eventById(id) }));
  }

  private _applyHash(): void {
    if (!this.hashLink) return;
    const raw = location.hash.slice(1);
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      // A malformed escape (anyone can send such a link): the hash as written, which names no event.
    }
    if (id && this._eventById(id) && id !== this.selected) this.selected = id;
  }

  private _writeHash(): void {
    const target = this.selected ? `#${encodeURIComponent(this.selected)}` : location.pathname + location.search;
    if (location.hash !== (this.selected ? target : '')) history.replaceState(history.state, '', target);
  }

  // ---- keyboard ---------------------------------------------------------------------

  private _onMarkKeydown(ev: KeyboardEvent): void {
    const d = this._derived;
    if (!d) return;
    const key = this._focusKey;
    const rtl = this._dir === 'rtl';
    // f > 0 pans toward later times (the arrow keys already follow the direction of time).
    const panBy = (f: number) => {
      const w = this._window ?? d.fit;
      const dt = (w[1] - w[0]) * f;
      this._setWindow([w[0] + dt, w[1] + dt]);
      this._pendingEvents.push(this._windowChangeEvent());
    };
    let handled = true;
    switch (ev.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const forward = (ev.key === 'ArrowRight') !== rtl;
        if (ev.shiftKey) panBy(forward ? 0.2 : -0.2);
        else this._moveFocus(d.nav.step(key, forward ? 1 : -1));
        break;
      }
      case 'ArrowDown':
      case 'ArrowUp':
        if (ev.shiftKey) handled = false;
        else this._moveFocus(d.nav.lane(key, ev.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Home':
        this._moveFocus(d.nav.first());
        break;
      case 'End':
        this._moveFocus(d.nav.last());
        break;
      case 'Enter':
      case ' ': {
        const id = key ? d.nav.idOf(key) : null;
        if (id) this._userSelect(this.selected === id && ev.key === ' ' ? null : id, key!);
        break;
      }
      case 'Escape':
        if (this.selected) this._userSelect(null);
        else handled = false;
        break;
      default:
        handled = this._onZoomKey(ev);
    }
    if (handled) {
      ev.preventDefault();
      ev.stopPropagation();
    }
  }

  private _onZoomKey(ev: KeyboardEvent): boolean {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return false;
    if (ev.key === '+' || ev.key === '=') this._userZoom(2);
    else if (ev.key === '-' || ev.key === '_') this._userZoom(0.5);
    else if (ev.key === '0') this._userFit();
    else return false;
    return true;
  }

  private _userZoom(factor: number): void {
    const before = this._window;
    const focused = this._focusKey ? this._layout?.marks.find((m) => this._markKey(m) === this._focusKey) : undefined;
    this.zoomBy(factor, focused?.cx);
    if (before !== this._window) this._pendingEvents.push(this._windowChangeEvent());
  }

  private _userFit(): void {
    this.fit();
    this._pendingEvents.push(this._windowChangeEvent());
  }

  private _moveFocus(key: string | null): void {
    if (!key || !this._derived) return;
    this._focusKey = key;
    const id = this._derived.nav.idOf(key);
    const e = this._eventById(id);
    if (e?.date) this._reveal(e);
    this._focusAfterRender = key;
    this._showHover(key);
  }

  private _showHover(key: string | null): void {
    const id = key ? this._derived?.nav.idOf(key) ?? null : null;
    const lane = key ? Number(key.split(':')[0]) : -1;
    const next = id ? { id, lane } : null;
    if (next?.id === this._hover?.id && next?.lane === this._hover?.lane) return;
    this._hover = next;
    this.dispatchEvent(new EventTimelineHoverEvent({ id, event: this._eventById(id) }));
  }

  private _markKey(m: PlacedMark): string {
    return `${m.lane}:${m.event.id}`;
  }

  // ---- rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const d = this._derived;
    const state = this._data.state;
    const s = this._strings;
    const selected = this._eventById(this.selected);
    const rootClasses = { root: true, 'has-details': !!selected };
    return html`
      <div class=${classMap(rootClasses)} dir=${this._dir}>
        <div class="toolbar" part="toolbar">
          ${guard([d?.kinds, this.hiddenKinds, s], () => this._renderLegend())}
          ${guard([d?.actors, this.hiddenActors, s], () => this._renderActorFilter())}
          <div class="zoom" part="controls" role="group" aria-label=${s.fit}>
            <button part="control" type="button" aria-label=${s.zoomOut} title=${s.zoomOut} @click=${() => this._userZoom(0.5)}>−</button>
            <button part="control" type="button" aria-label=${s.zoomIn} title=${s.zoomIn} @click=${() => this._userZoom(2)}>+</button>
            <button part="control" type="button" @click=${() => this._userFit()}>${s.fit}</button>
            <button part="control" type="button" aria-expanded=${this._tableOpen ? 'true' : 'false'} aria-controls="events-table"
              @click=${() => (this._tableOpen = !this._tableOpen)}>${s.table}</button>
            <button part="control" type="button" popovertarget="keys-help" aria-haspopup="dialog">${s.keys}</button>
          </div>
          <div id="keys-help" part="help" class="help" popover role="dialog" aria-labelledby="keys-help-title">
            <h2 id="keys-help-title">${s.keysTitle}</h2>
            <dl>
              ${guard([s, this._dir], () => s.keyBindings(this._dir === 'rtl').map(([k, what]) => html`<dt><kbd>${k}</kbd></dt><dd>${what}</dd>`))}
            </dl>
          </div>
        </div>
        <div class="chart" part="chart">
          ${this._renderPlot()}
          ${state === 'loading'
            ? html`<div class="state" part="state" role="status">${s.loading}</div>`
            : state === 'error'
              ? html`<div class="state error" part="state" role="alert">${s.loadError(this._data.error!.message)}</div>`
              : d && d.dataset.events.length === 0
                ? html`<div class="state" part="state" role="status">${this._emptyMessage()}</div>`
                : d && d.dated.length === 0 && d.undated.length === 0
                  ? html`<div class="state" part="state" role="status">${s.allFiltered}</div>`
                  : nothing}
          ${this._renderTooltip()}
        </div>
        ${this._renderOverview()} ${this._renderUndated()} ${selected ? this._renderDetails(selected) : nothing}
        ${this._tableOpen ? this._renderTable() : nothing} ${this._renderProblems()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }

  private _emptyMessage(): string {
    const errors = this.problems.filter((p) => p.severity === 'error').length;
    return errors ? `${this._strings.empty} ${this._strings.invalidRecords(errors)}` : this._strings.empty;
  }

  /** Why records were skipped (errors first), then what was dropped or adjusted, even when nothing could be drawn. */
  private _renderProblems(): TemplateResult | typeof nothing {
    const s = this._strings;
    const errors = this.problems.filter((p) => p.severity === 'error');
    const warnings = this.problems.filter((p) => p.severity !== 'error');
    if (!errors.length && !warnings.length) return nothing;
    const MAX_LISTED = 50;
    const shown = [...errors, ...warnings].slice(0, MAX_LISTED);
    const summary = [errors.length ? s.invalidRecords(errors.length) : '', warnings.length ? s.warnings(warnings.length) : ''].filter(Boolean).join(' ');
    return html`<details class="problems" part="problems">
      <summary>${summary}</summary>
      <ul>
        ${shown.map(
          // Each quoted value in its own <bdi>, inside its quotes: an override or isolate in a title or id stays inside it.
          (p) => html`<li class=${p.severity} dir="auto">${splitQuoted(p.message).map((part) => (part.quoted ? html`"<bdi>${part.text.slice(1, -1)}</bdi>"` : part.text))}</li>`,
        )}
        ${errors.length + warnings.length > MAX_LISTED ? html`<li>${s.moreProblems(errors.length + warnings.length - MAX_LISTED)}</li>` : nothing}
      </ul>
    </details>`;
  }

  private _renderLegend(): TemplateResult | typeof nothing {
    const d = this._derived;
    if (!d || d.kinds.length === 0) return nothing;
    const hidden = new Set(this.hiddenKinds);
    return html`<ul class="legend" part="legend" aria-label=${this._strings.legend}>
      ${d.kinds.map(
        ({ kind, count }) => html`<li>
          <button
            part="legend-item"
            type="button"
            aria-pressed=${hidden.has(kind) ? 'false' : 'true'}
            style=${styleMap({ '--_c': this._kindColor(kind) })}
            @click=${() => this._toggleKind(kind)}
          >
            ${this._symbolIcon(kind)}<span>${this._strings.showKind(this._kindName(kind), count)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private _renderActorFilter(): TemplateResult | typeof nothing {
    const d = this._derived;
    if (!d || d.actors.length === 0) return nothing;
    const hidden = new Set(this.hiddenActors);
    const s = this._strings;
    return html`<details class="actor-filter" part="actor-filter">
      <summary>${s.actorFilter(d.actors.length - hidden.size, d.actors.length)}</summary>
      <ul class="legend" aria-label=${s.actors}>
        ${d.actors.map(
          ({ actor, count }) => html`<li>
            <button part="legend-item" type="button" aria-pressed=${hidden.has(actor) ? 'false' : 'true'} @click=${() => this._toggleActor(actor)}>
              ${s.showKind(actor, count)}
            </button>
          </li>`,
        )}
      </ul>
    </details>`;
  }

  private _toggleActor(actor: string): void {
    const hidden = new Set(this.hiddenActors);
    if (hidden.has(actor)) hidden.delete(actor);
    else hidden.add(actor);
    this.hiddenActors = [...hidden];
  }

  private _toggleKind(kind: string): void {
    const hidden = new Set(this.hiddenKinds);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    this.hiddenKinds = [...hidden];
  }

  private _symbolIcon(kind: string, size = 14): TemplateResult {
    const sym = kindSymbol(kind);
    return html`<svg width=${size} height=${size} viewBox="-11 -11 22 22" aria-hidden="true">
      <path d=${sym.d} transform=${sym.transform ?? nothing} fill=${this._kindColor(kind)}></path>
    </svg>`;
  }

  private _kindColor(kind: string): string {
    const known = (EVENT_KINDS as readonly string[]).includes(kind) ? kind : 'other';
    return `var(--_kind-${known})`;
  }

  private _renderPlot(): TemplateResult {
    const layout = this._layout;
    const width = this._plotWidth;
    const height = AXIS_HEIGHT + (layout?.height ?? 0) + 8;
    this._tabStop = null;
    return html`<svg
      class="plot"
      part="plot"
      width=${width}
      height=${height}
      role="group"
      aria-label=${this._strings.timeline}
      @keydown=${this._onMarkKeydown}
      @focusin=${this._onFocusIn}
      @pointerleave=${() => this._showHover(null)}
      @pointermove=${this._onPlotPointerMove}
      @click=${this._onPlotClick}
    >
      ${layout ? svg`${this._renderLanes(layout, width)}${this._renderEras(height)}${this._renderAxis(height)}${this._renderMarkers(height)}${this._renderMarks(layout)}` : nothing}
    </svg>
    ${layout
      ? repeat(
          layout.lanes.filter((l) => l.aggregate),
          (l) => l.key,
          (l) => html`<canvas class="density" part="density" aria-hidden="true" data-lane=${l.key}
            style=${styleMap({ top: `${AXIS_HEIGHT + l.aggregate!.bandTop}px`, height: `${l.aggregate!.bandHeight}px`, width: `${width}px` })}></canvas>
            <canvas class="clusters" part="clusters" aria-hidden="true" data-lane=${l.key} data-count=${this._clusterTotal(l.aggregate!)}
            style=${styleMap({ top: `${AXIS_HEIGHT + l.aggregate!.clusterTop}px`, height: `${l.aggregate!.clusterHeight}px`, width: `${width}px` })}></canvas>`,
        )
      : nothing}
    <span class="probe" aria-hidden="true"></span>
    <svg class="cluster-probe" aria-hidden="true"><g class="cluster" part="cluster"><rect class="bubble"></rect><text>0</text></g></svg>`;
  }

  private _onFocusIn(ev: FocusEvent): void {
    const key = (ev.target as Element).getAttribute?.('data-key');
    if (key) this._onFocusKey(key);
  }

  private _onFocusKey(key: string): void {
    this._focusKey = key;
    this._showHover(key);
  }

  private _renderAxis(height: number): SVGTemplateResult {
    return svg`<g class="axis" part="axis" aria-hidden="true">
      <rect class="axis-band" x="0" y="0" width=${this._plotWidth} height=${AXIS_HEIGHT}></rect>
      ${this._ticks.map(
        (t) => svg`<line x1=${t.x} x2=${t.x} y1=${AXIS_HEIGHT - 6} y2=${height}></line>
          ${t.label === null ? nothing : svg`<text part="tick-label" x=${t.labelX} y=${AXIS_HEIGHT - 11} text-anchor="middle">${t.label}</text>`}`,
      )}
      <line class="axis-rule" x1="0" x2=${this._plotWidth} y1=${AXIS_HEIGHT - 0.5} y2=${AXIS_HEIGHT - 0.5}></line>
    </g>`;
  }

  private _renderLanes(layout: MarkLayout, width: number): SVGTemplateResult {
    const rtl = this._dir === 'rtl';
    return svg`<g class="lanes" aria-hidden="true">
      ${layout.lanes.map(
        (lane, i) => svg`<rect part="lane" class=${i % 2 ? 'lane-band alt' : 'lane-band'} x="0" y=${AXIS_HEIGHT + lane.top} width=${width} height=${lane.height}></rect>
          ${lane.label ? svg`<text part="lane-label" class="lane-label" x=${rtl ? width - 8 : 8} y=${AXIS_HEIGHT + lane.top + 15} text-anchor="start">${isolate(lane.label)}</text>` : nothing}`,
      )}
    </g>`;
  }

  private _renderEras(height: number): SVGTemplateResult | typeof nothing {
    const eras = this._data.dataset.eras;
    if (!eras.length) return nothing;
    const width = this._plotWidth;
    const x = (t: number) => (Number.isFinite(t) ? this._scale(t) : t < 0 === (this._dir === 'rtl') ? width + 10 : -10);
    return svg`<g part="eras">
      ${eras.map((era) => {
        const a = Math.max(-10, Math.min(width + 10, x(era.date.earliest)));
        const b = Math.max(-10, Math.min(width + 10, x(era.date.latest + 1)));
        const left = Math.min(a, b);
        const w = Math.abs(b - a);
        if (w < 1 || left > width || left + w < 0) return nothing;
        const lx = Math.max(left, 0) + 6;
        return svg`<g part="era"><rect class="era" x=${left} y=${AXIS_HEIGHT} width=${w} height=${height - AXIS_HEIGHT}></rect>
          <text class="era-label" x=${this._dir === 'rtl' ? Math.min(left + w, width) - 6 : lx} y=${height - 6}>${isolate(era.title)}</text></g>`;
      })}
    </g>`;
  }

  private _renderMarkers(height: number): SVGTemplateResult | typeof nothing {
    const markers: Array<{ t: number; label: string }> = [];
    if (this.now) markers.push({ t: instantToWall(Date.now(), this._zone), label: this._strings.now });
    const ref = this._referenceMs();
    if (ref !== null) {
      const published = !this.referenceDate || this.referenceDate === this._data.dataset.source?.published;
      markers.push({ t: ref, label: published ? this._strings.published : this._strings.reference });
    }
    const width = this._plotWidth;
    const rtl = this._dir === 'rtl';
    return svg`${markers.map(({ t, label }) => {
      const x = this._scale(t);
      if (!(x >= 0 && x <= width)) return nothing;
      const flip = rtl ? x < 80 : x > width - 80;
      return svg`<g class="marker" part="marker" aria-hidden="true"><line x1=${x} x2=${x} y1=${AXIS_HEIGHT} y2=${height}></line>
        <text class="marker-label" x=${flip ? x - 4 : x + 4} y=${AXIS_HEIGHT + 12} text-anchor=${flip ? 'end' : 'start'}>${label}</text></g>`;
    })}`;
  }

  private _zoomToCluster(c: Cluster): void {
    const pad = (c.t1 - c.t0) * 0.1;
    this._setWindow([c.t0 - pad, c.t1 + pad]);
    this._pendingEvents.push(this._windowChangeEvent());
  }

  /** The density bands of aggregated lanes: one bar per non-empty bin, height by log count, in plot coordinates. */
  private _densityBars(probe: HTMLElement, lane?: LaneBox): DensityBar[] {
    const bars: DensityBar[] = [];
    const width = this._plotWidth;
    const rtl = this._dir === 'rtl';
    for (const box of lane ? [lane] : (this._layout?.lanes ?? [])) {
      const a = box.aggregate;
      if (!a) continue;
      const fill = this._resolveColor(probe, this.groupBy === 'kind' ? `--_kind-${EVENT_KINDS.includes(box.key as never) ? box.key : 'other'}` : '--_accent');
      const scale = Math.log2(1 + a.max) || 1;
      const bottom = AXIS_HEIGHT + a.bandTop + a.bandHeight;
      for (let i = 0; i < a.bins.length; i++) {
        const c = a.bins[i]!;
        if (!c) continue;
        const h = Math.max(2, (Math.log2(1 + c) / scale) * a.bandHeight);
        bars.push({ x: rtl ? width - (i + 1) * a.binPx : i * a.binPx, y: bottom - h, width: Math.max(1, a.binPx - 0.5), height: h, fill, opacity: 0.55 });
      }
    }
    return bars;
  }

  /**
   * Paints each dense lane's band on its own small canvas: a canvas the size
   * of one band is cheap to clear and to hand to the compositor every frame.
   */
  private _paintDensity(): void {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    if (!probe) return;
    this._eachLaneCanvas('density', (a) => a.bandHeight, (lane, a, ctx, dpr) => {
      ctx.setTransform(dpr, 0, 0, dpr, 0, -(AXIS_HEIGHT + a.bandTop) * dpr);
      for (const b of this._densityBars(probe, lane)) {
        ctx.fillStyle = b.fill;
        ctx.fillRect(b.x, b.y, b.width, b.height);
      }
    });
  }

  /**
   * Calls `draw` with each aggregated lane's canvas of `kind`, sized to the
   * plot's width and `height(aggregate)` CSS px at the device pixel ratio,
   * and cleared.
   */
  private _eachLaneCanvas(
    kind: 'density' | 'clusters',
    height: (a: LaneAggregate) => number,
    draw: (lane: LaneBox, a: LaneAggregate, ctx: CanvasRenderingContext2D, dpr: number) => void,
  ): void {
    const layout = this._layout;
    if (!layout) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(this._plotWidth * dpr);
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>(`canvas.${kind}`)) {
      const lane = layout.lanes.find((l) => l.key === canvas.dataset.lane && l.aggregate);
      if (!lane) continue;
      const h = Math.round(height(lane.aggregate!) * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) continue;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, w, h);
      draw(lane, lane.aggregate!, ctx, dpr);
    }
  }

  /** Events the clusters of a lane stand for. */
  private _clusterTotal(a: LaneAggregate): number {
    let n = 0;
    for (const c of a.clusters) n += c.count;
    return n;
  }

  /**
   * Paints each dense lane's clusters, bubbles with counts, on the canvas over
   * its cluster row. They are aria-hidden and answer the pointer only, as the
   * SVG bubbles did: the keyboard and the table reach every event one by one.
   */
  private _paintClusters(): void {
    const format = this._formatter?.compactNumber;
    if (!format) return;
    this._eachLaneCanvas('clusters', (a) => a.clusterHeight, (lane, a, ctx, dpr) => {
      const labels = a.clusters.map((c) => format.format(c.count));
      this._clusterPainter.paint(ctx, a.clusters, labels, this._clusterStyle(lane.key), -a.clusterTop, dpr, this._dir);
    });
  }

  /** The clusters as the canvases show them, in plot coordinates, for the SVG export. */
  private _exportBubbles(): ExportBubble[] {
    const format = this._formatter!.compactNumber;
    return (this._layout?.lanes ?? []).flatMap((lane) => {
      if (!lane.aggregate) return [];
      const style = this._clusterStyle(lane.key);
      return lane.aggregate.clusters.map((c) => {
        const text = format.format(c.count);
        const box = bubbleBox(c, text);
        return { ...box, y: box.y + AXIS_HEIGHT, text, style };
      });
    });
  }

  private _clusterPainter = new ClusterPainter();

  /** Bubble styles read once per theme (and lane colour) from the hidden `part="cluster"` style source. */
  private _clusterStyles = new Map<string, ClusterStyle>();

  private _clusterStyle(laneKey: string): ClusterStyle {
    const colorVar = this.groupBy === 'kind' ? `--_kind-${EVENT_KINDS.includes(laneKey as never) ? laneKey : 'other'}` : '--_accent';
    let style = this._clusterStyles.get(colorVar);
    if (style) return style;
    const g = this.renderRoot.querySelector<SVGGElement>('.cluster-probe .cluster')!;
    g.style.setProperty('--_c', `var(${colorVar})`);
    const group = getComputedStyle(g);
    const bubble = getComputedStyle(g.querySelector('rect')!);
    const text = getComputedStyle(g.querySelector('text')!);
    const fontSize = parseFloat(text.fontSize) || 12;
    style = {
      fill: bubble.fill,
      stroke: bubble.stroke,
      strokeWidth: parseFloat(bubble.strokeWidth) || 0,
      textFill: text.fill,
      font: `${text.fontStyle} ${text.fontWeight} ${fontSize}px ${text.fontFamily}`,
      fontSize,
      opacity: Number(group.opacity),
    };
    this._clusterStyles.set(colorVar, style);
    return style;
  }

  /** The cluster under the pointer, from the layout (the canvas keeps no shapes). */
  private _clusterAtPointer(ev: MouseEvent): Cluster | null {
    const layout = this._layout;
    if (!layout || (ev.target as Element).closest?.('.mark')) return null;
    const box = (ev.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ev.clientX - box.left;
    const y = ev.clientY - box.top - AXIS_HEIGHT;
    for (const lane of layout.lanes) {
      if (!lane.aggregate || y < lane.top || y >= lane.top + lane.height) continue;
      return clusterAt(lane.aggregate.clusters, x, y);
    }
    return null;
  }

  private _colors = new Map<string, string>();
  private _colorsKey = '';
  /** Bumped when the colour scheme or forced colours change (media query listeners, not a query per frame). */
  private _schemeEpoch = 0;
  private _schemeQueries: MediaQueryList[] = [];
  private _onSchemeChange = () => {
    this._schemeEpoch++;
    this.requestUpdate();
  };

  /**
   * A theme colour (light-dark(), custom properties) resolved the way CSS does,
   * cached until the theme or the colour scheme changes: reading styles on
   * every frame would force a style recalculation each time.
   */
  private _resolveColor(probe: HTMLElement, cssVar: string): string {
    let c = this._colors.get(cssVar);
    if (c === undefined) {
      probe.style.color = `var(${cssVar})`;
      c = getComputedStyle(probe).color;
      this._colors.set(cssVar, c);
    }
    return c;
  }

  /**
   * Pointer over a density band: the nearest event, through the lane's time
   * index (a spatial index in time), stands in for a mark: hover shows it,
   * a click selects it. Callers first check for a cluster bubble, which wins.
   */
  private _hitTest(ev: PointerEvent | MouseEvent): { event: TimelineEvent; lane: number } | null {
    const layout = this._layout;
    const d = this._derived;
    if (!layout || !d || (ev.target as Element).closest?.('.mark')) return null;
    const svgBox = (ev.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ev.clientX - svgBox.left;
    const y = ev.clientY - svgBox.top - AXIS_HEIGHT;
    const laneIndex = layout.lanes.findIndex((l) => l.aggregate && y >= l.top && y < l.top + l.height);
    if (laneIndex < 0) return null;
    const t = this._scale.invert(x);
    const tol = Math.abs(this._scale.invert(x + 6) - t);
    let best: TimelineEvent | null = null;
    let dist = Infinity;
    for (const e of d.lanes[laneIndex]!.index.query(t - tol, t + tol)) {
      const k = knownExtent(e.date!);
      const dt = k ? Math.min(Math.abs(k[0] - t), Math.abs(k[1] - t), k[0] <= t && t <= k[1] ? 0 : Infinity) : Infinity;
      if (dt < dist) {
        dist = dt;
        best = e;
      }
    }
    return best ? { event: best, lane: laneIndex } : null;
  }

  private _onPlotPointerMove(ev: PointerEvent): void {
    if (ev.buttons) return;
    const cluster = this._clusterAtPointer(ev);
    (ev.currentTarget as SVGSVGElement).classList.toggle('over-cluster', !!cluster);
    // Under a bubble the pointer means the cluster, not an event of the band.
    const hit = cluster ? null : this._hitTest(ev);
    if (!hit) {
      if (this._hover?.x !== undefined) this._showHover(null);
      return;
    }
    const box = (ev.currentTarget as SVGSVGElement).getBoundingClientRect();
    this._hover = { id: hit.event.id, lane: hit.lane, x: ev.clientX - box.left, y: ev.clientY - box.top };
  }

  private _onPlotClick(ev: MouseEvent): void {
    const cluster = this._clusterAtPointer(ev);
    if (cluster) {
      this._zoomToCluster(cluster);
      return;
    }
    const hit = this._hitTest(ev);
    if (hit) this._userSelect(hit.event.id, `${hit.lane}:${hit.event.id}`);
  }

  private _renderMarks(layout: MarkLayout): SVGTemplateResult {
    const rendered = new Set(layout.marks.map((m) => this._markKey(m)));
    // The marks are a listbox whose options sit in the DOM in keyboard (date) order.
    // That order is (start, lane, record), as navigationOrder sorts; compared here so drawing never builds it.
    const start = (m: PlacedMark) => (m.event.date ? knownExtent(m.event.date)?.[0] ?? 0 : 0);
    const ordered = layout.marks
      .map((m) => ({ m, t: start(m) }))
      .sort((a, b) => a.t - b.t || a.m.lane - b.m.lane || a.m.event.index - b.m.event.index)
      .map(({ m }) => m);
    // The roving tab stop: the last focused event while it is drawn (or undated), else the first in view.
    const first = ordered[0] ? this._markKey(ordered[0]) : null;
    const tabStop = this._focusKey && (rendered.has(this._focusKey) || this._focusKey.startsWith('u:')) ? this._focusKey : first;
    this._tabStop = tabStop;
    // Labels sit in their own layer, outside the marks: a mark's accessible
    // name is its aria-label, which a shortened visible label must not contradict.
    return svg`<g class="marks" role=${ordered.length ? 'listbox' : 'none'} aria-orientation=${ordered.length ? 'horizontal' : nothing}
        aria-label=${ordered.length ? this._strings.eventsInWindow : nothing}>${repeat(
      ordered,
      (m) => this._markKey(m),
      (m) => this._renderMark(m, this._markKey(m) === tabStop),
    )}</g>
      <g class="labels" aria-hidden="true">${repeat(
        layout.marks.filter((m) => m.label),
        (m) => this._markKey(m),
        (m) =>
          svg`<text part="event-label" class=${m.event.id === this.selected ? 'label selected' : 'label'} transform=${`translate(${m.labelX.toFixed(1)},${AXIS_HEIGHT + m.cy})`} dy="0.35em">${isolate(m.label!)}</text>`,
      )}</g>`;
  }

  /**
   * One mark, drawn around its symbol's centre: the group carries the only
   * position, so a zoom frame mostly changes one transform per mark; the
   * children change only when a span's width or the label changes.
   */
  private _renderMark(m: PlacedMark, tabStop: boolean): SVGTemplateResult {
    const e = m.event;
    const key = this._markKey(m);
    const sym = kindSymbol(e.kind);
    const selected = e.id === this.selected;
    // The hit area covers symbol, span and label, and is at least 24 px square.
    const labelW = m.label ? this._measurer.width(m.label) : 0;
    const labelL = m.label ? (this._dir === 'rtl' ? m.labelX - labelW : m.labelX) : m.cx;
    const hitLeft = Math.min(m.left, m.cx - 12, labelL) - m.cx;
    const hitRight = Math.max(m.right, m.cx + 12, labelL + labelW) - m.cx;
    const left = m.left - m.cx;
    const right = m.right - m.cx;
    // Open sides fade out through a CSS gradient mask (classes fade-l, fade-r, fade-lr), not an
    // SVG <mask> by url(#id): through its style cache, Chromium kept the shadow roots of the
    // last 5–12 timelines drawn with such a mask alive after they were removed, DOM and all.
    const fade = m.fadeLeft || m.fadeRight ? `fade-${m.fadeLeft ? 'l' : ''}${m.fadeRight ? 'r' : ''}` : '';
    const cls = { mark: true, [m.shape]: true, uncertain: m.uncertain, selected };
    return svg`<g
      class=${classMap(cls)}
      part=${selected ? 'event selected' : 'event'}
      data-event-id=${e.id}
      data-key=${key}
      tabindex=${tabStop ? '0' : '-1'}
      role="option"
      aria-label=${this._markName(m)}
      aria-selected=${selected ? 'true' : 'false'}
      style=${styleMap({ '--_c': this._kindColor(e.kind) })}
      transform=${`translate(${m.cx.toFixed(1)},${AXIS_HEIGHT + m.cy})`}
      @click=${() => this._userSelect(e.id, key)}
      @pointerenter=${() => this._showHover(key)}
    >
      <rect class="hit" x=${hitLeft} y="-12" width=${hitRight - hitLeft} height="24"></rect>
      ${m.shape === 'point'
        ? nothing
        : svg`<rect class=${fade ? `span ${fade}` : 'span'} x=${left} y="-7" width=${Math.max(1, right - left)} height="14" rx=${m.shape === 'interval' ? 3 : 7}></rect>`}
      ${m.shape === 'fuzzy' && !m.fadeLeft && !m.fadeRight ? svg`<path class="whisker" d=${`M${left + 0.75},-5v10M${right - 0.75},-5v10`}></path>` : nothing}
      <path class="symbol" d=${sym.d} transform=${sym.transform ?? nothing}></path>
      ${tabStop ? svg`<rect class="focus-ring" x=${hitLeft - 2} y="-13" width=${hitRight - hitLeft + 4} height="26" rx="4"></rect>` : nothing}
    </g>`;
  }

  /** An option's name; grouped by actor, the lane says which of the event's rows this is. */
  private _markName(m: PlacedMark): string {
    const name = this._eventName(m.event);
    if (this.groupBy !== 'actor') return name;
    const lane = this._layout?.lanes[m.lane]?.label;
    return lane ? this._strings.inLane(name, lane) : name;
  }

  /** Accessible name: title, the source's date words, the resolved date, the kind. Cached per event. */
  private _eventName(e: TimelineEvent): string {
    let name = this._names.get(e.id);
    if (name === undefined) {
      name = this._strings.eventName({
        title: e.title,
        dateText: e.dateText,
        date: this._describe(e),
        kind: this._kindName(e.kind),
      });
      this._names.set(e.id, name);
    }
    return name;
  }

  private _describe(e: TimelineEvent): string {
    const f = this._formatter!;
    if (e.date) return f.describe(e.date);
    const rel = this._derived?.undatedRelations.get(e.id);
    if (!rel) return this._strings.undated;
    const phrase = rel.kind === 'before' ? this._strings.beforeEvent(rel.other.title) : this._strings.afterEvent(rel.other.title);
    return `${this._strings.undated}, ${phrase}`;
  }

  private _renderTooltip(): TemplateResult | typeof nothing {
    const hover = this._hover;
    if (!hover || !this._layout) return nothing;
    const m = this._layout.marks.find((x) => x.event.id === hover.id && x.lane === hover.lane);
    const e = m?.event ?? (hover.x !== undefined ? this._eventById(hover.id) : null);
    if (!e) return nothing;
    const cx = m ? m.cx : hover.x!;
    const width = this._plotWidth;
    const y = m ? AXIS_HEIGHT + m.cy + 18 : hover.y! + 18;
    const anchorRight = cx > width * 0.6;
    const style = anchorRight ? { top: `${y}px`, right: `${Math.max(4, width - cx - 16)}px` } : { top: `${y}px`, left: `${Math.max(4, cx - 16)}px` };
    return html`<div class="tooltip" part="tooltip" role="tooltip" style=${styleMap(style)}>
      <slot name="tooltip">
        ${guard(
          // The text changes with the event and the language, not with each frame of a zoom under a resting pointer.
          [e, this._formatter, this._derived],
          () => html`<strong><bdi>${e.title}</bdi></strong>
            <span class="when">${e.dateText ? html`${this._strings.quote(e.dateText)}: ` : nothing}${this._describe(e)}</span>`,
        )}
      </slot>
    </div>`;
  }

  private _renderOverview(): TemplateResult | typeof nothing {
    const d = this._derived;
    if (!d || !this._width || d.dated.length === 0) return nothing;
    const width = this._plotWidth;
    const h = 38;
    const fit = d.fit;
    const rtl = this._dir === 'rtl';
    const x = timeScale([fit[0], fit[1]], rtl ? [width, 0] : [0, width]);
    const step = (fit[1] - fit[0]) / Math.max(1, Math.floor(width / 4));
    const density = this._density(d, width);
    const { counts, max } = density;
    const w = this._window ?? fit;
    const a = Math.max(0, Math.min(width, x(w[0])));
    const b = Math.max(0, Math.min(width, x(w[1])));
    const f = this._formatter!;
    return html`<svg class="overview" part="overview" width=${width} height=${h} aria-label=${this._strings.overview} role="group"
      @pointerdown=${this._onOverviewPointerDown}>
      ${guard([density, rtl], () =>
        // Bars change with the data and the width, never with the window: not re-rendered per frame.
        counts.map((c, i) => {
          if (!c) return nothing;
          const bh = Math.max(2, (c / max) * (h - 8));
          const bx = x(fit[0] + i * step);
          return svg`<rect class="bar" x=${rtl ? bx - 3 : bx} y=${h - 2 - bh} width="3" height=${bh}></rect>`;
        }),
      )}
      <rect class="brush" part="brush" x=${Math.min(Math.min(a, b), width - 24)} y="1" width=${Math.max(24, Math.abs(b - a))} height=${h - 2} rx="3"
        tabindex="0" role="slider" aria-label=${this._strings.overview}
        aria-valuemin=${Math.round(fit[0] / DAY)} aria-valuemax=${Math.round(fit[1] / DAY)} aria-valuenow=${Math.round((w[0] + w[1]) / 2 / DAY)}
        aria-valuetext=${`${f.period(w[0], 'day')} – ${f.period(w[1], 'day')}`}
        @keydown=${this._onBrushKeydown}></rect>
    </svg>`;
  }

  /** Events per 4-px bin of the overview; once per data and width, never per frame. */
  private _density(d: Derived, width: number): { counts: number[]; max: number } {
    if (d.density?.width === width) return d.density;
    const bins = Math.max(1, Math.floor(width / 4));
    const counts = new Array<number>(bins).fill(0);
    const step = (d.fit[1] - d.fit[0]) / bins;
    for (const e of d.dated) {
      const k = knownExtent(e.date!);
      if (!k) continue;
      const i = Math.floor(((k[0] + k[1]) / 2 - d.fit[0]) / step);
      if (i >= 0 && i < bins) counts[i]!++;
    }
    let max = 1;
    for (const c of counts) if (c > max) max = c;
    d.density = { width, counts, max };
    return d.density;
  }

  private _onBrushKeydown(ev: KeyboardEvent): void {
    const w = this._window ?? this._derived?.fit;
    if (!w) return;
    const span = w[1] - w[0];
    const rtl = this._dir === 'rtl';
    let dt = 0;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowUp') dt = span * 0.1 * (rtl && ev.key === 'ArrowRight' ? -1 : 1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowDown') dt = -span * 0.1 * (rtl && ev.key === 'ArrowLeft' ? -1 : 1);
    else if (ev.key === 'PageUp') dt = span;
    else if (ev.key === 'PageDown') dt = -span;
    else if (!this._onZoomKey(ev)) return;
    ev.preventDefault();
    if (dt) {
      this._setWindow([w[0] + dt, w[1] + dt]);
      this._pendingEvents.push(this._windowChangeEvent());
    }
  }

  private _onOverviewPointerDown(ev: PointerEvent): void {
    const d = this._derived;
    const svgEl = ev.currentTarget as SVGSVGElement;
    if (!d || ev.button !== 0) return;
    const width = this._plotWidth;
    const x = timeScale([d.fit[0], d.fit[1]], this._dir === 'rtl' ? [width, 0] : [0, width]);
    const rect = svgEl.getBoundingClientRect();
    const w0 = this._window ?? d.fit;
    const span = w0[1] - w0[0];
    const onBrush = (ev.target as Element).classList.contains('brush');
    const t0 = x.invert(ev.clientX - rect.left);
    const offset = onBrush ? t0 - w0[0] : span / 2;
    const move = (e: PointerEvent) => {
      const t = x.invert(e.clientX - rect.left);
      this._setWindow([t - offset, t - offset + span]);
    };
    move(ev);
    svgEl.setPointerCapture(ev.pointerId);
    const up = () => {
      svgEl.removeEventListener('pointermove', move);
      svgEl.removeEventListener('pointerup', up);
      svgEl.removeEventListener('pointercancel', up);
      this._pendingEvents.push(this._windowChangeEvent());
      this.requestUpdate();
    };
    svgEl.addEventListener('pointermove', move);
    svgEl.addEventListener('pointerup', up);
    svgEl.addEventListener('pointercancel', up);
  }

  private _renderUndated(): TemplateResult | typeof nothing {
    const d = this._derived;
    if (!d || d.undated.length === 0) return nothing;
    const s = this._strings;
    return html`<section class="undated" part="undated" aria-labelledby="undated-heading">
      <h2 id="undated-heading">${s.undated}</h2>
      <p>${s.undatedHint}</p>
      <ul role="listbox" aria-orientation="horizontal" aria-labelledby="undated-heading">
        ${d.undated.map(({ event: e, relation }) => {
          const key = `u:${e.id}`;
          const selected = e.id === this.selected;
          return html`<li role="none">
            <div
              role="option"
              part=${selected ? 'event selected' : 'event'}
              class=${selected ? 'undated-event selected' : 'undated-event'}
              data-event-id=${e.id}
              data-key=${key}
              tabindex=${key === (this._tabStop ?? `u:${d.undated[0]!.event.id}`) ? '0' : '-1'}
              aria-label=${this._eventName(e)}
              aria-selected=${selected ? 'true' : 'false'}
              style=${styleMap({ '--_c': this._kindColor(e.kind) })}
              @click=${() => this._userSelect(e.id, key)}
              @keydown=${this._onMarkKeydown}
              @focus=${() => this._onFocusKey(key)}
            >
              ${this._symbolIcon(e.kind)}<span dir="auto">${e.title}</span>
            </div>
            ${relation
              ? html`<span class="relation" aria-hidden="true">${relation.kind === 'before' ? s.beforeEvent(relation.other.title) : s.afterEvent(relation.other.title)}</span>`
              : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private _renderDetails(e: TimelineEvent): TemplateResult {
    const s = this._strings;
    const sourceUrl = e.source?.url ?? this._data.dataset.source?.url;
    return html`<aside class="details" part="details" aria-labelledby="details-heading" style=${styleMap({ '--_c': this._kindColor(e.kind) })}
      @keydown=${(ev: KeyboardEvent) => {
        if (ev.key === 'Escape') {
          ev.stopPropagation();
          this._closeDetails();
        }
      }}>
      <slot name="details">
        <h2 id="details-heading"><bdi>${e.title}</bdi></h2>
        <span class="kind-chip">${this._symbolIcon(e.kind)} ${this._kindName(e.kind)}</span>
        <dl>
          ${e.dateText ? html`<dt>${s.datePhrase}</dt><dd>${s.quote(e.dateText)}</dd>` : nothing}
          <dt>${s.resolvedDate}</dt>
          <dd>${this._describe(e)}</dd>
          ${e.actors.length ? html`<dt>${s.actors}</dt><dd><bdi>${e.actors.join(', ')}</bdi></dd>` : nothing}
          ${e.place ? html`<dt>${s.place}</dt><dd><bdi>${e.place}</bdi></dd>` : nothing}
          ${e.corroboration
            ? html`<dt>${s.corroboration}</dt>
                <dd>
                  ${this._formatter!.describe(e.corroboration.parsed)}: ${e.corroboration.note}
                  ${e.corroboration.url ? html` <a href=${e.corroboration.url} target="_blank" rel="noopener noreferrer">${new URL(e.corroboration.url).hostname}</a>` : nothing}
                </dd>`
            : nothing}
        </dl>
        ${e.summary ? html`<p dir="auto">${e.summary}</p>` : nothing}
        ${e.source
          ? html`<figure>
              <blockquote part="source-quote" dir="auto" cite=${sourceUrl ?? nothing}>${e.source.quote}</blockquote>
              <figcaption>
                ${s.source}: ${this._data.dataset.source?.title ?? ''}${this._data.dataset.source?.publisher ? html`, ${this._data.dataset.source.publisher}` : nothing}
                ${sourceUrl ? html` · <a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${s.openSource}</a>` : nothing}
              </figcaption>
            </figure>`
          : nothing}
        ${e.media ? html`<figure><img src=${e.media.url} alt=${e.media.caption ?? ''} loading="lazy" />${e.media.caption || e.media.credit ? html`<figcaption>${e.media.caption ?? ''} ${e.media.credit ? html`<small>${e.media.credit}</small>` : nothing}</figcaption>` : nothing}</figure>` : nothing}
        ${e.links.length
          ? html`<h3>${s.links}</h3>
              <ul>
                ${e.links.map((l) => html`<li><a href=${l.url} target="_blank" rel="noopener noreferrer">${l.label ?? l.url}</a></li>`)}
              </ul>`
          : nothing}
      </slot>
      <button class="close" type="button" aria-label=${s.close} title=${s.close} @click=${() => this._closeDetails()}>×</button>
    </aside>`;
  }

  // ---- text alternative: a sortable, virtualized table of every event ----------

  private static readonly TABLE_ROW = 60;
  private static readonly TABLE_VIEW = 420;

  private _tableRows: { source: Derived | null; key: string; rows: TimelineEvent[] } = { source: null, key: '', rows: [] };

  /** Every event (filters applied), sorted as asked; recomputed only when data or sort change. */
  private _sortedEvents(d: Derived): TimelineEvent[] {
    const { key, direction } = this._tableSort;
    const k = `${key}:${direction}:${this._locale}`;
    if (this._tableRows.source !== d || this._tableRows.key !== k) {
      const all = [...d.dated, ...d.undated.map((u) => u.event)];
      this._tableRows = { source: d, key: k, rows: sortEvents(all, key, direction, new Intl.Collator(this._locale)) };
    }
    return this._tableRows.rows;
  }

  private _sortBy(key: SortKey): void {
    const { key: current, direction } = this._tableSort;
    this._tableSort = { key, direction: current === key && direction === 'ascending' ? 'descending' : 'ascending' };
  }

  private _onTableScroll(ev: Event): void {
    const top = (ev.currentTarget as HTMLElement).scrollTop;
    cancelAnimationFrame(this._tableFrame);
    this._tableFrame = requestAnimationFrame(() => {
      this._tableFrame = 0;
      this._tableScroll = top;
    });
  }

  private _renderTable(): TemplateResult | typeof nothing {
    const d = this._derived;
    if (!d) return nothing;
    const s = this._strings;
    const c = s.columns;
    const rows = this._sortedEvents(d);
    const rowH = EventTimeline.TABLE_ROW;
    const win = rowWindow(rows.length, rowH, this._tableScroll, EventTimeline.TABLE_VIEW);
    const sortable = (key: SortKey, label: string) => {
      const active = this._tableSort.key === key;
      return html`<th scope="col" aria-sort=${active ? this._tableSort.direction : 'none'}>
        <button type="button" @click=${() => this._sortBy(key)}>${label}<span aria-hidden="true">${active ? (this._tableSort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span></button>
      </th>`;
    };
    const source = this._data.dataset.source;
    return html`<section class="table" part="table" id="events-table">
      <div class="table-scroll" tabindex="0" role="region" aria-label=${s.tableCaption(rows.length)}
        style=${styleMap({ maxHeight: `${EventTimeline.TABLE_VIEW}px` })} @scroll=${this._onTableScroll}>
        <table aria-rowcount=${rows.length + 1}>
          <caption class="visually-hidden">${s.tableCaption(rows.length)}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${sortable('title', c.title)} ${sortable('kind', c.kind)}
              <th scope="col">${c.datePhrase}</th>
              ${sortable('date', c.date)}
              <th scope="col">${c.actors}</th><th scope="col">${c.place}</th><th scope="col">${c.summary}</th><th scope="col">${c.quote}</th>
              <th scope="col">${s.corroboration}</th><th scope="col">${c.links}</th>
            </tr>
          </thead>
          <tbody>
            ${win.before ? html`<tr class="spacer" aria-hidden="true"><td colspan="10" style=${styleMap({ height: `${win.before}px` })}></td></tr>` : nothing}
            ${repeat(
              rows.slice(win.start, win.end),
              (e) => e.id,
              (e, i) => html`<tr aria-rowindex=${win.start + i + 2} class=${e.id === this.selected ? 'selected' : ''} style=${styleMap({ height: `${rowH}px` })}>
                <th scope="row"><button type="button" class="link" aria-pressed=${e.id === this.selected ? 'true' : 'false'}
                  @click=${() => this._userSelect(e.id, this._keyOf(e))} dir="auto"><span class="clamp">${e.title}</span></button></th>
                <td><div class="clamp"><span class="kind-chip">${this._symbolIcon(e.kind)} ${this._kindName(e.kind)}</span></div></td>
                <td><div class="clamp">${e.dateText ? s.quote(e.dateText) : ''}</div></td>
                <td><div class="clamp">${this._describe(e)}</div></td>
                <td dir="auto"><div class="clamp">${e.actors.join(', ')}</div></td>
                <td dir="auto"><div class="clamp">${e.place ?? ''}</div></td>
                <td dir="auto"><div class="clamp">${e.summary ?? ''}</div></td>
                <td><div class="clamp">${e.source ? html`<q>${e.source.quote}</q>` : ''}${e.source?.url ?? source?.url ? html` <a href=${(e.source?.url ?? source?.url)!} target="_blank" rel="noopener noreferrer">${s.openSource}</a>` : nothing}</div></td>
                <td><div class="clamp">${e.corroboration ? `${this._formatter!.describe(e.corroboration.parsed)}: ${e.corroboration.note}` : ''}</div></td>
                <td><div class="clamp">${e.links.map((l) => html`<a href=${l.url} target="_blank" rel="noopener noreferrer">${l.label ?? new URL(l.url).hostname}</a> `)}${e.media
                  ? html`<a href=${e.media.url} target="_blank" rel="noopener noreferrer">${e.media.caption || s.image}</a>`
                  : nothing}</div></td>
              </tr>`,
            )}
            ${win.after ? html`<tr class="spacer" aria-hidden="true"><td colspan="10" style=${styleMap({ height: `${win.after}px` })}></td></tr>` : nothing}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  /** The keyboard key of an event's first mark (its first lane, or the undated shelf). */
  private _keyOf(e: TimelineEvent): string {
    if (!e.date) return `u:${e.id}`;
    const lane = this._derived?.lanes.findIndex((l) => l.events.includes(e)) ?? -1;
    return `${Math.max(0, lane)}:${e.id}`;
  }

  private _closeDetails(): void {
    const key = this._focusKey;
    this._userSelect(null);
    if (key) this._focusAfterRender = key;
  }
}
