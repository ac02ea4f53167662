import type { NormalizedDataset } from '../data/normalize.js';
import type { TimelineEvent } from '../data/types.js';
import { parseEdtf } from '../data/edtf.js';
import { knownExtent, type UncertainDate } from '../data/uncertain-date.js';
import { groupLanes, kindRank, NO_ACTOR, resolveGroupBy, type GroupBy, type ResolvedGroupBy } from './lanes.js';
import type { IndexedLane } from './marks.js';
import { navigationOrder, type NavigationOrder } from './navigation.js';
import { TimeIndex } from './time-index.js';
import { orderUndated, type UndatedItem } from './undated.js';
import { DAY, LIMIT, referenceMs } from './window.js';

/** What the element shows of a dataset: which events, in which lanes. */
export interface ViewFilters {
  groupBy: GroupBy;
  /** Kinds whose events are hidden. */
  hiddenKinds: readonly string[];
  /** Actors whose events are hidden (an event shows while any of its actors shows). */
  hiddenActors: readonly string[];
  /** The only actor whose events show (null: every actor's); see {@link visibleEvents}. */
  actor?: string | null;
  /** The reference date (EDTF) the fitted window must include, or null. */
  reference: string | null;
  /** The time zone dates with a time of day are read in. */
  timeZone: string;
  /** Wall-clock now, for the fallback window of a timeline with no dated event. */
  today: number;
}

/** Event counts per overview bin, for one width. */
export interface OverviewDensity {
  width: number;
  counts: number[];
  max: number;
}

/**
 * A dataset seen through the filters: the input of every later stage
 * (window, scale, ticks, mark layout, navigation, table).
 */
export interface TimelineView {
  dataset: NormalizedDataset;
  /** The filters this view was derived with. */
  filters: ViewFilters;
  /** Every loaded event by id (filters do not apply). */
  readonly byId: Map<string, TimelineEvent>;
  /** For undated events placed by a relation: the relation. */
  undatedRelations: Map<string, NonNullable<UndatedItem['relation']>>;
  /** Events after filters, dated ones only. */
  dated: TimelineEvent[];
  /** The grouping the lanes follow (`auto` resolved). */
  groupBy: ResolvedGroupBy;
  lanes: IndexedLane[];
  undated: UndatedItem[];
  /** The keyboard order over every mark (built when first asked for). */
  readonly nav: NavigationOrder;
  /** The window that frames every shown event (and the reference date). */
  fit: [number, number];
  /** The reference date at its earliest, wall ms, or null (none, or unreadable). */
  referenceMs: number | null;
  /** The source's publication date, or null (none, or unreadable). */
  published: UncertainDate | null;
  /** Kinds of all loaded events with their counts, in vocabulary order. */
  kinds: Array<{ kind: string; count: number }>;
  /** Actors of all loaded events with their counts, most frequent first. */
  actors: Array<{ actor: string; count: number }>;
  /** Every shown dated event, for counts over the window (built when first asked for). */
  readonly overview: TimeIndex<TimelineEvent>;
}

/** Whether two filter sets derive the same view. */
export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.groupBy === b.groupBy &&
    a.reference === b.reference &&
    a.timeZone === b.timeZone &&
    same(a.hiddenKinds, b.hiddenKinds) &&
    same(a.hiddenActors, b.hiddenActors) &&
    (a.actor ?? null) === (b.actor ?? null)
  );
}

/** `view` when it was derived from `dataset` with the same filters (it can be reused), else null. */
export function reuseView(
  view: TimelineView | null | undefined,
  dataset: NormalizedDataset,
  filters: ViewFilters,
): TimelineView | null {
  return view && view.dataset === dataset && sameFilters(view.filters, filters) ? view : null;
}

/**
 * The filters, each applied on top of the others:
 * - `hiddenKinds`: an event of a hidden kind never shows;
 * - `actor` ("only this actor"): when set, an event shows only if its actors include it, so an event without
 *   actors does not show;
 * - `hiddenActors`: an event shows while any of its actors is not hidden; an event without actors is not
 *   affected.
 * So "only Belarus" (`actor: 'Belarus'`, no hidden actors) shows exactly the events whose actors include
 * Belarus, of the kinds shown.
 */
