import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDataset } from '../../src/data/load.js';
import { PROBLEM_CODES } from '../../src/data/problem-codes.js';

fc.configureGlobal({ seed: 20230802 });

const fixture = async (name: string): Promise<string> => (await fetch(`/test/fixtures/${name}`)).text();
const codes = (r: { problems: Array<{ index: number; code: string }> }) => r.problems.map((p) => [p.index, p.code]);

describe('parseDataset', () => {
  it('parseDataset(text) reads our JSON format, as an array or a dataset object', () => {
    const arr = parseDataset(JSON.stringify([{ id: 'a', title: 'A', date: '2023-05' }]));
    expect([arr.format, arr.title, arr.events.map((e) => e.id), arr.problems]).to.deep.equal(['json', null, ['a'], []]);
    const obj = parseDataset(
      JSON.stringify({ source: { title: 'Paper' }, events: [{ title: 'B', date: null }], eras: [{ title: 'E', date: '2020/2021' }] }),
    );
    expect(obj.format).to.equal('json');
    expect(obj.source).to.deep.equal({ title: 'Paper' });
    expect(obj.events.map((e) => [e.id, e.date])).to.deep.equal([['b', null]]);
    expect(obj.eras.map((e) => e.title)).to.deep.equal(['E']);
  });

  it('parseDataset(text) detects TimelineJS JSON by its start_date', async () => {
    const r = parseDataset(await fixture('timelinejs-space-race.json'), { contentType: 'application/json; charset=utf-8' });
    expect(r.format).to.equal('timelinejs');
    expect(r.title).to.equal('The Space Race\n1957–1975');
    expect(r.events).to.have.length(8);
    expect(r.eras.map((e) => e.date.edtf)).to.deep.equal(['1957-10-04/1975-07-17', '1947/1991']);
    expect(r.events.find((e) => e.id === 'vostok-1')!.date!.precision).to.equal('minute');
    // Nothing is reported: the background colour is the event's colour; the groups stay groups (the kinds are "other").
    expect(r.problems).to.deep.equal([]);
    expect(r.events[0]!.color).to.equal('#1b1b1b');
    expect(r.events.map((e) => e.group ?? null)).to.deep.equal(['USSR', 'USSR', 'USA', 'USA', 'USA', 'USA', null, null]);
    expect(r.events.every((e) => e.kind === 'other')).to.equal(true);
    // A title-only TimelineJS file is TimelineJS too.
    expect(parseDataset('{"title": {"text": {"headline": "Soon"}}, "events": []}')).to.include({ format: 'timelinejs', title: 'Soon' });
  });

  it('parseDataset(text) detects CSV by its header row, or by a text/csv content type', async () => {
    const template = parseDataset(await fixture('timelinejs-template.csv'));
    expect([template.format, template.title, template.events.length, template.eras.length]).to.deep.equal(['csv', 'Ancient Astronomy', 5, 1]);
    // Events keep their spreadsheet rows as indices.
    expect(template.events.map((e) => e.index)).to.deep.equal([2, 3, 4, 5, 7]);
    expect(template.problems.map((p) => p.message)).to.deep.equal([
      'Row 8, column "Year": the string "NaN" is not a whole number; the record is skipped',
    ]);
    expect(parseDataset('title,date\nA,2023\n').format).to.equal('csv');
    const byType = parseDataset('name,when\nA,2023\n', { contentType: 'text/csv; charset=utf-8' });
    expect([byType.format, codes(byType)]).to.deep.equal(['csv', [[-1, 'invalid-input']]]);
  });

  it('parseDataset(text) reports HTML served instead of data', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not found</body></html>';
    for (const r of [
      parseDataset(page),
      parseDataset(`  \n${page}`, { contentType: 'text/html' }),
      parseDataset('Not found', { contentType: 'text/html; charset=utf-8' }),
      parseDataset(page, { format: 'json' }),
      parseDataset(page, { format: 'csv' }),
    ]) {
      expect(codes(r)).to.deep.equal([[-1, 'invalid-input']]);
      expect(r.problems[0]!.message).to.equal('Input: the source returned HTML, not JSON or CSV (is the URL right, and is the file public?)');
      expect([r.events, r.format]).to.deep.equal([[], null]);
    }
    // A server that labels JSON as HTML still gets its JSON read.
    expect(parseDataset('[{"title": "A", "date": "2023"}]', { contentType: 'text/html' }).events).to.have.length(1);
  });

  it('parseDataset(text) reports truncated or malformed JSON with JSON.parse\'s message', async () => {
    const full = await fixture('timelinejs-space-race.json');
    for (const text of [full.slice(0, full.length / 2), '{"events": [', '[{"title": "A", "date": "2023"},]', '{"a": NaN}']) {
      let expected = '';
      try {
        JSON.parse(text);
      } catch (e) {
        expected = (e as Error).message;
      }
      const r = parseDataset(text);
      expect(codes(r), text.slice(0, 20)).to.deep.equal([[-1, 'invalid-input']]);
      expect(r.problems[0]!.message).to.equal(`Input: the source is not valid JSON: ${expected}`);
    }
    const neither = parseDataset('just some words');
    expect(neither.problems[0]!.message).to.match(/^Input: the source is neither JSON \(.+\) nor CSV with a recognised header row$/);
    expect(codes(parseDataset(''))).to.deep.equal([[-1, 'invalid-input']]);
    expect(codes(parseDataset(' \n\t'))).to.deep.equal([[-1, 'invalid-input']]);
    expect(codes(parseDataset('42'))).to.deep.equal([[-1, 'invalid-input']]);
  });

  it('parseDataset(text) merges importer and normalize() problems into one list in record order', () => {
    const csv = [
      'Year,Month,Day,Headline,Media',
      '2001,,,Good,',
      'NaN,,,Bad year,', // importer: invalid-date
      '2003,,,Script image,javascript:alert(1)//x.png', // normalize: invalid-url
      '2004,,,Video,https://youtu.be/x', // importer: a link, no problem
      '2004,,,Video,javascript:alert(1)', // importer: a link; normalize: invalid-url
      '2005,2,30,30 February,', // importer: invalid-date
      '2006,,,Good too,',
    ].join('\n');
    const r = parseDataset(csv);
    expect(r.events.map((e) => [e.index, e.title])).to.deep.equal([[0, 'Good'], [2, 'Script image'], [3, 'Video'], [4, 'Video'], [6, 'Good too']]);
    expect(r.events.map((e) => e.links.map((l) => l.url))).to.deep.equal([[], [], ['https://youtu.be/x'], [], []]);
    expect(r.problems.map((p) => [p.index, p.code, p.severity, p.field])).to.deep.equal([
      [1, 'invalid-date', 'error', 'Year'],
      [2, 'invalid-url', 'warning', 'media.url'],
      [4, 'invalid-url', 'warning', 'links[0].url'],
      [5, 'invalid-date', 'error', 'Year/Month/Day'],
    ]);
    expect(r.problems[1]!.message).to.equal(
      'Row 4, field "media.url": the string "javascript:alert(1)//x.png" is not an http(s) or relative URL; the image is dropped',
    );
    // Our own CSV: normalize() names rows too, counting blank rows.
    const ours = parseDataset('id,title,date,kind\n\na,A,2023,visit\na,B,2024,dance\n');
    expect(ours.problems.map((p) => p.message)).to.deep.equal([
      'Row 4 ("a"), field "kind": "dance" is not one of visit, meeting, agreement, deal, deployment, statement, application, publication, other; it is drawn with a generic shape',
      'Row 4 ("a"), field "id": the id "a" is already used; kept as "a-2"',
    ]);
    expect(ours.problems.map((p) => p.index)).to.deep.equal([2, 2]);
  });

  it('parseDataset(text, {format}) forces a format', () => {
    const tl = JSON.stringify({ events: [{ start_date: { year: 2020 }, text: { headline: 'A' } }] });
    expect(parseDataset(tl, { format: 'timelinejs' }).events).to.have.length(1);
    const asOurs = parseDataset(tl, { format: 'json' });
    expect([asOurs.format, asOurs.events.length, asOurs.problems[0]!.code]).to.deep.equal(['json', 0, 'missing-title']);
    expect(parseDataset('[]', { format: 'timelinejs' }).problems[0]!.code).to.equal('invalid-input');
    expect(parseDataset('title,date\nA,2023', { format: 'csv' }).events).to.have.length(1);
    expect(codes(parseDataset('title,date\nA,2023', { format: 'json' }))).to.deep.equal([[-1, 'invalid-input']]);
  });

  it('parseDataset(text, {timeZone}) passes the zone to normalize()', () => {
    const text = JSON.stringify([{ title: 'A', date: '2023-07-31T10:00:00Z' }]);
    const utc = parseDataset(text).events[0]!.date!;
    const tehran = parseDataset(text, { timeZone: 'Asia/Tehran' }).events[0]!.date!;
    expect(tehran.earliest - utc.earliest).to.equal(3.5 * 3_600_000);
  });

  it('parseDataset(text) explains TimelineJS 2 files', () => {
    const r = parseDataset(JSON.stringify({ timeline: { headline: 'Old', type: 'default', date: [{ startDate: '2012,1,26' }] } }));
    expect(codes(r)).to.deep.equal([[-1, 'invalid-input']]);
    expect(r.problems[0]!.message).to.include('TimelineJS 2');
  });

  it('parseDataset(text) never throws and reports only known problem codes (property)', () => {
    const unit = fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\n', '<', 'a', '1', 'events', 'start_date', 'year', 'title', 'date', 'Year', 'Headline', 'null', '-');
    const contentType = fc.option(fc.constantFrom('text/csv', 'application/json', 'text/html', 'text/plain', ''));
    const format = fc.constantFrom('auto', 'json', 'timelinejs', 'csv') as fc.Arbitrary<'auto' | 'json' | 'timelinejs' | 'csv'>;
    const text = fc.oneof(fc.string(), fc.string({ unit, maxLength: 60 }), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ events: [v] })));
    fc.assert(
      fc.property(text, contentType, format, (t, ct, f) => {
        const r = parseDataset(t, { contentType: ct, format: f });
        for (const p of r.problems) expect(PROBLEM_CODES, p.code).to.have.property(p.code);
        const indices = r.problems.map((p) => p.index);
        expect(indices).to.deep.equal([...indices].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
    // Not even for input that is not a string.
    expect(codes(parseDataset(undefined as unknown as string))).to.deep.equal([[-1, 'invalid-input']]);
  });
});
