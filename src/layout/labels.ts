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
