import type { TimelineEvent } from '../data/types.js';
import { knownExtent } from '../data/uncertain-date.js';
import { orderBy } from './time-index.js';

export type SortKey = 'date' | 'title' | 'kind';
export type SortDirection = 'ascending' | 'descending';

/**
 * Events in table order: by date (known start, then known end; undated last
 * whichever the direction, and so is a date of which nothing is known), by
 * title or by kind, each with a stable tiebreak on date (ascending) then record
 * order (`index`). Returns a new array.
 *
 * Each event's ends are read once into typed arrays. By date, the order is three
 * stable passes of `orderBy` (record, then end, then start) with no comparator:
 * sorting 100,000 events by date with one, through a map of their ends, took
 * 210 ms of a click on the table's date column.
 */
export function sortEvents(
  events: readonly TimelineEvent[],
  key: SortKey,
  direction: SortDirection,
  collator: Intl.Collator,
): TimelineEvent[] {
  const n = events.length;
  const sign = direction === 'ascending' ? 1 : -1;
  const [start, end, index] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const known: number[] = [];
  const unknown: number[] = [];
  events.forEach((e, i) => {
    const k = e.date ? knownExtent(e.date) : null;
    start[i] = k ? k[0] : NaN;
    end[i] = k ? k[1] : NaN;
    index[i] = e.index;
    (k ? known : unknown).push(i);
  });
  if (key === 'date') {
    // Stable passes, the last key first; descending sorts the negated times, so ties keep the record order.
    const times = (xs: Float64Array) => (sign > 0 ? xs : xs.map((x) => -x));
    let order = orderOf(index, Uint32Array.from(known));
    for (const xs of [end, start]) order = orderOf(times(xs), order);
    const last = orderOf(index, Uint32Array.from(unknown));
    return gather(events, order, last);
  }
  const text = events.map((e) => (key === 'title' ? e.title : e.kind));
  const byDate = (a: number, b: number): number => {
    const au = Number.isNaN(start[a]!);
    const bu = Number.isNaN(start[b]!);
    if (au || bu) return au === bu ? 0 : au ? 1 : -1;
    return start[a]! - start[b]! || end[a]! - end[b]!;
  };
  const order = events.map((_, i) => i);
  order.sort((a, b) => sign * collator.compare(text[a]!, text[b]!) || byDate(a, b) || index[a]! - index[b]!);
  return order.map((i) => events[i]!);
}

/**
 * `input` (indices into `keys`) sorted by key, equal keys kept in `input`'s order: {@link orderBy} over a gather.
 * Loops, not `Float64Array.from(input, f)` and `map`: a typed array's `from` with a function goes through the
 * iterator protocol, about 8 times slower at 100,000 items.
 */
function orderOf(keys: Float64Array, input: Uint32Array): Uint32Array {
  const n = input.length;
  const gathered = new Float64Array(n);
  for (let i = 0; i < n; i++) gathered[i] = keys[input[i]!]!;
  const order = orderBy(gathered);
  for (let i = 0; i < n; i++) order[i] = input[order[i]!]!;
  return order;
}

/** The events at the indices of each order in turn. */
function gather<T>(events: readonly T[], ...orders: Uint32Array[]): T[] {
  const out: T[] = [];
  for (const order of orders) for (let i = 0; i < order.length; i++) out.push(events[order[i]!]!);
  return out;
}