export function visibleEvents(
  events: TimelineEvent[],
  hiddenKinds: ReadonlySet<string>,
  hiddenActors: ReadonlySet<string>,
  actor: string | null = null,
): TimelineEvent[] {
  if (hiddenKinds.size === 0 && hiddenActors.size === 0 && actor === null) return events;
  return events.filter(
    (e) =>
      !hiddenKinds.has(e.kind) &&
      (actor === null || e.actors.includes(actor)) &&
      (e.actors.length === 0 || hiddenActors.size === 0 || e.actors.some((a) => !hiddenActors.has(a))),
  );
}

/** How many of all the events are of each kind (in the legend's order) and name each actor (most first). */
function legendCounts(events: readonly TimelineEvent[]): Pick<TimelineView, 'kinds' | 'actors'> {
  const byKind = new Map<string, number>();
  const byActor = new Map<string, number>();
  for (const e of events) {
    byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
    for (const a of e.actors) byActor.set(a, (byActor.get(a) ?? 0) + 1);
  }
  const kinds = [...byKind].map(([kind, count]) => ({ kind, count }));
  kinds.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.kind.localeCompare(b.kind));
  const actors = [...byActor].map(([actor, count]) => ({ actor, count })).sort((a, b) => b.count - a.count);
  return { kinds, actors };
}

/** Each lane's time index, by its events' array: a lane whose events are as before keeps its array (below). */
const laneIndexes = new WeakMap<readonly TimelineEvent[], TimeIndex<TimelineEvent>>();

/** Whether two lists hold the same events in the same order. */
function sameEvents(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The lanes of the shown dated events, each with a time index, a membership test and its featured events.
 * By actor, a hidden actor has no lane, and with "only" one actor, that actor's lane is the only one.
 * A lane of `previous` with the same key and the same events lends its array, and so its index: hiding a kind
 * leaves the other kinds' lanes as they were, and their indexes are not sorted again (43 ms at 100,000 events).
 */
function indexedLanes(
  dated: TimelineEvent[],
  groupBy: ResolvedGroupBy,
  hiddenActors: Set<string>,
  actor: string | null,
  previous: readonly IndexedLane[] = [],
): IndexedLane[] {
  const before = new Map(previous.map((lane) => [lane.key, lane]));
  return groupLanes(dated, groupBy)
    .filter((lane) => !(groupBy === 'actor' && (hiddenActors.has(lane.key) || (actor !== null && lane.key !== actor))))
    .map((lane) => {
      const old = before.get(lane.key);
      const kept = old !== undefined && sameEvents(old.events, lane.events);
      const events = kept ? old.events : lane.events;
      return {
        ...lane,
        events,
        // Built when first asked for: the horizontal layout culls with it, the vertical story never does (7 ms
        // of the story's mount at 10,000 events).
        get index() {
          let index = laneIndexes.get(events);
          if (!index) {
            index = new TimeIndex(
              events,
              (e) => e.date!.earliest,
              (e) => e.date!.latest,
            );
            laneIndexes.set(events, index);
          }
          return index;
        },
        has:
          groupBy === 'kind'
            ? (e: TimelineEvent) => e.kind === lane.key
            : groupBy === 'none'
              ? () => true
              : groupBy === 'group'
                ? (e: TimelineEvent) => (e.group || NO_ACTOR) === lane.key
                : (e: TimelineEvent) => (lane.key === NO_ACTOR ? e.actors.length === 0 : e.actors.includes(lane.key)),
        featured: kept && old.featured ? old.featured : events.filter((e) => e.featured),
      };
    });
}

/**
 * Derives the view of `dataset` under `filters`: filtering, lanes, the
 * undated shelf, counts for the legend and actor filter, and the fitted
 * window. Pure; the id map, keyboard order and whole-timeline index cost
 * O(n log n) at 100,000 events and are not needed to draw, so each is built
 * the first time it is asked for. `previous`, the view these filters replace,
 * lends the lanes whose events did not change (with their indexes).
 */
export function deriveView(
  dataset: NormalizedDataset,
  filters: ViewFilters,
  previous?: TimelineView | null,
): TimelineView {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenActors = new Set(filters.hiddenActors);
  const actor = filters.actor ?? null;
  const shown = visibleEvents(dataset.events, hiddenKinds, hiddenActors, actor);
  const dated = shown.filter((e) => e.date !== null);
  const undated = orderUndated(shown);
  // The same data: what does not depend on the filters (the legend's and the actor filter's counts of all events)
  // is the previous view's, and so are the lanes whose events did not change.
  const same = previous?.dataset === dataset ? previous : null;
  const groupBy =
    same && same.filters.groupBy === filters.groupBy ? same.groupBy : resolveGroupBy(filters.groupBy, dataset.events);
  const lanes = indexedLanes(dated, groupBy, hiddenActors, actor, same?.lanes ?? []);
  const { kinds, actors } = same ?? legendCounts(dataset.events);
  const reference = referenceMs(filters.reference, filters.timeZone);
  let byId: Map<string, TimelineEvent> | undefined;
  const idMap = () => (byId ??= new Map(dataset.events.map((e) => [e.id, e])));
  let nav: NavigationOrder | undefined;
  let overview: TimeIndex<TimelineEvent> | undefined;
  return {
    dataset,
    filters,
    get byId() {
      return idMap();
    },
    undatedRelations: new Map(undated.flatMap((u) => (u.relation ? [[u.event.id, u.relation] as const] : []))),
    dated,
    groupBy,
    lanes,
    undated,
    get nav() {
      return (nav ??= navigationOrder(
        lanes,
        undated.map((u) => u.event),
        (id) => idMap().get(id),
      ));
    },
    fit: fitExtent(dated, reference, filters.today),
    referenceMs: reference,
    published: parseOrNull(dataset.source?.published, filters.timeZone),
    kinds,
    actors,
    get overview() {
      return (overview ??= new TimeIndex(
        dated,
        (e) => e.date!.earliest,
        (e) => e.date!.latest,
      ));
    },
  };
}

/**
 * The window that frames `dated` (at their known ends) and the reference
 * date: at least 30 days, with more room after the last event than before
 * the first, since labels run after their marks. Without dated events, the
 * year before `today` and a month after.
 */
export function fitExtent(
  dated: readonly TimelineEvent[],
  referenceMs: number | null,
  today: number,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of dated) {
    const k = knownExtent(e.date!);
    if (!k) continue;
    lo = Math.min(lo, k[0]);
    hi = Math.max(hi, k[1]);
  }
  if (referenceMs !== null && Number.isFinite(lo)) {
    lo = Math.min(lo, referenceMs);
    hi = Math.max(hi, referenceMs);
  }
  if (!Number.isFinite(lo)) return [today - 365 * DAY, today + 30 * DAY];
  if (hi - lo < 30 * DAY) {
    const mid = (lo + hi) / 2;
    lo = mid - 15 * DAY;
    hi = mid + 15 * DAY;
  }
  const span = hi - lo;
  return [Math.max(-LIMIT, lo - span * 0.04), Math.min(LIMIT, hi + span * 0.12)];
}

