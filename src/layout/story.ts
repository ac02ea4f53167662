import type { TimelineEra, TimelineEvent } from '../data/types.js';
import { knownExtent, knownStart } from '../data/uncertain-date.js';
import type { MarkShape } from './marks.js';
import { STORY_AXIS, STORY_PAD as PAD, labelBreaks, type StoryBreak } from './story-ticks.js';
import type { Warp } from './gaps.js';
import { timeScale, type TimeScale } from './time-scale.js';

/**
 * The vertical "story" layout: time runs down an axis at the inline-start
 * edge, and each dated event is a card beside its position. Cards that would
 * overlap are pushed down the axis (a one-sided dodge, as Observable Plot's
 * dodge transform does for dots), and a leader joins each card to its exact
 * position. Pure: card heights come in as numbers (measured, or estimated
 * before the first measurement). Every y is px from the top of the story, and
 * every x an inline offset from the inline-start edge, so RTL mirrors in CSS.
 */

/** One dated event to place, in date order. */
export interface StoryItem {
  event: TimelineEvent;
  /** The keyboard key of the event (`<lane>:<id>`). */
  key: string;
}

export interface StoryCard extends StoryItem {
  /** Index in date order (0-based): the card's position in the set. */
  index: number;
  /** y of the date's start, or of its known end when the start is open: where the symbol sits. */
  anchor: number;
  /** y extent of what the date covers (a span bar when `shape` is not `point`). */
  y0: number;
  y1: number;
  shape: MarkShape;
  /** Hollow symbol: somewhere in a span, approximate or uncertain. */
  uncertain: boolean;
  /** The span runs on past the top (an open start) or the bottom (an open end): it fades there. */
  fadeTop: boolean;
  fadeBottom: boolean;
  /** The span bar's column beside the axis (0 on the axis), so overlapping spans stay apart. */
  track: number;
  /** The card's box: its top never above `anchor - lift`. */
  top: number;
  height: number;
}

export interface StoryEra {
  era: TimelineEra;
  y0: number;
  y1: number;
  fadeTop: boolean;
  fadeBottom: boolean;
}

export interface StoryLayout {
  scale: TimeScale;
  /** The axis column's width (era titles, tick labels, the axis at its end edge), px: see {@link storyAxisWidth}. */
  axis: number;
  /** Axis length and the whole story's height (the last card may reach past the axis), px. */
  length: number;
  height: number;
  cards: StoryCard[];
  eras: StoryEra[];
  breaks: StoryBreak[];
}

export interface StoryOptions {
  /** The time range the axis covers, wall ms. */
  domain: readonly [number, number];
  /** Axis length, px (see `storyLength`). */
  length: number;
  /** Card heights in px, by item. */
  heights: ArrayLike<number>;
  /** The view's compressed gaps (see gaps.ts): the scale is linear in its units, as the horizontal one is. */
  warp?: Warp;
  eras?: readonly TimelineEra[];
  /** Space between two cards, and how far above its anchor a card starts (its first line on the anchor), px. */
  gap?: number;
  lift?: number;
  /** Symbol size, px: a span shorter than this is drawn as a point. */
  symbol?: number;
  /** The axis column's width, px (default {@link STORY_AXIS}). */
  axis?: number;
  /**
   * Each item's start and end (`earliest`, `latest + 1`) as fractions of the axis, from {@link storyUnits} for
   * the same domain and warp: given, the cards are placed without warping a date (a zoom step lays out every
   * card again).
   */
  units?: StoryUnits;
}

/**
 * Items' starts and ends as fractions of the axis (see {@link storyUnits}; an open end stays ±Infinity), and
 * what each card's shape depends on besides the axis's length, as bits: {@link OPEN_START} and the rest.
 */
export interface StoryUnits {
  start: Float64Array;
  end: Float64Array;
  flags: Uint8Array;
}

/**
 * A date's start is open, its end is open, it spans a day or more, it is an interval, it is approximate or
 * uncertain.
 */
