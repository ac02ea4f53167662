/**
 * What a time expression means, independent of the language it was written
 * in. A language's grammar (./en-dates.ts) turns words into a {@link Timex};
 * the resolver (../resolve.ts) turns a Timex into EDTF against the
 * publication date and the text's earlier dates. Everything in lang/ imports
 * only lang/, so that a language module stands on its own.
 */

/** Calendar units a relative expression counts in. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'season' | 'year' | 'decade' | 'century';

/** Northern-hemisphere seasons: 1 spring, 2 summer, 3 autumn, 4 winter (EDTF codes 21–24). */
export type Season = 1 | 2 | 3 | 4;

/**
 * The meaning of one expression:
 * - `cal`: calendar fields as written ("31 July", "May 2023", "2022", "the summer of 2021",
 *   "the first quarter of 2021"); a missing year is inferred, or counted from publication's
 *   (`yearOffset`: "the first half of next year"). `part` is a quarter or half of the year;
 * - `decade` ("the 1990s": 199) and `century` ("the 20th century": 19, as in 19XX);
 * - `pub`: a unit counted from the publication date ("last week": week −1, "today": day 0);
 * - `month` / `season` / `weekday`: a named one, `offset` −1 last, 0 this, +1 next, null by tense;
 * - `ago`: n units before publication ("two years ago"); n null for a vague plural ("months ago");
 * - `shift`: n units from the previous date in the text ("two days later", "months earlier"); `calendar`
 *   for the whole unit after or before the previous date's ("the following week": its Monday to Sunday);
 * - `weekend`: the weekend the tense points to ("over the weekend");
 * - `clock`: a time of day, placed only when a day is written with it ("7 a.m. on Friday");
 * - `same`: the previous date's unit ("that day", "the same month");
 * - `within`: the part of a unit before or after a point ("earlier this month", "later that year");
 * - `range`: between two expressions, a one-of set (`between`) or an interval (`span`);
 * - `vague`: a time that cannot be placed ("recently", "the future").
 */
export type Timex =
  | { t: 'cal'; year?: number; yearOffset?: number; month?: number; day?: number; season?: Season; part?: YearPart }
  | { t: 'decade'; decade: number }
  | { t: 'century'; century: number }
  | { t: 'pub'; unit: Unit; offset: number }
  | { t: 'month'; month: number; offset: -1 | 0 | 1 | null }
  | { t: 'season'; season: Season; offset: -1 | 0 | 1 | null }
  | { t: 'weekday'; weekday: number; offset: -1 | 0 | 1 | null; anchored: boolean }
  | { t: 'ago'; unit: Unit; n: number | null }
  | { t: 'shift'; unit: Unit; n: number | null; dir: -1 | 1; calendar?: boolean }
  | { t: 'weekend' }
  | { t: 'clock'; hour: number; minute: number; on: Timex | null }
  | { t: 'same'; unit: Unit }
  | { t: 'within'; unit: Unit; part: 'earlier' | 'later'; of: 'pub' | 'anchor' }
  | { t: 'range'; from: Timex; to: Timex; as: 'between' | 'span' }
  | { t: 'vague' };

/** A quarter (`q`, 1–4) or half (`h`, 1–2) of a year. */
export interface YearPart {
  of: 'q' | 'h';
  n: number;
}

/** A time expression a grammar found: its UTF-16 extent (end exclusive) and meaning. */
export interface Found {
  start: number;
  end: number;
  timex: Timex;
}

/**
 * Whether the verb nearest an expression looks back or forward from publication; `present`
 * ("runs until Dec. 12") takes a day or month written without a year in the nearest year.
 */
export type Tense = 'past' | 'present' | 'future';

/** True for meanings that need an earlier date in the text to resolve. */
export function isAnaphoric(x: Timex): boolean {
  if (x.t === 'shift' || x.t === 'same') return true;
  if (x.t === 'within') return x.of === 'anchor';
  if (x.t === 'weekday') return x.anchored;
  if (x.t === 'range') return isAnaphoric(x.from) || isAnaphoric(x.to);
  if (x.t === 'clock') return x.on !== null && isAnaphoric(x.on);
  return false;
}
