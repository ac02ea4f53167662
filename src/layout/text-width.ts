/**
 * Text widths for estimates: the sum of a text's characters' widths, each
 * measured once. No measurement per text: measuring every title of the
 * vertical story took most of its mount at 10,000 events (656 of 2,216 ms in
 * a profile). Pure: the measuring is passed in.
 */

import type { DateBound, UncertainDate } from '../data/uncertain-date.js';

/** Text beyond Latin, Greek, Cyrillic and punctuation: its letters may join or stack, so it is measured whole. */
const SHAPED = /[^\u0000-\u052f\u1e00-\u1fff\u2000-\u206f]/;

/** The characters `glyphSumWidth` sums one by one all lie below this code: the rest are {@link SHAPED}. */
const GLYPH_CODES = 0x2070;

/** An empty cache of character widths for {@link glyphSumWidth}, by UTF-16 code (NaN: not measured yet). */
export function glyphWidths(): Float64Array {
  return new Float64Array(GLYPH_CODES).fill(NaN);
}

/**
 * The width of `text` as the sum of its characters' `measure`d widths, kept
 * in `glyphs` (from {@link glyphWidths}; make a new one when the font
 * changes). Kerning is ignored; text in a script whose letters join or stack
 * is measured whole. Characters are read by code into a typed array, not
 * iterated into a Map: summing 10,000 titles took 9 ms that way, cold.
 */
export function glyphSumWidth(text: string, measure: (s: string) => number, glyphs: Float64Array): number {
  if (SHAPED.test(text)) return measure(text);
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let g = glyphs[c]!;
    if (g !== g) glyphs[c] = g = measure(text[i]!); // NaN: not measured yet
    w += g;
  }
  return w;
}

const DAY = 86_400_000;
const PRECISION: Record<string, number> = {
  millennium: 1,
  century: 2,
  decade: 3,
  year: 4,
  season: 5,
  month: 6,
  day: 7,
  hour: 8,
  minute: 9,
  second: 10,
  millisecond: 11,
};

/**
 * The month of wall ms as `year * 12 + month - 1`, by arithmetic (Howard Hinnant's `civil_from_days`: the
 * proleptic Gregorian calendar of Date's UTC fields). No Date is made: this runs for every card of a story.
 */
function monthOf(ms: number): number {
  const z = Math.floor(ms / DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const mp = Math.floor((5 * (doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))) + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10; // 0-based, January = 0
  return (yoe + era * 400 + (month < 2 ? 1 : 0)) * 12 + month;
}

/** The first instant of the years 1, 10, 100, …, 100,000 and -9, -99, …, -99,999: where a year's digits change. */
const YEAR_STARTS = [1, 10, 100, 1000, 10_000, 100_000, -9, -99, -999, -9999, -99_999].map((y) =>
  new Date(0).setUTCFullYear(y, 0, 1),
);

/**
 * A year's sign and number of digits, 1–13 (0: open): "2023" and "1999" read alike, "45", "2023" and "45 BCE"
 * do not.
 */
function yearShape(ms: number): number {
  if (!Number.isFinite(ms)) return 0;
  const s = YEAR_STARTS;
  if (ms >= s[3]! && ms < s[4]!) return 4; // most dates
  if (ms >= s[0]!) return ms < s[1]! ? 1 : ms < s[2]! ? 2 : ms < s[3]! ? 3 : ms < s[4]! ? 4 : ms < s[5]! ? 5 : 6;
  // Year 0 (1 BCE, as Date counts years) and before: a sign, and the digits of -9 .. 0, -99 .. -10, …
  return 7 + (ms >= s[6]! ? 1 : ms >= s[7]! ? 2 : ms >= s[8]! ? 3 : ms >= s[9]! ? 4 : ms >= s[10]! ? 5 : 6);
}

/** A bound's precision, qualifiers and years' shapes in 16 bits, plus one (0: no bound). */
function boundShape(b: DateBound | undefined): number {
  if (!b) return 0;
  const missing = b.missing === 'open' ? 1 : b.missing === 'unknown' ? 2 : 0;
  const q = (b.approximate ? 1 : 0) | (b.uncertain ? 2 : 0) | (missing << 2);
  return (
    1 + ((PRECISION[b.precision ?? ''] ?? 0) | (q << 4) | (yearShape(b.earliest) << 8) | (yearShape(b.latest) << 12))
  );
}

/**
 * What an estimate of a date's description depends on besides its instants: the kind of span, each bound's
 * precision and qualifiers, the years' lengths, and whether a range stays within one year or one month (which
 * the words share). Descriptions of dates of one shape differ in length by little more than a month's name, so
 * an estimate takes the width of one for all (the story's card heights: formatting each of 10,000 dates took
 * 140 of 590 ms of its mount in a profile).
 *
 * A number (39 bits), built without a Date or a string: made as strings, the shapes of 10,000 dates took 14 ms.
 * An interval's own bound is left out: its precision and qualifiers are its ends' (see edtf-parser.ts).
 */
export function dateShape(d: UncertainDate): number {
  const from = d.start ?? d;
  const to = d.end ?? d;
  // What the two ends share: nothing (0), the year (1), the month (2) or the day (3).
  let shared = 0;
  if (Number.isFinite(from.earliest) && Number.isFinite(to.earliest)) {
    if (Math.floor(from.earliest / DAY) === Math.floor(to.earliest / DAY)) shared = 3;
    else {
      const a = monthOf(from.earliest);
      const b = monthOf(to.earliest);
      if (Math.floor(a / 12) === Math.floor(b / 12)) shared = a === b ? 2 : 1;
    }
  }
  const kind = (d.span === 'interval' ? 1 : 0) | (d.oneOf ? 2 : 0) | (d.hasTime ? 4 : 0) | (shared << 3);
  const ends = d.start || d.end ? boundShape(d.start) * 2 ** 17 + boundShape(d.end) : boundShape(d) * 2 ** 17;
  return kind * 2 ** 34 + ends;
}
