import type { TimelineEvent } from '../data/types.js';
import { knownExtent } from '../data/uncertain-date.js';
import type { Cluster, IndexedLane, MarkLayout } from './marks.js';
import type { TimeScale } from './time-scale.js';

/**
 * What lies under a point of the lanes area (x from the plot's start, y from
 * the top of the lanes, px), from the layout alone: the canvases keep no shapes.
 */

/** Half the height of the area around a cluster row that answers the pointer. */
const HIT_HALF_HEIGHT = 12;
/** How far from the pointer, px, an event of a density band still counts as under it. */
const BAND_TOLERANCE = 6;

/**
 * The cluster under a point (lanes-area px): its cell, at least 24 px wide,
 * 24 px tall around its row. Clusters do not overlap, so there is at most one.
 */
export function clusterAt(clusters: readonly Cluster[], x: number, y: number): Cluster | null {
  for (const c of clusters) {
    if (Math.abs(y - c.cy) > HIT_HALF_HEIGHT) continue;
    if (Math.abs(x - c.cx) <= Math.max(HIT_HALF_HEIGHT, (c.right - c.left) / 2)) return c;
  }
  return null;
}

/** The cluster under a point of the lanes area, in whichever aggregated lane holds it. */
export function clusterInLayout(layout: MarkLayout, x: number, y: number): Cluster | null {
  for (const lane of layout.lanes) {
    if (!lane.aggregate || y < lane.top || y >= lane.top + lane.height) continue;
    return clusterAt(lane.aggregate.clusters, x, y);
  }
  return null;
}

/**
 * Over a density band, the event nearest the point in time, through the
 * lane's time index (a spatial index in time): it stands in for a mark.
 * `lanes` are the indexed lanes the layout was made from, in the same order.
 */
export function nearestInBand(
  layout: MarkLayout,
  lanes: readonly IndexedLane[],
  scale: TimeScale,
  x: number,
  y: number,
): { event: TimelineEvent; lane: number } | null {
  const laneIndex = layout.lanes.findIndex((l) => l.aggregate && y >= l.top && y < l.top + l.height);
  if (laneIndex < 0) return null;
  const t = scale.invert(x);
  const tol = Math.abs(scale.invert(x + BAND_TOLERANCE) - t);
  let best: TimelineEvent | null = null;
  let dist = Infinity;
  for (const e of lanes[laneIndex]!.index.query(t - tol, t + tol)) {
    const k = knownExtent(e.date!);
    const dt = k ? Math.min(Math.abs(k[0] - t), Math.abs(k[1] - t), k[0] <= t && t <= k[1] ? 0 : Infinity) : Infinity;
    if (dt < dist) {
      dist = dt;
      best = e;
    }
  }
  return best ? { event: best, lane: laneIndex } : null;
}
