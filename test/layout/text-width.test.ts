import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dateShape, glyphSumWidth, glyphWidths } from '../../src/layout/text-width.js';
import { parseEdtf } from '../../src/data/edtf.js';
import { DateFormatter } from '../../src/format/dates.js';
import { en } from '../../src/i18n/strings.js';
import { fa } from '../../src/i18n/fa.js';

fc.configureGlobal({ seed: 20230802 });

/** The browser's own measure, in the story's card font. */
const ctx = document.createElement('canvas').getContext('2d')!;
ctx.font = '15px sans-serif';
const canvasWidth = (s: string) => ctx.measureText(s).width;

describe('glyphSumWidth', () => {
  it('is the sum of the widths of the characters, each measured once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'abcXYZ ,.-–0123фыв'), maxLength: 30 })), (texts) => {
        const calls: string[] = [];
        const measure = (s: string) => {
          calls.push(s);
          return s.codePointAt(0)! % 11;
        };
        const glyphs = glyphWidths();
        for (const t of texts) {
          const sum = Array.from(t).reduce((a, c) => a + (c.codePointAt(0)! % 11), 0);
          expect(glyphSumWidth(t, measure, glyphs)).to.equal(sum);
        }
        expect(calls.length, 'one call per distinct character').to.equal(new Set(texts.join('')).size);
      }),
    );
  });

  it('measures a text whole when its script joins or stacks letters (Persian, Arabic, Devanagari)', () => {
    for (const text of ['دیدار وزیران دفاع', 'زيارة', 'नमस्ते', 'Minsk — مینسک']) {
      const calls: string[] = [];
      const width = glyphSumWidth(text, (s) => (calls.push(s), 42), glyphWidths());
      expect([width, calls]).to.deep.equal([42, [text]]);
    }
  });

  it("comes within 3% of the browser's width for Latin and Cyrillic titles (property)", () => {
    const glyphs = glyphWidths();
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWйцукенгшщзхъ'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const exact = canvasWidth(text);
        expect(Math.abs(glyphSumWidth(text, canvasWidth, glyphs) - exact)).to.be.at.most(exact * 0.03 + 0.5);
      }),
    );
  });
});

