import { instantToWall } from '../data/calendar.js';
import { parseEdtf } from '../data/edtf.js';
import { knownExtent, type UncertainDate } from '../data/uncertain-date.js';
import { LINEAR_WARP, type Warp } from './gaps.js';

/**
 * The visible window's maths, in wall-clock ms: where it starts, how far it
 * may zoom, how it follows a selection and a zoom around a point. Pure.
 *
 * Functions that take a `warp` (default: linear) zoom, pan and hold spans in
 * its warped units, as the time scale draws them: with compressed gaps, a
 * break keeps its share of the width while the window zooms or pans.
 */

/** A day in ms. */
export const DAY = 86_400_000;
/** Wall-clock ms a JS Date can hold. */
export const LIMIT = 8.64e15;
/** The default shortest window, one hour (the `min-span` default `PT1H`). */
export const DEFAULT_MIN_SPAN = 3_600_000;

/** A window: [start, end) in wall-clock ms. */
export type TimeWindow = [number, number];

/**
 * The first window: `start` and `end` (ISO or EDTF, either may be absent)
 * where given and valid, else the fitted window. An unreadable value is
 * reported through `warn`; a pair that makes no window (the end not after
 * the start, or an open side) quietly gives the fitted window.
 */
export function initialWindow(
  fit: TimeWindow,
  start: string | null,
  end: string | null,
  timeZone: string,
  warn: (message: string) => void = (m) => console.warn(`<event-timeline>: ${m}`),
): TimeWindow {
  if (!start && !end) return fit;
  try {
    const s = start ? parseEdtf(start, { timeZone }).earliest : fit[0];
    const e = end ? parseEdtf(end, { timeZone }).latest + 1 : fit[1];
    if (Number.isFinite(s) && Number.isFinite(e) && e > s) return [s, e];
  } catch (err) {
    warn(`ignoring start/end: ${(err as Error).message}`);
  }
  return fit;
}

/**
 * How far zooming out goes by default, as a multiple of the fitted window,
 * which already has margins (4% before, 12% after): about 1.2 times the
 * events' own extent, so a reader cannot lose the data in empty time.
 */
export const DEFAULT_ZOOM_OUT = 1.05;

/**
 * The shortest and longest window: `minSpan` (ms), and `maxSpan` (ms) or by
 * default {@link DEFAULT_ZOOM_OUT} times the fitted window.
 */
export function spanLimits(fit: TimeWindow, minSpan: number, maxSpan: number | null): [number, number] {
  const max = maxSpan ?? (fit[1] - fit[0]) * DEFAULT_ZOOM_OUT;
  return [minSpan, Math.max(minSpan, max)];
}

/**
 * Bounds on a window's span in `warp`'s units that let through every window `clampWindow(…, limits, warp,
 * { drawnMax })` keeps, wherever it is: d3-zoom's scale extent. Exact for a linear warp; with breaks, a window's
 * real span is at least its warped span and at most that over the warp's flattest slope (in a break or beyond the
 * data), so the bounds are loose and `clampWindow` makes the final cut.
 */
export function warpedSpanBounds(
  [min, max]: readonly [number, number],
  warp: Warp = LINEAR_WARP,
  drawnMax = Infinity,
): [number, number] {
  let slope = 1;
  if (warp !== LINEAR_WARP) {
    slope = Math.min(slope, (warp(-LIMIT / 2) - warp(-LIMIT)) / (LIMIT / 2));
    for (const b of warp.breaks) slope = Math.min(slope, (warp(b.t1) - warp(b.t0)) / (b.t1 - b.t0));
  }
  return [min * slope, Math.max(min, Math.min(max, drawnMax))];
}

/** How `clampWindow` holds a window: a cap in the warp's units, and the instant that keeps its place. */
export interface HoldOptions {
  /** The longest span in the warp's units, as drawn: the default zoom-out (default: none). */
  drawnMax?: number;
  /** The instant that keeps its place in the window while its span changes (default: the middle, in warped units). */
  at?: number;
}

/**
 * `w` with its span held within `limits`, and inside what a Date can hold. The limits (`min-span`, `max-span`)
 * are spans of real time, whatever the `warp`: a window that is too short or too long is widened or narrowed in
 * the warp's units, as the scale draws it, around the same middle (or `o.at`), until its real span is the limit.
 * `o.drawnMax` caps the span in warped units first (the shortest span still wins).
 */
