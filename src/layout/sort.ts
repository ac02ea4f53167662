import type { TimelineEvent } from '../data/types.js';
import { knownExtent } from '../data/uncertain-date.js';

export type SortKey = 'date' | 'title' | 'kind';
export type SortDirection = 'ascending' | 'descending';

/**
 * Events in table order: by date (known start, then known end; undated last
 * whichever the direction), by title or by kind, each with a stable tiebreak
 * on date then input order. Returns a new array.
 */
export function sortEvents(
  events: readonly TimelineEvent[],
  key: SortKey,
  direction: SortDirection,
  collator: Intl.Collator,
): TimelineEvent[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const start = new Map<TimelineEvent, [number, number]>();
  for (const e of events) {
    const k = e.date ? knownExtent(e.date) : null;
    start.set(e, k ?? [NaN, NaN]);
  }
  const byDate = (a: TimelineEvent, b: TimelineEvent): number => {
    const [a0, a1] = start.get(a)!;
    const [b0, b1] = start.get(b)!;
    const au = Number.isNaN(a0);
    const bu = Number.isNaN(b0);
    if (au || bu) return au === bu ? 0 : au ? 1 : -1;
    return a0 - b0 || a1 - b1;
  };
  const compare = (a: TimelineEvent, b: TimelineEvent): number => {
    let c = 0;
    if (key === 'title') c = sign * collator.compare(a.title, b.title);
    else if (key === 'kind') c = sign * collator.compare(a.kind, b.kind);
    else {
      const d = byDate(a, b);
      // Undated stay last in both directions.
      c = !a.date || !b.date ? d : sign * d;
    }
    return c || byDate(a, b) || a.index - b.index;
  };
  return [...events].sort(compare);
}
