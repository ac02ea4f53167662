import { labelOverSpan, type PlacedMark } from '../layout/marks.js';
import type { StyleValues } from './cssom-style.js';

/**
 * A span's outline width, px, as plot.styles.ts draws it: its stroke box starts half of it before the span.
 * The styles keep their own copies of it and of FADES, as literal CSS the bundle's minifier can shrink (an
 * interpolated sheet cost 0.8 kB gzip); a unit test holds the copies equal.
 */
export const SPAN_STROKE = 1.5;

/** The masks that fade a span's open side(s), as the classes `fade-l`, `fade-r` and `fade-lr` draw them. */
export const FADES: Readonly<Record<'fade-l' | 'fade-r' | 'fade-lr', string>> = {
  'fade-l': 'linear-gradient(to right, transparent, #000)',
  'fade-r': 'linear-gradient(to right, #000, transparent)',
  'fade-lr': 'linear-gradient(to right, transparent, #000 50%, transparent)',
};

/** Space kept clear on each side of the label, px. */
const PAD = 3;

export interface SpanGap {
  /** The span's own mask: all of it but the label's stretch (and its fade, if a side is open). */
  span: StyleValues;
  /** The mask of the fill-only strip drawn under the label (with the span's stroke box): that stretch only. */
  under: StyleValues;
  /** The mask of a closed fuzzy span's end ticks, whose stroke box starts at the span's left. */
  whisker: StyleValues;
}

const px = (x: number) => `${x.toFixed(1)}px`;
/**
 * A mask in the element's stroke box. By default a mask's image is sized to the fill box and repeats over the
 * stroke, so a stroke's outer half at one end showed the gradient's other end.
 */
const masks = (gradient: string, fade: string): StyleValues =>
  fade in FADES
    ? {
        maskImage: `${FADES[fade as keyof typeof FADES]}, ${gradient}`,
        maskComposite: 'intersect',
        maskOrigin: 'stroke-box',
      }
    : { maskImage: gradient, maskOrigin: 'stroke-box' };
const outside = (a: string, b: string) =>
  `linear-gradient(to right, #000 ${a}, transparent ${a}, transparent ${b}, #000 ${b})`;

/**
 * Where a mark's label runs over its own span (the label follows the symbol, over the span's inside), the span's
 * outline would pass between the label's words, and a halo only hides it behind the letters. So the span stops
 * under the label, as a fieldset's border stops at its legend, and a strip of the span's tint alone goes on under
 * the label. `labelLeft` and `labelWidth` are the label's drawn screen extent; `fade` the span's fade class, or
 * ''; `stroke` the span's stroke width (its stroke box starts half of it before the span).
 * @returns the masks, in px from each element's stroke box; null when the label does not lie over the span.
 */
export function spanGap(
  m: PlacedMark,
  dir: 'ltr' | 'rtl',
  labelLeft: number,
  labelWidth: number,
  fade: string,
  stroke = SPAN_STROKE,
): SpanGap | null {
  if (!labelOverSpan(m, dir, labelWidth)) return null;
  // Not clamped to the span: a label may run past its end, and the stroke reaches past it.
  const g0 = labelLeft - PAD - m.left;
  const g1 = labelLeft + labelWidth + PAD - m.left;
  const [a, b] = [px(g0 + stroke / 2), px(g1 + stroke / 2)];
  return {
    span: masks(outside(a, b), fade),
    under: masks(`linear-gradient(to right, transparent ${a}, #000 ${a}, #000 ${b}, transparent ${b})`, fade),
    whisker: masks(outside(px(g0), px(g1)), ''),
  };
}