describe('dateShape', () => {
  const day = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = fc.record({
    y: fc.integer({ min: 1000, max: 2999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  });
  /** Random EDTF strings of many shapes: days, months, years, qualified, ranges and open ends. */
  const edtf = fc.oneof(
    date.map((a) => day(a.y, a.m, a.d)),
    date.map((a) => `${day(a.y, a.m, a.d).slice(0, 7)}`),
    date.map((a) => `${a.y}~`),
    date.map((a) => `${day(a.y, a.m, a.d)}?`),
    fc.tuple(date, fc.integer({ min: 0, max: 400 })).map(([a, n]) => {
      const end = new Date(Date.UTC(a.y, a.m - 1, a.d) + n * 86_400_000).toISOString().slice(0, 10);
      return `${day(a.y, a.m, a.d)}/${end}`;
    }),
    date.map((a) => `${day(a.y, a.m, a.d)}/..`),
  );

  it('tells apart what changes the words: span, precision, qualifiers, open ends, shared year and month, era', () => {
    const shape = (s: string) => dateShape(parseEdtf(s));
    expect(shape('2023-07-31')).to.equal(shape('1999-01-02'));
    expect(shape('2023-07-24/2023-07-30')).to.equal(shape('2021-03-01/2021-03-09'));
    const distinct = [
      '2023-07-31',
      '2023-07',
      '2023',
      '2023-07-31~',
      '2023-07-31?',
      '2023-07-24/2023-07-30',
      '2023-07-24/2023-08-02',
      '2023-07-24/2024-01-02',
      '2023-07-24/..',
      '../2023-07-24',
      '[2023-07-24..2023-07-30]',
      '-0044-03-15',
      '0045-03-15',
    ];
    expect(new Set(distinct.map(shape)).size).to.equal(distinct.length);
  });

  it('groups dates exactly as shapes spelled out with Date and strings do, across eras and open ends (property)', () => {
    // The shape as first written: each year read through a Date, and every part a string.
    const yearShape = (ms: number) => {
      if (!Number.isFinite(ms)) return 'open';
      const y = new Date(ms).getUTCFullYear();
      return `${y <= 0 ? '-' : ''}${String(Math.abs(y)).length}`;
    };
    const bound = (b?: {
      precision: string | null;
      approximate: boolean;
      uncertain: boolean;
      missing?: string;
      earliest: number;
      latest: number;
    }) =>
      b
        ? `${b.precision}${b.approximate ? '~' : ''}${b.uncertain ? '?' : ''}${b.missing ?? ''}:${yearShape(b.earliest)}:${yearShape(b.latest)}`
        : '';
    const reference = (d: ReturnType<typeof parseEdtf>) => {
      const from = d.start ?? d;
      const to = d.end ?? d;
      let shared = '';
      if (Number.isFinite(from.earliest) && Number.isFinite(to.earliest)) {
        const [a, b] = [new Date(from.earliest), new Date(to.earliest)];
        const year = a.getUTCFullYear() === b.getUTCFullYear();
        shared = year
          ? a.getUTCMonth() === b.getUTCMonth()
            ? a.getUTCDate() === b.getUTCDate()
              ? 'd'
              : 'm'
            : 'y'
          : '';
      }
      const ends = d.start || d.end ? `${bound(d.start)} ${bound(d.end)}` : bound(d);
      return `${d.span}${d.oneOf ? '[]' : ''}${d.hasTime ? 'T' : ''}${shared} ${ends}`;
    };
    const year = fc.integer({ min: -99_999, max: 99_999 });
    const iso = (y: number, m: number, d: number) =>
      `${y < 0 ? '-' : ''}${Math.abs(y) > 9999 ? 'Y' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const day = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
    const plain = (y: number) =>
      Math.abs(y) > 9999 ? `Y${y}` : `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
    const one = fc.oneof(
      day.map(([y, m, d]) => (Math.abs(y) > 9999 ? plain(y) : iso(y, m, d))),
      day.map(([y, m]) => (Math.abs(y) > 9999 ? plain(y) : iso(y, m, 1).slice(0, -3))),
      year.map((y) => `${plain(y)}~`),
      fc.constantFrom('..', ''),
    );
    const edtf = fc.oneof(
      one.filter((s) => s !== '..' && s !== ''),
      fc.tuple(one, one).map(([a, b]) => `${a}/${b}`),
      fc
        .tuple(day, fc.integer({ min: 0, max: 40 }))
        .map(([[y, m, d], n]) => (Math.abs(y) > 9999 ? plain(y) : `${iso(y, m, d)}/${iso(y, m, Math.min(28, d + n))}`)),
    );
    const dates = fc.sample(edtf, 3000).flatMap((s) => {
      try {
        return [parseEdtf(s)];
      } catch {
        return []; // an end before its start, two missing ends
      }
    });
    expect(dates.length).to.be.above(1500);
    const byShape = new Map<number, string>();
    const byReference = new Map<string, number>();
    for (const d of dates) {
      const [n, r] = [dateShape(d), reference(d)];
      expect(byShape.get(n) ?? r, d.edtf).to.equal(r);
      expect(byReference.get(r) ?? n, d.edtf).to.equal(n);
      byShape.set(n, r);
      byReference.set(r, n);
    }
    expect(byShape.size).to.be.above(40);
  });

  it('dates of one shape are described at nearly one width: the estimate misses by no more than its month names and days (property)', () => {
    // Widths in the story's card font, for English and Persian: a shape's first description stands for all.
    for (const f of [new DateFormatter('en-GB', en), new DateFormatter('fa', fa)]) {
      const first = new Map<number, number>();
      fc.assert(
        fc.property(edtf, (s) => {
          const d = parseEdtf(s);
          const w = canvasWidth(f.describe(d));
          const seen = first.get(dateShape(d));
          if (seen === undefined) first.set(dateShape(d), w);
          // A range across years names two months and two days: "May" against "September" and "1" against "28", twice.
          else expect(Math.abs(w - seen), `${s} in ${f.locale}`).to.be.at.most(100);
        }),
        { numRuns: 400 },
      );
    }
  });
});
