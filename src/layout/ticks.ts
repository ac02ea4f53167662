import { utcTickInterval } from 'd3-time';
import { LINEAR_WARP, type Warp } from './gaps.js';
import type { TimeScale } from './time-scale.js';

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface Tick {
  /** Wall-clock ms. */
  value: number;
  /** Pixel position on the axis. */
  x: number;
  /** The label, or null when it would collide with a neighbour. */
  label: string | null;
  /** Centre of the label: the tick, nudged inward at the axis ends. */
  labelX: number;
}

export interface TickOptions {
  /**
   * Formats a tick. `first` is true for the first tick and at boundaries of the
   * next-larger unit (a January among months, a 1st among days), where a label
   * should carry context ("Jul 2023" rather than "Jul").
   */
  format: (value: number, unit: TickUnit, first: boolean) => string;
  /** Width of a label in px. */
  measure: (label: string) => number;
  /** Minimum space between two labels, px. */
  gap?: number;
  /** Target px per tick; fewer ticks are tried when labels collide. */
  spacing?: number;
  /**
   * Tick values for a non-Gregorian display calendar (see calendar-ticks.ts);
   * default d3-time's utcTicks.
   */
  ticker?: (d0: number, d1: number, count: number) => { values: number[]; unit: TickUnit };
  /** Whether `value` starts a new period of the next-larger unit since `prev`, in the display calendar. */
  boundary?: (value: number, prev: number, unit: TickUnit) => boolean;
  /**
   * How far, px, a label may reach past either end of the range, where it is drawn centred on its tick all the
   * same (the story's labels, in the room above and below its axis). Default 0: a label is moved inside.
   */
  overhang?: number;
}

const DAY = 86_400_000;

/** The unit a sequence of ticks steps by. */
export function tickUnit(values: readonly number[]): TickUnit {
  if (values.length < 2) return 'year';
  const step = values[1]! - values[0]!;
  if (step >= 365 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= DAY) return 'day';
  if (step >= 3_600_000) return 'hour';
  if (step >= 60_000) return 'minute';
  return 'second';
}

/** True when `value` starts a new period of the next-larger unit since `prev` (a new month among days…). */
function isBoundary(value: number, prev: number, unit: TickUnit): boolean {
  const a = new Date(prev);
  const b = new Date(value);
  switch (unit) {
    case 'month':
      return a.getUTCFullYear() !== b.getUTCFullYear();
    case 'day':
      return a.getUTCMonth() !== b.getUTCMonth() || a.getUTCFullYear() !== b.getUTCFullYear();
    case 'hour':
    case 'minute':
    case 'second':
      return Math.floor(prev / DAY) !== Math.floor(value / DAY);
    default:
      return false;
  }
}

/**
 * Adaptive axis ticks from d3-time's `utcTicks` (what scaleUtc's `ticks()` returns), from millennia down to
 * seconds, with labels that never overlap: when they would, fewer ticks are
 * tried; what still collides is left unlabelled. A label at an end of the axis
 * is moved inside it, and if that alone makes it touch its neighbour it is left
 * out on its own (the next label then carries the context): panning never
 * changes the step. Works in screen px, so a reversed (right-to-left) range
 * works unchanged.
 *
 * A scale with compressed gaps is ticked with ONE step, chosen for the whole
 * window in warped units (what the width shows), on each stretch between its
 * breaks: no tick falls inside a break, and a narrow stretch is not ticked finer
 * than the rest. Between breaks a warped unit is a ms, so every stretch there
 * gets the same calendar interval; beyond the data, where the warp draws time at
 * a smaller slope, the same step spans more time and the interval is the coarser
 * one it calls for, so ticks keep one spacing on screen. The first tick after a
 * break carries context, as the first tick does.
 */
