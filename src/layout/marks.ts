import type { TimelineEvent } from '../data/types.js';
import type { Lane } from './lanes.js';
import { stackMarks, type StackInput } from './stack.js';
import type { TimeIndex } from './time-index.js';
import { fitLabel } from './labels.js';
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
  /** Visible label (possibly shortened), or null. */
  label: string | null;
  /** Screen x where the label starts in reading order (its left in LTR, its right in RTL). */
  labelX: number;
}

export interface LaneBox {
  key: string;
  label: string;
  top: number;
  height: number;
  rows: number;
  /** Events of the lane inside the window (drawn or not). */
  visible: number;
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
  /** Longest label, px. */
  maxLabel?: number;
  /** How far an open end fades, px. */
  fade?: number;
}

export interface IndexedLane extends Lane {
  index: TimeIndex<TimelineEvent>;
}

const MARGIN = 240; // px beyond the view that still count for stacking

/** The time extent used to place an event, wall ms: [earliest, latest]. */
export function eventExtent(e: TimelineEvent): [number, number] {
  const d = e.date!;
  return [d.earliest, d.latest];
}

/**
 * Places the events of each lane inside the window: culls with each lane's
 * time index, decides the shape, stacks rows so nothing overlaps, and keeps
 * labels that fit. Pure; costs what is visible, not the whole dataset.
 */
export function layoutMarks(lanes: readonly IndexedLane[], o: MarkLayoutOptions): MarkLayout {
  const rowHeight = o.rowHeight ?? 28;
  const laneHeader = o.laneHeader ?? 22;
  const lanePadding = o.lanePadding ?? 6;
  const sym = o.symbol ?? 12;
  const maxLabel = o.maxLabel ?? 260;
  const fade = o.fade ?? 120;
  const rtl = o.dir === 'rtl';
  const [t0, t1] = o.scale.domain().map(Number) as [number, number];
  // Reading coordinates run in the direction of time: mirrored in RTL, so the
  // same "label after mark" logic lays out both directions.
  const read = (screenX: number) => (rtl ? o.width - screenX : screenX);
  const clamp = (x: number) => Math.max(-MARGIN, Math.min(o.width + MARGIN, x));
  const px = (t: number) => (Number.isFinite(t) ? read(o.scale(t)) : t < 0 ? -Infinity : Infinity);

  const marks: PlacedMark[] = [];
  const boxes: LaneBox[] = [];
  let top = 0;
  lanes.forEach((lane, laneIndex) => {
    const events = lane.index.query(Math.min(t0, t1), Math.max(t0, t1));
    const inputs: StackInput[] = [];
    const drafts: Array<Omit<PlacedMark, 'row' | 'cy' | 'label'> & { text: string }> = [];
    for (const event of events) {
      const d = event.date!;
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
      // The label runs after the symbol; near the end of the view it goes before a
      // point mark, or is shortened to the room left.
      let text = fitLabel(event.title, maxLabel, o.measure);
      let labelWidth = text ? o.measure(text) : 0;
      let labelStart = c + sym / 2 + 4;
      let before = 0;
      if (text && labelStart + labelWidth > o.width - 2) {
        const flipped = c - sym / 2 - 4 - labelWidth;
        if (shape === 'point' && flipped >= 2) {
          labelStart = flipped;
          before = labelWidth;
        } else {
          text = fitLabel(event.title, Math.max(0, o.width - 2 - labelStart), o.measure);
          labelWidth = text ? o.measure(text) : 0;
        }
      }
      const x0 = Math.min(a, c - sym / 2);
      const x1 = Math.max(b, c + sym / 2);
      // A label after the symbol may start inside a span: only what runs past
      // the span counts as the label's own width.
      const tail = text && !before ? Math.max(0, labelStart + labelWidth - x1) : 0;
      inputs.push({ x0, x1, labelWidth: text && !before ? Math.max(tail, 0.001) : 0, labelBefore: before });
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
        labelX: rtl ? o.width - labelStart : labelStart,
        text,
      });
    }
    const stacked = stackMarks(inputs, { labelGap: 0, maxRows: 256 });
    const rows = Math.max(1, stacked.rowCount);
    const height = laneHeader + rows * rowHeight + lanePadding;
    drafts.forEach((m, i) => {
      const row = stacked.rows[i]!;
      if (row < 0) return;
      marks.push({
        event: m.event,
        uncertain: m.uncertain,
        lane: m.lane,
        shape: m.shape,
        left: m.left,
        right: m.right,
        fadeLeft: m.fadeLeft,
        fadeRight: m.fadeRight,
        cx: m.cx,
        labelX: m.labelX,
        row,
        cy: top + laneHeader + row * rowHeight + rowHeight / 2,
        label: stacked.labelled[i] ? m.text : null,
      });
    });
    boxes.push({ key: lane.key, label: lane.label, top, height, rows, visible: events.length });
    top += height;
  });
  return { marks, lanes: boxes, height: top };
}
