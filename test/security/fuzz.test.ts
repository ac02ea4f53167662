// Fuzzing the parsers and the normalizer with fast-check. Two promises, checked
// on generated input (fixed seed, so every run sees the same 16,000 cases):
//   1. nothing throws out of normalize, parseDataset, parseCsv, fromTimelineJS
//      or htmlToText (parseEdtf may throw EdtfError, and nothing else);
//   2. valid records survive garbage mixed around them unchanged: same id,
//      title and date.edtf.
import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { parseCsv } from '../../src/data/csv.js';
import { EdtfError, parseEdtf } from '../../src/data/edtf.js';
import { htmlToText } from '../../src/data/html-text.js';
import { parseDataset, type ParsedDataset } from '../../src/data/load.js';
import { normalize, type NormalizedDataset } from '../../src/data/normalize.js';
import { fromTimelineJS } from '../../src/data/timelinejs.js';
import { EVENT_KINDS } from '../../src/data/types.js';

fc.configureGlobal({ seed: 20230802 });

/** Runs per property: 6 properties × 2500 + 1000 = 16,000 generated inputs. */
const RUNS = 2500;

// ---- generators ----------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const dayOf = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;
const qualifier = fc.constantFrom('', '', '~', '?', '%');

/** EDTF our parser must accept: days, months, years, qualifiers, intervals, open ends, one-of sets, BCE, Y-years. */
const validEdtf: fc.Arbitrary<string> = fc.oneof(
  ymd.map(dayOf),
  fc.tuple(ymd, qualifier).map(([v, q]) => `${v.y}-${pad(v.m)}${q}`),
  fc.tuple(ymd, qualifier).map(([v, q]) => `${v.y}${q}`),
  fc.tuple(ymd, ymd).map(([a, b]) => {
    const [x, y] = [dayOf(a), dayOf(b)].sort();
    return `${x}/${y}`;
  }),
  fc.tuple(ymd, ymd).map(([a, b]) => {
    const [x, y] = [dayOf(a), dayOf(b)].sort();
    return x === y ? x : `[${x}..${y}]`;
  }),
  ymd.map((v) => `../${v.y}-${pad(v.m)}`),
  ymd.map((v) => `${dayOf(v)}/..`),
  ymd.map((v) => `[..${v.y}-${pad(v.m)}~]`),
  fc.integer({ min: 1, max: 9999 }).map((y) => `-${pad(y, 4)}`),
  fc.integer({ min: 10000, max: 270000 }).map((y) => `Y-${y}`),
);

/** A title normalize() keeps as is: non-empty and already trimmed. */
const title = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter((s) => s !== '');

/** Anything at all, including the shapes JSON cannot hold. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, '', ' ', '\u0000', '\u202e', Symbol('s') as unknown),
);

/** Field values that are wrong in every way a dataset gets them wrong. */
const junkField = fc.oneof(junk, fc.string(), validEdtf, fc.constantFrom('2023-13-45', '31/07/2023', '2023-05/2022', 'Y-99999999', '+300000', '{2023,2024}', 'XXXX'));

/** A record that may or may not be valid; its id never collides with a valid record's (those start with "V"). */
const garbageRecord: fc.Arbitrary<unknown> = fc.oneof(
  junk,
  fc.dictionary(
    fc.constantFrom('id', 'title', 'kind', 'date', 'dateText', 'actors', 'place', 'summary', 'links', 'media', 'source', 'before', 'after', 'corroboration', 'group', 'Title', '__proto__', 'constructor'),
    junkField,
    { maxKeys: 8 },
  ),
  fc.record({ title: fc.option(title), date: fc.option(junkField) }, { requiredKeys: [] }),
).map((g) => {
  if (typeof g === 'object' && g !== null && typeof (g as { id?: unknown }).id === 'string') (g as { id: string }).id = `g${(g as { id: string }).id}`;
  return g;
});

interface Valid {
  id: string;
  title: string;
  date: string | null;
}

