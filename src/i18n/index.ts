import { en, type TimelineStrings } from './strings.js';
import { fa } from './fa.js';
import { ru } from './ru.js';

export { en, fa, ru };
export type { TimelineStrings };

/** Built-in translations by language subtag. */
export const TRANSLATIONS: Readonly<Record<string, TimelineStrings>> = { en, fa, ru };

/**
 * The UI strings for a BCP 47 locale: the built-in translation of its
 * language, else English, with `overrides` on top (a typed way for a page to
 * translate or reword any string).
 */
export function stringsFor(locale: string, overrides?: Partial<TimelineStrings> | null): TimelineStrings {
  let language = 'en';
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    /* an invalid locale falls back to English */
  }
  const base = TRANSLATIONS[language] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}
