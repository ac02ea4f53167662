import { en, type TimelineStrings } from './strings.js';

export { en };
export type { TimelineStrings };

/**
 * The built-in translations other than English, by language subtag, each
 * loaded on first use: in the single-file bundle each is a file of its own
 * beside it (`event-timeline.fa.min.js`, `event-timeline.ru.min.js`), which
 * only a page in that language downloads.
 */
export const TRANSLATIONS: Readonly<Record<string, () => Promise<TimelineStrings>>> = {
  fa: () => import('./fa.js').then((m) => m.fa),
  ru: () => import('./ru.js').then((m) => m.ru),
};

/** The language subtag of a BCP 47 locale; English for an invalid one. */
export function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
}
