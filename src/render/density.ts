import type { LaneAggregate, LaneBox } from '../layout/marks.js';
import type { DensityBar } from './export-svg.js';

/**
 * The density bands of aggregated lanes: one bar per non-empty bin, its
 * height by log count, in plot coordinates (`top` is the lanes area's top).
 */
export function densityBars(
  lanes: readonly LaneBox[],
  opts: { width: number; dir: 'ltr' | 'rtl'; top: number; fill(lane: LaneBox): string },
): DensityBar[] {
  const bars: DensityBar[] = [];
  const rtl = opts.dir === 'rtl';
  for (const box of lanes) {
    const a = box.aggregate;
    if (!a) continue;
    const fill = opts.fill(box);
    const scale = Math.log2(1 + a.max) || 1;
    const bottom = opts.top + a.bandTop + a.bandHeight;
    for (let i = 0; i < a.bins.length; i++) {
      const c = a.bins[i]!;
      if (!c) continue;
      const h = Math.max(2, (Math.log2(1 + c) / scale) * a.bandHeight);
      const x = rtl ? opts.width - (i + 1) * a.binPx : i * a.binPx;
      bars.push({ x, y: bottom - h, width: Math.max(1, a.binPx - 0.5), height: h, fill, opacity: 0.55 });
    }
  }
  return bars;
}

/** Fills `bars` on `ctx`, whose top edge is at plot y `top`, at device pixel ratio `dpr`. */
export function paintDensity(
  ctx: CanvasRenderingContext2D,
  bars: readonly DensityBar[],
  top: number,
  dpr: number,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, -top * dpr);
  for (const b of bars) {
    ctx.fillStyle = b.fill;
    ctx.fillRect(b.x, b.y, b.width, b.height);
  }
}

/**
 * Calls `draw` with each aggregated lane's canvas of `kind` under `root`,
 * sized to `width` and `height(aggregate)` CSS px at the device pixel ratio,
 * and cleared. A canvas the size of one band is cheap to clear and to hand to
 * the compositor every frame.
 */
export function eachLaneCanvas(
  root: ParentNode,
  kind: 'density' | 'clusters',
  lanes: readonly LaneBox[],
  width: number,
  height: (a: LaneAggregate) => number,
  draw: (lane: LaneBox, a: LaneAggregate, ctx: CanvasRenderingContext2D, dpr: number) => void,
): void {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(width * dpr);
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>(`canvas.${kind}`)) {
    const lane = lanes.find((l) => l.key === canvas.dataset.lane && l.aggregate);
    if (!lane) continue;
    const h = Math.round(height(lane.aggregate!) * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    draw(lane, lane.aggregate!, ctx, dpr);
  }
}

/** Events the clusters of a lane stand for. */
export function clusterTotal(a: LaneAggregate): number {
  let n = 0;
  for (const c of a.clusters) n += c.count;
  return n;
}
