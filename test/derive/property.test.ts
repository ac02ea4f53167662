import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatIsoDate, MS_PER_DAY, ymdToMs } from '../../src/data/calendar.js';
import { parseEdtf } from '../../src/data/edtf.js';
import { normalize } from '../../src/data/normalize.js';
import { deriveTimeline, findDates } from '../../src/derive/index.js';

/** Pieces of news text, dates among them, glued at random with any characters, astral ones too. */
const PIECES = [
  'last week',
  'on Friday',
  'In May',
  '31 July',
  'July 31, 2023',
  'the mid-1990s',
  'the first quarter of 2021',
  'two years ago',
  'months earlier',
  'earlier this month',
  'next year',
  'that day',
  'the same month',
  'recently',
  'between May and July',
  'from 2019 to 2021',
  '7 a.m. on Friday',
  'the following week',
  'Weeks later',
  'the 19th century',
  'last summer',
  'overnight',
  'the end of the year',
  'February 29',
  '29 February 2023',
  "the '90s",
  'Q4 2022',
  '2022-23',
  'now',
  'signed a deal',
  'said that',
  'visited Minsk',
  'In response,',
  'Following the talks',
  'Mr.',
  'Iran',
  'U.S.',
  '.',
  ',',
  ';',
  ' — ',
  '\n\n',
  '“',
  '”',
  '😀',
  'Leave a Reply',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 }), fc.constant(' ')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));
const day = fc
  .integer({ min: ymdToMs(1, 1, 1) / MS_PER_DAY, max: ymdToMs(9998, 12, 31) / MS_PER_DAY })
  .map((d) => formatIsoDate(d * MS_PER_DAY));

describe('findDates and deriveTimeline, on any text', () => {
  it('give offsets that slice to the words, in order and apart, and dates our parser reads', () => {
    fc.assert(
      fc.property(text, day, (t, published) => {
        let last = 0;
        for (const m of findDates(t, { published })) {
          expect(t.slice(m.start, m.end)).to.equal(m.text);
          expect(m.start).to.be.at.least(last);
          expect(m.end).to.be.greaterThan(m.start);
          last = m.end;
          if (m.date !== null) expect(() => parseEdtf(m.date!), m.date).not.to.throw();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('derive datasets without errors, each quote the text at its offsets', () => {
    fc.assert(
      fc.property(text, day, (t, published) => {
        const draft = deriveTimeline(t, { published });
        expect(normalize(draft).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
        for (const e of draft.events) {
          expect(t.slice(e.source.start, e.source.end)).to.equal(e.source.quote);
          expect(e.confidence).to.be.within(0, 1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
