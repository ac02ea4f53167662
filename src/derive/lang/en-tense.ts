/**
 * The tense of the verb nearest an English date expression, which says whether a day or month
 * written without a year lies before or after publication.
 */
import type { Tense } from './timex.js';

const FUTURE = new RegExp(
  "\\b(?:will|shall|won['’]t|(?:is|are)\\s+(?:expected|due|scheduled|slated|set|planned)\\b|(?:is|" +
    'are|was|were)\\s+(?:set|due|expected|scheduled|slated|going|planning|poised)\\s+to|(?:plans?|planned|' +
    'intends?|aims?|hopes?)\\s+to|expects?|upcoming|ahead\\s+of|in\\s+the\\s+run-up\\s+to|to\\s+be\\s+held|' +
    "(?:is|are)\\s+to)\\b|['’]ll\\b",
  'gi',
);
const PRESENT = /\b(?:is|are|runs|lasts|continues|ends|expires|begins|starts|opens|closes|remains|takes\s+place)\b/gi;
const PAST = new RegExp(
  '\\b(?:was|were|had|did|said|told|met|held|took|went|came|made|began|won|left|sent|saw|gave|fell|' +
    'rose|struck|fought|led|ran|spoke|wrote|bought|sold|built|brought|found|became|paid|flew|hit|shot|' +
    '[a-z]{2,}ed)\\b',
  'g',
);
const NOT_PAST = new RegExp(
  '^(?:need|speed|feed|seed|breed|proceed|exceed|succeed|indeed|embed|hundred|kindred|sacred|naked|' +
    'wicked|red|bed|shed)$',
  '',
);

/**
 * The tense of the verb nearest the expression: a verb in the same clause wins over one beyond a
 * comma ("which began on June 3, are due to end …" is past), and a verb after the expression
 * counts for less than one before it.
 */
export function tense(sentence: string, start: number, end: number): Tense {
  let best: { d: number; t: Tense } | null = null;
  const future: Array<[number, number]> = [];
  const consider = (m: RegExpMatchArray, t: Tense) => {
    const a = m.index!;
    const b = a + m[0].length;
    if (b > start && a < end) return; // the expression's own words ("last week") do not count
    const between = b <= start ? sentence.slice(b, start) : sentence.slice(end, a);
    const d = (b <= start ? start - b : (a - end) * 1.5) + (/[,;:—–]/.test(between) ? 1000 : 0);
    if (!best || d < best.d) best = { d, t };
  };
  for (const m of sentence.matchAll(FUTURE)) {
    future.push([m.index!, m.index! + m[0].length]);
    consider(m, 'future');
  }
  const overlapsFuture = (m: RegExpMatchArray) => future.some(([a, b]) => m.index! < b && a < m.index! + m[0].length);
  for (const m of sentence.matchAll(PAST)) if (!NOT_PAST.test(m[0]) && !overlapsFuture(m)) consider(m, 'past');
  for (const m of sentence.matchAll(PRESENT)) if (!overlapsFuture(m)) consider(m, 'present');
  return (best as { t: Tense } | null)?.t ?? 'past';
}
