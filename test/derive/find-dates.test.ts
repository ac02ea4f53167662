import { expect } from '@open-wc/testing';
import { findDates, type DateMention } from '../../src/derive/index.js';

const published = '2023-08-02'; // a Wednesday

/** The mentions of `text` as [words, value] pairs. */
const dates = (text: string, pub = published): Array<[string, string | null]> =>
  findDates(text, { published: pub }).map((m) => [m.text, m.date]);

describe('findDates', () => {
  it("finds the issue's absolute expressions, each as precise as its words", () => {
    expect(dates('They met on 31 July.')).to.deep.equal([['31 July', '2023-07-31']]);
    expect(dates('They met on July 31, 2023.')).to.deep.equal([['July 31, 2023', '2023-07-31']]);
    expect(dates('It happened in 2022.')).to.deep.equal([['2022', '2022']]);
    expect(dates('It began in the mid-1990s.')).to.deep.equal([['the mid-1990s', '199X']]);
    expect(dates('Sales fell in the first quarter of 2021.')).to.deep.equal([
      ['the first quarter of 2021', '2021-33'],
    ]);
    expect(dates('Prices rose in the 1990s.')).to.deep.equal([['the 1990s', '199X']]);
  });

  it('resolves relative expressions against the publication day', () => {
    expect(dates('It was signed last week.')).to.deep.equal([['last week', '[2023-07-24..2023-07-30]']]);
    expect(dates('He resigned yesterday.')).to.deep.equal([['yesterday', '2023-08-01']]);
    expect(dates('He resigned on Friday.')).to.deep.equal([['Friday', '2023-07-28']]);
    expect(dates('He will resign on Friday.')).to.deep.equal([['Friday', '2023-08-04']]);
    expect(dates('The war started two years ago.')).to.deep.equal([['two years ago', '2021']]);
    expect(dates('Earlier this month, it rained.')).to.deep.equal([['Earlier this month', '[2023-08-01..2023-08-02]']]);
    expect(dates('Elections are due next year.')).to.deep.equal([['next year', '2024']]);
    expect(dates('They met in May.')).to.deep.equal([['May', '2023-05']]);
    expect(dates('It happened last year.')).to.deep.equal([['last year', '2022']]);
    expect(dates('They met last summer.')).to.deep.equal([['last summer', '2022-22']]);
  });

  it('resolves anaphoric expressions against the nearest date before them', () => {
    expect(dates('In May, engineers visited. Months earlier, the president came.')).to.deep.equal([
      ['May', '2023-05'],
      ['Months earlier', '[..2023-03~]'],
    ]);
    expect(dates('The deal was signed on 3 March. That day, markets rose; the same month, prices fell.')).to.deep.equal(
      [
        ['3 March', '2023-03-03'],
        ['That day', '2023-03-03'],
        ['the same month', '2023-03'],
      ],
    );
    // Nothing before it to lean on: it cannot be placed.
    expect(dates('Two days later, the talks collapsed.')).to.deep.equal([['Two days later', null]]);
  });

  it('gives null to a time that cannot be placed', () => {
    expect(dates('They have recently met, and will meet again in the future.')).to.deep.equal([
      ['recently', null],
      ['the future', null],
    ]);
  });

  it('does not take durations, repeating times, counts or names for dates', () => {
    expect(dates('He served for three years, met every Monday and fought 2000 troops.')).to.deep.equal([]);
    expect(dates('Theresa May said the fall of the Soviet Union changed Europe.')).to.deep.equal([]);
    expect(dates('She may travel on Mondays, each spring, for months.')).to.deep.equal([]);
  });

  it('follows TIMEX3 extents: "on Friday" is "Friday", "last week" is the whole phrase', () => {
    const [friday] = findDates('It fell on Friday.', { published });
    expect(friday).to.deep.equal({ start: 11, end: 17, text: 'Friday', date: '2023-07-28' } satisfies DateMention);
    const [week] = findDates('It fell last week.', { published });
    expect(week!.text).to.equal('last week');
  });

  it('counts offsets in UTF-16 code units, past emoji and other astral characters', () => {
    const text = '😀𝔘 On 𝕏, they met on 31 July 😀.';
    const [m] = findDates(text, { published });
    expect(text.slice(m!.start, m!.end)).to.equal('31 July');
    expect(m!.start).to.equal(text.indexOf('31 July'));
  });

  it('turns ranges into one mention: "between" a one-of set, "from … to" an interval', () => {
    expect(dates('A deal is expected between September and November.')).to.deep.equal([
      ['September and November', '[2023-09..2023-11]'],
    ]);
    expect(dates('The ban lasted from 2014 to 2019.')).to.deep.equal([['2014 to 2019', '2014/2019']]);
    expect(dates('The summit ran 24-27 July.')).to.deep.equal([['24-27 July', '2023-07-24/2023-07-27']]);
  });

  it('reads a day or month without a year in the year the paragraph is about', () => {
    expect(dates('The war began in February 2022, and by May its lines had barely moved.')).to.deep.equal([
      ['February 2022', '2022-02'],
      ['May', '2022-05'],
    ]);
    // A new paragraph, or a sentence further on, is read against publication again.
    expect(dates('It began in February 2022.\n\nIn May, talks resumed.')).to.deep.equal([
      ['February 2022', '2022-02'],
      ['May', '2023-05'],
    ]);
  });

  it('joins a time of day to its day, and leaves a time with no day unplaced', () => {
    expect(dates('The ceasefire expired at 7 a.m. on Friday.')).to.deep.equal([
      ['7 a.m. on Friday', '2023-07-28T07:00'],
    ]);
    expect(dates('Shots were heard at 3 p.m.')).to.deep.equal([['3 p.m.', null]]);
  });

  it('rejects a publication date that is not a day, and a language it has no grammar for', () => {
    for (const bad of ['2023-08', '2023', 'last week', '[2023-07-24..2023-07-30]', '2023-08-02T10:00']) {
      expect(() => findDates('x', { published: bad }), bad).to.throw(RangeError, /published must be a day/);
    }
    expect(() => findDates('x', { published, lang: 'xx' })).to.throw(RangeError, /no grammar for language "xx"/);
    expect(findDates('On 31 July.', { published, lang: 'en-GB' })).to.have.length(1);
  });
});