export function timeTicks(scale: TimeScale, options: TickOptions): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const width = Math.abs(r1 - r0);
  const lo = Math.min(r0, r1) - (options.overhang ?? 0);
  const hi = Math.max(r0, r1) + (options.overhang ?? 0);
  const gap = options.gap ?? 12;
  const warp = scale.warp?.() ?? LINEAR_WARP;
  const parts = stretches(scale, warp);
  const [d0, d1] = scale.domain();
  // The window's length as drawn: warped units, which are ms between breaks.
  const drawn = Math.abs(warp(d1) - warp(d0));
  const boundary = options.boundary ?? isBoundary;
  let count = Math.max(2, Math.round(width / (options.spacing ?? 90)));
  let best: Tick[] = [];
  for (let attempt = 0; attempt < 4; attempt++, count = Math.max(1, Math.floor(count / 2))) {
    const ticks: Tick[] = [];
    const units: TickUnit[] = [];
    // Each tick's run of stretches between two breaks, and the ticks whose labels carry context.
    const runs = new Map<Tick, number>();
    const context = new Set<Tick>();
    let run = 0;
    let prev: number | null = null;
    for (const { p0, p1, slope, afterBreak } of parts) {
      const { values, unit } = stretchTicks(p0, p1, drawn / count / slope, options.ticker);
      if (afterBreak) [prev, run] = [null, run + 1];
      for (const value of values) {
        if (prev !== null && value <= prev) continue; // on the cut between two slopes: ticked once
        const first = prev === null || boundary(value, prev, unit);
        prev = value;
        const x = scale(value);
        const tick = { value, x, label: options.format(value, unit, first), labelX: x };
        ticks.push(tick);
        units.push(unit);
        runs.set(tick, run);
        if (first) context.add(tick);
      }
    }
    let placed = placeLabels(ticks, options.measure, gap, lo, hi, runs);
    // A label that carried the context ("Jul 2023") went (at the axis's end, or beside a break): the next label
    // of its run carries it instead, and the labels are placed again.
    let moved = false;
    for (let i = 0; i < ticks.length; i++) {
      if (!placed.dropped.has(ticks[i]!) || !context.has(ticks[i]!)) continue;
      const next = ticks.findIndex((t, j) => j > i && t.label !== null && runs.get(t) === runs.get(ticks[i]!));
      if (next < 0 || context.has(ticks[next]!)) continue;
      ticks[next]!.label = options.format(ticks[next]!.value, units[next]!, true);
      moved = true;
    }
    if (moved && !placed.collided) placed = placeLabels(ticks, options.measure, gap, lo, hi, runs);
    best = ticks;
    if (!placed.collided || count <= 2) break;
  }
  return best;
}

/**
 * The ticks of the stretch [p0, p1], `step` ms apart or so: d3-time's interval for that step (its ranges are
 * aligned to the calendar, so all stretches fall on one grid), or the display calendar's `ticker` asked for it.
 */
function stretchTicks(
  p0: number,
  p1: number,
  step: number,
  ticker: TickOptions['ticker'],
): { values: number[]; unit: TickUnit } {
  if (ticker) return ticker(p0, p1, (p1 - p0) / step);
  // From 0, so that every stretch with this step gets the very same interval.
  const interval = utcTickInterval(new Date(0), new Date(step), 1);
  if (!interval) return { values: [], unit: 'year' };
  const first = interval.ceil(new Date(p0));
  const pair = [+first, +interval.offset(first, 1)] as const;
  const values = interval.range(new Date(p0), new Date(p1 + 1)).map(Number);
  return { values: roundBce(values, pair, p1), unit: tickUnit(pair) };
}

/** A stretch of the domain at one slope (warped units per ms); `afterBreak`: it starts the axis or ends a break. */
interface Stretch {
  p0: number;
  p1: number;
  slope: number;
  afterBreak: boolean;
}

/**
 * The domain's stretches between the scale's breaks, in time order, each also cut where the warp's slope changes
 * (the data's first and last instant).
 */
