/**
 * Shortens `text` with an ellipsis until it measures at most `maxWidth` px
 * (binary search on length: O(log n) measurements). Returns '' when not even
 * one character and the ellipsis fit.
 */
export function fitLabel(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text); // code points, so a surrogate pair is never split
  let lo = 0;
  let hi = chars.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${chars.slice(0, mid + 1).join('').trimEnd()}…`;
    if (measure(candidate) <= maxWidth) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