/** An EDTF date, or null when absent or unreadable. */
function parseOrNull(text: string | undefined, timeZone: string): UncertainDate | null {
  if (!text) return null;
  try {
    return parseEdtf(text, { timeZone });
  } catch {
    return null;
  }
}

const densities = new WeakMap<TimelineView, OverviewDensity>();

/** Events per 4-px bin of the overview, by the middle of their known extent; once per view and width. */
export function overviewDensity(view: TimelineView, width: number): OverviewDensity {
  const cached = densities.get(view);
  if (cached?.width === width) return cached;
  const bins = Math.max(1, Math.floor(width / 4));
  const binCounts = new Array<number>(bins).fill(0);
  const step = (view.fit[1] - view.fit[0]) / bins;
  for (const e of view.dated) {
    const k = knownExtent(e.date!);
    if (!k) continue;
    const i = Math.floor(((k[0] + k[1]) / 2 - view.fit[0]) / step);
    if (i >= 0 && i < bins) binCounts[i]!++;
  }
  let max = 1;
  for (const c of binCounts) if (c > max) max = c;
  const density = { width, counts: binCounts, max };
  densities.set(view, density);
  return density;
}

/** The keyboard key of an event's first mark (its first lane, or the undated shelf). */
export function markKeyOf(view: TimelineView, e: TimelineEvent): string {
  if (!e.date) return `u:${e.id}`;
  const lane = view.lanes.findIndex((l) => l.events.includes(e));
  return `${Math.max(0, lane)}:${e.id}`;
}
