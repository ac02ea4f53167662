import { labelOverSpan, type PlacedMark } from '../layout/marks.js';

/** Space kept clear on each side of the label, px. */
const PAD = 3;
/** A span's half height, px: its box runs from -H to H about the mark's row. */
const H = 7;

export interface SpanGap {
  /** The span's outline, in the mark's coordinates (about its symbol), without the stretch under the label. */
  line: string;
  /** A closed fuzzy span's end ticks, without one that falls under the label. */
  whisker: string;
}

const n = (x: number) => +x.toFixed(2);

/**
 * A closed fuzzy span's end ticks, from `l` to `r` in the mark's coordinates: 0.75 px inside its ends, 1.5 px wide,
 * but for one that falls in a gap from `g0` to `g1` (none by default).
 */
export function endTicks(l: number, r: number, g0 = Infinity, g1 = Infinity): string {
  const tick = (x: number) => (x + 0.75 < g0 || x - 0.75 > g1 ? `M${x},-5v10` : '');
  return tick(l + 0.75) + tick(r - 0.75);
}

/**
 * The outline of the rounded box from `l` to `r` (x; y from -7 to 7; corner radius `rx`, as an SVG `<rect>`
 * draws it when it is at least `2 * rx` wide: narrower, the rect's ends are half ellipses and these half circles,
 * but a span its label runs over is wider) without its stretch from `g0` to `g1`: the piece left of the gap and
 * the piece right of it, either missing where the gap reaches past that end, as an SVG path. A cut within a
 * rounded end meets the arc where the arc reaches it. All in one coordinate system (px).
 */
export function outlineWithGap(l: number, r: number, rx: number, g0: number, g1: number): string {
  const R = Math.min(rx, (r - l) / 2, H);
  const y = (x: number, top: boolean) => {
    const into = Math.max(0, l + R - x, x - r + R);
    const dy = Math.sqrt(Math.max(0, R * R - into * into));
    return n(top ? R - dy - H : H - R + dy);
  };
  const arc = (x: number, top: boolean) => `A${n(R)},${n(R)} 0 0 0 ${n(x)},${y(x, top)}`;
  // Anticlockwise along the top (leftward) or the bottom (rightward), from x = `from` to x = `to`: the arc of the
  // corner it starts in, the straight edge, the arc of the corner it ends in.
  const chain = (from: number, to: number, top: boolean) => {
    const [b1, b2] = top ? [r - R, l + R] : [l + R, r - R];
    const before = (p: number, q: number) => (top ? p > q : p < q);
    let s = '';
    let x = from;
    if (before(x, b1)) s += arc((x = before(to, b1) ? to : b1), top);
    if (before(x, to) && before(x, b2)) s += `H${n((x = before(to, b2) ? to : b2))}`;
    if (before(x, to)) s += arc(to, top);
    return s;
  };
  // The piece holding the left end, from the top at `c` round to the bottom at `c`; the right end's, mirrored.
  const left = (c: number) => `M${n(c)},${y(c, true)}${chain(c, l, true)}V${n(H - R)}${chain(l, c, false)}`;
  const right = (c: number) => `M${n(c)},${y(c, false)}${chain(c, r, false)}V${n(R - H)}${chain(r, c, true)}`;
  if (g0 >= r || g1 <= l) return `${left(r)}Z`;
  return `${g0 > l ? left(g0) : ''}${g1 < r ? right(g1) : ''}`;
}

/**
 * Where a mark's label runs over its own span (the label follows the symbol, over the span's inside), the span's
 * outline would pass between the label's words, and a halo only hides it behind the letters. So the outline stops
 * under the label, as a fieldset's border stops at its legend, while the span's tint goes on under it. The gap is
 * geometry, not a mask: nothing more to paint at each zoom step, and an exported SVG shows it in any viewer.
 * `labelLeft` and `labelWidth` are the label's drawn screen extent; `rx` the span's corner radius.
 * @returns the outline and end ticks in the mark's coordinates (px about its symbol), or null when the label does
 * not lie over the span.
 */
export function spanGap(
  m: PlacedMark,
  dir: 'ltr' | 'rtl',
  labelLeft: number,
  labelWidth: number,
  rx: number,
): SpanGap | null {
  if (!labelOverSpan(m, dir, labelWidth)) return null;
  const [l, r] = [m.left - m.cx, m.right - m.cx];
  // Not clamped to the span: a label may run past its end.
  const g0 = labelLeft - PAD - m.cx;
  const g1 = labelLeft + labelWidth + PAD - m.cx;
  return { line: outlineWithGap(l, r, rx, g0, g1), whisker: endTicks(l, r, g0, g1) };
}
