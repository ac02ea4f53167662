const formats = new Map<string, Intl.NumberFormat>();

/**
 * A length of time in words, rounded to whole years, months or days ("10 months", «۱۰ ماه», «10 месяцев»;
 * `short`: "10 mths"), with `Intl.NumberFormat`'s units: each language's own plurals and digits.
 */
export function formatLength(ms: number, locale: string, display: 'long' | 'short' = 'long'): string {
  const days = ms / 86_400_000;
  const [n, unit] = days >= 365 ? [days / 365.25, 'year'] : days >= 60 ? [days / 30.44, 'month'] : [days, 'day'];
  const key = `${locale}\u0000${unit}\u0000${display}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display })));
  return f.format(Math.max(1, Math.round(n)));
}

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
