import { knownStart } from '../data/uncertain-date.js';
import type { PlacedMark } from './marks.js';

/**
 * The marks in keyboard order, which is also their DOM order: by start, then
 * lane, then record, as `navigationOrder` sorts every mark. Compared here on
 * the drawn marks only, so drawing never builds the whole order.
 */
export function markOrder(marks: readonly PlacedMark[]): PlacedMark[] {
  return marks
    .map((m) => ({ m, t: knownStart(m.event.date, 0) }))
    .sort((a, b) => a.t - b.t || a.m.lane - b.m.lane || a.m.event.index - b.m.event.index)
    .map(({ m }) => m);
}

/**
 * The key holding the events' single tab stop (the roving tab index): the
 * last focused key while it is drawn or undated (`u:` keys), else the first
 * drawn mark, else the first undated event's key, else null.
 */
export function rovingTabStop(
  orderedKeys: readonly string[],
  focusKey: string | null,
  firstUndatedKey: string | null,
): string | null {
  if (focusKey && (focusKey.startsWith('u:') || orderedKeys.includes(focusKey))) return focusKey;
  return orderedKeys[0] ?? firstUndatedKey;
}
