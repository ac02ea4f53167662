import { EVENT_KINDS } from '../data/types.js';
import type { TimelineEvent } from '../data/types.js';

/** How events are grouped into lanes. */
export type GroupBy = 'kind' | 'actor' | 'none';

export interface Lane {
  /** Stable key: the kind, the actor, or `all`. */
  key: string;
  /** The lane's label before translation: a kind name, an actor, or `''` for no grouping. */
  label: string;
  events: TimelineEvent[];
}

/** Key of the lane for events that have no actor. */
export const NO_ACTOR = '\u0000none';

/**
 * Groups events into lanes. By kind, lanes follow the kind vocabulary, then
 * other kinds alphabetically. By actor, an event with several actors sits in
 * each of their lanes; lanes are ordered by event count, then name; events
 * without an actor come last. Order within a lane is preserved.
 */
export function groupLanes(events: readonly TimelineEvent[], groupBy: GroupBy): Lane[] {
  if (groupBy === 'none') return [{ key: 'all', label: '', events: [...events] }];
  const lanes = new Map<string, TimelineEvent[]>();
  const add = (key: string, e: TimelineEvent) => {
    let list = lanes.get(key);
    if (!list) lanes.set(key, (list = []));
    list.push(e);
  };
  for (const e of events) {
    if (groupBy === 'kind') add(e.kind, e);
    else if (e.actors.length === 0) add(NO_ACTOR, e);
    else for (const a of e.actors) add(a, e);
  }
  const keys = [...lanes.keys()];
  if (groupBy === 'kind') {
    keys.sort((a, b) => kindRank(a) - kindRank(b) || a.localeCompare(b));
  } else {
    keys.sort((a, b) =>
      a === NO_ACTOR ? 1 : b === NO_ACTOR ? -1 : lanes.get(b)!.length - lanes.get(a)!.length || a.localeCompare(b),
    );
  }
  return keys.map((key) => ({ key, label: key === NO_ACTOR ? '' : key, events: lanes.get(key)! }));
}

/** Sort rank of a kind: the vocabulary's order, other kinds after. */
export function kindRank(kind: string): number {
  const i = (EVENT_KINDS as readonly string[]).indexOf(kind);
  return i >= 0 ? i : EVENT_KINDS.length;
}
