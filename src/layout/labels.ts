/**
 * Shortens `text` with an ellipsis until it measures at most `maxWidth` px
 * (binary search on length: O(log n) measurements). Returns '' when not even
 * one character and the ellipsis fit.
 */
export function fitLabel(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  // The same title at the same width comes back every frame: remember it (per measure function).
  let cache = fitted.get(measure);
  if (!cache) fitted.set(measure, (cache = new Map()));
  const key = `${Math.floor(maxWidth)}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = shorten(text, Math.floor(maxWidth), measure);
  if (cache.size > 20_000) cache.clear();
  cache.set(key, result);
  return result;
}

const fitted = new WeakMap<(s: string) => number, Map<string, string>>();

function shorten(text: string, maxWidth: number, measure: (s: string) => number): string {
  const chars = Array.from(text); // code points, so a surrogate pair is never split
  let lo = 0;
  let hi = chars.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${chars
      .slice(0, mid + 1)
      .join('')
      .trimEnd()}…`;
    if (measure(candidate) <= maxWidth) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** A label laid out in at most three lines: its lines, its width (the widest line) and whether it was shortened. */
export interface LabelLines {
  lines: string[];
  width: number;
  cut: boolean;
}

/** A title's one-line width, and its narrowest two- and three-line layouts (broken at spaces) once needed. */
interface Wrapped {
  one: number;
  two?: LabelLines | null;
  three?: LabelLines | null;
}

const wrapped = new WeakMap<(s: string) => number, Map<string, Wrapped>>();

function wrapOf(text: string, measure: (s: string) => number): Wrapped {
  let cache = wrapped.get(measure);
  if (!cache) wrapped.set(measure, (cache = new Map()));
  let w = cache.get(text);
  if (w) return w;
  w = { one: measure(text) };
  if (cache.size > 20_000) cache.clear();
  cache.set(text, w);
  return w;
}

/** The narrowest two lines of `text`, measured the first time a title does not fit on one line. */
function twoLinesOf(text: string, w: Wrapped, measure: (s: string) => number): LabelLines | null {
  if (w.two !== undefined) return w.two;
  const words = text.split(' ');
  // The most balanced break: the one whose wider line is narrowest. Words are measured once each, and a line's
  // width is the sum of its words and spaces (no kerning crosses a space), so a long title costs O(words), not
  // O(words²) joins and measurements (a 1 MB title stays cheap).
  const space = measure(' ');
  const widths = words.map((word) => measure(word));
  const total = widths.reduce((a, b) => a + b, 0) + space * (words.length - 1);
  let first = 0;
  let best = -1;
  let bestWidth = Infinity;
  for (let k = 1; k < words.length; k++) {
    first += widths[k - 1]! + (k > 1 ? space : 0);
    const width = Math.max(first, total - first - space);
    if (width < bestWidth) [best, bestWidth] = [k, width];
  }
  w.two = null;
  if (best > 0) {
    const lines = [words.slice(0, best).join(' '), words.slice(best).join(' ')];
    w.two = { lines, width: Math.max(measure(lines[0]!), measure(lines[1]!)), cut: false };
  }
  return w.two;
}

/**
 * The narrowest three lines of `text`, measured the first time a title fits on neither one nor two lines: the
 * least width at which words filled in greedily take three lines, found by bisection over the words' widths
 * (O(words) a try, as for two lines).
 */
function threeLinesOf(text: string, w: Wrapped, measure: (s: string) => number): LabelLines | null {
  if (w.three !== undefined) return w.three;
  w.three = null;
  const words = text.split(' ');
  if (words.length < 3) return null;
  const space = measure(' ');
  const widths = words.map((word) => measure(word));
  /** Where each line after the first starts, filling lines of at most `max` px; null past three lines. */
  const fill = (max: number): number[] | null => {
    const starts: number[] = [];
    let line = widths[0]!;
    for (let k = 1; k < words.length; k++) {
      if (line + space + widths[k]! <= max) line += space + widths[k]!;
      else {
        if (starts.length === 2) return null;
        starts.push(k);
        line = widths[k]!;
      }
    }
    return starts;
  };
  let lo = widths.reduce((a, b) => Math.max(a, b), 0);
  let hi = widths.reduce((a, b) => a + b, 0) + space * (words.length - 1);
  if (!fill(lo)) {
    for (let k = 0; k < 24 && hi - lo > 0.5; k++) {
      const mid = (lo + hi) / 2;
      if (fill(mid)) hi = mid;
      else lo = mid;
    }
    lo = hi;
  }
  const starts = fill(lo)!;
  // Three lines only: a title that fills fewer at its narrowest fits on two.
  if (starts.length < 2) return null;
  const lines = [0, ...starts].map((a, i, all) => words.slice(a, all[i + 1] ?? words.length).join(' '));
  w.three = { lines, width: Math.max(...lines.map(measure)), cut: false };
  return w.three;
}

/**
 * Lays `text` out in at most `room` px: on one line if it fits, else on the narrowest two lines broken at a
 * space, else (when `lines` is 3) on the narrowest three, else (only when `cut`) on two lines whose second ends in
 * an ellipsis. Null when nothing fits.
 */
export function wrapLabel(
  text: string,
  room: number,
  measure: (s: string) => number,
  cut = false,
  lines: 2 | 3 = 2,
): LabelLines | null {
  const w = wrapOf(text, measure);
  if (w.one <= room) return { lines: [text], width: w.one, cut: false };
  const two = twoLinesOf(text, w, measure);
  if (two && two.width <= room) return two;
  const three = lines === 3 ? threeLinesOf(text, w, measure) : null;
  if (three && three.width <= room) return three;
  if (!cut) return null;
  // The first line takes the words that fit; the second, the rest, shortened.
  const words = text.split(' ');
  let k = 0;
  while (k < words.length && measure(words.slice(0, k + 1).join(' ')) <= room) k++;
  const shortened = k ? [words.slice(0, k).join(' '), fitLabel(words.slice(k).join(' '), room, measure)] : [];
  if (!shortened[1]) shortened.splice(0, 2, fitLabel(text, room, measure));
  if (!shortened[0]) return null;
  return { lines: shortened, width: Math.max(...shortened.map(measure)), cut: true };
}
