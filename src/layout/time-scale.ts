import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';

/**
 * A time scale over wall-clock ms: d3's linear scale for the mapping (and
 * d3-zoom's `rescaleX`), with d3-time's `utcTicks` for ticks, exactly what
 * `scaleUtc().ticks()` returns. scaleUtc itself would also pull in
 * d3-time-format (9 kB of the bundle) for a tick format we never use: labels
 * come from Intl.DateTimeFormat, which knows every locale and calendar.
 */
export type TimeScale = ScaleLinear<number, number>;

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleLinear().domain(domain).range(range);
}

/** About `count` ticks on calendar boundaries (years, months, days, hours…) inside the domain. */
export function scaleTicks(scale: TimeScale, count: number): number[] {
  const [a, b] = scale.domain() as [number, number];
  return utcTicks(new Date(a), new Date(b), count).map(Number);
}
