import type { TimelineEvent } from '../data/types.js';
import type { Lane } from './lanes.js';
import { stackLabelled, type LabelledInput } from './stack.js';
import type { TimeIndex } from './time-index.js';
import { wrapLabel } from './labels.js';
import type { TimeScale } from './time-scale.js';

/** How an event's date is drawn. */
export type MarkShape = 'point' | 'fuzzy' | 'interval';

export interface PlacedMark {
  event: TimelineEvent;
  /** The date is a point somewhere in a span, or qualified approximate or uncertain: drawn hollow. */
  uncertain: boolean;
  lane: number;
  row: number;
  shape: MarkShape;
  /** Screen x of the drawn extent (left ≤ right), clamped near the view. */
  left: number;
  right: number;
  /** Fade the drawn extent toward its open side(s), in screen terms. */
  fadeLeft: boolean;
  fadeRight: boolean;
  /** Screen x of the kind symbol's centre. */
  cx: number;
  /** Row centre, px from the top of the lanes area. */
  cy: number;
  /** Visible label, its lines joined by a space (shortened with "…" only as a last resort), or null. */
  label: string | null;
  /** The label's lines: one, two when the title wraps, or three hanging into the next row where it is free. */
  lines?: readonly string[];
  /** The label's width in px: its widest line. */
  labelWidth?: number;
  /** Screen x where the label starts in reading order (its left in LTR, its right in RTL). */
  labelX: number;
}

/**
 * Whether a mark's label lies over its own drawn span (a label runs after the symbol, over the span's inside):
 * the span's outline would then pass between the label's words, so the plot stops it under the label
 * (render/span-gap.ts). `w` is the label's drawn width, by default the laid-out one.
 */
export function labelOverSpan(m: PlacedMark, dir: 'ltr' | 'rtl', w = m.labelWidth ?? 0): boolean {
  if (!m.label || m.shape === 'point') return false;
  const [l, r] = dir === 'rtl' ? [m.labelX - w, m.labelX] : [m.labelX, m.labelX + w];
  return Math.min(r, m.right) - Math.max(l, m.left) > 1;
}

/** A dense stretch drawn as one count; it splits as the window narrows. */
export interface Cluster {
  /** Screen px of the cell (left ≤ right) and its centre. */
  left: number;
  right: number;
  cx: number;
  /** Row centre, px from the top of the lanes area. */
  cy: number;
  /** Time extent of the cell, wall ms. */
  t0: number;
  t1: number;
  count: number;
}

/**
 * A lane with more events in the window than can be read one by one: counts
 * per thin bin (the density band, drawn on a canvas) and per cluster cell
 * (drawn as counts). Events that must stay reachable (focused, selected) are
 * placed as marks and left out of the counts.
 */
export interface LaneAggregate {
  binPx: number;
  /** Events per bin, in time order (bin 0 is the window's start). */
  bins: Uint32Array;
  max: number;
  clusters: Cluster[];
  /** Top and height of the clusters' row, px from the top of the lanes area. */
  clusterTop: number;
  clusterHeight: number;
  /** Top and height of the density band, px from the top of the lanes area. */
  bandTop: number;
  bandHeight: number;
}

export interface LaneBox {
  key: string;
  label: string;
  top: number;
  height: number;
  rows: number;
  /** Events of the lane inside the window (drawn or not). */
  visible: number;
  aggregate: LaneAggregate | null;
}

export interface MarkLayout {
  marks: PlacedMark[];
  lanes: LaneBox[];
  height: number;
}

