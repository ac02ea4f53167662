import type { TimelineEvent } from '../data/types.js';

/**
 * Compressed gaps: long empty stretches of time drawn as a fixed-size axis break, so the events get the width
 * rather than the empty time between them. Pure.
 *
 * A {@link Warp} maps wall-clock ms to warped units: a monotone, piecewise-linear map (d3's polylinear idea, a
 * domain and range of more than two stops) whose slope is 1 between breaks and much less inside a break. A time
 * scale that is linear in warped units (`timeScale(domain, range, warp)`) then draws the breaks, and zooming or
 * panning in warped space keeps each break a fixed share of the zoomed width.
 */

/** A compressed stretch of time, wall-clock ms: `t0 < t1`. */
export interface GapBreak {
  t0: number;
  t1: number;
}

/** A monotone map from wall-clock ms to warped units, with its inverse and the stretches it compresses. */
export interface Warp {
  (t: number): number;
  /** Warped units back to wall-clock ms. */
  invert(u: number): number;
  /** The compressed stretches in time order; empty for the identity. */
  readonly breaks: readonly GapBreak[];
  /**
   * Where the stops lie (the data's first and last instant), if anywhere: between breaks inside it, one warped
   * unit is one ms; beyond it, time is drawn at one constant, smaller slope. Absent for the identity.
   */
  readonly extent?: readonly [number, number];
}

/** How empty time is drawn: compressed to axis breaks, or linear (no breaks). */
export type GapMode = 'compress' | 'linear';

/** What counts as a long gap and how large its break is drawn; see {@link gapWarp}. */
export interface GapOptions {
  /** A gap is compressed only if longer than this share of the time still drawn linearly. Default 1/5. */
  share?: number;
  /** …and longer than this many times the median spacing of the data's instants. Default 2.5. */
  spacing?: number;
  /** A break's size in warped units, as a share of the time kept (not compressed). Default 0.05. */
  size?: number;
}

/** The identity warp: time is drawn linearly. */
export const LINEAR_WARP: Warp = Object.assign((t: number) => t, { invert: (u: number) => u, breaks: [] });

/**
 * A piecewise-linear warp through the stops `(xs[i], ys[i])` (both strictly increasing), extended beyond the
 * first and last stop with the slope `outer`.
 */
export function polyWarp(xs: readonly number[], ys: readonly number[], outer: number, breaks: GapBreak[]): Warp {
  const n = xs.length;
  const map = (from: readonly number[], to: readonly number[], slope: number) => (v: number) => {
    if (v <= from[0]!) return to[0]! + (v - from[0]!) * slope;
    if (v >= from[n - 1]!) return to[n - 1]! + (v - from[n - 1]!) * slope;
    let i = 0;
    for (let j = n - 1; i + 1 < j;) {
      const m = (i + j) >> 1;
      if (from[m]! <= v) i = m;
      else j = m;
    }
    return to[i]! + ((v - from[i]!) / (from[i + 1]! - from[i]!)) * (to[i + 1]! - to[i]!);
  };
  const extent = [xs[0]!, xs[n - 1]!] as const;
  return Object.assign(map(xs, ys, outer), { invert: map(ys, xs, 1 / outer), breaks, extent });
}

/**
 * The instants that place the data: each dated event's finite ends (start, and the end of its last day), and
 * the reference date. A long event that neither starts nor ends in a gap may be drawn through its break.
 */
export function dataInstants(events: readonly TimelineEvent[], reference: number | null = null): number[] {
  const out: number[] = [];
  for (const e of events) {
    const d = e.date;
    if (!d) continue;
    if (Number.isFinite(d.earliest)) out.push(d.earliest);
    if (Number.isFinite(d.latest)) out.push(d.latest + 1);
  }
  if (reference !== null && Number.isFinite(reference)) out.push(reference);
  return sortedNumbers(out);
}

function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]! > xs[i]!) return false;
  return true;
}

/**
 * `xs` in ascending order, as a new array: a typed array's numeric sort, several times faster than a comparator,
 * copied back by a loop (`Array.from` of a typed array goes through its iterator: 5 ms at 100,000 numbers).
 */
function sortedNumbers(xs: readonly number[]): number[] {
  const sorted = Float64Array.from(xs).sort();
  const out = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; i++) out[i] = sorted[i]!;
  return out;
}

/**
 * The warp that compresses the long gaps between `instants` (wall ms, any order), or {@link LINEAR_WARP} for
 * `'linear'` or when no gap is long enough.
 *
 * The rule: the gaps between consecutive distinct instants are taken longest first, and each is compressed
 * while it is longer than `share` (1/5) of the time still drawn linearly (the extent less the gaps compressed
 * so far) AND longer than `spacing` (2.5) times the median gap between instants. A dataset spread evenly over
 * time is never broken; a lone early event far from a dense cluster is. Each break is
 * `size` (5%) of the kept time wide in warped units, with a margin of half that (at most a quarter of the gap)
 * kept linear on each side, so no event sits at a break's edge. Beyond the first and last instant, time is
 * compressed by the same overall ratio as between them: a window fitted with margins proportional to the data's
 * extent keeps proportional margins.
 */
export function gapWarp(instants: readonly number[], mode: GapMode = 'compress', o: GapOptions = {}): Warp {
  if (mode === 'linear') return LINEAR_WARP;
  // The distinct finite instants in order (`dataInstants` gives them sorted: no second sort then).
  const finite = instants.filter(Number.isFinite);
  const xs = (ascending(finite) ? finite : sortedNumbers(finite)).filter((x, i, all) => i === 0 || x !== all[i - 1]);
  if (xs.length < 3) return LINEAR_WARP;
  const lo = xs[0]!;
  const hi = xs[xs.length - 1]!;
  const steps = xs.slice(1).map((x, i) => x - xs[i]!);
  const median = sortedNumbers(steps)[steps.length >> 1]!;
  const spacing = median * (o.spacing ?? 2.5);
  // The longest gaps first, each while it is long against the time still drawn linearly. Only gaps longer
  // than `spacing` can be compressed, so only those are sorted.
  let kept = hi - lo;
  const long: number[] = [];
  const candidates = steps.map((_, i) => i).filter((i) => steps[i]! > spacing);
  for (const i of candidates.sort((a, b) => steps[b]! - steps[a]! || a - b)) {
    if (steps[i]! <= kept * (o.share ?? 0.2) || steps[i]! <= median * (o.spacing ?? 2.5)) break;
    long.push(i);
    kept -= steps[i]!;
  }
  if (!long.length) return LINEAR_WARP;
  long.sort((a, b) => a - b);
  const size = Math.max(kept, median) * (o.size ?? 0.05);
  // Stops: each long gap [a, b] keeps [a, a + pad] and [b - pad, b] linear and draws [a + pad, b - pad] as `size`.
  const tx = [lo];
  const ty = [lo];
  const breaks: GapBreak[] = [];
  for (const i of long) {
    const a = xs[i]!;
    const b = xs[i + 1]!;
    const pad = Math.min(size / 2, (b - a) / 4);
    const y = ty[ty.length - 1]! + (a + pad - tx[tx.length - 1]!);
    tx.push(a + pad, b - pad);
    ty.push(y, y + size);
    breaks.push({ t0: a + pad, t1: b - pad });
  }
  ty.push(ty[ty.length - 1]! + (hi - tx[tx.length - 1]!));
  tx.push(hi);
  return polyWarp(tx, ty, (ty[ty.length - 1]! - lo) / (hi - lo), breaks);
}
