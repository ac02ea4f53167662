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
