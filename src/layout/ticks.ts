import { scaleTicks, type TimeScale } from './time-scale.js';

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
 * tried; what still collides is left unlabelled. Works in screen px, so a
 * reversed (right-to-left) range works unchanged.
 */
export function timeTicks(scale: TimeScale, options: TickOptions): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const width = Math.abs(r1 - r0);
  const lo = Math.min(r0, r1);
  const hi = Math.max(r0, r1);
  const gap = options.gap ?? 12;
  let count = Math.max(2, Math.round(width / (options.spacing ?? 90)));
  let best: Tick[] = [];
  for (let attempt = 0; attempt < 4; attempt++, count = Math.max(1, Math.floor(count / 2))) {
    const [d0, d1] = scale.domain();
    const custom = options.ticker?.(d0, d1, count);
    const values = custom ? custom.values : roundBce(scaleTicks(scale, count));
    const unit = custom ? custom.unit : tickUnit(values);
    const boundary = options.boundary ?? isBoundary;
    const ticks = values.map((value, i) => ({
      value,
      x: scale(value),
      label: options.format(value, unit, i === 0 || boundary(value, values[i - 1]!, unit)) as string | null,
      labelX: scale(value),
    }));
    const collided = placeLabels(ticks, options.measure, gap, lo, hi);
    best = ticks;
    if (!collided || count <= 2) break;
  }
  return best;
}

/**
 * Year ticks every k ≥ 2 years fall on round astronomical years (-1000, 0):
 * before 1 CE that reads "1001 BCE", "1 BCE". Moving each such tick to the
 * next year's start puts it on round BCE years ("1000 BCE") and, at 0, on 1 CE.
 */
function roundBce(values: number[]): number[] {
  if (values.length < 2 || tickUnit(values) !== 'year') return values;
  const y0 = new Date(values[0]!).getUTCFullYear();
  if (y0 > 0 || new Date(values[1]!).getUTCFullYear() - y0 < 2) return values;
  return values.map((v) => {
    const d = new Date(v);
    const y = d.getUTCFullYear();
    if (y > 0) return v;
    d.setUTCFullYear(y + 1, 0, 1);
    return d.getTime();
  });
}

/** Nudges end labels inside the axis and hides labels that overlap a kept neighbour; true if any did. */
function placeLabels(ticks: Tick[], measure: (s: string) => number, gap: number, lo: number, hi: number): boolean {
  let collided = false;
  const sorted = [...ticks].sort((a, b) => a.x - b.x);
  let lastRight = -Infinity;
  for (const t of sorted) {
    if (t.label === null) continue;
    const w = measure(t.label);
    if (w > hi - lo) {
      t.label = null;
      continue;
    }
    t.labelX = Math.min(Math.max(t.x, lo + w / 2), hi - w / 2);
    const left = t.labelX - w / 2;
    const right = t.labelX + w / 2;
    if (left < lastRight + gap) {
      t.label = null;
      collided = true;
      continue;
    }
    lastRight = right;
  }
  return collided;
}
