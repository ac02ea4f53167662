/**
 * Text widths for estimates: the sum of a text's characters' widths, each
 * measured once. No measurement per text: measuring every title of the
 * vertical story took most of its mount at 10,000 events (656 of 2,216 ms in
 * a profile). Pure: the measuring is passed in.
 */

import type { DateBound, UncertainDate } from '../data/uncertain-date.js';

/** Text beyond Latin, Greek, Cyrillic and punctuation: its letters may join or stack, so it is measured whole. */
const SHAPED = /[^\u0000-\u052f\u1e00-\u1fff\u2000-\u206f]/;

/**
 * The width of `text` as the sum of its characters' `measure`d widths, kept
 * in `glyphs` (clear it when the font changes). Kerning is ignored; text in a
 * script whose letters join or stack is measured whole.
 */
export function glyphSumWidth(text: string, measure: (s: string) => number, glyphs: Map<string, number>): number {
  if (SHAPED.test(text)) return measure(text);
  let w = 0;
  for (const c of text) {
    let g = glyphs.get(c);
    if (g === undefined) glyphs.set(c, (g = measure(c)));
    w += g;
  }
  return w;
}

/** A year's sign and number of digits: "2023" and "1999" read alike, "45", "2023" and "45 BCE" do not. */
function yearShape(ms: number): string {
  if (!Number.isFinite(ms)) return 'open';
  const y = new Date(ms).getUTCFullYear();
  return `${y <= 0 ? '-' : ''}${String(Math.abs(y)).length}`;
}

function boundShape(b: DateBound | undefined): string {
  if (!b) return '';
  const q = `${b.approximate ? '~' : ''}${b.uncertain ? '?' : ''}${b.missing ?? ''}`;
  return `${b.precision}${q}:${yearShape(b.earliest)}:${yearShape(b.latest)}`;
}

/**
 * What an estimate of a date's description depends on besides its instants: the kind of span, each bound's
 * precision and qualifiers, the years' lengths, and whether a range stays within one year or one month (which
 * the words share). Descriptions of dates of one shape differ in length by little more than a month's name, so
 * an estimate takes the width of one for all (the story's card heights: formatting each of 10,000 dates took
 * 140 of 590 ms of its mount in a profile).
 */
export function dateShape(d: UncertainDate): string {
  const from = d.start ?? d;
  const to = d.end ?? d;
  let shared = '';
  if (Number.isFinite(from.earliest) && Number.isFinite(to.earliest)) {
    const [a, b] = [new Date(from.earliest), new Date(to.earliest)];
    const year = a.getUTCFullYear() === b.getUTCFullYear();
    shared = year ? (a.getUTCMonth() === b.getUTCMonth() ? (a.getUTCDate() === b.getUTCDate() ? 'd' : 'm') : 'y') : '';
  }
  const kind = `${d.span}${d.oneOf ? '[]' : ''}${d.hasTime ? 'T' : ''}${shared}`;
  return `${kind} ${boundShape(d)} ${boundShape(d.start)} ${boundShape(d.end)}`;
}
