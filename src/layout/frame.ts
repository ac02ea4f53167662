import type { TimelineEvent } from '../data/types.js';
import { markOrder, rovingTabStop } from './focus.js';
import { layoutMarks, type MarkLayout, type PlacedMark } from './marks.js';
import { timeTicks, type Tick, type TickOptions } from './ticks.js';
import { dataInstants, gapWarp, LINEAR_WARP, type GapMode, type Warp } from './gaps.js';
import { timeScale, type TimeScale } from './time-scale.js';
import type { TimelineView } from './view-model.js';
import type { TimeWindow } from './window.js';

/** One update's layout, each stage the input of the next: view → scale → ticks → marks → DOM order. */
export interface Frame {
  view: TimelineView;
  scale: TimeScale;
  ticks: Tick[];
  /** Null until the plot has a width. */
  layout: MarkLayout | null;
  /** The drawn marks in keyboard (DOM) order, and the key holding the events' single tab stop. */
  ordered: PlacedMark[];
  tabStop: string | null;
}

export interface FrameOptions {
  window: TimeWindow;
  width: number;
  dir: 'ltr' | 'rtl';
  /** A label's width in px, and the axis tick options (labels and calendar). */
  measure(label: string): number;
  ticks: TickOptions;
  /** A lane's label. */
  laneLabel(key: string): string;
  /** The key of the focused mark, and events that stay marks even in a dense lane (focused, selected). */
  focusKey: string | null;
  forced: ReadonlyArray<TimelineEvent | null>;
  laneLimit: number;
  /** Long empty stretches of time: compressed to axis breaks (the default) or drawn linearly. */
  gaps?: GapMode;
  /** The frame drawn before this one: of the same view, its lanes drawn as marks keep them first, and its marks
   * their rows (except at the fitted window, laid out as a first frame). */
  previous?: Frame | null;
  /** A gesture is under way: its lanes drawn as counts keep them until it ends (see `layoutMarks`). */
  holdCounts?: boolean;
}

/** The key of a mark: its lane and event, as the keyboard order names it. */
export const markKey = (m: PlacedMark): string => `${m.lane}:${m.event.id}`;

/**
 * Lays out `view` in a window and width: the time scale (with the view's compressed gaps), the axis ticks, the
 * marks and their order. Each lane keeps the rows it needs at the fitted window, so panning never changes the
 * height.
 */
export function layoutFrame(view: TimelineView, o: FrameOptions): Frame {
  const { width, dir } = o;
  // No width (the vertical story, which warps its own axis): no gaps to find on a range of no pixels.
  const warp = width ? viewWarp(view, o.gaps ?? 'compress') : LINEAR_WARP;
  const range: [number, number] = dir === 'rtl' ? [width, 0] : [0, width];
  const scale = timeScale([o.window[0], o.window[1]], range, warp);
  const firstUndated = view.undated[0] ? `u:${view.undated[0].event.id}` : null;
  if (!width) return { view, scale, ticks: [], layout: null, ordered: [], tabStop: firstUndated };
  const ticks = timeTicks(scale, o.ticks);
  const forced = o.forced.filter((e): e is TimelineEvent => !!e?.date);
  const lanes = view.lanes.map((l) => ({ ...l, label: o.laneLabel(l.key) }));
  const common = { width, dir, measure: o.measure, forced, laneLimit: o.laneLimit };
  // The rows each lane needs at the fitted window, once per view, width, font and gaps.
  const key = `${width}|${dir}|${o.gaps}|${o.measure('Mw')}`;
  let fitted = fitRows.get(view);
  if (fitted?.key !== key) {
    const fitScale = timeScale([view.fit[0], view.fit[1]], range, warp);
    const rows = layoutMarks(lanes, { ...common, scale: fitScale, forced: [] }).lanes.map((l) => l.rows);
    fitRows.set(view, (fitted = { key, rows }));
  }
  // At the fitted window a frame is laid out as a first frame is: "Fit all events" after zooming around gives
  // back the first arrangement. Elsewhere the previous frame's marks lanes and rows carry over.
  const atFit = o.window[0] === view.fit[0] && o.window[1] === view.fit[1];
  const prev = !atFit && o.previous?.view === view ? o.previous.layout : null;
  const marksLanes = prev ? new Set(prev.lanes.filter((l) => !l.aggregate).map((l) => l.key)) : undefined;
  const lastRows = prev ? new Map(prev.marks.map((m) => [markKey(m), m.row])) : undefined;
  const layout = layoutMarks(lanes, {
    ...common,
    scale,
    laneRows: fitted.rows,
    marksLanes,
    lastRows,
    holdCounts: o.holdCounts,
  });
  const ordered = markOrder(layout.marks);
  const tabStop = rovingTabStop(ordered.map(markKey), o.focusKey, firstUndated);
  return { view, scale, ticks, layout, ordered, tabStop };
}

const warps = new WeakMap<TimelineView, Map<GapMode, Warp>>();
const fitRows = new WeakMap<TimelineView, { key: string; rows: number[] }>();

/** The view's warp in a gap mode: made once per view (the zoom's base scale keeps it). */
export function viewWarp(view: TimelineView, mode: GapMode): Warp {
  let byMode = warps.get(view);
  if (!byMode) warps.set(view, (byMode = new Map()));
  let warp = byMode.get(mode);
  if (!warp) byMode.set(mode, (warp = gapWarp(dataInstants(view.dated, view.referenceMs), mode)));
  return warp;
}
