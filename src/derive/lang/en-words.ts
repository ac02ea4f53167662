/**
 * The English words of dates, and small helpers reading them: 12 months (and 11 abbreviations),
 * 7 weekdays, 4 seasons, 24 number words, 21 ordinal words, 9 vague quantities, 26 words that make
 * a bare month name a date ("in May"), 51 counted nouns that make a number a quantity rather than a
 * year ("2000 troops"), 19 words that make it a label ("Resolution 2231").
 */
import type { Season, Timex, Unit } from './timex.js';

export const MONTHS = [
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
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
export const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];
/** Quantities that say "more than one" without saying how many; "a couple of" is two. */
export const VAGUE = 'several|a\\s+few|few|some|many|a\\s+couple\\s+of|couple\\s+of|just|only';
/** A number followed by one of these counts things: "2000 troops" is not a year. */
export const COUNTED = new RegExp(
  '^\\s+(?:people|persons|troops|soldiers|fighters|men|women|children|civilians|dollars|euros|rials|rubles|pounds|' +
    'km|kilometers|kilometres|miles|meters|metres|feet|tons|tonnes|barrels|votes|cases|deaths|units|drones|missiles|' +
    'rockets|hectares|acres|workers|employees|members|pages|words|jobs|homes|houses|families|refugees|prisoners|' +
    'vehicles|tanks|aircraft|planes|ships|points|tourists|students)\\b',
  'i',
);
/** A number after one of these is a label: "Resolution 2231", "flight 1902". */
export const LABEL = new RegExp(
  '(?:\\bno\\.?|\\bnumber|\\bnos\\.?|\\bflight|\\broute|\\bresolution|\\barticle|\\bsection|\\broom|' +
    '\\bbus|\\bhighway|\\bmodel|\\bpage|\\bchapter|\\bdecree|\\bthan|#|\\$|€|£)\\s*$',
  'i',
);
/** Words before a bare month name that make it a date: "in May", not "Theresa May". */
export const MONTH_CONTEXT = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'through',
  'throughout',
  'before',
  'after',
  'during',
  'of',
  'between',
  'and',
  'to',
  'or',
  'around',
  'early',
  'mid',
  'late',
  'last',
  'next',
  'this',
  'that',
  'each',
  'every',
]);

export const B0 = '(?<![\\p{L}\\p{N}_])';
export const B1 = '(?![\\p{L}\\p{N}_])';
export const MONTH = `(${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)`;
export const FULL_MONTH = `(${MONTHS.join('|')})`;
export const WEEKDAY = `(${WEEKDAYS.join('|')})`;
export const YEAR = '(1[0-9]\\d\\d|20\\d\\d)';
export const UNIT = '(day|week|month|year|decade|centur(?:y|ie))(s?)';
export const NUM = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
export const ORD = `(\\d{1,2}(?:st|nd|rd|th)|${ORDINALS.join('|')})`;

export const re = (s: string): RegExp => new RegExp(B0 + s + B1, 'giu');
export const cap = (s: string | undefined): boolean => !!s && s[0] !== s[0]!.toLowerCase();
export const monthOf = (s: string): number =>
  MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace('.', '').slice(0, 3))) + 1;
export const num = (s: string): number => (/^\d/.test(s) ? Number(s) : NUMBERS[s.toLowerCase()]!);
export const unitOf = (s: string): Unit =>
  s.toLowerCase().startsWith('centur') ? 'century' : (s.toLowerCase() as Unit);
export const dayUnit = (s: string): Unit => (/^(morning|afternoon|evening|night)$/i.test(s) ? 'day' : unitOf(s));
export const seasonOf = (s: string): Season =>
  (['spring', 'summer', 'autumn', 'winter'].indexOf(s.toLowerCase().replace('fall', 'autumn')) + 1) as Season;
export const ordinal = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : ORDINALS.indexOf(s.toLowerCase()) + 1);
export const offsetOf = (s: string | undefined): -1 | 0 | 1 | null => {
  const w = s?.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : w === 'this' ? 0 : null;
};

export function cal(year: string | undefined, month: string, day?: string): Timex {
  const x: Timex = { t: 'cal', month: monthOf(month) };
  if (year) x.year = +year;
  if (day !== undefined) x.day = +day;
  return x;
}

export function span(from: Timex, to: Timex): Timex {
  return { t: 'range', from, to, as: 'span' };
}

/** How many units: a number, null for a vague plural ("months", "several months"), undefined for a bare singular. */
export function quantity(
  n: string | undefined,
  vague: string | undefined,
  plural: string | undefined,
  whole: string,
): number | null | undefined {
  if (n) return num(n);
  if (vague && /couple/i.test(vague)) return 2;
  if (/^the\s/i.test(whole)) return plural ? undefined : 1;
  return plural ? null : undefined;
}
