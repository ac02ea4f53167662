import { utcTicks } from 'd3-time';

/**
 * A linear time scale over wall-clock ms: the subset of d3's continuous-scale
 * API that the layout and d3-zoom's `transform.rescaleX` use (call, invert,
 * domain, range, copy). Ticks come from d3-time's `utcTicks`, exactly what
 * `scaleUtc().ticks()` returns (a test checks this against d3-scale).
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
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  const scale = ((t: number) => r0 + ((t - d0) / (d1 - d0 || 1)) * (r1 - r0)) as TimeScale;
  scale.invert = (x) => d0 + ((x - r0) / (r1 - r0 || 1)) * (d1 - d0);
  scale.domain = ((d?: ReadonlyArray<number | Date>) => {
    if (!d) return [d0, d1];
    [d0, d1] = [+d[0]!, +d[1]!];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [r0, r1];
    [r0, r1] = [+r[0]!, +r[1]!];
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  return scale;
}

/** About `count` ticks on calendar boundaries (years, months, days, hours…) inside the domain. */
export function scaleTicks(scale: TimeScale, count: number): number[] {
  const [a, b] = scale.domain();
  return utcTicks(new Date(a), new Date(b), count).map(Number);
}
