/**
 * fast-check arbitraries shared by the property tests, so that the tests that
 * write events out (CSV, JSON export) generate the same events.
 */
import fc from 'fast-check';
import { EVENT_KINDS, type RawEvent } from '../../src/data/types.js';

/**
 * Text pieces that break naive writers and readers: separators, both quotes,
 * line breaks (`\n` and `\r\n`), tabs, markup and entities, spreadsheet
 * formula starters, and non-Latin scripts, including an astral character.
 */
export const tricky = fc.constantFrom(
  'a', 'Z', ' ', ',', '"', "'", '\n', '\r\n', '|', '<b>', '&amp;', '&', '=', '-',
  'é', 'ß', '中', '中文', 'ع', 'عربي', 'Ωμέγα', '😀', '\t',
);

/** A string of 1 to 12 `unit`s that is not only whitespace. */
export const nonBlank = (unit: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.string({ unit, minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

/** EDTF of every form the parser reads: years to times, BCE and Y-years, intervals, sets, seasons, qualifiers. */
export const edtf = fc.constantFrom(
  '2023', '2023-05', '2023-05-01', '-0043-03-15', 'Y-10000', '2023-05-01T10:30:00', '2023-05-01T10:30:00Z',
  '2023-06-01/2023-08-15', '[2023-07-24..2023-07-30]', '2023-03~', '../2023-04', '2023-21',
);

/** An absolute http(s) URL. */
export const url = fc.webUrl({ validSchemes: ['https', 'http'] });

/**
 * One valid record in our JSON format, with every optional field sometimes
 * present: values normalize() accepts, with at most warnings. `id` may be
 * absent (normalize() then generates one); strings may be empty or blank where
 * the format allows it (`summary`, `group`, media `caption` and `credit`,
 * corroboration `note`); source offsets may be absent. `before` and `after`
 * are left to the dataset, which knows the other ids.
 */
export const rawEvent: fc.Arbitrary<RawEvent> = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
    title: nonBlank(tricky),
    kind: fc.constantFrom(...EVENT_KINDS),
    date: fc.option(edtf),
    dateText: fc.option(nonBlank(tricky)),
    actors: fc.array(nonBlank(tricky), { maxLength: 3 }),
    place: fc.option(nonBlank(tricky)),
    summary: fc.option(fc.oneof(nonBlank(tricky), fc.string({ unit: tricky, maxLength: 8 }))),
    links: fc.array(fc.record({ url, label: nonBlank(tricky) }, { requiredKeys: ['url'] }), { maxLength: 3 }),
    media: fc.option(
      fc.record(
        {
          url: url.map((u) => `${u.replace(/[?#].*$/, '')}/image.png`),
          caption: fc.oneof(nonBlank(tricky), fc.string()),
          credit: fc.oneof(nonBlank(tricky), fc.string()),
        },
        { requiredKeys: ['url'] },
      ),
    ),
    source: fc.option(
      fc.tuple(nonBlank(tricky), fc.option(fc.nat(1000)), fc.option(url)).map(([quote, start, u]) => ({
        quote,
        ...(start === null ? {} : { start, end: start + quote.length }),
        ...(u ? { url: u } : {}),
      })),
    ),
    group: fc.option(fc.oneof(nonBlank(tricky), fc.string({ unit: tricky, maxLength: 8 }))),
    color: fc.option(fc.constantFrom('#1b1b1b', '#F45B69', '#abc', 'papayawhip', 'rgb(26 43 60 / 50%)', 'hsl(120, 50%, 40%)')),
    corroboration: fc.option(
      fc.record(
        { date: edtf, note: fc.string({ unit: tricky, maxLength: 10 }), url },
        { requiredKeys: ['date', 'note'] },
      ),
    ),
  },
  { requiredKeys: ['title', 'date'] },
);
