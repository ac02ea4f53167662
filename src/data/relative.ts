/**
 * Resolves an English relative date phrase ("last week", "in May", "months
 * earlier") into EDTF, only as precisely as the words allow. Used to check the
 * dataset, and by data authors deriving dates from an article.
 */
import { formatIsoDate, formatIsoYear, msToYmd, pad2, ymdToMs, MS_PER_DAY } from './calendar.js';
import { parseEdtf } from './edtf.js';

/** What {@link resolveRelative} measures a phrase from. */
export interface ResolveContext {
  /** EDTF day the text was published, e.g. `2023-08-02`. */
  published: string;
  /**
   * EDTF date of the event the phrase is relative to, for phrases that name
   * another event ("months earlier", "following …", "in response").
   */
  anchor?: string | null;
}

/**
 * Which related event a phrase is measured from:
 * - `later`: this event came before the anchor ("months earlier" than it), so the
 *   anchor is one of the event's `before` ids;
 * - `earlier`: this event followed the anchor ("following …", "in response"),
 *   so the anchor is one of its `after` ids;
 * - `publication`: the phrase is relative to the publication date only.
 */
export type AnchorKind = 'publication' | 'later' | 'earlier';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE = MONTHS.join('|');
const UNIT_RE = '(day|week|month|year)s';

interface Rule {
  re: RegExp;
  anchor: AnchorKind;
  resolve(m: RegExpExecArray, pub: Ymd, anchor: { earliest: number; latest: number } | null): string;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
  ms: number;
}

const RULES: Rule[] = [
  {
    re: new RegExp(`^(?:on )?(\\d{1,2}) (${MONTH_RE})$`),
    anchor: 'publication',
    resolve: (m, pub) => {
      const month = monthIndex(m[2]!);
      const day = Number(m[1]);
      return dayOnOrBefore(pub, month, day);
    },
  },
  {
    re: new RegExp(`^(?:on )?(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?$`),
    anchor: 'publication',
    resolve: (m, pub) => dayOnOrBefore(pub, monthIndex(m[1]!), Number(m[2])),
  },
  {
    re: new RegExp(`^in (${MONTH_RE})$`),
    anchor: 'publication',
    resolve: (m, pub) => {
      const month = monthIndex(m[1]!);
      const year = month <= pub.month ? pub.year : pub.year - 1;
      return `${formatIsoYear(year)}-${pad2(month)}`;
    },
  },
  { re: /^yesterday$/, anchor: 'publication', resolve: (_m, pub) => formatIsoDate(pub.ms - MS_PER_DAY) },
  { re: /^today$/, anchor: 'publication', resolve: (_m, pub) => formatIsoDate(pub.ms) },
  {
    // ISO weeks run Monday to Sunday; "last week" is the whole previous one, a point somewhere in it.
    re: /^last week$/,
    anchor: 'publication',
    resolve: (_m, pub) => {
      const dow = (new Date(pub.ms).getUTCDay() + 6) % 7; // Monday = 0
      const monday = pub.ms - (dow + 7) * MS_PER_DAY;
      return `[${formatIsoDate(monday)}..${formatIsoDate(monday + 6 * MS_PER_DAY)}]`;
    },
  },
  {
    re: /^this week$/,
    anchor: 'publication',
    resolve: (_m, pub) => {
      const dow = (new Date(pub.ms).getUTCDay() + 6) % 7;
      return `[${formatIsoDate(pub.ms - dow * MS_PER_DAY)}..${formatIsoDate(pub.ms)}]`;
    },
  },
  {
    re: /^last month$/,
    anchor: 'publication',
    resolve: (_m, pub) =>
      pub.month === 1 ? `${formatIsoYear(pub.year - 1)}-12` : `${formatIsoYear(pub.year)}-${pad2(pub.month - 1)}`,
  },
  { re: /^this month$/, anchor: 'publication', resolve: (_m, pub) => `${formatIsoYear(pub.year)}-${pad2(pub.month)}` },
  { re: /^last year$/, anchor: 'publication', resolve: (_m, pub) => formatIsoYear(pub.year - 1) },
  { re: /^this year$/, anchor: 'publication', resolve: (_m, pub) => formatIsoYear(pub.year) },
  {
    // "months earlier": at least two of the unit before the anchor began, and vaguely so.
    re: new RegExp(`^${UNIT_RE} (?:earlier|before)$`),
    anchor: 'later',
    resolve: (m, _pub, anchor) => `[..${unitsBefore(requireAnchor(anchor, m[0]!).earliest, m[1] as Unit, 2)}~]`,
  },
  {
    // The event followed the anchor and was reported by publication.
    re: /^(?:following|after|in response|in the wake of)\b.*$/,
    anchor: 'earlier',
    resolve: (m, pub, anchor) => `[${formatIsoDate(requireAnchor(anchor, m[0]!).earliest)}..${formatIsoDate(pub.ms)}]`,
  },
];

type Unit = 'day' | 'week' | 'month' | 'year';

/**
 * The anchor a phrase needs, or null when the phrase is not one this resolver
 * knows.
 */
export function relativeAnchor(phrase: string): AnchorKind | null {
  const p = clean(phrase);
  for (const r of RULES) if (r.re.test(p)) return r.anchor;
  return null;
}

/**
 * Resolves `phrase` into an EDTF string, or null when the phrase is not one
 * this resolver knows.
 * @throws {Error} when the phrase needs an anchor and none is given, or a date is invalid.
 */
export function resolveRelative(phrase: string, context: ResolveContext): string | null {
  const p = clean(phrase);
  const pubDate = parseEdtf(context.published);
  if (pubDate.precision !== 'day') throw new Error(`published must be a day, got "${context.published}"`);
  const { year, month, day } = msToYmd(pubDate.earliest);
  const pub: Ymd = { year, month, day, ms: pubDate.earliest };
  const anchor = context.anchor ? parseEdtf(context.anchor) : null;
  for (const r of RULES) {
    const m = r.re.exec(p);
    if (m) return r.resolve(m, pub, anchor);
  }
  return null;
}

function clean(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '');
}

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name.toLowerCase());
  if (i < 0) throw new Error(`"${name}" is not a month name`);
  return i + 1;
}

function dayOnOrBefore(pub: Ymd, month: number, day: number): string {
  let year = pub.year;
  if (ymdToMs(year, month, day) > pub.ms) year -= 1;
  const ms = ymdToMs(year, month, day);
  if (msToYmd(ms).day !== day) throw new Error(`${day} is not a day of month ${month}`);
  return formatIsoDate(ms);
}

function requireAnchor(anchor: { earliest: number } | null, phrase: string): { earliest: number } {
  if (!anchor || !Number.isFinite(anchor.earliest)) {
    throw new Error(`"${phrase}" is relative to another event: pass its date as the anchor`);
  }
  return anchor;
}

/** The EDTF period, at the unit's precision, `n` units before the one holding `ms`. */
function unitsBefore(ms: number, unit: Unit, n: number): string {
  const { year, month } = msToYmd(ms);
  switch (unit) {
    case 'year':
      return formatIsoYear(year - n);
    case 'month': {
      const total = year * 12 + (month - 1) - n;
      const y = Math.floor(total / 12);
      return `${formatIsoYear(y)}-${pad2(total - y * 12 + 1)}`;
    }
    case 'week':
      return formatIsoDate(ms - n * 7 * MS_PER_DAY);
    case 'day':
      return formatIsoDate(ms - n * MS_PER_DAY);
  }
}
