import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import { deriveTimeline, type DraftEvent } from '../../src/derive/index.js';

const published = '2024-03-14'; // a Thursday
const derive = (text: string, options = {}) => deriveTimeline(text, { published, ...options });
const brief = (e: DraftEvent) => ({ kind: e.kind, date: e.date, dateText: e.dateText, quote: e.source.quote });

describe('deriveTimeline', () => {
  it('makes one draft event per dated happening, quoting its sentence with offsets', () => {
    const text =
      'Headline of the story\n\nThe foreign minister visited Ankara on Tuesday. Officials said the talks went well.';
    const { events, source } = derive(text, { publisher: 'Daily News', url: 'https://example.com/story' });
    expect(source).to.deep.equal({
      title: 'Headline of the story',
      published,
      publisher: 'Daily News',
      url: 'https://example.com/story',
    });
    expect(brief(events[0]!)).to.deep.equal({
      kind: 'visit',
      date: '2024-03-12',
      dateText: 'Tuesday',
      quote: 'The foreign minister visited Ankara on Tuesday.',
    });
    expect(text.slice(events[0]!.source.start, events[0]!.source.end)).to.equal(events[0]!.source.quote);
    // Ankara stands for its country, named by Intl.DisplayNames (newer ICU says "Türkiye").
    expect(events[0]!.actors).to.have.length(1);
    expect(events[0]!.actors[0]).to.match(/^(?:Turkey|Türkiye)$/);
    expect(events.every((e) => e.draft === true && e.confidence >= 0 && e.confidence <= 1)).to.equal(true);
  });

  it('names kinds from trigger words', () => {
    const kinds = (text: string) => derive(text).events.map((e) => e.kind);
    expect(kinds('The two countries signed a memorandum of understanding on Monday.')).to.deep.equal(['agreement']);
    expect(kinds('Bolivia signed a drone deal with Iran last week.')).to.deep.equal(['deal']);
    expect(kinds('The leaders held talks in Minsk on Tuesday.')).to.deep.equal(['meeting']);
    expect(kinds('Russia deployed warheads to Belarus last month.')).to.deep.equal(['deployment']);
    expect(kinds('Belarus applied to join the bloc in 2023.')).to.deep.equal(['application']);
    expect(kinds('The ministry condemned the strike on Wednesday.')).to.deep.equal(['statement']);
    expect(kinds('The ministry confirmed the deal on social media on Wednesday.')).to.deep.equal(['publication']);
    expect(kinds('Parliament was dissolved in 2019.')).to.deep.equal(['other']);
  });

  it('dates reported speech by its own expression, and the saying by its own', () => {
    const sentence = 'The minister said on Wednesday that the two sides had signed a deal last week.';
    // One sentence with a date expression gives one event dated by an expression: what was said.
    expect(derive(sentence).events.map(brief)).to.deep.equal([
      {
        kind: 'deal',
        date: '[2024-03-04..2024-03-10]',
        dateText: 'last week',
        quote: 'the two sides had signed a deal last week.',
      },
    ]);
    // With another sentence holding a date expression but no event, the saying is kept too.
    const [said, deal] = derive(`${sentence} Relations have recently improved.`).events;
    expect(brief(said!)).to.deep.equal({
      kind: 'statement',
      date: '2024-03-13',
      dateText: 'Wednesday',
      quote: sentence,
    });
    expect(deal!.dateText).to.equal('last week');
    const [s] = derive('Last month, the president announced that the army was deploying new missiles.').events;
    expect([s!.kind, s!.date]).to.deep.equal(['statement', '2024-02']);
  });

  it('splits a fronted happening from the main one, which follows it', () => {
    const { events } = derive('Following the signing of the accord last week, the opposition called for protests.');
    expect(events.map(brief)).to.deep.equal([
      {
        kind: 'agreement',
        date: '[2024-03-04..2024-03-10]',
        dateText: 'last week',
        quote: 'the signing of the accord last week',
      },
      {
        kind: 'statement',
        date: '[2024-03-04..2024-03-14]',
        dateText: null,
        quote: 'Following the signing of the accord last week, the opposition called for protests.',
      },
    ]);
    expect(events[1]!.after).to.deep.equal([events[0]!.id]);
  });

  it('keeps undated happenings, placed by "in response", "earlier" and by the narrative', () => {
    const text =
      'The army launched strikes on the border on 2 March. In response, the rebels shelled two towns. ' +
      'Earlier, the government had rejected a truce. The country will hold elections.';
    const { events } = derive(text);
    expect(events.map((e) => [e.kind, e.date])).to.deep.equal([
      ['other', '2024-03-02'],
      ['other', '[2024-03-02..2024-03-14]'],
      ['statement', null],
      ['other', null],
    ]);
    expect(events[1]!.after).to.deep.equal([events[0]!.id]);
    expect(events[2]!.before).to.deep.equal([events[1]!.id]);
    expect(events[3]!.before ?? events[3]!.after).to.equal(undefined);
  });

  it('leaves out comment forms, share links and bylines', () => {
    const text =
      'By Jane Doe and John Roe\n\nThe talks opened on Monday in Geneva.\n\nShare this:\n\nLeave a Reply\n\n' +
      'The summit was held on 3 March.\n\nYour email address will not be published.';
    const { events } = derive(text);
    expect(events.map((e) => e.dateText)).to.deep.equal(['Monday']);
  });

  it('finds actors: countries by name, demonym and capital; organisations; names and their surnames', () => {
    const text =
      'Belarusian President Alexander Lukashenko met NATO envoys in Minsk on Monday. ' +
      'On Tuesday, Lukashenko told Voice of America that Moscow backed him.';
    const { events } = derive(text);
    expect(events[0]!.actors).to.deep.equal(['Belarus', 'Alexander Lukashenko', 'NATO']);
    expect(events[1]!.actors).to.deep.equal(['Alexander Lukashenko', 'Voice of America', 'Russia']);
  });

  it('writes a dataset that validates: no errors, quotes at their offsets', () => {
    const text =
      'In 2019, the pact was signed. Two years later, it collapsed. The talks resumed in May.\n\nThe rest is quiet.';
    const draft = derive(text);
    const { problems } = normalize(draft);
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    for (const e of draft.events) expect(text.slice(e.source.start, e.source.end)).to.equal(e.source.quote);
    expect(draft.events.map((e) => e.date)).to.deep.equal(['2019', '2021', '2023-05']);
    expect(draft.events[1]!.after).to.deep.equal([draft.events[0]!.id]);
  });

  it('dates no more events by an expression than sentences hold one, keeping what was said over the saying', () => {
    const { events } = derive('Two years later, it collapsed; the talks resumed in May. In 2019, the pact was signed.');
    expect(events.filter((e) => e.dateText !== null).map((e) => e.dateText)).to.deep.equal(['May', '2019']);
  });

  it('reads agency copy: a dateline dates nothing, credits are left out, a denial is no happening', () => {
    const text =
      "MOSCOW, March 14 (Reuters) - Russia's defence ministry said on Thursday it had shot down four " +
      'drones overnight.\n\n' +
      'Ukraine has not commented on the attack.\n\nReporting by Jane Doe; Editing by John Roe';
    const { events } = derive(text);
    expect(events.map(brief)).to.deep.equal([
      {
        kind: 'other',
        date: '[2024-03-13..2024-03-14]',
        dateText: 'overnight',
        quote: 'it had shot down four drones overnight.',
      },
    ]);
  });
});
