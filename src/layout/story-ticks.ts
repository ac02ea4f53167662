import { timeTicks, type Tick, type TickOptions, type TickUnit } from './ticks.js';
import { timeScale, type TimeScale } from './time-scale.js';

/**
 * The vertical story's axis column (see story.ts): its width for a language's tick labels, the labels themselves
 * (each with its context), and which breaks are labelled. Pure: text is measured and formatted by what is passed in.
 */

/** Space above the story's first date and below its last, px: a label at an end of the axis stands in it. */
export const STORY_PAD = 24;

export interface StoryBreak {
  /** The compressed stretch, wall ms, and where it is drawn, y px. */
  t0: number;
  t1: number;
  y0: number;
  y1: number;
  /** Its label (the time it leaves out) is drawn: not when it would touch the label of the break before it. */
  labelled: boolean;
}

/** The axis column's least width, px: era titles (16), a tick label as wide as "Sep 2023", its tick, the axis. */
export const STORY_AXIS = 76;

/**
 * The axis column's width for tick labels `widest` px wide: the era titles' 16 px, the label, its 4 px gap and
 * 6 px tick, the axis's 2 px (story.styles.ts). At least {@link STORY_AXIS}: a language whose month names are
 * long ("اردیبهشت ۱۴۰۲") widens the column rather than letting its labels run into the era titles.
 */
export function storyAxisWidth(widest: number): number {
  return Number.isFinite(widest) ? Math.max(STORY_AXIS, Math.ceil(widest + 28)) : STORY_AXIS;
}

/** The story's tick labels' font size, px (story.styles.ts): fixed, whatever the element's font size. */
export const STORY_TICK_PX = 11;

/**
 * A story tick's label, with its context: "Sep 2023", "28 Sep". A tick within a day is two lines, its day over its
 * time ("28 Sep" over "6 PM"): on one line ("Sep 28, 6 PM") it was wider than the column.
 */
export function storyTickLabel(format: TickOptions['format'], value: number, unit: TickUnit): string {
  if (unit === 'hour' || unit === 'minute' || unit === 'second')
    return `${format(value, 'day', true)}\n${format(value, unit, false)}`;
  return format(value, unit, true);
}

/**
 * The widest tick label the story may draw in this language, px: each month of the year from `t` with its year
 * ("Sep 2023", "اردیبهشت ۱۴۰۲"), a day of each with its month ("28 Sep"), and times of that day ("10 PM",
 * "10:59 PM"), each line of a label measured on its own. `ticks.measure` measures at {@link STORY_TICK_PX}.
 */
export function widestTickLabel(ticks: Pick<TickOptions, 'format' | 'measure'>, t: number): number {
  const year = new Date(Number.isFinite(t) ? t : 0).getUTCFullYear();
  let widest = 0;
  for (let m = 0; m < 12; m++) {
    const day = Date.UTC(year, m, 28, 22, 59, 59);
    for (const unit of ['month', 'day', 'hour', 'minute', 'second'] as const)
      for (const line of storyTickLabel(ticks.format, day, unit).split('\n'))
        widest = Math.max(widest, ticks.measure(line));
  }
  return widest;
}

/** The least height a break is drawn (its label's line), px: its label is centred on it. */
export const STORY_BREAK_LINE = 14;

/** Where a break's label is centred, y px: on the break, drawn at least a line high. */
export const breakLabelY = (b: Pick<StoryBreak, 'y0' | 'y1'>): number =>
  b.y0 + Math.max(STORY_BREAK_LINE, b.y1 - b.y0) / 2;

/** Marks each break labelled unless its label would come within a line (and 2 px) of the last labelled one. */
export function labelBreaks(breaks: Array<Omit<StoryBreak, 'labelled'>>): StoryBreak[] {
  let last = -Infinity;
  return breaks.map((b) => {
    const y = breakLabelY(b);
    const labelled = y - last >= STORY_BREAK_LINE + 2;
    if (labelled) last = y;
    return { ...b, labelled };
  });
}

/**
 * The axis ticks between story px `y0` and `y1` (the drawn band): those of a
 * scale over just that stretch, at the same density, so a story 10,000 events
 * long formats only the labels near the viewport. Every label carries its
 * context ("Mar 8", "Jul 2023"): a reader scrolled anywhere down the page sees
 * the month of each day, or the year of each month, in the ticks on screen,
 * where the first tick of the band, which alone had it, is usually above the
 * viewport. The labels stand one above another, so the context costs no room.
 * `ticks.measure` is a label's height here. A label at the axis's end is not
 * moved in (or dropped for its neighbour): it stands in the room around the axis. A label that would touch a
 * labelled break's label ("12 mths", centred on its break) is dropped: zoomed out, breaks are shorter than it.
 */
export function storyTicks(
  scale: TimeScale,
  y0: number,
  y1: number,
  ticks: TickOptions,
  breaks: readonly StoryBreak[] = [],
): Tick[] {
  const [r0, r1] = scale.range();
  const a = Math.max(r0, y0);
  const b = Math.min(r1, y1);
  if (!(b > a)) return [];
  const part = timeScale([scale.invert(a), scale.invert(b)], [a, b], scale.warp?.());
  const format: TickOptions['format'] = (value, unit) => storyTickLabel(ticks.format, value, unit);
  // A label is drawn centred on its tick, and the axis has STORY_PAD px above and below it: one at an end stands
  // there.
  const line = ticks.measure('');
  const centres = breaks.filter((br) => br.labelled).map(breakLabelY);
  return timeTicks(part, { ...ticks, format, overhang: STORY_PAD }).map((t) => {
    const x = scale(t.value);
    const clear = centres.every((c) => Math.abs(c - x) >= line + 2);
    return { ...t, x, labelX: x + t.labelX - t.x, label: clear ? t.label : null };
  });
}
