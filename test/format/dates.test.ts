import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEdtf } from '../../src/data/edtf.js';
import { parseDuration } from '../../src/data/duration.js';
import { DateFormatter } from '../../src/format/dates.js';
import { en } from '../../src/i18n/strings.js';
import { ru as russian } from '../../src/i18n/ru.js';

const us = new DateFormatter('en-US', en);
const gb = new DateFormatter('en-GB', en);
// Intl puts thin or narrow no-break spaces around range dashes; compare them as spaces.
const say = (f: DateFormatter, s: string) => f.describe(parseEdtf(s)).replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('DateFormatter', () => {
  it('describe() puts each kind of uncertainty in words', () => {
    expect(say(gb, '2023-07-31')).to.equal('31 July 2023');
    expect(say(gb, '2023-05')).to.equal('sometime in May 2023');
    expect(say(gb, '2022')).to.equal('sometime in 2022');
    expect(say(gb, '2023-03~')).to.equal('approximately March 2023');
    expect(say(gb, '2023?')).to.equal('sometime in 2023 (uncertain)');
    expect(say(gb, '[2023-07-24..2023-07-30]')).to.equal('sometime between 24 and 30 July 2023');
    expect(say(gb, '[..2023-03~]')).to.equal('no later than approximately March 2023');
    expect(say(gb, '2023-06-01/2023-08-15')).to.equal('from 1 June to 15 August 2023');
    expect(say(gb, '../2023-04')).to.equal('until April 2023, with no known start');
    expect(say(gb, '2022-02-24/..')).to.equal('from 24 February 2022, with no known end');
    expect(say(gb, '156X')).to.equal('sometime in the 1560s');
    expect(gb.describe(null)).to.equal('Undated');
  });

  it('describe() keeps each date on one line (no-break spaces) and lets a line break between dates and words', () => {
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    const words = (f: DateFormatter, s: string) => f.describe(parseEdtf(s));
    expect(words(gb, '2023-07-31')).to.equal(nb('31 July 2023'));
    expect(words(gb, '2023-05')).to.equal(`sometime in ${nb('May 2023')}`);
    // The connector stays with the date before it: no line starts with "and" or a dash.
    expect(words(gb, '[2023-07-24..2023-07-30]')).to.equal(`sometime between 24\u00a0and ${nb('30 July 2023')}`);
    expect(words(gb, '[..2023-03~]')).to.equal(`no later than approximately ${nb('March 2023')}`);
    expect(words(us, '[2023-07-24..2023-07-30]')).to.equal(`sometime between ${nb('July 24 and')} ${nb('30, 2023')}`);
    const ru = new DateFormatter('ru-RU', russian);
    expect(ru.describe(parseEdtf('2023-07-24/2023-08-02'))).to.match(
      /24\u00a0июля\u00a0– 2\u00a0августа\u00a02023\u00a0г\.$/,
    );
    // Persian: the day and its month never part ("۱۰ / دی ۱۴۰۱" at a line's end).
    const fa = new DateFormatter('fa-IR', en);
    const between = words(fa, '[2022-01-01..2022-12-31]');
    const dates = between.slice('sometime between '.length).split('\u00a0and ');
    expect(dates.length).to.equal(2);
    for (const d of dates) {
      expect(d).to.not.include(' ');
      expect(d.split('\u00a0').length, d).to.equal(3);
    }
    // The live region's window is heard, not wrapped: plain spaces.
    expect(gb.window(Date.UTC(2023, 6, 1), Date.UTC(2023, 7, 1))).to.equal('July 2023');
  });

  it('describe() puts the level-2 forms in words, each as wide as it is', () => {
    expect(say(gb, '2001-34')).to.equal('sometime between April and June 2001');
    expect(say(gb, '2001-40')).to.equal('sometime between January and June 2001');
    expect(say(gb, '2001-29')).to.equal('sometime between September and November 2001');
    expect(say(gb, '2001-21')).to.equal('sometime in spring 2001');
    expect(say(gb, '156X-12-25')).to.equal('sometime between 1560 and 1569');
    expect(say(gb, '193')).to.equal('sometime in the 1930s');
    expect(say(gb, '19')).to.equal(say(gb, '19XX'));
    expect(say(gb, '1950S2')).to.equal(say(gb, '19XX'));
    expect(say(gb, '?2004-06-~11')).to.equal('approximately 11 June 2004 (uncertain)');
  });

  it('describe() follows the locale', () => {
    expect(say(us, '2023-07-31')).to.equal('July 31, 2023');
    expect(say(us, '[2023-07-24..2023-07-30]')).to.equal('sometime between July 24 and 30, 2023');
    expect(say(us, '[2022-12-24..2023-01-03]')).to.equal('sometime between December 24, 2022 and January 3, 2023');
  });

  it('years before 1 CE carry BCE, with no year 0', () => {
    expect(say(gb, '-0044-03-15')).to.equal('15 March 45 BCE');
    expect(say(gb, '0000')).to.equal('sometime in 1 BCE');
    expect(say(gb, 'Y-10000')).to.equal('sometime in 10001 BCE');
    expect(gb.period(parseEdtf('0001').earliest, 'year')).to.equal('1');
  });

  it('tick() labels with context at boundaries', () => {
    const jul = parseEdtf('2023-07-01').earliest;
    expect(gb.tick(jul, 'month', false)).to.equal('Jul');
    expect(gb.tick(jul, 'month', true)).to.equal('Jul 2023');
    expect(gb.tick(jul, 'day', true)).to.equal('1 Jul');
    expect(gb.tick(parseEdtf('-0499').earliest, 'year', false)).to.equal('500 BCE');
  });

  it('tick() labels are remembered, and each is what Intl writes for it, in any order and past the bound', () => {
    const units = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
    const intl = (locale: string, v: number, unit: (typeof units)[number], context: boolean) =>
      new DateFormatter(locale, en).tick(v, unit, context);
    for (const locale of ['en-GB', 'fa-IR', 'ru-RU']) {
      const f = new DateFormatter(locale, en);
      fc.assert(
        fc.property(
          // Instants from about 1000 BCE to 3000 CE, ten years apart and a few minutes off: a small pool, so
          // labels come again; 100 runs of up to 40 ask for more labels than the 2,000 kept.
          fc.array(fc.tuple(fc.integer({ min: -300, max: 100 }), fc.constantFrom(...units), fc.boolean()), {
            minLength: 1,
            maxLength: 40,
          }),
          (ticks) => {
            for (const [k, unit, context] of ticks) {
              const v = k * 315_576_000_000 + (k % 60) * 60_000;
              expect(f.tick(v, unit, context), `${locale} ${v} ${unit}`).to.equal(intl(locale, v, unit, context));
            }
          },
        ),
        { seed: 20230802, numRuns: 100 },
      );
    }
  });
});

describe('parseDuration', () => {
  it('parseDuration(iso) reads ISO 8601 durations as ms', () => {
    expect(parseDuration('P1D')).to.equal(86_400_000);
    expect(parseDuration('PT6H')).to.equal(6 * 3_600_000);
    expect(parseDuration('P1W')).to.equal(7 * 86_400_000);
    expect(parseDuration('P500Y')).to.be.closeTo(500 * 365.2425 * 86_400_000, 1);
    expect(parseDuration('P1Y6M')).to.be.closeTo(1.5 * 365.2425 * 86_400_000, 1);
  });

  it('parseDuration rejects what is not a duration', () => {
    for (const s of ['', 'P', 'PT', '1D', 'P1X', 'P0D', 'soon']) expect(() => parseDuration(s), s).to.throw(RangeError);
  });
});