/** Valid records with unique ids, and optional fields that are right. */
const validRecords = fc.array(
  fc.record({ title, date: fc.option(validEdtf, { freq: 6 }), kind: fc.option(fc.constantFrom(...EVENT_KINDS)), summary: fc.option(fc.string()) }),
  { maxLength: 12 },
).map((rs) => rs.map((r, k) => ({ ...r, id: `V${k}:${r.title.slice(0, 8).trim()}` })));

/** Valid records with garbage shuffled in between, keeping the valid ones' order. */
const mixed = fc
  .tuple(validRecords, fc.array(garbageRecord, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 24 }))
  .map(([valid, garbage, order]) => {
    const out: unknown[] = [...valid];
    garbage.forEach((g, k) => out.splice((order[k] ?? 0) % (out.length + 1), 0, g));
    return { valid: valid as Valid[], records: out };
  });

/** JSON text of anything fast-check makes (BigInt as a string). */
const json = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));

// ---- checks --------------------------------------------------------------------

/** How many valid records were checked, so a property cannot pass vacuously. */
let checked = 0;

/** Every valid record is there, unchanged; ids are unique. */
function survives(result: NormalizedDataset, valid: Valid[]): void {
  checked += valid.length;
  const byId = new Map(result.events.map((e) => [e.id, e]));
  expect(byId.size, 'ids are unique').to.equal(result.events.length);
  for (const v of valid) {
    const e = byId.get(v.id);
    expect(e, `record ${JSON.stringify(v.id)} survives`).to.not.equal(undefined);
    expect(e!.title).to.equal(v.title);
    expect(e!.date?.edtf ?? null).to.equal(v.date);
  }
}

/** parseDataset catches what should never happen and reports it as "could not be read": that is a bug here. */
function noCaughtBug(r: ParsedDataset): void {
  const bug = r.problems.find((p) => p.message.startsWith('Input: the data could not be read'));
  expect(bug?.message, 'an exception parseDataset caught').to.equal(undefined);
  for (const p of r.problems) {
    expect(p.message).to.be.a('string');
    expect(p.severity).to.be.oneOf(['error', 'warning']);
  }
}

