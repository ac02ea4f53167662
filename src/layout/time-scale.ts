import { utcTicks } from 'd3-time';
import { LINEAR_WARP, type GapBreak, type Warp } from './gaps.js';

/**
 * A time scale over wall-clock ms: the subset of d3's continuous-scale
 * API that the layout and d3-zoom's `transform.rescaleX` use (call, invert,
 * domain, range, copy). It is linear in the warped units of a {@link Warp}
 * (linear in time by default), so compressed gaps survive `rescaleX`: the
 * copy keeps the warp, and d3-zoom's transform acts in warped space. Ticks
 * come from d3-time's `utcTicks`, exactly what `scaleUtc().ticks()` returns
 * (a test checks this against d3-scale).
 *
 * Why not d3-scale: `scaleUtc` would pull in d3-time-format (3 kB gzip) and
 * `scaleLinear` d3-format (1.7 kB) for tick formats we never use (labels come
 * from Intl.DateTimeFormat, which knows every locale and calendar), while the
 * mapping itself is one line. That is 2.6 kB of a 64 kB budget.
 */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  domain(): [number, number];
  domain(d: ReadonlyArray<number | Date>): TimeScale;
  range(): [number, number];
  range(r: ReadonlyArray<number>): TimeScale;
  copy(): TimeScale;
  /** The compressed stretches of time that overlap the domain, in time order; empty for a linear scale. */
  breaks(): readonly GapBreak[];
  /** The warp from time to the units the scale is linear in (the identity for a linear scale). */
  warp(): Warp;
}

/** A scale from `domain` (wall ms) to `range` (px), linear in the units of `warp` (default: linear in time). */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  warp: Warp = LINEAR_WARP,
): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  let [u0, u1] = [warp(d0), warp(d1)];
  const scale = ((t: number) => r0 + ((warp(t) - u0) / (u1 - u0 || 1)) * (r1 - r0)) as TimeScale;
  scale.invert = (x) => warp.invert(u0 + ((x - r0) / (r1 - r0 || 1)) * (u1 - u0));
  scale.domain = ((d?: ReadonlyArray<number | Date>) => {
    if (!d) return [d0, d1];
    [d0, d1] = [+d[0]!, +d[1]!];
    [u0, u1] = [warp(d0), warp(d1)];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    [r0, r1] = [+r[0]!, +r[1]!];
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => timeScale([d0, d1], [r0, r1], warp);
  scale.breaks = () => warp.breaks.filter((b) => b.t1 > Math.min(d0, d1) && b.t0 < Math.max(d0, d1));
  scale.warp = () => warp;
  return scale;
}

/**
 * About `count` ticks on calendar boundaries (years, months, days, hours…) inside the domain. For a scale with
 * breaks, use `timeTicks` (ticks.ts), which ticks each stretch between breaks on its own.
 */
export function scaleTicks(scale: TimeScale, count: number): number[] {
  const [a, b] = scale.domain();
  return utcTicks(new Date(a), new Date(b), count).map(Number);
}