const [OPEN_START, OPEN_END, VAGUE, INTERVAL, QUALIFIED] = [1, 2, 4, 8, 16];

/**
 * The story px drawn around the viewport's [v0, v1]: whole steps of half a viewport (at least 200 px), two steps
 * beyond each side, so a scroll redraws only once the viewport nears the band's edge.
 */
export function storyBand(v0: number, v1: number): [number, number] {
  const step = Math.max(200, (v1 - v0) / 2);
  return [Math.floor((v0 - step * 2) / step) * step, Math.ceil((v1 + step * 2) / step) * step];
}

export const STORY_GAP = 10;
export const STORY_LIFT = 14;

/** The events' order on the story: by known start, then lane, then record (the keyboard order). */
export function storyItems(
  lanes: ReadonlyArray<{ events: readonly TimelineEvent[] }>,
  seen = new Set<string>(),
): StoryItem[] {
  const items: Array<StoryItem & { t: number; lane: number }> = [];
  lanes.forEach((lane, li) => {
    for (const e of lane.events) {
      if (!e.date || seen.has(e.id)) continue;
      seen.add(e.id);
      items.push({ event: e, key: `${li}:${e.id}`, t: knownStart(e.date, 0), lane: li });
    }
  });
  // The sort's keys stay on the items: a copy without them would be 10,000 more objects at that size.
  return items.sort((a, b) => a.t - b.t || a.lane - b.lane || a.event.index - b.event.index);
}

/** The story's vertical time scale: `domain` over [PAD, PAD + length], with the view's breaks, as horizontally. */
export function storyScale(domain: readonly [number, number], length: number, warp?: Warp): TimeScale {
  return timeScale([domain[0], domain[1]], [PAD, PAD + length], warp);
}

/**
 * Pushes cards down so none overlaps the one before: each card starts at its
 * anchor less `lift`, or just below the previous card, whichever is lower.
 * Returns the tops; O(n), and optimal for "never above its anchor".
 */
export function dodge(minTops: ArrayLike<number>, heights: ArrayLike<number>, gap: number): Float64Array {
  const tops = new Float64Array(minTops.length);
  let floor = -Infinity;
  for (let i = 0; i < minTops.length; i++) {
    const top = Math.max(minTops[i]!, floor);
    tops[i] = top;
    floor = top + Math.max(0, heights[i]!) + gap;
  }
  return tops;
}

/**
 * The largest avoidable push at axis length `length`: how far a card sits below its anchor (`units[i] * length`
 * down the axis), less `same[i]`, what no length avoids (the cards before it on its date stack above it at any
 * zoom). `space[i]` is card i's height and the gap after it. Typed arrays, one loop: it runs for every length
 * `storyLength` tries.
 */
function maxPush(units: Float64Array, space: Float64Array, same: Float64Array, length: number): number {
  let floor = -Infinity;
  let worst = 0;
  for (let i = 0; i < units.length; i++) {
    const want = units[i]! * length;
    worst = Math.max(worst, floor - want - same[i]!);
    floor = Math.max(want, floor) + space[i]!;
  }
  return worst;
}

/** The story's domain: its events' known extent, an hour beyond each end (a day when it has no length). */
export function storyDomain(items: readonly StoryItem[]): [number, number] {
  let [lo, hi] = [Infinity, -Infinity];
  for (const { event } of items) {
    const d = event.date!;
    let [a, b] = [d.earliest, d.latest];
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      const k = knownExtent(d);
      if (!k) continue;
      [a, b] = k;
    }
    lo = Math.min(lo, a);
    hi = Math.max(hi, b + 1);
  }
  return hi > lo ? [lo - 3_600_000, hi + 3_600_000] : [(lo || 0) - 86_400_000, (hi || 0) + 86_400_000];
}

/**
 * The default axis length: the shortest, between the cards' total height and
 * `stretch` times it, at which no card is pushed more than `maxPush` px below
 * its date, beyond the cards of its own date above it (no length avoids
 * those). Dense stretches then sit near their dates, and an empty stretch
 * never takes more than its share. At least `min` px.
 */