export function clampWindow(
  w: TimeWindow,
  [min, max]: readonly [number, number],
  warp: Warp = LINEAR_WARP,
  o: HoldOptions = {},
): TimeWindow {
  const [us, ue] = [warp(w[0]), warp(w[1])];
  const f = o.at !== undefined && ue > us ? Math.min(1, Math.max(0, (warp(o.at) - us) / (ue - us))) : 0.5;
  const anchor = us + f * (ue - us);
  const around = (uspan: number): TimeWindow => [
    warp.invert(anchor - f * uspan),
    warp.invert(anchor + (1 - f) * uspan),
  ];
  const realSpan = (uspan: number) => (uspan === ue - us ? w[1] - w[0] : around(uspan)[1] - around(uspan)[0]);
  let uspan = Math.min(ue - us, o.drawnMax ?? Infinity);
  const real = realSpan(uspan);
  const target = real < min ? min : real > max ? max : null;
  if (target !== null) uspan = warp === LINEAR_WARP ? target : warpedSpan(target, realSpan);
  const held = uspan === ue - us ? w : around(uspan);
  const span = Math.min(held[1] - held[0], 2 * LIMIT);
  // Moved, never cut, at either end of what a Date can hold.
  const start = Math.min(LIMIT - span, Math.max(-LIMIT, (held[0] + held[1]) / 2 - span / 2));
  return start === held[0] ? held : [start, start + span];
}

/**
 * The warped span whose real span (`realSpan`, growing with it) is `real`. A gap warp never draws time wider than
 * it is (between breaks one unit is one ms; less elsewhere), so the answer is at most `real`: bisected to well
 * under a ms.
 */
function warpedSpan(real: number, realSpan: (uspan: number) => number): number {
  let [lo, hi] = [0, real];
  for (let i = 0; i < 16 && realSpan(hi) < real; i++) [lo, hi] = [hi, hi * 2];
  for (let i = 0; i < 100 && hi - lo > 1e-3; i++) {
    const mid = (lo + hi) / 2;
    if (realSpan(mid) < real) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The window that brings `date` into view from `w`, or null when it is in
 * view already: panned at the same zoom, or zoomed out to frame a long date.
 */
export function revealWindow(w: TimeWindow, date: UncertainDate, warp: Warp = LINEAR_WARP): TimeWindow | null {
  const known = knownExtent(date);
  if (!known) return null;
  if (known[0] >= w[0] && known[1] <= w[1]) return null;
  const k = [warp(known[0]), warp(known[1])] as const;
  const span = warp(w[1]) - warp(w[0]);
  const len = k[1] - k[0];
  const mid = (k[0] + k[1]) / 2;
  const [a, b] = len > span * 0.8 ? [k[0] - len * 0.1, k[1] + len * 0.1] : [mid - span / 2, mid + span / 2];
  return [warp.invert(a), warp.invert(b)];
}

/** `w` zoomed by `factor` (> 1 zooms in, in `warp`'s units) around the instant `t`, which keeps its place. */
export function zoomAround(w: TimeWindow, factor: number, t: number, warp: Warp = LINEAR_WARP): TimeWindow {
  const u = warp(t);
  return [warp.invert(u - (u - warp(w[0])) / factor), warp.invert(u + (warp(w[1]) - u) / factor)];
}

/** The window that frames a cluster's time cell, with a tenth of it either side: zooming in splits it. */
export function clusterWindow(c: { t0: number; t1: number }): TimeWindow {
  const pad = (c.t1 - c.t0) * 0.1;
  return [c.t0 - pad, c.t1 + pad];
}

/** `w` moved by `fraction` of its span in `warp`'s units (> 0 toward later times). */
export function panBy(w: TimeWindow, fraction: number, warp: Warp = LINEAR_WARP): TimeWindow {
  const [u0, u1] = [warp(w[0]), warp(w[1])];
  const du = (u1 - u0) * fraction;
  return [warp.invert(u0 + du), warp.invert(u1 + du)];
}

/**
 * A window bound as wall-clock ms: a Date's instant in `timeZone`, or an
 * ISO/EDTF string's earliest (`'earliest'`) or end (`'latest'`, exclusive).
 * @throws RangeError for an invalid Date, or a string open on that side.
 */
export function toWallMs(v: Date | string, end: 'earliest' | 'latest', timeZone: string): number {
  if (v instanceof Date) {
    if (Number.isNaN(+v)) throw new RangeError('Invalid Date');
    return instantToWall(+v, timeZone);
  }
  const d = parseEdtf(String(v), { timeZone });
  const ms = end === 'earliest' ? d.earliest : d.latest + 1;
  if (!Number.isFinite(ms)) throw new RangeError(`"${v}" has no ${end === 'earliest' ? 'start' : 'end'}`);
  return ms;
}

/** The reference date `text` (EDTF) as wall ms at its earliest, or null when absent or unreadable. */
export function referenceMs(text: string | null | undefined, timeZone: string): number | null {
  if (!text) return null;
  try {
    return parseEdtf(text, { timeZone }).earliest;
  } catch {
    return null;
  }
}
