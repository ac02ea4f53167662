/**
 * The languages `findDates` and `deriveTimeline` read. To add one, write its
 * date grammar and event words (as ./en-dates.ts and ./en-events.ts do) and
 * list it here.
 */
import { englishDates } from './en-dates.js';
import { englishEvents } from './en-events.js';
import type { Language } from './grammar.js';

const LANGUAGES: Record<string, Language> = {
  en: { code: 'en', dates: englishDates, events: englishEvents },
};

/** The codes of the languages there is a grammar for. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);

/**
 * The grammar for `lang` (a BCP 47 tag: `en`, `en-GB`), by its primary subtag.
 * @throws {RangeError} when there is none.
 */
export function language(lang: string): Language {
  const primary = lang.toLowerCase().split(/[-_]/)[0]!;
  const found = LANGUAGES[primary];
  if (!found) throw new RangeError(`no grammar for language "${lang}" (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
  return found;
}

export type { DateGrammar, EventGrammar, Language, Trigger } from './grammar.js';
