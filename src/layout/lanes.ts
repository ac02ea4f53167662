import { EVENT_KINDS } from '../data/types.js';
import type { TimelineEvent } from '../data/types.js';

/**
 * How events are grouped into lanes: by kind, by actor, by `group` (TimelineJS's Group column), in one lane, or
 * `auto`: by group when any event has one, else by kind.
 */
export type GroupBy = 'auto' | 'kind' | 'actor' | 'group' | 'none';

/** A grouping with `auto` resolved. */
export type ResolvedGroupBy = Exclude<GroupBy, 'auto'>;

/** The grouping `groupBy` means for `events`: `auto` resolved, an unknown value read as `auto`. */
export function resolveGroupBy(groupBy: string, events: readonly TimelineEvent[]): ResolvedGroupBy {
  if (groupBy === 'kind' || groupBy === 'actor' || groupBy === 'group' || groupBy === 'none') return groupBy;
  return events.some((e) => e.group) ? 'group' : 'kind';
}

export interface Lane {
  /** Stable key: the kind, the actor, the group, or `all`. */
  key: string;
  /** The lane's label before translation: a kind name, an actor, or `''` for no grouping. */
  label: string;
  events: TimelineEvent[];
}

/** Key of the lane for events that have no actor (by actor) or no group (by group). */
export const NO_ACTOR = '\u0000none';

/**
 * Groups events into lanes. By kind, lanes follow the kind vocabulary, then
 * other kinds alphabetically. By actor, an event with several actors sits in
 * each of their lanes; lanes are ordered by event count, then name; events
 * without an actor come last. By group, lanes are in the order their groups
 * first appear in the data (a TimelineJS author's order); events without one
 * come last. Order within a lane is preserved.
 */
export function groupLanes(events: readonly TimelineEvent[], groupBy: ResolvedGroupBy): Lane[] {
  if (groupBy === 'none') return [{ key: 'all', label: '', events: [...events] }];
  const lanes = new Map<string, TimelineEvent[]>();
  const add = (key: string, e: TimelineEvent) => {
    let list = lanes.get(key);
    if (!list) lanes.set(key, (list = []));
    list.push(e);
  };
  for (const e of events) {
    if (groupBy === 'kind') add(e.kind, e);
    else if (groupBy === 'group') add(e.group || NO_ACTOR, e);
    else if (e.actors.length === 0) add(NO_ACTOR, e);
    else for (const a of e.actors) add(a, e);
  }
  const keys = [...lanes.keys()];
  if (groupBy === 'kind') {
    keys.sort((a, b) => kindRank(a) - kindRank(b) || a.localeCompare(b));
  } else if (groupBy === 'group') {
    keys.sort((a, b) => +(a === NO_ACTOR) - +(b === NO_ACTOR));
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