export interface MarkLayoutOptions {
  scale: TimeScale;
  /** Width of the plot in px. */
  width: number;
  dir: 'ltr' | 'rtl';
  measure: (label: string) => number;
  rowHeight?: number;
  laneHeader?: number;
  lanePadding?: number;
  /** Symbol diameter, px. */
  symbol?: number;
  /**
   * Label rows per lane, by lane index: a lane has at least this many rows, and labels take no more, whatever
   * the window (a steady height while panning). Default: 6 label rows, and as many rows as the window needs.
   */
  laneRows?: readonly number[];
  /** How far an open end fades, px. */
  fade?: number;
  /** Above this many events in the window, a lane aggregates into clusters. Default 200. */
  laneLimit?: number;
  /**
   * A lane whose marks would stack into more rows than this aggregates too (if
   * it has over `minAggregate` events). Default 10.
   */
  maxLaneRows?: number;
  /** Below this many events in view, a lane never aggregates. Default 60. */
  minAggregate?: number;
  /**
   * Marks drawn one by one across all lanes, at most (lanes of `minAggregate`
   * or fewer always get theirs). Default 400.
   */
  markBudget?: number;
  /** Events drawn as marks even in an aggregated lane (the focused and the selected). */
  forced?: readonly TimelineEvent[];
  /**
   * Keys of the lanes the previous frame drew as marks: they take the budget first, so a zoom moves each lane
   * from counts to marks (or back) once, at its own threshold, instead of trading the budget between lanes of
   * similar size at every step.
   */
  marksLanes?: ReadonlySet<string>;
  /**
   * A gesture is under way: a lane the previous frame drew as counts (not in `marksLanes`) keeps its counts,
   * however few its events, and turns into marks in the frame after the gesture. A zoom step then never makes
   * a whole lane of marks at once (60–100 at 1,000 events); a lane may still turn from marks into counts.
   */
  holdCounts?: boolean;
  /** The previous frame's row of each mark, by its key (`lane:id`): a mark keeps its row while it fits there. */
  lastRows?: ReadonlyMap<string, number>;
  /** Width of a density bin and of a cluster cell, px. */
  binPx?: number;
  clusterPx?: number;
}

export interface IndexedLane extends Lane {
  index: TimeIndex<TimelineEvent>;
  /** Whether an event belongs to this lane. */
  has(event: TimelineEvent): boolean;
  /** The lane's featured events (found in `events` when not given). */
  featured?: readonly TimelineEvent[];
}

/** How much larger a featured event's symbol is drawn. */
export const FEATURED_SCALE = 1.5;

const MARGIN = 240; // px beyond the view that still count for stacking

/** Height of a row of marks, px: room for a label wrapped to two lines (a third takes the next row's top). */
export const ROW_HEIGHT = 32;

/**
 * Places the events of each lane inside the window: culls with each lane's
 * time index, decides the shape, stacks rows so nothing overlaps, and keeps
 * labels that fit. Pure; costs what is visible, not the whole dataset.
 */
export function layoutMarks(lanes: readonly IndexedLane[], o: MarkLayoutOptions): MarkLayout {
  const rowHeight = o.rowHeight ?? ROW_HEIGHT;
  const laneHeader = o.laneHeader ?? 22;
  const lanePadding = o.lanePadding ?? 6;
  const limit = o.laneLimit ?? 200;
  const maxRows = o.maxLaneRows ?? 10;
  const minAggregate = o.minAggregate ?? 60;
  const [d0, d1] = o.scale.domain().map(Number) as [number, number];
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);

  const marks: PlacedMark[] = [];
  const boxes: LaneBox[] = [];
  // What runs into each lane's window plus what starts inside it: O(log n), never O(n).
  const counts = lanes.map((lane) => {
    const running = lane.index.runningAt(lo);
    return { running, visible: lane.index.countStarts(lo, hi + 1) + running.length };
  });
  // The DOM budget: the lanes drawn as marks last frame, then the sparsest, get marks until it is spent.
  const budget = o.markBudget ?? 400;
  const asMarks = new Set<number>();
  let spent = 0;
  const was = (i: number) => (o.marksLanes?.has(lanes[i]!.key) ? 0 : 1);
  const order = counts.map((_, i) => i).sort((a, b) => was(a) - was(b) || counts[a]!.visible - counts[b]!.visible);
  const held = (i: number) => !!o.holdCounts && !!o.marksLanes && !o.marksLanes.has(lanes[i]!.key);
  for (const i of order) {
    const v = counts[i]!.visible;
    if (held(i)) continue;
    if (v <= limit && (spent + v <= budget || v <= minAggregate)) {
      asMarks.add(i);
      spent += v;
    }
  }
  let top = 0;
  lanes.forEach((lane, laneIndex) => {
    const { running, visible } = counts[laneIndex]!;
    let aggregate: LaneAggregate | null = null;
    // Few enough to read one by one, and they stack into few enough rows: marks.
    let placed = asMarks.has(laneIndex)
      ? placeEvents(lane.index.query(lo, hi), laneIndex, o, top + laneHeader, rowHeight, o.lastRows)
      : null;
    // A few events always get their marks, however many rows they need (but not a lane held in counts).
    if (!placed || (placed.rows > maxRows && visible > minAggregate)) {
      // The focused, the selected and the featured events stay marks: never counted into a cluster.
      const featured = lane.featured ?? lane.events.filter((e) => e.featured);
      const forced = [...new Set([...(o.forced ?? []).filter((e) => lane.has(e)), ...featured])].filter(
        (e) => e.date && e.date.earliest <= hi && e.date.latest >= lo,
      );
      aggregate = aggregateLane(lane, running, forced, o, lo, hi, top + laneHeader, rowHeight);
      // Their rows start under the counts: rows the marks had in a lane of marks mean nothing here.
      placed = placeEvents(forced, laneIndex, o, top + laneHeader + rowHeight, rowHeight);
    }
    marks.push(...placed.marks);
    const rows = aggregate ? placed.rows : Math.max(1, placed.rows, o.laneRows?.[laneIndex] ?? 0);
    let height = laneHeader + rows * rowHeight + lanePadding;
    if (aggregate) {
      // Cluster row, forced marks' rows, then the density band.
      aggregate.bandTop = top + laneHeader + rowHeight + rows * rowHeight;
      height = laneHeader + rowHeight + rows * rowHeight + aggregate.bandHeight + lanePadding;
    }
    boxes.push({ key: lane.key, label: lane.label, top, height, rows: Math.max(1, rows), visible, aggregate });
    top += height;
  });
  return { marks, lanes: boxes, height: top };
}

