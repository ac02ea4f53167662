/**
 * Stacks marks into rows so that no two overlap, and decides which labels
 * fit. Works in reading-direction pixels: `x0 <= x1`, and a label runs after
 * the mark (to the right in LTR; callers mirror coordinates for RTL).
 */
export interface StackInput {
  /** Reading-direction pixel extent of the mark, x0 <= x1. */
  x0: number;
  x1: number;
  /** Width of the label drawn after the mark; 0 for none. */
  labelWidth: number;
  /** Width of a label drawn before the mark instead (near the end of the view). */
  labelBefore?: number;
  /** Keep the label (a featured event): it may take any row below `maxRows`, not only the labelled rows. */
  keepLabel?: boolean;
}

export interface StackOptions {
  /** Minimum space between two things in a row, px. */
  gap: number;
  /** Space between a mark and its label, px. */
  labelGap: number;
  /** Rows that may hold labels; marks beyond them stack without labels. */
  maxLabelRows: number;
  /** Hard limit on rows; marks beyond it are reported as overflow. */
  maxRows: number;
}

export interface StackResult {
  /** Row of each input, in input order; -1 when it did not fit in maxRows. */
  rows: Int32Array;
  /** Whether each input's label is shown. */
  labelled: Uint8Array;
  /** Rows used. */
  rowCount: number;
}

export const DEFAULT_STACK: StackOptions = { gap: 4, labelGap: 6, maxLabelRows: 6, maxRows: 64 };

/**
 * Greedy first-fit in start order: each mark takes the first row where it fits
 * with its label; if no labelled row has room it takes the first row where the
 * mark alone fits, unlabelled (a `keepLabel` mark looks for room for its label
 * in every row). O(n log n + n * rows).
 */
export function stackMarks(items: readonly StackInput[], options: Partial<StackOptions> = {}): StackResult {
  const o = { ...DEFAULT_STACK, ...options };
  const n = items.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => items[a]!.x0 - items[b]!.x0 || a - b);
  const rowEnd: number[] = []; // right-most occupied px per row
  const rows = new Int32Array(n).fill(-1);
  const labelled = new Uint8Array(n);
  for (const i of order) {
    const it = items[i]!;
    const before = it.labelBefore ?? 0;
    const withLabel = it.labelWidth > 0 ? it.x1 + o.labelGap + it.labelWidth : it.x1;
    const labelStart = before > 0 ? it.x0 - o.labelGap - before : it.x0;
    let placed = false;
    if (it.labelWidth > 0 || before > 0) {
      const labelRows = it.keepLabel ? o.maxRows : Math.min(o.maxLabelRows, o.maxRows);
      for (let r = 0; r < labelRows; r++) {
        if (r >= rowEnd.length || rowEnd[r]! + o.gap <= labelStart) {
          rowEnd[r] = withLabel;
          rows[i] = r;
          labelled[i] = 1;
          placed = true;
          break;
        }
      }
    }
    if (!placed) {
      for (let r = 0; r < o.maxRows; r++) {
        if (r >= rowEnd.length || rowEnd[r]! + o.gap <= it.x0) {
          rowEnd[r] = it.x1;
          rows[i] = r;
          break;
        }
      }
    }
  }
  return { rows, labelled, rowCount: rowEnd.length };
}
