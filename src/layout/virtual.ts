/** The rows a virtualized list renders: the visible ones plus an overscan on each side. */
export interface RowWindow {
  /** First rendered row (inclusive). */
  start: number;
  /** Last rendered row (exclusive). */
  end: number;
  /** Height of the spacer before the first rendered row, px. */
  before: number;
  /** Height of the spacer after the last rendered row, px. */
  after: number;
}

/**
 * Which of `count` fixed-height rows to render for a viewport scrolled to
 * `scrollTop`: O(1), so a 100,000-row table renders a few dozen rows.
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan = 6,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/**
 * The top of each row, px, when rows have the given heights: `offsets[i]` is
 * row i's top and `offsets[count]` the total height.
 */
export function rowOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + Math.max(0, heights[i]!);
  return offsets;
}

/** The row at `y` px: the last row whose top is at or above it, clamped to the rows (O(log n)). */
export function rowAt(offsets: ArrayLike<number>, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Which rows of known tops (`rowOffsets`) to render for a viewport scrolled to
 * `scrollTop`: every row the viewport touches plus `overscan` rows on each
 * side, found by binary search, so rows may each have their own height; then
 * more rows on both sides, when needed, to render at least `minRows` (all of a
 * table that short).
 */
export function offsetRowWindow(
  offsets: ArrayLike<number>,
  scrollTop: number,
  viewport: number,
  overscan = 6,
  minRows = 0,
): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, scrollTop);
  const first = rowAt(offsets, top);
  const last = rowAt(offsets, top + Math.max(0, viewport));
  let start = Math.max(0, first - overscan);
  let end = Math.min(count, last + 1 + overscan);
  const missing = Math.min(count, minRows) - (end - start);
  if (missing > 0) {
    start = Math.max(0, start - Math.floor(missing / 2));
    end = Math.min(count, start + Math.min(count, minRows));
    start = Math.max(0, end - Math.min(count, minRows));
  }
  const total = offsets[count]!;
  return { start, end, before: offsets[start]!, after: total - offsets[end]! };
}

/** `offsetRowWindow` for rows of the given heights (O(n); keep the offsets to window them again in O(log n)). */
export function variableRowWindow(
  heights: ArrayLike<number>,
  scrollTop: number,
  viewport: number,
  overscan = 6,
  minRows = 0,
): RowWindow {
  return offsetRowWindow(rowOffsets(heights), scrollTop, viewport, overscan, minRows);
}
