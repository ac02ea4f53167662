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

/**
 * A mark whose label may go after or before it, on one or two lines, in the room its row leaves, or on three when
 * the row below is free under it.
 */
export interface LabelledInput {
  /** Reading-direction pixel extent of the mark, x0 <= x1. */
  x0: number;
  x1: number;
  /** Where a label after the mark starts, and where a label before it ends (reading px). */
  after: number;
  before: number;
  /**
   * The width of the label laid out in at most `room` px on at most `lines` lines (shortened only when `cut`),
   * or 0 when none fits.
   */
  label(room: number, cut: boolean, lines: 1 | 2 | 3): number;
  /** Keep the label (a featured event): it may take any row below `maxRows`, not only the labelled rows. */
  keepLabel?: boolean;
  /** The row it had in the last frame: tried first, so a zoom or pan moves marks along their rows. */
  row?: number;
}

export interface LabelledOptions extends StackOptions {
  /** Reading px that labels stay within: the plot's edges. */
  bounds: [number, number];
  /** A shortened label needs at least this much room, px; below it the mark goes unlabelled. */
  minCut: number;
}

export interface LabelledResult {
  /** Row of each input, in input order; -1 when it did not fit in maxRows. */
  rows: Int32Array;
  /** Where each label goes: 0 after the mark, 1 before it, -1 none. */
  side: Int8Array;
  /** The room each label was given, px (its layout is `label(room, cut[i])`). */
  room: Float64Array;
  /** Whether each label had to be shortened. */
  cut: Uint8Array;
  /** The most lines each label was allowed (its layout is `label(room, cut, lines)`): 3 hangs into the next row. */
  lines: Uint8Array;
  rowCount: number;
}

/**
 * Greedy first-fit in start order, where a label takes the free room of its row: each mark takes its last row
 * (`row`, so that a zoom or pan moves marks along their rows), else the first labelled row, where it fits with
 * its label whole, in this order of preference: on one line after it, on one line before it, wrapped to two
 * lines after it, then before it. The room after a mark runs to the plot's edge (later marks of that row move
 * down), the room before it back to the row's last occupant. When no row has room for the whole label on two
 * lines, it may take three, after or before the mark, where the next row is free under the label: the third line
 * hangs into that row, which is then taken up to the label's end. Only when none of these fits does the mark take
 * the first row where it fits alone, with a shortened label in the larger room of that row, if that is at least
 * `minCut` px.
 */
export function stackLabelled(items: readonly LabelledInput[], options: Partial<LabelledOptions> = {}): LabelledResult {
  const o = { ...DEFAULT_STACK, bounds: [-Infinity, Infinity] as [number, number], minCut: 48, ...options };
  const n = items.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => items[a]!.x0 - items[b]!.x0 || a - b);
  const rowEnd: number[] = [];
  const rows = new Int32Array(n).fill(-1);
  const side = new Int8Array(n).fill(-1);
  const room = new Float64Array(n);
  const cut = new Uint8Array(n);
  const lines = new Uint8Array(n);
  // A row not used yet is free; so is an empty one above a row a mark kept from the last frame (a hole in `rowEnd`).
  const free = (r: number) => (rowEnd[r] === undefined ? -Infinity : rowEnd[r] + o.gap);
  /** Puts item i in row r with its label on side s in `space` px; false when it does not fit. */
  const put = (i: number, r: number, s: 0 | 1, space: number, shorten: boolean, most: 1 | 2 | 3 = 2): boolean => {
    const it = items[i]!;
    const w = space > 0 ? it.label(space, shorten, most) : 0;
    if (!w) return false;
    // Three lines: the label's third hangs into the next row, which must be free from where the label starts.
    if (most === 3 && free(r + 1) > (s === 0 ? it.after : it.before - w)) return false;
    rows[i] = r;
    side[i] = s;
    room[i] = space;
    cut[i] = shorten ? 1 : 0;
    lines[i] = most;
    rowEnd[r] = s === 0 ? Math.max(it.x1, it.after + w) : it.x1;
    if (most === 3) rowEnd[r + 1] = s === 0 ? it.after + w : it.before;
    return true;
  };
  for (const i of order) {
    const it = items[i]!;
    const labelRows = it.keepLabel ? o.maxRows : Math.min(o.maxLabelRows, o.maxRows);
    const afterRoom = o.bounds[1] - it.after;
    const beforeRoom = (r: number) => it.before - Math.max(o.bounds[0], free(r));
    let placed = false;
    // Its last row first, then the others from the top.
    const last = it.row ?? -1;
    for (let k = last < 0 || last >= labelRows ? 0 : -1; k < labelRows && !placed; k++) {
      const r = k < 0 ? last : k;
      if (free(r) > it.x0) continue;
      placed = put(i, r, 0, afterRoom, false, 1) || put(i, r, 1, beforeRoom(r), false, 1);
      placed ||= put(i, r, 0, afterRoom, false) || put(i, r, 1, beforeRoom(r), false);
    }
    // Three lines, in a labelled row with a labelled row under it.
    for (let k = last < 0 || last + 1 >= labelRows ? 0 : -1; k + 1 < labelRows && !placed; k++) {
      const r = k < 0 ? last : k;
      if (free(r) > it.x0) continue;
      placed = put(i, r, 0, afterRoom, false, 3) || put(i, r, 1, beforeRoom(r), false, 3);
    }
    for (let r = 0; r < o.maxRows && !placed; r++) {
      if (free(r) > it.x0) continue;
      const best = Math.max(afterRoom, beforeRoom(r));
      placed = r < labelRows && best >= o.minCut && put(i, r, afterRoom >= best ? 0 : 1, best, true);
      if (placed) break;
      rows[i] = r;
      rowEnd[r] = it.x1;
      placed = true;
    }
  }
  return { rows, side, room, cut, lines, rowCount: rowEnd.length };
}
