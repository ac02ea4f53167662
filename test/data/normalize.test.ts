import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize, normalizeAppend, slugify } from '../../src/data/normalize.js';
import type { ProblemCode } from '../../src/data/problems.js';
import { PROBLEM_CODES } from '../../src/data/problem-codes.js';

fc.configureGlobal({ seed: 20230802 });

const ok = { id: 'a', title: 'A', date: '2023-07-31' };

function codes(input: unknown): ProblemCode[] {
  return normalize(input).problems.map((p) => p.code);
}

describe('normalize', () => {
  it('normalize(records) turns raw records into typed events with defaults', () => {
    const { events, problems } = normalize([ok]);
    expect(problems).to.deep.equal([]);
    expect(events).to.have.length(1);
    const e = events[0]!;
    expect(e).to.include({ id: 'a', title: 'A', kind: 'other', dateText: null, place: null, summary: null, media: null, source: null, group: null });
    expect(e.actors).to.deep.equal([]);
    expect(e.date!.precision).to.equal('day');
  });

  it('normalize(dataset) reads {source, events, eras}', () => {
    const r = normalize({
      source: { title: 'T', publisher: 'P', published: '2023-08-02', file: 'x.txt' },
      events: [ok],
      eras: [{ title: 'War', date: '2022-02-24/..' }],
    });
    expect(r.problems).to.deep.equal([]);
    expect(r.source).to.deep.equal({ title: 'T', publisher: 'P', published: '2023-08-02', file: 'x.txt' });
    expect(r.eras[0]!.date.span).to.equal('interval');
  });

  it('a null date means undated; a missing date field is an error', () => {
    const r = normalize([{ id: 'u', title: 'U', date: null }, { id: 'm', title: 'M' }]);
    expect(r.events.map((e) => [e.id, e.date])).to.deep.equal([['u', null]]);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]).to.include({ index: 1, id: 'm', field: 'date', code: 'missing-date', severity: 'error' });
    expect(r.problems[0]!.message).to.match(/^Record 2 \("m"\), field "date": /);
  });

  it('one bad record never hides the good ones', () => {
    const r = normalize([42, null, 'x', [], ok, { title: '', date: '2023' }, { title: 'B', date: 'July 2023' }, { id: 'c', title: 'C', date: '2022' }]);
    expect(r.events.map((e) => e.id)).to.deep.equal(['a', 'c']);
    expect(r.problems.map((p) => [p.index, p.code])).to.deep.equal([
      [0, 'invalid-record'],
      [1, 'invalid-record'],
      [2, 'invalid-record'],
      [3, 'invalid-record'],
      [5, 'missing-title'],
      [6, 'invalid-date'],
    ]);
  });

  it('reports each EDTF failure under its own code', () => {
    expect(codes([{ title: 'x', date: '2023-06-01/2023-05-01' }])).to.deep.equal(['end-before-start']);
    expect(codes([{ title: 'x', date: 'Y999999999' }])).to.deep.equal(['date-out-of-range']);
    expect(codes([{ title: 'x', date: '{2023,2024}' }])).to.deep.equal(['unsupported-date']);
    expect(codes([{ title: 'x', date: 20230731 }])).to.deep.equal(['invalid-date']);
  });

  it('records without an id get a stable, readable one', () => {
    const input = [{ title: 'Iran and Belarus sign MoU', date: '2023-07-31' }, { title: 'Iran and Belarus sign MoU', date: '2023-08-01' }, { title: 'دیدار', date: null }];
    const a = normalize(input).events.map((e) => e.id);
    const b = normalize(structuredClone(input)).events.map((e) => e.id);
    expect(a).to.deep.equal(b);
    expect(a[0]).to.equal('iran-and-belarus-sign-mou');
    expect(a[1]).to.equal('iran-and-belarus-sign-mou-2');
    expect(a[2]).to.match(/^event-[0-9a-z]+$/);
  });

  it('a duplicate id is reported and kept under a suffixed id that steals no other id', () => {
    const r = normalize([ok, { ...ok, title: 'Second' }, { id: 'a-2', title: 'Third', date: '2023' }]);
    expect(r.events.map((e) => e.id)).to.deep.equal(['a', 'a-3', 'a-2']);
    expect(r.problems.map((p) => [p.code, p.severity, p.index])).to.deep.equal([['duplicate-id', 'warning', 1]]);
    expect(r.problems[0]!.message).to.include('kept as "a-3"');
  });

  it('invalid ids are replaced, numeric ones coerced', () => {
    const r = normalize([{ id: 7, title: 'Seven', date: '2023' }, { id: {}, title: 'Obj', date: '2023' }, { id: '  ', title: 'Blank', date: '2023' }]);
    expect(r.events.map((e) => e.id)).to.deep.equal(['7', 'obj', 'blank']);
    expect(r.problems.map((p) => p.code)).to.deep.equal(['invalid-type', 'invalid-id', 'invalid-id']);
  });

  it('unknown kinds are kept with a warning; wrong types are repaired with a warning', () => {
    const r = normalize([{ ...ok, kind: 'protest', actors: 'Iran', place: 5, summary: {}, dateText: ['x'] }]);
    const e = r.events[0]!;
    expect([e.kind, e.actors, e.place, e.summary, e.dateText]).to.deep.equal(['protest', ['Iran'], '5', null, null]);
    expect(r.problems.map((p) => [p.code, p.field])).to.deep.equal([
      ['unknown-kind', 'kind'],
      ['invalid-type', 'dateText'],
      ['invalid-type', 'actors'],
      ['invalid-type', 'place'],
      ['invalid-type', 'summary'],
    ]);
  });

  it('keeps only http(s) links and image media', () => {
    const r = normalize([
      {
        ...ok,
        links: [{ url: 'https://example.org/a', label: 'A' }, { url: 'javascript:alert(1)' }, { url: 'data:text/html,<b>' }, 'x'],
        media: { url: 'https://example.org/video.mp4' },
      },
      { ...ok, id: 'b', media: { url: 'javascript:alert(1)//.png' } },
      { ...ok, id: 'c', media: { url: 'img/photo.jpg', caption: 'Cap', credit: 'Cred' } },
    ]);
    expect(r.events[0]!.links).to.deep.equal([{ url: 'https://example.org/a', label: 'A' }]);
    expect(r.events[0]!.media).to.equal(null);
    expect(r.events[1]!.media).to.equal(null);
    expect(r.events[2]!.media).to.deep.equal({ url: 'img/photo.jpg', caption: 'Cap', credit: 'Cred' });
    expect(r.problems.map((p) => [p.code, p.field])).to.deep.equal([
      ['invalid-url', 'links[1].url'],
      ['invalid-url', 'links[2].url'],
      ['invalid-type', 'links[3]'],
      ['unsupported-media', 'media.url'],
      ['invalid-url', 'media.url'],
    ]);
  });

  it('checks that source offsets span the quote', () => {
    const r = normalize([
      { ...ok, source: { quote: 'abc', start: 10, end: 13 } },
      { ...ok, id: 'b', source: { quote: 'abc', start: 10, end: 20 } },
      { ...ok, id: 'c', source: { start: 1 } },
    ]);
    expect(r.events.map((e) => e.source)).to.deep.equal([{ quote: 'abc', start: 10, end: 13 }, { quote: 'abc' }, null]);
    expect(r.problems.map((p) => p.code)).to.deep.equal(['invalid-source', 'invalid-source']);
  });

  it('drops before/after references to unknown ids', () => {
    const r = normalize([{ ...ok, before: ['b', 'ghost'] }, { id: 'b', title: 'B', date: null, after: ['a', 'b'] }]);
    expect(r.events[0]!.before).to.deep.equal(['b']);
    expect(r.events[1]!.after).to.deep.equal(['a']);
    expect(r.problems.map((p) => [p.code, p.id])).to.deep.equal([['unknown-reference', 'a'], ['unknown-reference', 'b']]);
  });

  it('parses corroborations and drops invalid ones', () => {
    const r = normalize([{ ...ok, corroboration: { date: '2023-07-20', note: 'n' } }, { ...ok, id: 'b', corroboration: { date: 'nope', note: 'n' } }]);
    expect(r.events[0]!.corroboration!.parsed.precision).to.equal('day');
    expect(r.events[1]!.corroboration).to.equal(null);
    expect(r.problems.map((p) => [p.code, p.field])).to.deep.equal([['invalid-corroboration', 'corroboration.date']]);
  });

  it('flags unknown fields (usually typos) without dropping the record', () => {
    const r = normalize([{ ...ok, tilte: 'typo' }]);
    expect(r.events).to.have.length(1);
    expect(r.problems.map((p) => [p.code, p.field, p.severity])).to.deep.equal([['unknown-field', 'tilte', 'warning']]);
  });

  it('reads the review flags draft and confidence: false and null when absent', () => {
    const r = normalize([ok, { ...ok, id: 'b', draft: true, confidence: 0.75 }, { ...ok, id: 'c', draft: false, confidence: 0 }, { ...ok, id: 'd', confidence: 1, draft: null }]);
    expect(r.problems).to.deep.equal([]);
    expect(r.events.map((e) => [e.id, e.draft, e.confidence])).to.deep.equal([
      ['a', false, null],
      ['b', true, 0.75],
      ['c', false, 0],
      ['d', false, 1],
    ]);
  });

  it('warns about a draft that is not a boolean or a confidence outside 0..1, and drops the field', () => {
    const bad = [['yes', 1.5], [1, -0.1], [{}, Number.NaN], ['true', '0.5'], [[true], Infinity]] as const;
    const r = normalize(bad.map(([draft, confidence], k) => ({ ...ok, id: `e${k}`, draft, confidence })));
    expect(r.events.map((e) => [e.draft, e.confidence])).to.deep.equal(bad.map(() => [false, null]));
    expect(r.problems.every((p) => p.code === 'invalid-type' && p.severity === 'warning')).to.equal(true);
    expect(r.problems.map((p) => [p.index, p.field])).to.deep.equal(bad.flatMap((_, k) => [[k, 'draft'], [k, 'confidence']]));
    expect(r.problems[0]!.message).to.equal('Record 1 ("e0"), field "draft": expected true or false, got the string "yes"; the field is dropped');
    expect(r.problems[1]!.message).to.equal('Record 1 ("e0"), field "confidence": expected a number from 0 to 1, got the number 1.5; the field is dropped');
    expect(r.problems[5]!.message).to.include('got NaN;');
  });

  it('reads color as CSS colour syntax, trimmed, and warns about and drops anything else', () => {
    const good = ['#1b1b1b', ' #ABC ', '#F45B6980', 'papayawhip', 'rgb(26 43 60 / 50%)', 'hsla(120, 50%, 40%, 0.5)', 'oklch(70% 0.1 200)'];
    const bad = ['#12', '#12345', 'red; background: url(x)', 'url(https://x.example/a.png)', 'var(--x)', 'expression(alert(1))', '', 42, {}];
    const r = normalize([...good, ...bad].map((color, k) => ({ ...ok, id: `e${k}`, color })));
    expect(r.events.map((e) => e.color)).to.deep.equal([...good.map((c) => c.trim()), ...bad.map(() => null)]);
    expect(r.problems.map((p) => [p.code, p.index, p.field, p.severity])).to.deep.equal(
      bad.map((_, k) => ['invalid-type', good.length + k, 'color', 'warning']),
    );
    expect(r.problems[0]!.message).to.equal('Record 8 ("e7"), field "color": expected a CSS colour such as #1a2b3c, got the string "#12"; it is dropped');
    expect(normalize([ok]).events[0]!.color).to.equal(null);
  });

  it('reads featured: false when absent, and warns about and drops a value that is not a boolean', () => {
    const r = normalize([ok, { ...ok, id: 'b', featured: true }, { ...ok, id: 'c', featured: false }, { ...ok, id: 'd', featured: 'yes' }]);
    expect(r.events.map((e) => [e.id, e.featured])).to.deep.equal([
      ['a', false],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
    expect(r.problems.map((p) => [p.code, p.index, p.field, p.severity])).to.deep.equal([['invalid-type', 3, 'featured', 'warning']]);
  });

  it('rejects input that is not an array or a dataset', () => {
    for (const input of [null, 42, 'text', { items: [] }]) {
      const r = normalize(input);
      expect(r.events).to.deep.equal([]);
      expect(r.problems.map((p) => [p.code, p.index])).to.deep.equal([['invalid-input', -1]]);
    }
  });

  it('reports bad eras and a bad publication date at the dataset level', () => {
    const r = normalize({ source: { title: 'T', published: 'soon' }, events: [ok], eras: [{ title: 'E', date: 'x' }, { title: 5 }] });
    expect(r.eras).to.deep.equal([]);
    expect(r.problems.map((p) => [p.code, p.field])).to.deep.equal([
      ['invalid-date', 'source.published'],
      ['invalid-date', 'eras[0].date'],
      ['invalid-type', 'eras[1]'],
    ]);
  });

  it('names records as the caller asks, e.g. CSV rows', () => {
    const r = normalize([{ title: 'x', date: 'bad' }], { recordName: (i) => `Row ${i + 2}` });
    expect(r.problems[0]!.message).to.match(/^Row 2, field "date": /);
  });

  it('every problem code is documented with a severity', () => {
    for (const [code, info] of Object.entries(PROBLEM_CODES)) {
      expect(['error', 'warning'], code).to.include(info.severity);
      expect(info.description.length, code).to.be.greaterThan(10);
    }
  });

  it('never throws, and keeps every valid record unchanged (property)', () => {
    const valid = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
      title: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      date: fc.constantFrom('2023-07-31', '2023-05', '2022', '[2023-07-24..2023-07-30]', '../2023-04', null, '-0044', 'Y-10000'),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(valid, fc.anything()), { maxLength: 20 }), (records) => {
        const r = normalize(records);
        const validOnes = records.filter((x) => {
          const v = x as { id?: unknown; title?: unknown };
          return typeof v === 'object' && v !== null && typeof v.title === 'string' && v.title.trim() !== '' && 'date' in v && (v as { date: unknown }).date !== undefined;
        });
        expect(r.events.length).to.be.at.most(records.length);
        const errors = r.problems.filter((p) => p.severity === 'error').length;
        expect(r.events.length + errors).to.equal(records.length);
        // Generated valid records all survive, with their titles.
        for (const v of records.filter((x) => typeof x === 'object' && x !== null && 'title' in x && 'date' in x && Object.keys(x).length === 3)) {
          const rec = v as { title: string };
          if (validOnes.includes(v)) expect(r.events.some((e) => e.title === rec.title.trim())).to.equal(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('slugify', () => {
  it('slugify(title) is kebab-case ASCII, or a hash for non-Latin titles', () => {
    expect(slugify('Iran – Belarus: “MoU” signed!')).to.equal('iran-belarus-mou-signed');
    expect(slugify('Café Österreich')).to.equal('cafe-osterreich');
    expect(slugify('ایران')).to.match(/^event-[0-9a-z]+$/);
    expect(slugify('ایران')).to.equal(slugify('ایران'));
  });
});

describe('normalize at scale', () => {
  it('normalize gives 20,000 records with one title distinct, ordered ids', () => {
    const records = Array.from({ length: 20_000 }, () => ({ title: 'Same headline', date: '2023' }));
    const { events } = normalize(records);
    expect(new Set(events.map((e) => e.id)).size).to.equal(20_000);
    expect(events[1]!.id).to.equal('same-headline-2');
    expect(events[19_999]!.id).to.equal('same-headline-20000');
  });

  it('keeps images from hosts whose names merely contain a video host', () => {
    const r = normalize([
      { title: 'a', date: '2023', media: { url: 'https://www.dropbox.com/s/photo.jpg' } },
      { title: 'b', date: '2023', media: { url: 'https://youtu.be/abc' } },
      { title: 'c', date: '2023', media: { url: 'https://cdn.example.org/youtube-thumbnail.png' } },
    ]);
    expect(r.events.map((e) => e.media?.url ?? null)).to.deep.equal(['https://www.dropbox.com/s/photo.jpg', null, 'https://cdn.example.org/youtube-thumbnail.png']);
  });
});

describe('normalizeAppend', () => {
  const record = fc.record(
    {
      id: fc.option(fc.constantFrom('a', 'b', 'c', 'a-2', 'same', 'x'), { nil: undefined }),
      title: fc.constantFrom('Same', 'Other', 'A', 'Third one'),
      date: fc.constantFrom('2023-07-31', '2023-05', null, 'bad-date', '2022'),
      before: fc.option(fc.subarray(['a', 'b', 'c', 'same', 'other', 'ghost']), { nil: undefined }),
      after: fc.option(fc.subarray(['a', 'b', 'same-2', 'x']), { nil: undefined }),
    },
    { requiredKeys: ['title', 'date'] },
  );

  it('normalizeAppend(normalize(first), all, first.length) equals normalize(all) (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.anything()), { maxLength: 12 }), fc.array(fc.oneof(record, fc.constant(42)), { maxLength: 12 }), (first, more) => {
        const all = [...first, ...more];
        const previous = normalize(first);
        const before = JSON.stringify(previous);
        expect(normalizeAppend(previous, all, first.length)).to.deep.equal(normalize(all));
        // The previous result is left as it was.
        expect(JSON.stringify(previous)).to.equal(before);
      }),
      { numRuns: 1500 },
    );
  });
});
