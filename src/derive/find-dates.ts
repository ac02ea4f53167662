/**
 * `findDates`: every date expression in a text, with its offsets and its
 * value as EDTF.
 */
import { parseEdtf, tryParseEdtf } from '../data/edtf.js';
import type { UncertainDate } from '../data/uncertain-date.js';
import { language, type Language } from './lang/index.js';
import { resolveTimex } from './resolve.js';
import { segment, spanAt, type Segmented } from './segment.js';
import { isAnaphoric, type Timex } from './lang/timex.js';

/** One date expression in a text. */
export interface DateMention {
  /** UTF-16 offset of its first character. */
  start: number;
  /** UTF-16 offset just after its last character (exclusive). */
  end: number;
  /** The words, `text.slice(start, end)`. */
  text: string;
  /** Its value as EDTF, as precise as the words; null when it cannot be placed ("recently"). */
  date: string | null;
}

export interface FindDatesOptions {
  /** EDTF day the text was published, e.g. `2023-08-02`: relative dates resolve against it. */
  published: string;
  /** BCP 47 language of the text. Default `en`. */
  lang?: string;
}

/** A mention with what deriving events needs to know about it. */
export interface Mention extends DateMention {
  timex: Timex;
  parsed: UncertainDate | null;
  sentence: number;
  /** Index of the mention it was resolved against, for anaphoric ones ("months earlier"). */
  anchor: number | null;
}

/**
 * Finds every date expression in `text` and resolves it: relative ones
 * ("last week") against `published`, anaphoric ones ("that day", "months
 * earlier") against the nearest date before them. Durations ("for three
 * years") and repeating times ("every Monday") are not date expressions.
 * @throws {RangeError} when `published` is not an EDTF day or `lang` has no grammar.
 */
export function findDates(text: string, options: FindDatesOptions): DateMention[] {
  return analyzeDates(text, options).mentions.map(({ start, end, text: words, date }) => ({
    start,
    end,
    text: words,
    date,
  }));
}

/** The published day as wall-clock ms. @throws {RangeError} when it is not an EDTF day. */
export function publishedDay(published: string): number {
  const d = tryParseEdtf(published);
  if (!d || d.precision !== 'day' || d.span !== 'point' || d.oneOf || d.approximate || d.uncertain || d.hasTime) {
    throw new RangeError(`published must be a day such as 2023-08-02, got "${published}"`);
  }
  return d.earliest;
}

/** {@link findDates} with the segmentation and the details deriving needs. */
export function analyzeDates(
  text: string,
  options: FindDatesOptions,
): { mentions: Mention[]; segmented: Segmented; lang: Language } {
  const pub = publishedDay(options.published);
  const lang = language(options.lang ?? 'en');
  const segmented = segment(text, lang.events.abbreviations);
  const { sentences } = segmented;
  const mentions: Mention[] = [];
  // The year a run of dates in a paragraph is about: "In 2019, … In May, …".
  let carried = null as { sentence: number; year: number } | null;
  for (const f of lang.dates.scan(text)) {
    const k = spanAt(sentences, f.start);
    const s = sentences[k];
    const tense = s ? lang.dates.tense(text.slice(s.start, s.end), f.start - s.start, f.end - s.start) : 'past';
    const paragraph = s?.paragraph ?? -1;
    let anchor: number | null = null;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const p = mentions[i]!.parsed;
      if (p && Number.isFinite(p.earliest) && Number.isFinite(p.latest)) {
        anchor = i;
        break;
      }
    }
    if (anchor === null && isAnaphoric(f.timex)) {
      // Nothing bounded before it: an open "months earlier" can still anchor "years earlier".
      for (let i = mentions.length - 1; i >= 0 && anchor === null; i--) if (mentions[i]!.parsed) anchor = i;
    }
    // Only as far as the next sentence of the same paragraph: beyond it, the text has usually moved on.
    const near = carried && k - carried.sentence <= 1 && sentences[carried.sentence]?.paragraph === paragraph;
    const refYear: number | null = near ? carried!.year : null;
    let date = resolveTimex(f.timex, {
      pub,
      tense,
      anchor: anchor === null ? null : mentions[anchor]!.parsed,
      refYear,
    });
    let parsed: UncertainDate | null = null;
    if (date !== null) {
      try {
        parsed = parseEdtf(date);
      } catch {
        date = null; // never emit a value our own parser rejects
      }
    }
    const own = f.timex.t === 'cal' && f.timex.year !== undefined ? f.timex.year : null;
    const usedRef = f.timex.t === 'cal' || (f.timex.t === 'month' && f.timex.offset === null);
    carried =
      own !== null ? { sentence: k, year: own } : usedRef && refYear !== null ? { sentence: k, year: refYear } : null;
    mentions.push({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      date,
      timex: f.timex,
      parsed,
      sentence: k,
      anchor: isAnaphoric(f.timex) ? anchor : null,
    });
  }
  return { mentions, segmented, lang };
}
