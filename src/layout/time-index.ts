/**
 * A static index over items with a time extent, answering "which items
 * overlap [lo, hi]" in O(log n + k). Items are sorted by start; the longest
 * span bounds how far back an overlapping item can start. Items far longer
 * than the rest (open-ended or era-long) sit in a small side list, so one
 * of them cannot make every query scan from the beginning.
 */
export class TimeIndex<T> {
  private readonly _items: T[];
  private readonly _starts: Float64Array;
  private readonly _ends: Float64Array;
  private readonly _maxSpan: number;
  private readonly _long: Array<{ item: T; start: number; end: number }> = [];

  constructor(items: readonly T[], start: (item: T) => number, end: (item: T) => number) {
    const n = items.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const spans = new Float64Array(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const s = start(items[i]!);
      const e = end(items[i]!);
      starts[i] = s;
      ends[i] = e;
      spans[i] = e - s;
      if (i > 0 && !(s >= starts[i - 1]!)) sorted = false;
    }
    // "Long" = longer than 64× the 90th-percentile span: rare by construction.
    const finite = spans.filter(Number.isFinite).sort();
    const p90 = finite.length ? finite[Math.floor(finite.length * 0.9)]! : 0;
    const limit = Math.max(p90 * 64, 86_400_000);
    // The short items' positions, sorted by start (typed-array work: no object per item).
    let order = new Uint32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const span = spans[i]!;
      if (span > limit || !Number.isFinite(span))
        this._long.push({ item: items[i]!, start: starts[i]!, end: ends[i]! });
      else order[m++] = i;
    }
    order = order.subarray(0, m);
    if (!sorted) order.sort((a, b) => starts[a]! - starts[b]! || a - b);
    this._items = new Array<T>(m);
    this._starts = new Float64Array(m);
    this._ends = new Float64Array(m);
    let maxSpan = 0;
    for (let k = 0; k < m; k++) {
      const i = order[k]!;
      this._items[k] = items[i]!;
      this._starts[k] = starts[i]!;
      this._ends[k] = ends[i]!;
      maxSpan = Math.max(maxSpan, spans[i]!);
    }
    this._maxSpan = maxSpan;
  }

  get size(): number {
    return this._items.length + this._long.length;
  }

  /** Items whose [start, end] overlaps [lo, hi], long items first, then by start. */
  query(lo: number, hi: number): T[] {
    const out: T[] = [];
    for (const r of this._long) if (r.start <= hi && r.end >= lo) out.push(r.item);
    const from = lowerBound(this._starts, lo - this._maxSpan);
    const to = lowerBound(this._starts, hi, true);
    for (let i = from; i < to; i++) if (this._ends[i]! >= lo) out.push(this._items[i]!);
    return out;
  }

  /** How many items start in [a, b): O(log n) plus the few long items. */
  countStarts(a: number, b: number): number {
    let n = lowerBound(this._starts, b) - lowerBound(this._starts, a);
    for (const r of this._long) if (r.start >= a && r.start < b) n++;
    return n;
  }

  /**
   * Adds to `out[i]` how many items start in [edges[i], edges[i + 1]), for
   * non-decreasing `edges` (`out` has one slot fewer): the same counts as
   * `countStarts` per bin. One walk over the starts in range when there are
   * fewer than a few per bin, else one binary search per edge.
   */
  histogram(edges: ArrayLike<number>, out: Uint32Array): void {
    const bins = edges.length - 1;
    if (bins < 1) return;
    const starts = this._starts;
    const first = lowerBound(starts, edges[0]!);
    const last = lowerBound(starts, edges[bins]!);
    if (last - first <= bins * 4) {
      let b = 0;
      for (let i = first; i < last; i++) {
        const t = starts[i]!;
        while (t >= edges[b + 1]!) b++;
        out[b]!++;
      }
    } else {
      let prev = first;
      for (let b = 0; b < bins; b++) {
        const next = lowerBound(starts, edges[b + 1]!);
        out[b]! += next - prev;
        prev = next;
      }
    }
    for (const r of this._long) {
      if (!(r.start >= edges[0]! && r.start < edges[bins]!)) continue;
      // The last edge at or before the start.
      let lo = 0;
      let hi = bins;
      while (hi - lo > 1) {
        const mid = (lo + hi) >>> 1;
        if (edges[mid]! <= r.start) lo = mid;
        else hi = mid;
      }
      out[lo]!++;
    }
  }

  /** Items that start before `t` and are still running at `t`: what a window starting at `t` inherits. */
  runningAt(t: number): T[] {
    const out: T[] = [];
    for (const r of this._long) if (r.start < t && r.end >= t) out.push(r.item);
    const to = lowerBound(this._starts, t);
    for (let i = lowerBound(this._starts, t - this._maxSpan); i < to; i++)
      if (this._ends[i]! >= t) out.push(this._items[i]!);
    return out;
  }

  /** How many items overlap [lo, hi]. */
  count(lo: number, hi: number): number {
    // Starting inside the window, plus running into it: O(log n) plus what runs into it.
    return this.countStarts(lo, nextUp(hi)) + this.runningAt(lo).length;
  }
}

/** The smallest double above `x` (so [a, nextUp(b)) is [a, b]). */
function nextUp(x: number): number {
  if (!Number.isFinite(x)) return x;
  return x + Math.max(Number.EPSILON * Math.abs(x), Number.MIN_VALUE) || x + Number.MIN_VALUE;
}

/**
 * The indices `from`…`to - 1` in the order of `keys[i]` (finite numbers), equal keys in index order: the order a
 * stable comparator sort gives, from a typed array's numeric sort of the keys and a binary search placing each
 * index in its key's first free slot, with no call into JS for each comparison.
 */
export function orderBy(keys: Float64Array, from = 0, to = keys.length): Uint32Array {
  const m = to - from;
  let ordered = true;
  for (let i = from + 1; i < to && ordered; i++) ordered = keys[i - 1]! <= keys[i]!;
  const out = new Uint32Array(m);
  if (ordered) {
    for (let k = 0; k < m; k++) out[k] = from + k;
    return out;
  }
  const sorted = keys.slice(from, to).sort();
  const taken = new Uint32Array(m);
  for (let i = from; i < to; i++) {
    const first = lowerBound(sorted, keys[i]!);
    out[first + taken[first]!++] = i;
  }
  return out;
}

/** First index whose value is >= x (or > x when `strict`). */
export function lowerBound(a: Float64Array, x: number, strict = false): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? a[mid]! <= x : a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