/** Counts per bin and per cluster cell for a lane too dense to draw event by event. */
function aggregateLane(
  lane: IndexedLane,
  running: readonly TimelineEvent[],
  forced: readonly TimelineEvent[],
  o: MarkLayoutOptions,
  lo: number,
  hi: number,
  clusterTop: number,
  rowHeight: number,
): LaneAggregate {
  const binPx = o.binPx ?? 2;
  const clusterPx = o.clusterPx ?? 44;
  const nBins = Math.max(1, Math.ceil(o.width / binPx));
  const span = hi - lo || 1;
  // Bin i is [edges[i], edges[i + 1]); the last edge is past `hi`, so the window's end is in.
  const edges = new Float64Array(nBins + 1);
  for (let i = 0; i < nBins; i++) edges[i] = lo + (span * i) / nBins;
  edges[nBins] = hi + 1;
  const bins = new Uint32Array(nBins);
  lane.index.histogram(edges, bins);
  // What started before the window counts in its first bin.
  bins[0]! += running.length;
  // Forced events are drawn as marks: take them out of the counts.
  for (const e of forced) {
    const start = e.date!.earliest;
    let i = start < lo ? 0 : Math.min(nBins - 1, Math.floor(((start - lo) / span) * nBins));
    // Settle on the bin the histogram put it in, whatever the rounding.
    while (i > 0 && start >= lo && start < edges[i]!) i--;
    while (i < nBins - 1 && start >= edges[i + 1]!) i++;
    if (bins[i]! > 0) bins[i]!--;
  }
  let max = 0;
  for (const c of bins) if (c > max) max = c;
  // Cluster cells: runs of bins about clusterPx wide.
  const perCell = Math.max(1, Math.round(clusterPx / binPx));
  const clusters: Cluster[] = [];
  for (let i = 0; i < nBins; i += perCell) {
    let count = 0;
    for (let j = i; j < Math.min(nBins, i + perCell); j++) count += bins[j]!;
    if (!count) continue;
    const t0 = edges[i]!;
    const t1 = Math.min(hi, edges[Math.min(nBins, i + perCell)]!);
    const a = o.scale(t0);
    const b = o.scale(t1);
    clusters.push({
      left: Math.min(a, b),
      right: Math.max(a, b),
      cx: (a + b) / 2,
      cy: clusterTop + rowHeight / 2,
      t0,
      t1,
      count,
    });
  }
  return { binPx, bins, max, clusters, clusterTop, clusterHeight: rowHeight, bandTop: 0, bandHeight: 24 };
}

/**
 * Places events as marks: shape, symbol, label, and stacked rows where nothing overlaps. A featured event's
 * symbol is `FEATURED_SCALE` times larger, and its label is kept: it may take a row below the labelled ones.
 */
