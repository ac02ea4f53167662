import type { TimelineEvent } from '../data/types.js';

export interface UndatedItem {
  event: TimelineEvent;
  /** The nearest relation that places it: "before"/"after" another event. */
  relation: { kind: 'before' | 'after'; other: TimelineEvent } | null;
}

/**
 * Orders undated events for the undated shelf by their before/after
 * relations (a topological order; ties and cycles keep input order), and
 * picks for each the relation that best places it, preferring a dated event.
 */
export function orderUndated(events: readonly TimelineEvent[]): UndatedItem[] {
  const undated = events.filter((e) => e.date === null);
  if (undated.length === 0) return [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const ids = new Set(undated.map((e) => e.id));
  // Edges among undated events: a → b means a happened before b.
  const next = new Map<string, Set<string>>(undated.map((e) => [e.id, new Set()]));
  const indegree = new Map<string, number>(undated.map((e) => [e.id, 0]));
  const edge = (a: string, b: string) => {
    if (!ids.has(a) || !ids.has(b) || a === b || next.get(a)!.has(b)) return;
    next.get(a)!.add(b);
    indegree.set(b, indegree.get(b)! + 1);
  };
  for (const e of events) {
    for (const b of e.before) edge(e.id, b);
    for (const a of e.after) edge(a, e.id);
  }
  // Kahn's algorithm, always taking the earliest-listed ready event (a binary heap of positions).
  const position = new Map(undated.map((e, i) => [e.id, i]));
  const ready = new MinHeap();
  undated.forEach((e, i) => indegree.get(e.id) === 0 && ready.push(i));
  const order: TimelineEvent[] = [];
  const done = new Uint8Array(undated.length);
  let scan = 0;
  while (order.length < undated.length) {
    let i = ready.pop();
    if (i === undefined) {
      // A cycle: break it at the earliest-listed remaining event.
      while (done[scan]) scan++;
      i = scan;
    }
    if (done[i]) continue;
    done[i] = 1;
    const pick = undated[i]!;
    order.push(pick);
    for (const b of next.get(pick.id)!) {
      const d = indegree.get(b)! - 1;
      indegree.set(b, d);
      if (d === 0) ready.push(position.get(b)!);
    }
  }
  // Relations stated on the other side: X.after includes e → e is before X.
  const statedBy = new Map<string, Relation[]>();
  for (const x of events) {
    for (const id of x.after) if (ids.has(id)) push(statedBy, id, { kind: 'before', other: x });
    for (const id of x.before) if (ids.has(id)) push(statedBy, id, { kind: 'after', other: x });
  }
  return order.map((event) => {
    const candidates: Relation[] = [
      ...event.before.map((id) => ({ kind: 'before' as const, other: byId.get(id)! })),
      ...event.after.map((id) => ({ kind: 'after' as const, other: byId.get(id)! })),
      ...(statedBy.get(event.id) ?? []),
    ].filter((c) => c.other);
    const relation = candidates.find((c) => c.other.date !== null) ?? candidates[0] ?? null;
    return { event, relation };
  });
}

type Relation = NonNullable<UndatedItem['relation']>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A binary min-heap of integers. */
class MinHeap {
  private readonly a: number[] = [];
  push(x: number): void {
    const a = this.a;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p]! <= a[i]!) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): number | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