export function storyLength(
  items: readonly StoryItem[],
  o: Pick<StoryOptions, 'domain' | 'heights' | 'gap' | 'warp' | 'units'> & {
    maxPush: number;
    min: number;
    stretch?: number;
  },
): number {
  const gap = o.gap ?? STORY_GAP;
  // The scale is linear in warped units: warp each start once, not once for each length tried.
  // A known start is already in `o.units`; only an open one (anchored at what is known) is warped here.
  const unit = timeScale([o.domain[0], o.domain[1]], [0, 1], o.warp);
  const given = o.units?.start;
  const n = items.length;
  // Loops, not `Float64Array.from(items, f)` (the iterator protocol: 12 ms at 100,000 items, against 2).
  const [starts, space, units] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  let total = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = knownStart(items[i]!.event.date, o.domain[0]);
    space[i] = Math.max(0, o.heights[i]!) + gap;
    total += space[i]!;
    units[i] = given && Number.isFinite(given[i]!) ? given[i]! : unit(starts[i]!);
  }
  let lo = Math.max(o.min, total * 0.75);
  let hi = Math.max(lo, total * (o.stretch ?? 4));
  const same = new Float64Array(items.length);
  for (let i = 1; i < items.length; i++) same[i] = starts[i] === starts[i - 1] ? same[i - 1]! + space[i - 1]! : 0;
  const fits = (length: number) => maxPush(units, space, same, length) <= o.maxPush;
  if (fits(lo)) return Math.round(lo);
  if (!fits(hi)) return Math.round(hi);
  for (let k = 0; k < 16 && hi - lo > 8; k++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return Math.round(hi);
}

/**
 * Where each item's date starts and ends on an axis over `domain` warped by `warp`, as fractions of its length,
 * and its shape's flags: what `layoutStory` reads of the dates, read once for every zoom.
 */
export function storyUnits(items: readonly StoryItem[], domain: readonly [number, number], warp?: Warp): StoryUnits {
  const unit = timeScale([domain[0], domain[1]], [0, 1], warp);
  const n = items.length;
  const [start, end, flags] = [new Float64Array(n), new Float64Array(n), new Uint8Array(n)];
  for (let i = 0; i < n; i++) {
    const d = items[i]!.event.date!;
    start[i] = Number.isFinite(d.earliest) ? unit(d.earliest) : d.earliest;
    end[i] = Number.isFinite(d.latest) ? unit(d.latest + 1) : d.latest;
    flags[i] =
      (Number.isFinite(d.earliest) ? 0 : OPEN_START) |
      (Number.isFinite(d.latest) ? 0 : OPEN_END) |
      (d.latest - d.earliest >= 86_400_000 ? VAGUE : 0) |
      (d.span === 'interval' ? INTERVAL : 0) |
      (d.approximate || d.uncertain ? QUALIFIED : 0);
  }
  return { start, end, flags };
}