function placeEvents(
  events: readonly TimelineEvent[],
  laneIndex: number,
  o: MarkLayoutOptions,
  rowsTop: number,
  rowHeight: number,
  lastRows?: ReadonlyMap<string, number>,
): { marks: PlacedMark[]; rows: number } {
  const symbol = o.symbol ?? 12;
  const fade = o.fade ?? 120;
  const rtl = o.dir === 'rtl';
  // Reading coordinates run in the direction of time: mirrored in RTL, so the
  // same "label after mark" logic lays out both directions.
  const read = (screenX: number) => (rtl ? o.width - screenX : screenX);
  const clamp = (x: number) => Math.max(-MARGIN, Math.min(o.width + MARGIN, x));
  const px = (t: number) => (Number.isFinite(t) ? read(o.scale(t)) : t < 0 ? -Infinity : Infinity);
  const inputs: LabelledInput[] = [];
  const drafts: Array<Omit<PlacedMark, 'row' | 'cy' | 'label' | 'labelX'>> = [];
  for (const event of events) {
    const d = event.date!;
    const sym = event.featured ? symbol * FEATURED_SCALE : symbol;
    let a = px(d.earliest);
    let b = px(d.latest + 1);
    const openStart = a === -Infinity;
    const openEnd = b === Infinity;
    // A point known to the day (or better) stays a sharp marker at any zoom; a
    // point somewhere in a longer span is drawn over that span once it is wide enough.
    const vague = d.latest - d.earliest >= 86_400_000;
    let shape: MarkShape =
      d.span === 'interval' ? 'interval' : openStart || openEnd || (vague && b - a > sym * 0.75) ? 'fuzzy' : 'point';
    if (openStart) a = b - fade;
    if (openEnd) b = a + fade;
    a = clamp(a);
    b = clamp(b);
    if (shape === 'interval' && b - a < sym && !openStart && !openEnd) shape = 'point';
    // The symbol marks the start of the extent, kept in view; an open start puts it at the known end.
    let c: number;
    if (shape === 'point') c = (a + b) / 2;
    else if (openStart) c = b - sym / 2;
    else c = Math.min(Math.max(a, 0) + sym / 2 + 1, Math.max(a + sym / 2, b - sym / 2));
    // The label runs after the symbol (over a span's inside) or ends before it, in the room its row leaves.
    const x0 = Math.min(a, c - sym / 2);
    const x1 = Math.max(b, c + sym / 2);
    inputs.push({
      x0,
      x1,
      after: c + sym / 2 + 4,
      before: c - sym / 2 - 4,
      label: (room, cut, lines) => {
        const fit = wrapLabel(event.title, room, o.measure, cut, lines === 3 ? 3 : 2);
        return fit && fit.lines.length <= lines ? fit.width : 0;
      },
      keepLabel: event.featured,
      row: lastRows?.get(`${laneIndex}:${event.id}`),
    });
    drafts.push({
      event,
      uncertain: (d.span === 'point' && vague) || d.approximate || d.uncertain,
      lane: laneIndex,
      shape,
      left: rtl ? o.width - b : a,
      right: rtl ? o.width - a : b,
      fadeLeft: rtl ? openEnd : openStart,
      fadeRight: rtl ? openStart : openEnd,
      cx: rtl ? o.width - c : c,
    });
  }
  const stacked = stackLabelled(inputs, {
    labelGap: 0,
    maxRows: 1024,
    maxLabelRows: o.laneRows?.[laneIndex] ?? 6,
    bounds: [2, o.width - 2],
  });
  const marks: PlacedMark[] = [];
  drafts.forEach((m, i) => {
    const row = stacked.rows[i]!;
    if (row < 0) return;
    const side = stacked.side[i]!;
    const most = stacked.lines[i] === 3 ? 3 : 2;
    const text = side < 0 ? null : wrapLabel(m.event.title, stacked.room[i]!, o.measure, !!stacked.cut[i], most);
    // Where the label starts in reading order: after the symbol, or its width before it.
    const start = !text ? inputs[i]!.after : side === 0 ? inputs[i]!.after : inputs[i]!.before - text.width;
    marks.push({
      ...m,
      row,
      cy: rowsTop + row * rowHeight + rowHeight / 2,
      label: text ? text.lines.join(' ') : null,
      lines: text?.lines ?? [],
      labelWidth: text?.width ?? 0,
      labelX: rtl ? o.width - start : start,
    });
  });
  return { marks, rows: stacked.rowCount };
}