function stretches(scale: TimeScale, warp: Warp): Stretch[] {
  const [d0, d1] = scale.domain();
  const [lo, hi] = [Math.min(d0, d1), Math.max(d0, d1)];
  let from = lo;
  const cuts: Array<[number, number]> = [];
  for (const b of scale.breaks?.() ?? []) {
    if (b.t0 > from) cuts.push([from, b.t0]);
    from = Math.max(from, b.t1);
  }
  cuts.push([from, hi]);
  const edges = warp.extent ?? [];
  const out: Stretch[] = [];
  for (const [a, b] of cuts) {
    const points = [a, ...edges.filter((t) => t > a && t < b), b];
    for (let i = 1; i < points.length; i++) {
      const [p0, p1] = [points[i - 1]!, points[i]!];
      if (!(p1 > p0)) continue;
      const slope = (warp(p1) - warp(p0)) / (p1 - p0);
      // Between breaks the slope is 1 but for rounding: make it exactly 1, so those stretches share one interval.
      out.push({ p0, p1, slope: Math.abs(slope - 1) < 1e-6 ? 1 : slope, afterBreak: i === 1 });
    }
  }
  return out;
}

/**
 * Year ticks every k ≥ 2 years fall on round astronomical years (-1000, 0):
 * before 1 CE that reads "1001 BCE", "1 BCE". Moving each such tick to the
 * next year's start puts it on round BCE years ("1000 BCE") and, at 0, on 1 CE.
 * `step` is two consecutive ticks of the interval; a tick moved past `p1` (into a break) is dropped.
 */
function roundBce(values: number[], step: readonly [number, number], p1: number): number[] {
  if (tickUnit(step) !== 'year') return values;
  if (new Date(step[1]).getUTCFullYear() - new Date(step[0]).getUTCFullYear() < 2) return values;
  return values
    .map((v) => {
      const d = new Date(v);
      const y = d.getUTCFullYear();
      if (y > 0) return v;
      d.setUTCFullYear(y + 1, 0, 1);
      return d.getTime();
    })
    .filter((v) => v <= p1);
}

/**
 * Nudges end labels inside the axis and hides labels that overlap a kept neighbour. `collided`: two labels
 * overlapped where their ticks stand, so the ticks are too dense. An end label that overlaps its neighbour only
 * because it was nudged in is hidden alone (`dropped`): where the window sits says nothing about the density,
 * so panning never makes the axis coarser. Neither do two labels on either side of a break (their `runs`
 * differ), which a compressed gap brings close whatever the step: the later one is hidden alone.
 */
function placeLabels(
  ticks: Tick[],
  measure: (s: string) => number,
  gap: number,
  lo: number,
  hi: number,
  runs: ReadonlyMap<Tick, number>,
): { collided: boolean; dropped: Set<Tick> } {
  let collided = false;
  const dropped = new Set<Tick>();
  const sorted = [...ticks].sort((a, b) => a.x - b.x);
  // The labels kept so far, the last one's right edge, and its right edge where its tick stands.
  let kept = 0;
  let last: Tick | null = null;
  let lastRight = -Infinity;
  let lastNatural = -Infinity;
  for (const t of sorted) {
    if (t.label === null) continue;
    const w = measure(t.label);
    if (w > hi - lo) {
      t.label = null;
      continue;
    }
    t.labelX = Math.min(Math.max(t.x, lo + w / 2), hi - w / 2);
    if (t.labelX - w / 2 < lastRight + gap) {
      // Whether the two would fit where their ticks stand.
      const fits = t.x - w / 2 >= lastNatural + gap;
      if (fits && kept === 1 && last!.labelX > last!.x) {
        // The first label, nudged in from the start, overlaps this one: the first goes.
        last!.label = null;
        dropped.add(last!);
        kept = 0;
      } else {
        // This one goes: alone if it was nudged in from the end or stands across a break, else the ticks are
        // too dense.
        t.label = null;
        if ((fits && t.labelX < t.x) || runs.get(t) !== runs.get(last!)) dropped.add(t);
        else collided = true;
        continue;
      }
    }
    kept++;
    last = t;
    lastRight = t.labelX + w / 2;
    lastNatural = t.x + w / 2;
  }
  return { collided, dropped };
}
