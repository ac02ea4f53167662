import { instantToWall } from '../data/calendar.js';
import { parseEdtf } from '../data/edtf.js';
import { knownExtent, type UncertainDate } from '../data/uncertain-date.js';

/**
 * The visible window's maths, in wall-clock ms: where it starts, how far it
 * may zoom, how it follows a selection and a zoom around a point. Pure.
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

/** `w` with its span held within `limits`, around the same middle, and inside what a Date can hold. */
export function clampWindow([s, e]: TimeWindow, [min, max]: [number, number]): TimeWindow {
  const span = Math.min(max, Math.max(min, e - s), 2 * LIMIT);
  // Moved, never cut, at either end of what a Date can hold.
  const start = Math.min(LIMIT - span, Math.max(-LIMIT, (s + e) / 2 - span / 2));
  return [start, start + span];
}

/**
 * The window that brings `date` into view from `w`, or null when it is in
 * view already: panned at the same zoom, or zoomed out to frame a long date.
 */
export function revealWindow(w: TimeWindow, date: UncertainDate): TimeWindow | null {
  const k = knownExtent(date);
  if (!k) return null;
  const span = w[1] - w[0];
  if (k[0] >= w[0] && k[1] <= w[1]) return null;
  const len = k[1] - k[0];
  if (len > span * 0.8) return [k[0] - len * 0.1, k[1] + len * 0.1];
  const mid = (k[0] + k[1]) / 2;
  return [mid - span / 2, mid + span / 2];
}

/** `w` zoomed by `factor` (> 1 zooms in) around the instant `t`, which keeps its place. */
export function zoomAround(w: TimeWindow, factor: number, t: number): TimeWindow {
  return [t - (t - w[0]) / factor, t + (w[1] - t) / factor];
}

/** The window that frames a cluster's time cell, with a tenth of it either side: zooming in splits it. */
export function clusterWindow(c: { t0: number; t1: number }): TimeWindow {
  const pad = (c.t1 - c.t0) * 0.1;
  return [c.t0 - pad, c.t1 + pad];
}

/** `w` moved by `fraction` of its span (> 0 toward later times). */
export function panBy(w: TimeWindow, fraction: number): TimeWindow {
  const dt = (w[1] - w[0]) * fraction;
  return [w[0] + dt, w[1] + dt];
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
