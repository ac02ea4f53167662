const formats = new Map<string, Intl.NumberFormat>();

/**
 * `n.toLocaleString(locale)`, with the formatter made once per locale:
 * `toLocaleString` with a locale builds a new Intl.NumberFormat on every call,
 * and the legend's counts are formatted on every render, zoom frames included.
 */
export function formatCount(n: number, locale: string): string {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}
