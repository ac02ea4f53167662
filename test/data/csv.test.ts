import { expect } from '@open-wc/testing';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { csvCell } from '../../src/data/csv-export.js';
import { CSV_COLUMNS, detectCsvFormat, parseCsv, toCsv } from '../../src/data/csv.js';
import { parseDataset } from '../../src/data/load.js';
import { normalize } from '../../src/data/normalize.js';
import type { RawEvent } from '../../src/data/types.js';
import { rawEvent } from '../support/arbitraries.js';

fc.configureGlobal({ seed: 20230802 });

const TEMPLATE_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,' +
  'Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

/** A template CSV with one data row; `cells` maps column names to values. */
function templateRow(cells: Record<string, string>): string {
  const columns = TEMPLATE_HEADER.split(',');
  const row = columns.map((c) => {
    const v = cells[c] ?? '';
    return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  });
  return `${TEMPLATE_HEADER}\n${row.join(',')}\n`;
}

const codes = (r: { problems: Array<{ index: number; code: string; field: string | null }> }) =>
  r.problems.map((p) => [p.index, p.code, p.field]);

describe('parseCsv', () => {
  it('parseCsv(text) reads the TimelineJS template columns: title, era, precisions, BCE, HTML, bad Year', async () => {
    const text = await (await fetch('/test/fixtures/timelinejs-template.csv')).text();
    expect(text).to.include('\r\n');
    const r = parseCsv(text);
    expect(r.title).to.equal('Ancient Astronomy');
    expect(r.eras).to.deep.equal([{ title: 'Babylonian astronomy', date: '-2999/-0499' }]);
    expect(r.events.map((e) => [e.title, e.date, e.dateText, e.group])).to.deep.equal([
      ['Thales predicts an eclipse', '-0584-05-28', '28 May 585 BCE', 'Greece'],
      ['Kepler publishes Astronomia nova', '1609', null, 'Europe'],
      ['Galileo sees the moons of Jupiter', '1610-01', 'January 1610', 'Europe'],
      ['Greenwich foundation stone', '1675-08-10T10:30', null, 'Europe'],
      ['Herschel finds Uranus', '1781-03-13T22:00/1781-03-14T01:30:15', null, 'Europe'],
    ]);
    expect(r.events[0]!.summary).to.equal('Herodotus says the eclipse stopped a battle.');
    expect(r.events[1]!.media).to.deep.equal({
      url: 'https://upload.wikimedia.org/wikipedia/commons/5/5f/Astronomia_Nova.jpg',
      caption: 'Title page, Astronomia nova',
      credit: 'Wikimedia Commons',
    });
    expect(r.events[2]!.summary).to.equal('Text with a link & an image');
    expect(r.events[3]!.summary).to.equal('Laid at 3:14 p.m.\nby Flamsteed, it is said');
    expect(r.events[3]!.media).to.equal(undefined);
    expect(r.events[3]!.links).to.deep.equal([{ url: 'https://www.youtube.com/watch?v=abc', label: 'Video: youtube.com' }]);
    expect(r.recordIndex).to.deep.equal([2, 3, 4, 5, 7]);
    expect(codes(r)).to.deep.equal([[6, 'invalid-date', 'Year']]);
    expect(r.problems[0]!.message).to.equal(
      'Row 8, column "Year": the string "NaN" is not a whole number; the record is skipped',
    );
    // Groups are kept as groups; the kinds stay "other", and the rows normalize without a problem.
    expect(r.events.map((e) => [e.group, e.kind])).to.deep.equal([['Greece', 'other'], ...Array(4).fill(['Europe', 'other'])]);
    const n = normalize({ events: r.events, eras: r.eras });
    expect(n.problems).to.deep.equal([]);
  });

  it('parseCsv(text) matches headers case- and space-insensitively and tolerates missing or extra columns', () => {
    const r = parseCsv(' year ,MONTH,  Headline  ,text,END_YEAR,Notes\n2023,5,Hello,<b>World</b>,2024,ignored\n');
    expect(r.events).to.deep.equal([
      { title: 'Hello', kind: 'other', date: '2023-05/2024', dateText: null, summary: 'World' },
    ]);
    expect(r.problems.map((p) => [p.index, p.code, p.severity, p.field])).to.deep.equal([
      [-1, 'unknown-field', 'warning', 'Notes'],
    ]);
    expect(detectCsvFormat('Year,Headline')).to.equal('timelinejs');
    expect(detectCsvFormat('\ufeffID,Title,Date\r\n')).to.equal('events');
    expect(detectCsvFormat('"Title","Date"')).to.equal('events');
    expect(detectCsvFormat('name,when')).to.equal(null);
  });

  it('parseCsv(text) never pins year-only or month-only rows to 1 January', () => {
    const year = parseCsv(templateRow({ Year: '1951', Headline: 'Year only' })).events[0]!;
    const month = parseCsv(templateRow({ Year: '1943', Month: '7', Headline: 'Month only' })).events[0]!;
    expect([year.date, month.date]).to.deep.equal(['1951', '1943-07']);
  });

  it('parseCsv(text) reads the Time forms TimelineJS accepts', () => {
    const at = (t: string) => parseCsv(templateRow({ Year: '2023', Month: '5', Day: '1', Time: t, Headline: 'x' }));
    const cases: Array<[string, string]> = [
      ['10:30', '2023-05-01T10:30'],
      ['10:30:15', '2023-05-01T10:30:15'],
      ['10:30:15.25', '2023-05-01T10:30:15.250'],
      ['10:30 PM', '2023-05-01T22:30'],
      ['10:30pm', '2023-05-01T22:30'],
      ['12:15 p.m.', '2023-05-01T12:15'],
      ['12:00 AM', '2023-05-01T00:00'],
      ['10 PM', '[2023-05-01T22:00..2023-05-01T22:59]'], // an hour, not the minute 22:00
      ['1030', '2023-05-01T10:30'],
      ['10.30', '2023-05-01T10:30'],
    ];
    for (const [t, edtf] of cases) expect(at(t).events[0]?.date, t).to.equal(edtf);
    for (const t of ['25:00', '13:00 PM', '0 AM', '10:60', '10:30:61', 'noon', 'NaN', '10:30:15:12']) {
      const r = at(t);
      expect(r.events, t).to.deep.equal([]);
      expect(codes(r), t).to.deep.equal([[0, 'invalid-date', 'Time']]);
    }
    const end = parseCsv(
      templateRow({
        Year: '2023', Month: '5', Day: '1',
        'End Year': '2023', 'End Month': '5', 'End Day': '1', 'End Time': '9 PM',
        Headline: 'x',
      }),
    );
    // An end given to the hour ends with that hour's last minute.
    expect(end.events[0]!.date).to.equal('2023-05-01/2023-05-01T21:59');
  });

  it('parseCsv(text) turns NaN, Infinity, #N/A and empty numeric cells into problems naming the row and column', () => {
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ Year: 'NaN' }, 'invalid-date', 'Year'],
      [{ Year: 'Infinity' }, 'invalid-date', 'Year'],
      [{ Year: '#N/A' }, 'invalid-date', 'Year'],
      [{ Year: '1e3' }, 'invalid-date', 'Year'],
      [{ Year: '2023.5' }, 'invalid-date', 'Year'],
      [{ Year: '' }, 'missing-date', 'Year'],
      [{ Year: '2023', Month: 'NaN' }, 'invalid-date', 'Month'],
      [{ Year: '2023', Month: '5', Day: '#VALUE!' }, 'invalid-date', 'Day'],
      [{ Year: '2023', Month: '2', Day: '30' }, 'invalid-date', 'Year/Month/Day'],
      [{ Year: '2023', 'End Year': 'Infinity' }, 'invalid-date', 'End Year'],
      [{ Year: '2023', 'End Year': '2022' }, 'end-before-start', 'End Year/End Month/End Day'],
      [{ Year: '2023', Time: '10:30' }, 'invalid-date', 'Time'],
    ];
    for (const [cells, code, column] of cases) {
      const r = parseCsv(templateRow({ Headline: 'x', ...cells }));
      expect(r.events, JSON.stringify(cells)).to.deep.equal([]);
      expect(codes(r), JSON.stringify(cells)).to.deep.equal([[0, code, column]]);
      const named = new RegExp(`^Row 2, column "${column.replace(/\//g, '\\/')}": `);
      expect(r.problems[0]!.message, JSON.stringify(cells)).to.match(named);
    }
    // Our own columns: normalize() names the row and the field.
    const ours = parseDataset(
      'title,date,source_quote,source_start,source_end\nA,NaN,,,\nB,#N/A,,,\nC,2023,quote,NaN,5\n',
    );
    expect(ours.problems.map((p) => p.message)).to.deep.equal([
      'Row 2, field "date": "NaN" is not a valid EDTF date: expected a four-digit year; the record is skipped',
      'Row 3, field "date": "#N/A" is not a valid EDTF date: expected a four-digit year; the record is skipped',
      'Row 4, column "source_start": the string "NaN" is not a whole number; the source offsets are dropped',
    ]);
    expect(ours.events.map((e) => [e.title, e.source])).to.deep.equal([['C', { quote: 'quote' }]]);
  });

  it('parseCsv(text) reads our own columns, with lists, links and nested fields', () => {
    const header = CSV_COLUMNS.join(',');
    const row = [
      'visit-1', 'Minister visits Minsk', 'visit', '2023-07-31', 'on Monday', 'Iran; Belarus ;', 'Minsk',
      'A visit, with "quotes".',
      'the minister arrived', '10', '30', 'https://news.example/a',
      '"https://a.example/x\nReport | https://b.example/\nA | B | https://c.example/"',
      'https://img.example/p.jpg', 'A caption', 'Photographer', 'deal-1', '', 'Diplomacy',
      '2023-07-30', 'Flight records', 'https://flights.example/', ' #F45B69',
    ];
    const quoted = row.join(',').replace('A visit, with "quotes".', '"A visit, with ""quotes""."');
    const r = parseCsv(`${header}\n${quoted}\n`);
    expect(r.problems).to.deep.equal([]);
    expect(r.events).to.deep.equal([
      {
        id: 'visit-1',
        title: 'Minister visits Minsk',
        kind: 'visit',
        date: '2023-07-31',
        dateText: 'on Monday',
        actors: ['Iran', 'Belarus'],
        place: 'Minsk',
        summary: 'A visit, with "quotes".',
        source: { quote: 'the minister arrived', start: 10, end: 30, url: 'https://news.example/a' },
        links: [
          { url: 'https://a.example/x' },
          { label: 'Report', url: 'https://b.example/' },
          { label: 'A | B', url: 'https://c.example/' },
        ],
        media: { url: 'https://img.example/p.jpg', caption: 'A caption', credit: 'Photographer' },
        before: ['deal-1'],
        group: 'Diplomacy',
        corroboration: { date: '2023-07-30', note: 'Flight records', url: 'https://flights.example/' },
        color: ' #F45B69',
      } satisfies RawEvent,
    ]);
    // An empty date cell is an undated event; only title and date are needed.
    expect(parseCsv('Title,Date\nUndated,\n').events).to.deep.equal([{ title: 'Undated', date: null }]);
  });

  it('parseCsv(text) survives malformed CSV: unbalanced quotes, ragged rows, BOM, CRLF, empty, header only', () => {
    const unbalanced = parseCsv('title,date\nA,2023\n"B,2024\nC,2025\n');
    expect(unbalanced.events.map((e) => e.title)).to.deep.equal(['A']);
    expect(codes(unbalanced)).to.deep.equal([[1, 'invalid-input', null]]);
    expect(unbalanced.problems[0]!.message).to.equal(
      'Row 3: a quoted cell opens with " but never closes, so the rest of the file was read into it; ' +
        'the row is skipped',
    );
    // A quote that is not at the start of a cell is just a character.
    expect(parseCsv('title,date\nSay "hi,2023\n').events).to.deep.equal([{ title: 'Say "hi', date: '2023' }]);

    const ragged = parseCsv('title,date\nShort\nLong,2024,extra\nTrailing,2025,\n\n , \nLast,2026');
    expect(ragged.events.map((e) => [e.title, e.date])).to.deep.equal([
      ['Short', null],
      ['Long', '2024'],
      ['Trailing', '2025'],
      ['Last', '2026'],
    ]);
    expect(codes(ragged)).to.deep.equal([[1, 'unknown-field', null]]);
    expect(ragged.recordIndex).to.deep.equal([0, 1, 2, 5]);

    const bomCrlf = parseCsv('\ufefftitle,date\r\n"Multi\r\nline",2023\r\nB,2024\r\n');
    expect(bomCrlf.events).to.deep.equal([{ title: 'Multi\r\nline', date: '2023' }, { title: 'B', date: '2024' }]);
    expect(bomCrlf.problems).to.deep.equal([]);

    for (const empty of ['', '   \n\r\n', '\ufeff']) {
      expect(codes(parseCsv(empty))).to.deep.equal([[-1, 'invalid-input', null]]);
    }
    for (const headerOnly of ['title,date', 'title,date\n', TEMPLATE_HEADER + '\r\n']) {
      const r = parseCsv(headerOnly);
      expect([r.events, r.eras, r.problems]).to.deep.equal([[], [], []]);
    }
    const unknown = parseCsv('name,when\nA,2023\n');
    expect(codes(unknown)).to.deep.equal([[-1, 'invalid-input', null]]);
    expect(unknown.problems[0]!.message).to.include('neither TimelineJS');
  });

  it('parseCsv(text) takes the first title row as the title and later ones as events, as TimelineJS does', () => {
    const text = `${TEMPLATE_HEADER}\n,,,,,,,,,First title,,,,,,title,,\n2020,,,,,,,,,Second title,,,,,,Title,,\n`;
    const r = parseCsv(text);
    expect(r.title).to.equal('First title');
    expect(r.events.map((e) => e.title)).to.deep.equal(['Second title']);
  });

  // No time limit here (timings belong in benchmarks): a quadratic path would
  // still trip mocha's timeout on these 1 MB inputs.
  it('parseCsv(text) copes with 1 MB of hostile CSV', () => {
    const hostile = [
      '"'.repeat(1_000_000),
      `${TEMPLATE_HEADER}\n${','.repeat(1_000_000)}`,
      `${TEMPLATE_HEADER}\n${'"a""b",'.repeat(140_000)}`,
      `title,date\n${'x,2023\n'.repeat(140_000)}`,
      `${TEMPLATE_HEADER}\n${'2023,5,1,10:30,,,,,,<b>H</b>,<p>t</p>,,,,,,,\n'.repeat(20_000)}`,
      `${'Year,'.repeat(100_000)}Headline\n1`,
    ];
    const counts = hostile.map((text) => parseCsv(text).events.length);
    expect(counts[3], 'title,date rows').to.equal(140_000);
    expect(counts[4], 'template rows').to.equal(20_000);
  });

  it('parseCsv(text) never throws on arbitrary text (property)', () => {
    const unit = fc.constantFrom(
      ',', '"', '\n', '\r', '\r\n', 'a', ' ', '1', '-', '\ufeff',
      'Year', 'Headline', 'title', 'date', 'era', 'NaN', ':', 'PM',
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit, maxLength: 80 }),
      fc.string({ unit, maxLength: 80 }).map((s) => `${TEMPLATE_HEADER}\n${s}`),
      fc.string({ unit, maxLength: 80 }).map((s) => `${CSV_COLUMNS.join(',')}\n${s}`),
    );
    fc.assert(
      fc.property(text, (s) => {
        const r = parseCsv(s);
        expect(r.events.length).to.equal(r.recordIndex?.length ?? r.events.length);
        for (const p of r.problems) expect(p.message).to.be.a('string');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('toCsv', () => {
  // The shared events, less what our columns cannot carry: a blank cell reads as an absent field, list cells
  // separate their items with ';', and a links cell holds one link per line with its label trimmed.
  const blankToAbsent = (v: string | null | undefined) => (v == null || v.trim() === '' ? undefined : v);
  const csvRepresentable = (e: RawEvent): RawEvent => {
    const out: RawEvent = { ...e, summary: blankToAbsent(e.summary), group: blankToAbsent(e.group) };
    if (out.summary === undefined) delete out.summary;
    if (out.group === undefined) delete out.group;
    if (e.actors) out.actors = e.actors.map((a) => a.replaceAll(';', ','));
    if (e.links) {
      out.links = e.links.map(({ url, label }) => {
        const flat = label?.replace(/[\r\n]+/g, ' ').trim();
        return flat ? { url, label: flat } : { url };
      });
    }
    if (e.media) {
      const { url, caption, credit } = e.media;
      out.media = { url };
      if (blankToAbsent(caption) !== undefined) out.media.caption = caption;
      if (blankToAbsent(credit) !== undefined) out.media.credit = credit;
    }
    return out;
  };
  // Given ids are unique (a duplicate is renamed, which a round trip cannot repeat); absent ones are generated.
  const dataset = fc
    .uniqueArray(rawEvent.map(csvRepresentable), {
      comparator: (a, b) => a.id !== undefined && a.id === b.id,
      maxLength: 8,
    })
    .map((events) =>
      // Chain some events so before/after carry real ids.
      events.map((e, k) => (k > 0 && k % 2 === 0 && events[k - 1]!.id ? { ...e, after: [events[k - 1]!.id!] } : e)),
    );

  it('toCsv(events) writes our columns with csvFormatRows, quoting commas, quotes and line breaks', () => {
    const { events } = normalize([
      {
        id: 'a',
        title: 'Hello, "world"\nagain',
        date: '2023',
        actors: ['X', 'Y'],
        links: [{ url: 'https://a.example/', label: 'L\nM' }],
      },
    ]);
    const csv = toCsv(events);
    expect(csv.split('\n')[0]).to.equal(CSV_COLUMNS.join(','));
    expect(csv).to.include('"Hello, ""world""\nagain"');
    expect(csv).to.include('X; Y');
    expect(csv).to.include('L M | https://a.example/');
    expect(toCsv([])).to.equal(CSV_COLUMNS.join(','));
  });

  it('toCsv(events) writes its rows as d3-dsv\'s csvFormatRows does', () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 6 }), (raw) => {
        const csv = toCsv(normalize(raw).events);
        expect(csv).to.equal(csvFormatRows(csvParseRows(csv)));
      }),
    );
    const cells = fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') })));
    fc.assert(
      fc.property(cells, (rows) => {
        expect(rows.map((r) => r.map(csvCell).join(',')).join('\n')).to.equal(csvFormatRows(rows));
      }),
    );
  });

  it('parseCsv(text) and toCsv(events) never call new Function (CSP-safe)', () => {
    const g = globalThis as { Function: FunctionConstructor };
    const original = g.Function;
    let calls = 0;
    g.Function = function trap() {
      calls++;
      throw new EvalError('blocked by CSP');
    } as unknown as FunctionConstructor;
    try {
      // The trap works: what d3's csvParse does would be blocked.
      expect(() => new g.Function('d', 'return d')).to.throw(EvalError);
      const before = calls;
      const { events } = normalize([{ id: 'a', title: 'A', date: '2023' }]);
      const back = parseCsv(toCsv(events));
      parseCsv(`${TEMPLATE_HEADER}\n2023,,,,,,,,,T,,,,,,,,`);
      expect(back.events.length).to.equal(1);
      expect(calls).to.equal(before);
    } finally {
      g.Function = original;
    }
  });

  it('toCsv(events) → parseCsv → normalize round-trips generated events (property)', () => {
    fc.assert(
      fc.property(dataset, (raws) => {
        const original = normalize(raws);
        expect(original.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
        const csv = toCsv(original.events);
        const parsed = parseCsv(csv);
        expect(parsed.problems, csv).to.deep.equal([]);
        const again = normalize(parsed.events);
        expect(again.events, csv).to.deep.equal(original.events);
        expect(again.problems).to.deep.equal(original.problems);
        expect(parseDataset(csv).events).to.deep.equal(original.events);
      }),
      { numRuns: 400 },
    );
  });
});
