import type { TimelineEvent } from '../data/types.js';
import { knownExtent } from '../data/uncertain-date.js';
import type { Lane } from './lanes.js';
import { lowerBound } from './time-index.js';

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

interface Entry {
  key: string;
  id: string;
  lane: number;
  t: number;
}

export function navigationOrder(lanes: ReadonlyArray<Lane>, undated: readonly TimelineEvent[]): NavigationOrder {
  const entries: Entry[] = [];
  const perLane: Entry[][] = lanes.map(() => []);
  lanes.forEach((lane, li) => {
    for (const e of lane.events) {
      const k = e.date ? knownExtent(e.date) : null;
      const entry = { key: `${li}:${e.id}`, id: e.id, lane: li, t: k ? k[0] : 0 };
      entries.push(entry);
      perLane[li]!.push(entry);
    }
  });
  entries.sort((a, b) => a.t - b.t || a.lane - b.lane);
  for (const list of perLane) list.sort((a, b) => a.t - b.t);
  const laneTimes = perLane.map((list) => Float64Array.from(list, (e) => e.t));
  for (const e of undated) entries.push({ key: `u:${e.id}`, id: e.id, lane: -1, t: NaN });
  const position = new Map(entries.map((e, i) => [e.key, i]));
  const at = (i: number) => entries[Math.max(0, Math.min(entries.length - 1, i))]?.key ?? null;

  return {
    first: () => at(0),
    last: () => at(entries.length - 1),
    step(key, delta) {
      const i = key === null ? undefined : position.get(key);
      if (i === undefined) return at(delta > 0 ? 0 : entries.length - 1);
      return at(i + delta);
    },
    lane(key, delta) {
      const i = key === null ? undefined : position.get(key);
      if (i === undefined) return at(0);
      const cur = entries[i]!;
      if (cur.lane < 0) return key;
      for (let l = cur.lane + delta; l >= 0 && l < perLane.length; l += delta) {
        const list = perLane[l]!;
        if (!list.length) continue;
        const j = lowerBound(laneTimes[l]!, cur.t);
        const candidates = [list[j - 1], list[j]].filter((x): x is Entry => !!x);
        candidates.sort((a, b) => Math.abs(a.t - cur.t) - Math.abs(b.t - cur.t));
        return candidates[0]!.key;
      }
      return key;
    },
    idOf(key) {
      const i = position.get(key);
      return i === undefined ? null : entries[i]!.id;
    },
    isDated: (key) => !key.startsWith('u:'),
  };
}

/**
 * Keyboard order over items already in order (the story's cards; `index` gives each key's position), then the
 * undated shelf. With one column, up and down step as left and right do; `idOf` names a key's event.
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
    idOf,
    isDated: (key) => !key.startsWith('u:'),
  };
}