/** Lays out the story: the scale, the axis ticks and breaks, the eras, and each card pushed clear of the last. */
export function layoutStory(items: readonly StoryItem[], o: StoryOptions): StoryLayout {
  const lift = o.lift ?? STORY_LIFT;
  const sym = o.symbol ?? 12;
  const scale = storyScale(o.domain, o.length, o.warp);
  const [lo, hi] = [PAD, PAD + o.length];
  const clampY = (y: number) => Math.max(lo - 8, Math.min(hi + 8, y));
  const y = (t: number) => (Number.isFinite(t) ? clampY(scale(t)) : t < 0 ? lo - 8 : hi + 8);
  // Each card's y from its date's fraction of the axis: as `y` gives it, with no warp and no date read here.
  const u = o.units ?? storyUnits(items, o.domain, o.warp);
  const yOf = (unit: number) => (Number.isFinite(unit) ? clampY(lo + unit * o.length) : unit < 0 ? lo - 8 : hi + 8);
  const fade = 48;
  const minTops = new Float64Array(items.length);
  const cards = items.map((it, index): StoryCard => {
    const f = u.flags[index]!;
    const openStart = (f & OPEN_START) > 0;
    const openEnd = (f & OPEN_END) > 0;
    const vague = (f & VAGUE) > 0;
    const interval = (f & INTERVAL) > 0;
    let y0 = yOf(u.start[index]!);
    let y1 = yOf(u.end[index]!);
    if (openStart) y0 = Math.max(lo - 8, y1 - fade);
    if (openEnd) y1 = Math.min(hi + 8, y0 + fade);
    let shape: MarkShape = interval
      ? 'interval'
      : openStart || openEnd || (vague && y1 - y0 > sym * 0.75)
        ? 'fuzzy'
        : 'point';
    if (shape === 'interval' && y1 - y0 < sym && !openStart && !openEnd) shape = 'point';
    if (shape === 'point') y0 = y1 = (y0 + y1) / 2;
    const anchor = openStart ? y1 : y0;
    const uncertain = (!interval && vague) || (f & QUALIFIED) > 0;
    minTops[index] = anchor - lift;
    const { event, key } = it;
    // Every field set here, top and height too: fields added later would change 10,000 objects' shape.
    const height = Math.max(0, o.heights[index]!);
    return {
      event,
      key,
      index,
      anchor,
      y0,
      y1,
      shape,
      uncertain,
      fadeTop: openStart,
      fadeBottom: openEnd,
      track: 0,
      top: 0,
      height,
    };
  });
  // The anchor order is the date order, except an open start anchors at its known end.
  const tops = dodge(minTops, o.heights, o.gap ?? STORY_GAP);
  for (let i = 0; i < cards.length; i++) cards[i]!.top = tops[i]!;
  assignTracks(cards);
  const last = cards[cards.length - 1];
  const height = Math.ceil(Math.max(hi + PAD, last ? last.top + last.height + PAD : 0));
  const breaks = labelBreaks((scale.breaks?.() ?? []).map((b) => ({ ...b, y0: scale(b.t0), y1: scale(b.t1) })));
  return { scale, axis: o.axis ?? STORY_AXIS, length: o.length, height, cards, eras: eras(o, y), breaks };
}

/** Each span bar's column: the first whose last bar ended above it (at most four; then they share the last). */
function assignTracks(cards: StoryCard[]): void {
  const ends: number[] = [];
  for (const c of cards) {
    if (c.shape === 'point') continue;
    let t = ends.findIndex((end) => end + 4 <= c.y0);
    if (t < 0) t = Math.min(ends.length, 3);
    ends[t] = Math.max(ends[t] ?? -Infinity, c.y1);
    c.track = t;
  }
}

function eras(o: StoryOptions, y: (t: number) => number): StoryEra[] {
  return (o.eras ?? []).flatMap((era) => {
    const y0 = y(era.date.earliest);
    const y1 = y(era.date.latest + 1);
    if (!(y1 - y0 >= 1)) return [];
    return [
      { era, y0, y1, fadeTop: !Number.isFinite(era.date.earliest), fadeBottom: !Number.isFinite(era.date.latest) },
    ];
  });
}

/**
 * The cards to draw for the rows `y0`..`y1` (story px): every card whose box
 * or whose anchor falls in them. Anchors and card bottoms both grow with the
 * index, so they are one contiguous run, found by binary search.
 */
export function visibleCards(cards: readonly StoryCard[], y0: number, y1: number): [number, number] {
  const first = lowest(cards.length, (i) => cards[i]!.top + cards[i]!.height >= y0);
  const end = lowest(cards.length, (i) => Math.min(cards[i]!.anchor, cards[i]!.top) > y1);
  return [first, Math.max(first, end)];
}

/** The first index in [0, n) where `ok` holds (it holds for every later one), or n. */
function lowest(n: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
