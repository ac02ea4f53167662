import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toRawDataset, toRawEvent } from '../../src/data/export.js';
import { parseDataset } from '../../src/data/load.js';
import { normalize } from '../../src/data/normalize.js';
import type { RawDataset } from '../../src/data/types.js';
import { edtf, nonBlank, rawEvent, tricky, url } from '../support/arbitraries.js';

fc.configureGlobal({ seed: 20230802 });

const text = async (path: string): Promise<string> => (await fetch(path)).text();
const SEEDS = '/seeds/iran-belarus-defense-deal.events.json';

describe('toRawDataset', () => {
  it('toRawDataset(parseDataset(seeds)) gives the seeds file back, key for key', async () => {
    const json = await text(SEEDS);
    const parsed = parseDataset(json);
    expect(parsed.problems).to.deep.equal([]);
    const raw = toRawDataset(parsed);
    expect(raw).to.deep.equal(JSON.parse(json));
    // Same key order as the file, so a converted file diffs cleanly against a hand-written one.
    const keys = (d: RawDataset) => [Object.keys(d), ...d.events.map((e) => Object.keys(e))].map((k) => k.join());
    expect(keys(raw)).to.deep.equal(keys(JSON.parse(json)));
  });

  it('toRawEvent(event) writes EDTF strings, drops parsed dates, and leaves out empty optional fields', () => {
    const { events } = normalize([
      { id: 'a', title: 'A', date: '2023-05~', corroboration: { date: '2023-05-02', note: 'n' } },
      { title: 'Undated', date: null, kind: 'meeting', dateText: 'once', actors: ['X'], group: 'g' },
    ]);
    expect(events.map(toRawEvent)).to.deep.equal([
      {
        id: 'a',
        title: 'A',
        kind: 'other',
        date: '2023-05~',
        dateText: null,
        actors: [],
        corroboration: { date: '2023-05-02', note: 'n' },
      },
      { id: 'undated', title: 'Undated', kind: 'meeting', date: null, dateText: 'once', actors: ['X'], group: 'g' },
    ]);
  });

  it('toRawDataset(dataset) shares no arrays or objects with the normalized events', () => {
    const n = normalize([
      {
        id: 'a',
        title: 'A',
        date: '2023',
        actors: ['X'],
        links: [{ url: 'https://a.example/' }],
        source: { quote: 'q', start: 0, end: 1 },
      },
      { id: 'b', title: 'B', date: '2024', after: ['a'], media: { url: 'https://a.example/i.png' } },
    ]);
    const before = JSON.stringify(n.events);
    const raw = toRawDataset(n);
    raw.events[0]!.actors!.push('Y');
    raw.events[0]!.links![0]!.url = 'https://changed.example/';
    raw.events[0]!.source!.quote = 'changed';
    raw.events[1]!.after!.push('z');
    raw.events[1]!.media!.url = 'changed';
    expect(JSON.stringify(n.events)).to.equal(before);
  });

  it('toRawDataset(dataset) writes eras as EDTF, the source, and a TimelineJS title as source.title', async () => {
    const n = normalize({
      source: { title: 'Paper', published: '2023-08-02' },
      events: [],
      eras: [{ title: 'E', date: '2020/2021' }],
    });
    expect(toRawDataset(n)).to.deep.equal({
      source: { title: 'Paper', published: '2023-08-02' },
      events: [],
      eras: [{ title: 'E', date: '2020/2021' }],
    });
    expect(Object.keys(toRawDataset(n))).to.deep.equal(['source', 'events', 'eras']);
    expect(toRawDataset(normalize([]))).to.deep.equal({ events: [] });

    const csv = parseDataset(await text('/test/fixtures/timelinejs-template.csv'));
    const raw = toRawDataset(csv);
    expect(raw.source).to.deep.equal({ title: 'Ancient Astronomy' });
    expect(raw.eras).to.deep.equal([{ title: 'Babylonian astronomy', date: '-2999/-0499' }]);
    expect(raw.events.map((e) => [e.title, e.date])).to.deep.equal([
      ['Thales predicts an eclipse', '-0584-05-28'],
      ['Kepler publishes Astronomia nova', '1609'],
      ['Galileo sees the moons of Jupiter', '1610-01'],
      ['Greenwich foundation stone', '1675-08-10T10:30'],
      ['Herschel finds Uranus', '1781-03-13T22:00/1781-03-14T01:30:15'],
    ]);
    // What convert writes validates without a problem and reads back as the same events.
    const again = parseDataset(JSON.stringify(raw));
    expect(again.problems).to.deep.equal([]);
    expect(again.events.map(toRawEvent)).to.deep.equal(csv.events.map(toRawEvent));
  });

  it('toRawEvent(event) writes draft only when true and confidence only when given, and they round-trip', () => {
    const n = normalize([
      { id: 'a', title: 'A', date: '2023', draft: true, confidence: 0.4 },
      { id: 'b', title: 'B', date: '2023', draft: false, confidence: 0 },
      { id: 'c', title: 'C', date: null },
    ]);
    const raw = toRawDataset(n);
    expect(raw.events.map((e) => [e.id, e.draft, e.confidence])).to.deep.equal([
      ['a', true, 0.4],
      ['b', undefined, 0],
      ['c', undefined, undefined],
    ]);
    expect(Object.keys(raw.events[0]!).slice(-2)).to.deep.equal(['draft', 'confidence']);
    expect('draft' in raw.events[1]!).to.equal(false);
    expect(Object.keys(raw.events[2]!)).to.deep.equal(['id', 'title', 'kind', 'date', 'dateText', 'actors']);
    const again = normalize(JSON.parse(JSON.stringify(raw)));
    expect(again.problems).to.deep.equal([]);
    expect(again.events).to.deep.equal(n.events);
  });

  it('toRawEvent(event) writes featured only when true, and it round-trips', () => {
    const n = normalize([
      { id: 'a', title: 'A', date: '2023', featured: true },
      { id: 'b', title: 'B', date: '2023', featured: false },
    ]);
    const raw = toRawDataset(n);
    expect(raw.events[0]!.featured).to.equal(true);
    expect(Object.keys(raw.events[0]!).at(-1)).to.equal('featured');
    expect('featured' in raw.events[1]!).to.equal(false);
    expect(normalize(JSON.parse(JSON.stringify(raw))).events).to.deep.equal(n.events);
  });

  it('toRawDataset(dataset) keeps a kind outside the vocabulary, which normalize() warns about again', () => {
    const n = normalize([{ id: 'a', title: 'A', date: '2023', kind: 'raid' }]);
    const raw = toRawDataset(n);
    expect(raw.events[0]!.kind).to.equal('raid');
    expect(normalize(raw).problems.map((p) => p.code)).to.deep.equal(['unknown-kind']);
  });

  describe('normalize(toRawDataset(d)) equals d (property)', () => {
    const era = fc.record({ title: nonBlank(tricky), date: edtf });
    const source = fc.option(
      fc.record(
        {
          title: fc.string(),
          publisher: fc.string(),
          published: fc.constantFrom('2023-08-02', '2023'),
          file: fc.string(),
          url,
        },
        { requiredKeys: ['title'] },
      ),
    );
    // The review flags, absent or set, on the shared events (-0 reads back from JSON as 0, so it is not generated).
    const flags = fc.record(
      {
        draft: fc.boolean(),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((c) => c + 0),
        featured: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const flagged = fc.tuple(rawEvent, flags).map(([e, f]) => ({ ...e, ...f }));
    const dataset = fc
      .record({ events: fc.array(flagged, { maxLength: 8 }), eras: fc.array(era, { maxLength: 2 }), source })
      .map(({ events, eras, source: s }) => {
        // Chain some events (by their given or generated ids) so before/after carry references.
        const chained = events.map((e, k) =>
          k > 0 && k % 3 === 0 && events[k - 1]!.id ? { ...e, before: [events[k - 1]!.id!] } : e,
        );
        return (s ? { source: s, events: chained, eras } : { events: chained, eras }) as RawDataset;
      });

    it('events, eras and source survive; the written dataset has no problems', () => {
      fc.assert(
        fc.property(dataset, (input) => {
          const original = normalize(input);
          const written = toRawDataset(original);
          // Through JSON, as convert writes it.
          const again = normalize(JSON.parse(JSON.stringify(written)));
          expect(again.problems, JSON.stringify(written)).to.deep.equal([]);
          // Indices count input records; skipped records shift them, so compare without.
          const strip = (d: typeof original) => d.events.map(({ index: _index, ...e }) => e);
          expect(strip(again)).to.deep.equal(strip(original));
          expect(again.eras).to.deep.equal(original.eras);
          expect(again.source).to.deep.equal(original.source);
        }),
        { numRuns: 300 },
      );
    });
  });
});
