import { expect } from '@open-wc/testing';
import { findDates } from '../../src/derive/index.js';
import { ANNOTATED, ANNOTATED_ARTICLE, ANNOTATED_FRESH, type Annotated } from './annotated.js';
import { score } from './score.js';

const find = (item: Annotated) => findDates(item.text, { published: item.published });
const pct = (x: number) => (100 * x).toFixed(1);

function report(name: string, items: readonly Annotated[]) {
  const s = score(items, find);
  console.log(
    `${name}: ${items.length} texts, ${s.gold} gold mentions, ${s.system} found, ${s.matched} overlapping, ` +
      `${s.valueCorrect} with the gold value. Relaxed span P ${pct(s.spanP)} R ${pct(s.spanR)} F1 ${pct(s.spanF1)}; ` +
      `value P ${pct(s.valueP)} R ${pct(s.valueR)} F1 ${pct(s.valueF1)}` +
      (s.errors.length ? `\n  ${s.errors.join('\n  ')}` : ''),
  );
  return s;
}

describe('findDates on our annotated news sentences (TempEval-3 scoring)', () => {
  it('has 40 sentences or more: reported speech, anaphora, weekdays, chains, ranges, non-dates', () => {
    const all = [...ANNOTATED, ...ANNOTATED_FRESH, ...ANNOTATED_ARTICLE];
    const sentences = all.reduce((n, item) => n + (item.text.match(/[.!?](?:\s|$)/g)?.length ?? 1), 0);
    expect(sentences).to.be.at.least(40);
    expect(all.filter((item) => item.gold.length === 0).length, 'texts with no date').to.be.at.least(8);
    expect(
      all.some((item) => /\bsaid\b|\btold\b/.test(item.text) && item.gold.length >= 2),
      'reported speech',
    ).to.equal(true);
    expect(
      all.some((item) => item.gold.some(([w]) => /^(?:that|the same)\b/i.test(w))),
      'anaphora',
    ).to.equal(true);
    expect(
      all.some((item) => item.gold.some(([w]) => /later|earlier/i.test(w))),
      'earlier/later chains',
    ).to.equal(true);
    expect(
      all.some((item) => item.gold.some(([w]) => / and | to /.test(w))),
      'ranges',
    ).to.equal(true);
  });

  it('scores relaxed span F1 ≥ 0.9 and value F1 ≥ 0.8 on the first set', () => {
    const s = report('first set', ANNOTATED);
    expect(s.spanF1).to.be.at.least(0.9);
    expect(s.valueF1).to.be.at.least(0.8);
  });

  it('scores relaxed span F1 ≥ 0.9 and value F1 ≥ 0.8 on the second set and the agency article', () => {
    for (const [name, items] of [
      ['second set', ANNOTATED_FRESH],
      ['agency article', ANNOTATED_ARTICLE],
    ] as const) {
      const s = report(name, items);
      expect(s.spanF1, name).to.be.at.least(0.9);
      expect(s.valueF1, name).to.be.at.least(0.8);
    }
    report('all', [...ANNOTATED, ...ANNOTATED_FRESH, ...ANNOTATED_ARTICLE]);
  });
});
