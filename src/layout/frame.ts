import type { TimelineEvent } from '../data/types.js';
import { markOrder, rovingTabStop } from './focus.js';
import { layoutMarks, type MarkLayout, type PlacedMark } from './marks.js';
import { timeTicks, type Tick, type TickOptions } from './ticks.js';
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
}

/** The key of a mark: its lane and event, as the keyboard order names it. */
export const markKey = (m: PlacedMark): string => `${m.lane}:${m.event.id}`;

/** Lays out `view` in a window and width: the time scale, the axis ticks, the marks and their order. */
export function layoutFrame(view: TimelineView, o: FrameOptions): Frame {
  const { width, dir } = o;
  const scale = timeScale([o.window[0], o.window[1]], dir === 'rtl' ? [width, 0] : [0, width]);
  const firstUndated = view.undated[0] ? `u:${view.undated[0].event.id}` : null;
  if (!width) return { view, scale, ticks: [], layout: null, ordered: [], tabStop: firstUndated };
  const ticks = timeTicks(scale, o.ticks);
  const forced = o.forced.filter((e): e is TimelineEvent => !!e?.date);
  const lanes = view.lanes.map((l) => ({ ...l, label: o.laneLabel(l.key) }));
  // Labels take at most 280 px, or 45% of a narrow plot.
  const maxLabel = Math.min(280, Math.max(80, width * 0.45));
  const layout = layoutMarks(lanes, {
    scale,
    width,
    dir,
    measure: o.measure,
    maxLabel,
    forced,
    laneLimit: o.laneLimit,
  });
  const ordered = markOrder(layout.marks);
  const tabStop = rovingTabStop(ordered.map(markKey), o.focusKey, firstUndated);
  return { view, scale, ticks, layout, ordered, tabStop };
}
