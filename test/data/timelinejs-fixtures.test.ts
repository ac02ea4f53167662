import { expect } from '@open-wc/testing';
import { fromTimelineJS } from '../../src/data/timelinejs.js';
import { parseCsv } from '../../src/data/csv.js';
import { parseDataset } from '../../src/data/load.js';
import { parseSheetDate } from '../../src/data/timelinejs-dates.js';

const text = async (name: string): Promise<string> => (await fetch(`/test/fixtures/${name}`)).text();

/** True when TimelineJS can place the slide: its start date has a whole-number year (as TLDate requires). */
const hasStartYear = (slide: unknown): boolean => {
  const year = (slide as { start_date?: { year?: unknown } })?.start_date?.year;
  return /^\s*-?\d+\s*$/.test(String(year ?? ''));
};

describe('TimelineJS example files', () => {
  it('every slide with a start date is kept, in each example file written in TimelineJS format', async () => {
    for (const name of ['timelinejs-media-types.json', 'timelinejs-space-race.json']) {
      const json = JSON.parse(await text(name)) as { events: unknown[] };
      const dated = json.events.flatMap((slide, k) => (hasStartYear(slide) ? [k] : []));
      const r = fromTimelineJS(json);
      expect(r.recordIndex, name).to.deep.equal(dated);
      // The only errors are for slides without a start date TimelineJS could read.
      const errors = r.problems.filter((p) => p.severity === 'error').map((p) => p.index);
      expect(errors.every((k) => !dated.includes(k)), name).to.equal(true);
      // And each survives normalize(), through the same path the element takes.
      const parsed = parseDataset(JSON.stringify(json));
      expect(parsed.events.map((e) => e.index), name).to.deep.equal(dated);
    }
  });

  it('the media-types file: video- and tweet-only slides, embeds, backgrounds, groups, hours', async () => {
    const r = fromTimelineJS(JSON.parse(await text('timelinejs-media-types.json')));
    expect(r.title).to.equal('Media Types');
    expect(r.events.map((e) => [e.title, e.group ?? null, e.kind, e.date])).to.deep.equal([
      ['the Monkey section of Ear Drums', 'Video', 'other', '1901'],
      ['Vimeo', 'Video', 'other', '1902'],
      ['State of NASA Address', null, 'other', '1906'],
      ['Pizza Dog', 'HTML', 'other', '1906-06'],
      ['Google Maps, Coordinates', null, 'other', '1907'],
      ['Image without a file extension', null, 'other', '1911'],
      ['Document Cloud', 'Document', 'other', '1914'],
      ['Image, JPG', 'Image', 'other', '1915'],
      ['An iframe embed, and only a text.', null, 'other', '1916'],
      ["From ten o'clock to four", null, 'other', '1917-03-08T10:00/1917-03-08T16:59'],
      ['7 November, evening', null, 'other', '1917-11-07T21:45'],
      ['March 15, 44 BCE', null, 'other', '-0043-03-15'],
      ['A hostile media URL', null, 'other', '1920'],
    ]);
    expect(r.events.map((e) => (e.links ?? []).map((l) => l.label))).to.deep.equal([
      ['Video: the Monkey section of Ear Drums'],
      ['Video: Phat Tai (Southern Foodways Alliance)', 'Background image: upload.wikimedia.org'],
      ['Tweet: State of NASA Address (NASASpaceFlight)'],
      ['Tweet: Pizza Dog'],
      ['Map: Google Maps with coordinates'],
      ['Media: Million Dollar Highway'],
      ['Document: Folketinget'],
      ['Link: Moraine Lake'],
      ['Video: player.vimeo.com'],
      [], [], [],
      ['Media: hostile'],
    ]);
    expect(r.events[1]!.media).to.deep.equal({ url: 'https://example.org/phat-tai.jpg', caption: 'Phat Tai', credit: 'Southern Foodways Alliance' });
    expect(r.events.map((e) => e.color ?? null).slice(0, 2)).to.deep.equal(['#F45B69', null]);
    expect(r.events[3]!.summary).to.equal("They're good dogs.\n\n— Kit (@kit) January 1, 2018");
    expect(r.problems.map((p) => [p.index, p.severity, p.code, p.field])).to.deep.equal([
      [0, 'warning', 'fallback-title', 'text.headline'],
      [2, 'warning', 'fallback-title', 'text.headline'],
      [3, 'warning', 'fallback-title', 'text.headline'],
      [10, 'warning', 'fallback-title', 'text.headline'],
      [11, 'warning', 'fallback-title', 'text.headline'],
      [13, 'error', 'invalid-date', 'start_date.year'],
    ]);
    // Through parseDataset: the hostile link is dropped with a warning; groups stay groups (no unknown-kind).
    const parsed = parseDataset(await text('timelinejs-media-types.json'));
    expect(parsed.events[12]!.links).to.deep.equal([]);
    expect(parsed.problems.filter((p) => p.index === 12).map((p) => [p.code, p.field])).to.deep.equal([['invalid-url', 'links[0].url']]);
    expect(parsed.problems.some((p) => p.code === 'unknown-kind')).to.equal(false);
    const hour = parsed.events[9]!.date!;
    expect([new Date(hour.earliest).toISOString(), new Date(hour.latest).toISOString()]).to.deep.equal([
      '1917-03-08T10:00:00.000Z', '1917-03-08T16:59:59.999Z',
    ]);
  });

  it('a version-1 sheet (Start Date, End Date, Tag) loads: every dated row is kept', async () => {
    const csv = await text('timelinejs-v1.csv');
    const r = parseCsv(csv);
    expect(r.title).to.equal('A version-1 sheet');
    expect(r.eras).to.deep.equal([{ title: 'An era', date: '1900/1950' }]);
    expect(r.events.map((e) => [e.title, e.date, e.group ?? null, e.kind])).to.deep.equal([
      ['A year', '2013', 'Sheet', 'other'],
      ['ISO dates', '2013-01-15/2013-02', 'Sheet', 'other'],
      ['US order, month first', '2013-01-15', 'Sheet', 'other'],
      ['With a time', '2013-01-15T10:30', 'Other tag', 'other'],
      ['An hour', '[2013-01-15T15:00..2013-01-15T15:59]', 'Other tag', 'other'],
      ['Month and year', '2013-02', null, 'other'],
      ['TimelineJS 2 style', '2013-01-15', null, 'other'],
      ['ISO date and time', '2013-01-15T10:30:00', null, 'other'],
      ['Ides of March', '-0043', null, 'other'],
      ['Only a caption', '2013-01-15', null, 'other'],
    ]);
    expect(r.events[8]!.media).to.deep.equal({ url: 'https://example.org/thumb.png', caption: 'A video, no headline', credit: 'Someone' });
    expect(r.events[8]!.links).to.deep.equal([{ url: 'https://youtu.be/abc', label: 'Video: A video, no headline (Someone)' }]);
    expect(r.problems.map((p) => p.message)).to.deep.equal([
      'Row 12, column "Headline": the slide has no headline or text, so its media caption is the title',
      'Row 14, column "Start Date": the string "January 2013" is not a date TimelineJS reads (write 2013, 2013-01-15, 1/15/2013 or 1/15/2013 10:30); the record is skipped',
    ]);
    // No column is refused as unknown; and the element's loader detects the sheet as CSV.
    const parsed = parseDataset(csv);
    expect([parsed.format, parsed.events.length]).to.deep.equal(['csv', 10]);
    expect(parsed.problems.filter((p) => p.code === 'unknown-field')).to.deep.equal([]);
    // A column of the other template is unknown in a version-1 sheet (TimelineJS ignores it too).
    const mixed = parseCsv('Start Date,Headline,Group\n2013,A,g\n');
    expect([mixed.events[0]!.group, mixed.problems.map((p) => [p.code, p.field])]).to.deep.equal([undefined, [['unknown-field', 'Group']]]);
  });

  it('the current template reads Background (a URL is an image link, else a colour) and Media Thumbnail', () => {
    const header = 'Year,Headline,Media,Media Caption,Media Thumbnail,Background';
    const r = parseCsv(`${header}\n2001,A,https://vimeo.com/1,V,https://example.org/t.jpg,https://example.org/bg.png\n2002,B,,,,#336699\n`);
    expect(r.events.map((e) => [e.media ?? null, e.links ?? []])).to.deep.equal([
      [
        { url: 'https://example.org/t.jpg', caption: 'V' },
        [{ url: 'https://vimeo.com/1', label: 'Video: V' }, { url: 'https://example.org/bg.png', label: 'Background image: example.org' }],
      ],
      [null, []],
    ]);
    expect([r.events.map((e) => e.color ?? null), r.problems]).to.deep.equal([[null, '#336699'], []]);
  });

  it('parseSheetDate(cell) reads the dates TimelineJS 3 reads, and refuses others', () => {
    const cases: Array<[string, Record<string, string> | null]> = [
      ['2013', { year: '2013' }],
      ['-44', { year: '-44' }],
      ['+2013-01', { year: '2013', month: '01' }],
      ['2013-01-15', { year: '2013', month: '01', day: '15' }],
      ['2013-01-15 10:30', { year: '2013', month: '01', day: '15', hour: '10', minute: '30' }],
      ['2013-01-15T10:30:15.5', { year: '2013', month: '01', day: '15', hour: '10', minute: '30', second: '15', millisecond: '5' }],
      ['2013-01-15T23:30-02:00', { year: '2013', month: '1', day: '16', hour: '1', minute: '30' }],
      ['11/10/2018 11:00:00', { year: '2018', month: '11', day: '10', hour: '11', minute: '0', second: '0' }],
      ['1/15/2013 3 PM', { year: '2013', month: '1', day: '15', hour: '15' }],
      ['7/1975', { year: '1975', month: '7' }],
      ['2013,1,15', { year: '2013', month: '1', day: '15' }],
      ['2013, 1, 15, 10, 30', { year: '2013', month: '1', day: '15', hour: '10', minute: '30' }],
      ['January 2013', null],
      ['1/15/2013 noon', null],
      ['2013/01/15', null],
      ['', null],
      ['1'.repeat(100), null],
    ];
    for (const [cell, parts] of cases) expect(parseSheetDate(cell), cell).to.deep.equal(parts);
  });
});
