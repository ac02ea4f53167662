import { gapWarp, type GapMode, type GapOptions, type Warp } from './gaps.js';
import { storyDomain, storyLength, storyUnits, type StoryItem, type StoryUnits } from './story.js';
import { timeScale } from './time-scale.js';

/**
 * The least length of a break on the story's axis at its default zoom, px: the break's label (a line of 11 px
 * text, "12 mths") with half a tick label and a gap clear of it at each end. A tick label may stand right at a
 * break's end, centred on its tick.
 */
export const STORY_BREAK = 36;

/** The story's axis at its default zoom: its warp, domain, each item's place on it, and its length in px. */
export interface StoryAxis {
  warp: Warp;
  domain: [number, number];
  units: StoryUnits;
  length: number;
}

export interface StoryAxisOptions {
  /** Card heights in px, by item. */
  heights: ArrayLike<number>;
  /** See `storyLength`. */
  maxPush: number;
  min: number;
  stretch?: number;
  /** Which gaps are compressed, and their breaks' least size (see `gapWarp`). */
  gaps?: GapOptions;
}

/**
 * The story's axis for `items` (in date order) and the instants that place the data (`dataInstants`): the gaps
 * compressed as `mode` says, the length from `storyLength`, and each break at least {@link STORY_BREAK} px long.
 * A break's share of the axis comes from the time kept, so a short story (wide cards on a wide screen) drew its
 * breaks about 14 px long, and their labels touched the tick labels at their ends. The breaks are then drawn
 * larger, and the length found again; the gaps compressed are the same.
 */
export function storyAxis(
  items: readonly StoryItem[],
  instants: readonly number[],
  mode: GapMode,
  o: StoryAxisOptions,
): StoryAxis {
  const domain = storyDomain(items);
  const { heights, maxPush, min, stretch } = o;
  let size = o.gaps?.size ?? 0.05;
  // A break `size` long (in warped units) is drawn px = size · length / (a + m · size) long, where a is the time
  // kept and m counts each break and its two margins (half a break each): so length / px is linear in 1 / size.
  // The first correction assumes m, the next ones fit the line through the last two tries.
  let last: [number, number] | null = null;
  for (let tries = 0; ; tries++) {
    const warp = gapWarp(instants, mode, { ...o.gaps, size });
    const units = storyUnits(items, domain, warp);
    const length = storyLength(items, { domain, heights, warp, units, maxPush, min, stretch });
    const shortest = shortestBreak(warp, domain, length);
    if (shortest >= STORY_BREAK || tries === 3 || size >= 1) return { warp, domain, units, length };
    const point: [number, number] = [1 / size, length / Math.max(shortest, 1e-9)];
    let slope: number;
    let m: number;
    if (last && last[0] !== point[0]) {
      slope = (point[1] - last[1]) / (point[0] - last[0]);
      m = point[1] - slope * point[0];
    } else {
      m = 2 * warp.breaks.length;
      slope = (point[1] - m) * size;
    }
    last = point;
    const rest = length / (STORY_BREAK * 1.02) - m;
    size = slope > 0 && rest > 0 ? Math.min(1, Math.max(size * 1.1, slope / rest)) : Math.min(1, size * 2);
  }
}

/** The px length of the shortest of `warp`'s breaks inside `domain`, on an axis `length` px long (∞ if none). */
export function shortestBreak(warp: Warp, domain: readonly [number, number], length: number): number {
  const scale = timeScale(domain, [0, length], warp);
  let shortest = Infinity;
  for (const b of scale.breaks()) shortest = Math.min(shortest, Math.abs(scale(b.t1) - scale(b.t0)));
  return shortest;
}
