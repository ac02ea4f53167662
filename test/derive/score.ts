/**
 * TempEval-3 scores for date mentions: relaxed span matching (a system mention matches a gold one
 * when their extents overlap; each is matched at most once) and value F1 (the relaxed matches whose
 * normalized value is the gold one).
 */
import type { DateMention } from '../../src/derive/index.js';
import type { Annotated } from './annotated.js';

export interface Scores {
  gold: number;
  system: number;
  matched: number;
  valueCorrect: number;
  spanP: number;
  spanR: number;
  spanF1: number;
  valueP: number;
  valueR: number;
  valueF1: number;
  /** What went wrong, one line per miss, for the test's log. */
  errors: string[];
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The gold spans of an item, located in its text. */
export function goldSpans(item: Annotated): Array<{ start: number; end: number; value: string | null; words: string }> {
  return item.gold.map(([words, value, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = item.text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`gold "${words}" is not in "${item.text}"`);
    return { start: at, end: at + words.length, value, words };
  });
}

export function score(items: readonly Annotated[], find: (item: Annotated) => DateMention[]): Scores {
  let gold = 0;
  let system = 0;
  let matched = 0;
  let valueCorrect = 0;
  const errors: string[] = [];
  for (const item of items) {
    const g = goldSpans(item);
    const s = find(item);
    gold += g.length;
    system += s.length;
    const used = new Set<number>();
    for (const want of g) {
      const k = s.findIndex((m, i) => !used.has(i) && m.start < want.end && want.start < m.end);
      if (k < 0) {
        errors.push(`missed "${want.words}" in: ${item.text}`);
        continue;
      }
      used.add(k);
      matched++;
      if (s[k]!.date === want.value) valueCorrect++;
      else errors.push(`"${s[k]!.text}" = ${s[k]!.date}, gold "${want.words}" = ${want.value}`);
    }
    s.forEach((m, i) => used.has(i) || errors.push(`spurious "${m.text}" = ${m.date} in: ${item.text}`));
  }
  const spanP = system ? matched / system : 1;
  const spanR = gold ? matched / gold : 1;
  const valueP = system ? valueCorrect / system : 1;
  const valueR = gold ? valueCorrect / gold : 1;
  return {
    gold,
    system,
    matched,
    valueCorrect,
    spanP,
    spanR,
    spanF1: f1(spanP, spanR),
    valueP,
    valueR,
    valueF1: f1(valueP, valueR),
    errors,
  };
}
