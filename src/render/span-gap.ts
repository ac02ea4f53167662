import { labelOverSpan, type PlacedMark } from '../layout/marks.js';
import type { StyleValues } from './cssom-style.js';

/** The fades of a span's open side(s), as the classes `fade-l`, `fade-r` and `fade-lr` draw them. */
const FADES: Readonly<Record<string, string>> = {
  'fade-l': 'linear-gradient(to right, transparent, #000)',
  'fade-r': 'linear-gradient(to right, #000, transparent)',
  'fade-lr': 'linear-gradient(to right, transparent, #000 50%, transparent)',
};

/** Space kept clear on each side of the label, px. */
const PAD = 3;

export interface SpanGap {
  /** The span's own mask: all of it but the label's stretch (and its fade, if a side is open). */
  span: StyleValues;
  /** The mask of the fill-only strip drawn under the label: that stretch only. */
  under: StyleValues;
}

const px = (x: number) => `${x.toFixed(1)}px`;
const masks = (gradient: string, fade: string): StyleValues =>
  FADES[fade]
    ? { maskImage: `${FADES[fade]}, ${gradient}`, maskComposite: 'intersect' }
    : { maskImage: gradient, maskComposite: null };

/**
 * Where a mark's label runs over its own span (the label follows the symbol, over the span's inside), the span's
 * outline would pass between the label's words, and a halo only hides it behind the letters. So the span stops
 * under the label, as a fieldset's border stops at its legend, and a strip of the span's tint alone goes on under
 * the label. `labelLeft` and `labelWidth` are the label's screen extent; `fade` the span's fade class, or ''.
 * @returns the two masks, in px from the span's left; null when the label does not lie over the span.
 */
export function spanGap(
  m: PlacedMark,
  dir: 'ltr' | 'rtl',
  labelLeft: number,
  labelWidth: number,
  fade: string,
): SpanGap | null {
  if (!labelOverSpan(m, dir)) return null;
  // Not clamped to the span: a mask's box is the stroke's, which reaches past the rect's ends.
  const [a, b] = [px(labelLeft - PAD - m.left), px(labelLeft + labelWidth + PAD - m.left)];
  return {
    span: masks(`linear-gradient(to right, #000 ${a}, transparent ${a}, transparent ${b}, #000 ${b})`, fade),
    under: masks(`linear-gradient(to right, transparent ${a}, #000 ${a}, #000 ${b}, transparent ${b})`, fade),
  };
}
