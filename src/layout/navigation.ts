import type { TimelineEvent } from '../data/types.js';
import { knownStart } from '../data/uncertain-date.js';
import type { Lane } from './lanes.js';
import { lowerBound, orderBy } from './time-index.js';

/**
 * Keyboard order over every mark: dated marks chronologically (ties by lane),
 * then undated events in shelf order. A mark's key is `<lane>:<id>`, or
 * `u:<id>` for an undated event. Every step is O(log n) or O(1).
 */
export interface NavigationOrder {
  first(): string | null;
  last(): string | null;
  /** The next (+1) or previous (-1) key; stays put at the ends. */
  step(key: string | null, delta: 1 | -1): string | null;
  /** The nearest mark in time in the lane below (+1) or above (-1). */
  lane(key: string | null, delta: 1 | -1): string | null;
  idOf(key: string): string | null;
  isDated(key: string): boolean;
}

/**
 * The keyboard order of `lanes`' marks, then of the `undated` events. `eventOf` finds an event by id (the view's
 * `byId`), to read a key back; without it, a map of the lanes' events is made.
 *
 * Typed arrays throughout: each mark is an entry (its event, lane and time) in lane order, sorted by `orderBy`, and a
 * key is made only when one is asked for. At 100,000 events, entries as objects with their keys, sorted by
 * comparators and found through a map of keys, took 180 ms, the first arrow key's wait.
 */
export function navigationOrder(
  lanes: ReadonlyArray<Lane>,
  undated: readonly TimelineEvent[],
  eventOf?: (id: string) => TimelineEvent | undefined,
): NavigationOrder {
  let n = 0;
  for (const lane of lanes) n += lane.events.length;
  const events = new Array<TimelineEvent>(n);
  const laneOf = new Uint32Array(n);
  const times = new Float64Array(n);
  const laneStart = new Uint32Array(lanes.length + 1);
  let k = 0;
  lanes.forEach((lane, li) => {
    laneStart[li] = k;
    for (const e of lane.events) {
      events[k] = e;
      laneOf[k] = li;
      times[k++] = knownStart(e.date, 0);
    }
  });
  laneStart[lanes.length] = k;
  // Chronological, ties by lane (entries are in lane order, and `orderBy` keeps ties in that order).
  const order = orderBy(times);
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  // Each lane's entries by time (ties as given), and their times, for moving up and down: the order's entries
  // dealt out to their lanes, which keeps that order within each lane.
  const perLane = lanes.map((_, l) => new Uint32Array(laneStart[l + 1]! - laneStart[l]!));
  const laneTimes = perLane.map((list) => new Float64Array(list.length));
  const filled = new Uint32Array(lanes.length);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const l = laneOf[i]!;
    perLane[l]![filled[l]!] = i;
    laneTimes[l]![filled[l]!++] = times[i]!;
  }
  const shelf = new Map(undated.map((e, i) => [`u:${e.id}`, n + i]));
  let byId: Map<string, TimelineEvent> | undefined;
  const find = eventOf ?? ((id: string) => (byId ??= new Map(events.map((e) => [e.id, e]))).get(id));
  const keyOf = (i: number) => `${laneOf[i]}:${events[i]!.id}`;
  /** The entry a dated key names, or -1: its event's time, then the lane's entries at that time. */
  const entry = (key: string): number => {
    const colon = key.indexOf(':');
    const l = Number(key.slice(0, colon));
    const e = colon > 0 && Number.isInteger(l) && l >= 0 && l < lanes.length ? find(key.slice(colon + 1)) : undefined;
    if (!e) return -1;
    const t = knownStart(e.date, 0);
    const list = perLane[l]!;
    const at = laneTimes[l]!;
    for (let j = lowerBound(at, t); j < list.length && at[j] === t; j++) if (events[list[j]!] === e) return list[j]!;
    return -1;
  };
  /** A key's place in the order (dated marks, then the shelf), or undefined. */
  const position = (key: string | null): number | undefined => {
    if (key === null) return undefined;
    if (key.startsWith('u:')) return shelf.get(key);
    const i = entry(key);
    return i < 0 ? undefined : rank[i];
  };
  const total = n + undated.length;
  const at = (p: number): string | null => {
    if (!total) return null;
    const q = Math.max(0, Math.min(total - 1, p));
    return q < n ? keyOf(order[q]!) : `u:${undated[q - n]!.id}`;
  };

  return {
    first: () => at(0),
    last: () => at(total - 1),
    step(key, delta) {
      const p = position(key);
      return p === undefined ? at(delta > 0 ? 0 : total - 1) : at(p + delta);
    },
    lane(key, delta) {
      const p = position(key);
      if (p === undefined) return at(0);
      if (p >= n) return key;
      const i = order[p]!;
      const t = times[i]!;
      for (let l = laneOf[i]! + delta; l >= 0 && l < perLane.length; l += delta) {
        const list = perLane[l]!;
        if (!list.length) continue;
        const j = lowerBound(laneTimes[l]!, t);
        // The nearer of the marks either side of t; the earlier when both are as near.
        const before = j > 0 ? list[j - 1]! : -1;
        const after = j < list.length ? list[j]! : -1;
        const pick = before < 0 ? after : after < 0 ? before : times[after]! - t < t - times[before]! ? after : before;
        return keyOf(pick);
      }
      return key;
    },
    idOf(key) {
      if (key.startsWith('u:')) return shelf.has(key) ? key.slice(2) : null;
      const i = entry(key);
      return i < 0 ? null : events[i]!.id;
    },
    isDated: (key) => !key.startsWith('u:'),
  };
}

/**
 * Keyboard order over items already in order (the story's cards; `index` gives each key's position), then the
 * undated shelf. With one column, up and down step as left and right do; `idOf` names a dated item's event.
 */
export function listOrder(
  dated: ReadonlyArray<{ key: string }>,
  index: ReadonlyMap<string, number>,
  undated: readonly TimelineEvent[],
  idOf: (key: string) => string | null,
): NavigationOrder {
  const shelf = undated.map((e) => `u:${e.id}`);
  const onShelf = new Map(shelf.map((k, i) => [k, dated.length + i]));
  const n = dated.length + shelf.length;
  const at = (i: number) => {
    const j = Math.max(0, Math.min(n - 1, i));
    return (j < dated.length ? dated[j]?.key : shelf[j - dated.length]) ?? null;
  };
  const step = (key: string | null, delta: 1 | -1) => {
    const i = key === null ? undefined : (index.get(key) ?? onShelf.get(key));
    return i === undefined ? at(delta > 0 ? 0 : n - 1) : at(i + delta);
  };
  return {
    first: () => at(0),
    last: () => at(n - 1),
    step,
    lane: step,
    // The shelf's keys name their events here; `idOf` names the dated items'.
    idOf: (key) => (key.startsWith('u:') ? (onShelf.has(key) ? key.slice(2) : null) : idOf(key)),
    isDated: (key) => !key.startsWith('u:'),
  };
}