describe('fuzzing the data model (fast-check, seed 20230802)', function () {
  this.timeout(60_000);

  it(`normalize(): ${RUNS} mixes of valid records and garbage, as an array or a dataset object`, () => {
    const before = checked;
    fc.assert(
      fc.property(mixed, fc.boolean(), junk, junk, ({ valid, records }, wrap, eras, source) => {
        const input = wrap ? { events: records, eras, source } : records;
        const result = normalize(input);
        survives(result, valid);
        for (const p of result.problems) expect(p.message).to.be.a('string');
        // Whole inputs of any type never throw either.
        normalize(eras);
        normalize(source);
      }),
      { numRuns: RUNS },
    );
    expect(checked - before, 'valid records checked').to.be.greaterThan(4 * RUNS);
  });

  it(`parseDataset(): ${RUNS} JSON texts, whole, truncated or corrupted, and arbitrary text`, () => {
    const before = checked;
    const text = fc.oneof(
      // A valid dataset as JSON, with garbage (JSON can hold) around its valid records.
      mixed.map(({ valid, records }) => ({ valid, text: json({ events: records.map((r) => (typeof r === 'object' ? r : null)) }) })),
      // The same, cut short or with bytes flipped: never valid, never a throw.
      fc.tuple(mixed, fc.nat(), fc.string({ maxLength: 4 })).map(([{ records }, cut, noise]) => {
        const s = json(records.map((r) => (typeof r === 'object' ? r : null)));
        const at = cut % (s.length + 1);
        return { valid: [] as Valid[], text: s.slice(0, at) + noise + (cut % 3 ? '' : s.slice(at + 1)) };
      }),
      fc.json({ maxDepth: 3 }).map((t) => ({ valid: [] as Valid[], text: t })),
      fc.string({ unit: 'binary', maxLength: 200 }).map((t) => ({ valid: [] as Valid[], text: t })),
      fc.stringMatching(/^[\s<>{}[\]",:\w\-\\/]{0,80}$/).map((t) => ({ valid: [] as Valid[], text: t })),
    );
    const contentType = fc.constantFrom(null, 'application/json', 'text/html', 'text/csv', 'text/plain; charset=utf-8', '');
    const format = fc.constantFrom('auto', 'auto', 'json', 'timelinejs', 'csv') as fc.Arbitrary<'auto' | 'json' | 'timelinejs' | 'csv'>;
    fc.assert(
      fc.property(text, contentType, format, ({ valid, text: t }, type, fmt) => {
        const r = parseDataset(t, { contentType: type, format: fmt });
        noCaughtBug(r);
        if (valid.length && fmt !== 'csv' && fmt !== 'timelinejs' && type !== 'text/csv' && type !== 'text/html') survives(r, valid);
      }),
      { numRuns: RUNS },
    );
    expect(checked - before, 'valid records checked').to.be.greaterThan(RUNS / 4);
  });

  it(`parseCsv(): ${RUNS} CSV files in both column sets, valid rows among garbage rows, and malformed CSV`, () => {
    const before = checked;
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', '"a', 'a"b', ',', '\n', '\r\n', '\r', 'NaN', 'Infinity', '-1e400', '2023', '|', ';'));
    const ours = fc.tuple(validRecords, fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 10 })).map(([valid, garbage, order]) => {
      const rows: string[][] = valid.map((v) => [v.id, v.title, v.date ?? '', v.kind ?? '', v.summary ?? '']);
      // A garbage row's id cell is prefixed, so it never takes a valid id.
      garbage.forEach((g, k) => rows.splice((order[k] ?? 0) % (rows.length + 1), 0, [`g${g[0] ?? ''}`, ...g.slice(1)]));
      return { valid: valid as Valid[], text: csvFormatRows([['id', 'title', 'date', 'kind', 'summary'], ...rows]) };
    });
    const template = fc.array(fc.tuple(cell, cell, cell, cell, cell, cell, cell), { maxLength: 10 }).map((rows) => ({
      valid: [] as Valid[],
      text: csvFormatRows([['Year', 'Month', 'Day', 'Time', 'Headline', 'Text', 'Type'], ...rows]),
    }));
    const raw = fc
      .tuple(fc.constantFrom('id,title,date\n', 'Year,Month,Day,Headline\n', '"title",date\n', 'title,"date\n', ''), fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', 'a', '1', ' ', '-', '|', ';'), maxLength: 60 }))
      .map(([h, body]) => ({ valid: [] as Valid[], text: h + body }));
    fc.assert(
      fc.property(fc.oneof(ours, template, raw), ({ valid, text }) => {
        const imported = parseCsv(text);
        for (const p of imported.problems) expect(p.message).to.be.a('string');
        const r = parseDataset(text, { format: 'csv' });
        noCaughtBug(r);
        survives(r, valid);
      }),
      { numRuns: RUNS },
    );
    expect(checked - before, 'valid rows checked').to.be.greaterThan(RUNS);
  });

  it(`fromTimelineJS(): ${RUNS} TimelineJS objects, valid slides among garbage slides`, () => {
    const before = checked;
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const headline = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const validSlide = fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.option(fc.integer({ min: 1, max: 12 })), d: fc.integer({ min: 1, max: 28 }), headline, asString: fc.boolean() });
    const part = fc.oneof(junk, fc.integer(), fc.string({ maxLength: 6 }), fc.constantFrom('NaN', '1e5', '-0', ' 12 ', '1,200', '13', '0', '-44'));
    const garbageSlide = fc.oneof(
      junk,
      fc.record(
        {
          start_date: fc.oneof(junk, fc.record({ year: part, month: part, day: part, hour: part, minute: part }, { requiredKeys: [] })),
          end_date: fc.oneof(junk, fc.record({ year: part, month: part, day: part }, { requiredKeys: [] })),
          text: fc.oneof(junk, fc.record({ headline: fc.oneof(junk, fc.string()), text: fc.oneof(junk, fc.string()) }, { requiredKeys: [] })),
          media: fc.oneof(junk, fc.record({ url: fc.oneof(junk, fc.webUrl(), fc.string()), caption: junk }, { requiredKeys: [] })),
          unique_id: fc.string().map((s) => `g${s}`),
          group: junk,
          display_date: junk,
        },
        { requiredKeys: [] },
      ),
    );
    const timeline = fc.tuple(fc.array(validSlide, { maxLength: 8 }), fc.array(garbageSlide, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), junk, junk).map(
      ([slides, garbage, order, eras, titleSlide]) => {
        const valid: Valid[] = [];
        const events: unknown[] = slides.map((s, k) => {
          const id = `V${k}`;
          const date = s.m === null ? String(s.y) : `${s.y}-${pad(s.m)}-${pad(s.d)}`;
          valid.push({ id, title: s.headline, date });
          const v = (n: number) => (s.asString ? String(n) : n);
          const start: Record<string, unknown> = { year: v(s.y) };
          if (s.m !== null) Object.assign(start, { month: v(s.m), day: v(s.d) });
          return { unique_id: id, start_date: start, text: { headline: s.headline } };
        });
        garbage.forEach((g, k) => events.splice((order[k] ?? 0) % (events.length + 1), 0, g));
        return { valid, json: { title: titleSlide, events, eras } };
      },
    );
    fc.assert(
      fc.property(fc.oneof({ arbitrary: timeline, weight: 4 }, { arbitrary: junk.map((j) => ({ valid: [] as Valid[], json: j })), weight: 1 }), ({ valid, json }) => {
        const imported = fromTimelineJS(json);
        const r = normalize({ events: imported.events, eras: imported.eras });
        survives(r, valid);
        // And the same through parseDataset, from its JSON text when it has one.
        let text: string | undefined;
        try {
          text = JSON.stringify(json);
        } catch {
          text = undefined; // BigInt, cycles: not JSON
        }
        if (typeof text === 'string') {
          const parsed = parseDataset(text, { format: 'timelinejs' });
          noCaughtBug(parsed);
          if (valid.length) survives(parsed, valid);
        }
      }),
      { numRuns: RUNS },
    );
    expect(checked - before, 'valid slides checked').to.be.greaterThan(2 * RUNS);
  });

  it(`parseEdtf(): ${RUNS} strings from EDTF's alphabet and anywhere else throw EdtfError or nothing`, () => {
    const alphabet = fc.constantFrom(...'0123456789-/.~?%X[]{},:TZ+ YESu'.split(''), '..', '2023', '-12', '\u0000', '٢', '\u202e');
    const input = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.tuple(validEdtf, fc.string({ unit: alphabet, maxLength: 3 }), fc.nat()).map(([v, noise, at]) => v.slice(0, at % (v.length + 1)) + noise + v.slice(at % (v.length + 1))),
    );
    const zone = fc.constantFrom(undefined, 'UTC', 'Asia/Tehran', 'America/Los_Angeles', 'Not/AZone');
    fc.assert(
      fc.property(input, zone, (s, timeZone) => {
        try {
          const d = parseEdtf(s, timeZone ? { timeZone } : {});
          expect(Number.isNaN(d.earliest) || Number.isNaN(d.latest), `${JSON.stringify(s)} parsed to NaN bounds`).to.equal(false);
        } catch (e) {
          if (!(e instanceof EdtfError)) throw new Error(`parseEdtf(${JSON.stringify(s)}) threw ${String(e)}`);
        }
      }),
      { numRuns: RUNS },
    );
    // Valid EDTF from the generator always parses, and keeps its text.
    fc.assert(
      fc.property(validEdtf, (s) => {
        expect(parseEdtf(s).edtf).to.equal(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('htmlToText(): 1000 markup soups reduce to text in which no tag can start', () => {
    const token = fc.constantFrom('<', '>', '</', '/>', '<!--', '-->', '<!', '<?', '"', "'", '=', ' ', '\n', '&', '&#', '&lt;', '&#60;', '&#x3c;', ';', 'a', 'b', 'x', 'script', 'img', 'svg', 'style', 'template', 'iframe', 'onerror', 'src', 'textarea', 'math', 'br', 'p', '\u0000');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const out = htmlToText(tokens.join(''));
        expect(out, JSON.stringify(tokens.join(''))).to.not.match(/<[A-Za-z!/?]/);
      }),
      { numRuns: 1000 },
    );
  });
});
