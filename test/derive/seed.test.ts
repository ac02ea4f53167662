import { expect } from '@open-wc/testing';
import { parseEdtf } from '../../src/data/edtf.js';
import { normalize } from '../../src/data/normalize.js';
import type { RawDataset, RawEvent } from '../../src/data/types.js';
import { deriveTimeline, findDates, type DraftDataset } from '../../src/derive/index.js';

let article: string;
let curated: RawDataset;
let draft: DraftDataset;

before(async () => {
  article = await (await fetch('/seeds/iran-belarus-defense-deal.txt')).text();
  curated = await (await fetch('/seeds/iran-belarus-defense-deal.events.json')).json();
  draft = deriveTimeline(article, { published: '2023-08-02' });
});

/** True when every day `inner` may be is a day `outer` may be. */
function inside(inner: string, outer: string): boolean {
  const a = parseEdtf(inner);
  const b = parseEdtf(outer);
  return a.earliest >= b.earliest && a.latest <= b.latest;
}

const overlaps = (a: { start?: number; end?: number }, b: { start?: number; end?: number }) =>
  a.start! < b.end! && b.start! < a.end!;

describe('deriveTimeline on the seed article', () => {
  it('finds every dated event of the curated dataset, with a date equal to the curated one or inside it', () => {
    const dated = curated.events.filter((e): e is RawEvent & { date: string } => e.date !== null);
    expect(dated.length).to.equal(13);
    for (const c of dated) {
      const found = draft.events.filter(
        (e) => e.date !== null && overlaps(e.source, c.source!) && inside(e.date, c.date),
      );
      const near = draft.events.filter((e) => overlaps(e.source, c.source!)).map((e) => e.date);
      expect(found.length, `${c.id} (${c.date}): ${JSON.stringify(near)}`).to.be.at.least(1);
    }
  });

  it('leaves out the headline, the byline and the comment form', () => {
    const form = article.indexOf('Leave a Reply');
    const body = article.indexOf('The two countries have recently');
    expect(form).to.be.greaterThan(0);
    for (const e of draft.events) {
      expect(e.source.start, e.title).to.be.at.least(body);
      expect(e.source.end, e.title).to.be.at.most(form);
    }
    expect(draft.source).to.deep.equal({
      title: 'Iran inks defense deal with Russia ally Belarus',
      published: '2023-08-02',
    });
  });

  it('gives no more events dated by an expression than sentences holding a date mention', () => {
    const byText = draft.events.filter((e) => e.dateText !== null);
    const mentions = findDates(article, { published: '2023-08-02' });
    const sentences = new Set(mentions.map((m) => article.lastIndexOf('.', m.start)));
    expect(byText.length).to.be.at.most(sentences.size);
    for (const e of byText) expect(mentions.some((m) => m.text === e.dateText && m.date === e.date)).to.equal(true);
  });

  it('relates events the way the article does: months earlier, following, in response', () => {
    const by = (words: string) => draft.events.find((e) => e.source.quote.includes(words))!;
    const may = by('In May, a delegation');
    const lukashenko = by('Months earlier');
    expect(lukashenko.before).to.deep.equal([may.id]);
    const deal = draft.events.find((e) => e.dateText === 'last week')!;
    const kirby = draft.events.find((e) => e.source.quote.startsWith('Following') && e.after?.includes(deal.id))!;
    expect(kirby.kind).to.equal('statement');
    const morales = by('In response');
    expect(morales.after).to.deep.equal([kirby.id]);
    expect(morales.date).to.equal('[2023-07-24..2023-08-02]');
  });

  it('validates: no errors, and every source quote is the text at its offsets', () => {
    const { problems, events } = normalize(draft);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    // The review flags (draft, confidence) are fields of the format: a draft has no problem at all.
    expect(problems).to.deep.equal([]);
    expect(events.length).to.equal(draft.events.length);
    for (const e of draft.events) {
      expect(article.slice(e.source.start, e.source.end)).to.equal(e.source.quote);
      expect(e.draft).to.equal(true);
      expect(e.confidence).to.be.within(0, 1);
    }
  });
});
