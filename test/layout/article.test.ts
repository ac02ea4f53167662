import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  layoutArticle,
  mentionsInQuotes,
  paragraphs,
  placeQuotes,
  type ArticleEvent,
  type PlacedQuote,
} from '../../src/layout/article.js';

const TEXT = 'Title line\n\nFirst para, on 31 July they met.\nSame para.\n\n  \n\nLast week, a deal. Then more.';

describe('article layout: placing quotes', () => {
  it('trusts offsets that hold the quote', () => {
    const start = TEXT.indexOf('on 31 July');
    const e: ArticleEvent = { id: 'a', title: 'A', source: { quote: 'on 31 July', start, end: start + 10 } };
    expect(placeQuotes(TEXT, [e])).to.deep.equal({ quotes: [{ id: 'a', start, end: start + 10 }], missed: [] });
  });

  it('finds a quote whose offsets are off (another line ending, a trimmed text), nearest to where they said', () => {
    const text = 'a deal. x a deal. y a deal.';
    const e: ArticleEvent = { id: 'a', title: 'A', source: { quote: 'a deal', start: 12, end: 18 } };
    expect(placeQuotes(text, [e]).quotes).to.deep.equal([{ id: 'a', start: 10, end: 16 }]);
  });

  it('reports events with no source, or a quote not in the text, and places the rest', () => {
    const events: ArticleEvent[] = [
      { id: 'none', title: 'N' },
      { id: 'gone', title: 'G', source: { quote: 'not in the text', start: 0, end: 15 } },
      { id: 'offsets-only', title: 'O', source: { start: 0, end: 5 } },
      { id: 'bad-offsets', title: 'B', source: { start: 5, end: 2 } },
    ];
    const { quotes, missed } = placeQuotes(TEXT, events);
    expect(quotes).to.deep.equal([{ id: 'offsets-only', start: 0, end: 5 }]);
    expect(missed).to.deep.equal([
      { id: 'none', reason: 'no-source' },
      { id: 'gone', reason: 'not-found' },
      { id: 'bad-offsets', reason: 'not-found' },
    ]);
  });
});

describe('article layout: mentions in quotes', () => {
  it("marks an event's date words where its own quote says them, in any case, and nowhere else", () => {
    const quote = 'Last week, a deal.';
    const start = TEXT.indexOf(quote);
    const events: ArticleEvent[] = [
      { id: 'a', title: 'A', dateText: 'last week', source: { quote, start, end: start + quote.length } },
      { id: 'b', title: 'B', dateText: 'on 31 July', source: { quote: 'Then more.', start: TEXT.indexOf('Then') } },
    ];
    const { quotes } = placeQuotes(TEXT, events);
    expect(mentionsInQuotes(TEXT, events, quotes)).to.deep.equal([{ id: 'a', start, end: start + 9 }]);
  });
});

describe('article layout: paragraphs and runs', () => {
  it('splits paragraphs at blank lines (also lines of spaces), trimmed, none empty', () => {
    const ps = paragraphs(TEXT).map((p) => TEXT.slice(p.start, p.end));
    expect(ps).to.deep.equal([
      'Title line',
      'First para, on 31 July they met.\nSame para.',
      'Last week, a deal. Then more.',
    ]);
    expect(paragraphs('\r\n\r\n  a\r\n \r\nb  \n')).to.deep.equal([
      { start: 6, end: 7 },
      { start: 12, end: 13 },
    ]);
    expect(paragraphs('   \n\n ')).to.deep.equal([]);
  });

  it('cuts runs where nested and overlapping quotes begin and end, each stop before its first run', () => {
    const text = 'abcdefghij';
    const quotes: PlacedQuote[] = [
      { id: 'outer', start: 0, end: 8 },
      { id: 'inner', start: 2, end: 4 },
      { id: 'cross', start: 6, end: 10 },
      { id: 'same', start: 0, end: 8 },
    ];
    const [p] = layoutArticle(text, quotes, [{ id: 'inner', start: 2, end: 3 }]);
    expect(p!.runs.map((r) => [r.text, r.quotes.join('+'), r.mention?.id ?? '', r.starts.join('+')])).to.deep.equal([
      ['ab', 'outer+same', '', 'outer+same'],
      ['c', 'outer+same+inner', 'inner', 'inner'],
      ['d', 'outer+same+inner', '', ''],
      ['ef', 'outer+same', '', ''],
      ['gh', 'outer+same+cross', '', 'cross'],
      ['ij', 'cross', '', ''],
    ]);
  });

  it('a quote over a paragraph break has its stop once, in its first paragraph', () => {
    const text = 'one two\n\nthree four';
    const ps = layoutArticle(text, [{ id: 'q', start: 4, end: 14 }]);
    expect(ps.flatMap((p) => p.runs.filter((r) => r.starts.length).map((r) => r.text))).to.deep.equal(['two']);
    expect(ps[1]!.runs.map((r) => [r.text, r.quotes])).to.deep.equal([
      ['three', ['q']],
      [' four', []],
    ]);
  });

  it('property: runs rebuild each paragraph exactly; each run lists exactly the quotes covering it; one stop per quote', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n', 'é', '😀'), { maxLength: 40 })
      .map((a) => a.join(''));
    const input = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 3 }),
      ),
    );
    fc.assert(
      fc.property(input, ([t, qs, ms]) => {
        const quotes = qs.map(([a, b], i) => ({ id: `q${i}`, start: Math.min(a, b), end: Math.max(a, b) }));
        const mentions = ms.map(([a, b]) => ({ id: null, start: Math.min(a, b), end: Math.max(a, b) }));
        const ps = layoutArticle(t, quotes, mentions);
        expect(ps.map((p) => p.runs.map((r) => r.text).join(''))).to.deep.equal(
          paragraphs(t).map((p) => t.slice(p.start, p.end)),
        );
        const seen = new Map<string, number>();
        for (const p of ps) {
          let at = p.start;
          for (const r of p.runs) {
            expect(r.start).to.equal(at);
            expect(r.end).to.be.greaterThan(r.start);
            at = r.end;
            const covering = quotes.filter((q) => q.start <= r.start && q.end >= r.end).map((q) => q.id);
            expect([...r.quotes].sort()).to.deep.equal(covering.sort());
            expect(r.mention !== null).to.equal(mentions.some((m) => m.start <= r.start && m.end >= r.end));
            for (const id of r.starts) seen.set(id, (seen.get(id) ?? 0) + 1);
          }
          expect(at).to.equal(p.end);
        }
        // Every quote that covers any paragraph text has exactly one stop; the others none.
        for (const q of quotes) {
          const shown = ps.some((p) => p.runs.some((r) => r.quotes.includes(q.id)));
          expect(seen.get(q.id) ?? 0).to.equal(shown ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
