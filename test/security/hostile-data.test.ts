// Hostile data at the data-model level (no DOM): what the importers and the
// normalizer let through to the element. Text stays text (verbatim in our
// format, tags reduced in TimelineJS's HTML fields), every URL that is not
// http(s) is dropped with a warning naming its field, nothing pollutes
// prototypes, and messages stay short whatever the input's size.
import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import { parseCsv } from '../../src/data/csv.js';
import { htmlToText } from '../../src/data/html-text.js';
import { parseDataset } from '../../src/data/load.js';
import { isHttpUrl, normalize } from '../../src/data/normalize.js';
import { fromTimelineJS } from '../../src/data/timelinejs.js';
import type { TimelineEvent } from '../../src/data/types.js';
import { HOSTILE_URLS, XSS_PAYLOADS } from './payloads.js';

/** No tag can start in this text, whatever later reads it as HTML. */
const NO_TAG = /<[A-Za-z!/?]/;
const OK = 'https://example.com/page';

/** Every URL the event carries, wherever it is. */
function urlsOf(e: TimelineEvent): string[] {
  return [...e.links.map((l) => l.url), e.source?.url, e.corroboration?.url].filter((u): u is string => typeof u === 'string');
}

describe('hostile data in the data model', () => {
  it('our JSON format: every payload, in every text field, comes out verbatim', () => {
    const records = XSS_PAYLOADS.map((p, i) => ({
      id: `p${i}`,
      title: p,
      kind: p,
      date: '2023-07-31',
      dateText: p,
      actors: [p],
      place: p,
      summary: p,
      source: { quote: p },
      links: [{ url: OK, label: p }],
      media: { url: 'https://example.com/a.png', caption: p, credit: p },
      corroboration: { date: '2023', note: p },
      group: p,
    }));
    const r = normalize({ source: { title: XSS_PAYLOADS.join(' '), publisher: XSS_PAYLOADS[0] }, events: records, eras: XSS_PAYLOADS.map((p) => ({ title: p, date: '2023' })) });
    expect(r.events).to.have.length(XSS_PAYLOADS.length);
    r.events.forEach((e, i) => {
      const p = XSS_PAYLOADS[i]!;
      expect([e.title, e.kind, e.actors[0]]).to.deep.equal([p.trim(), p.trim(), p.trim()]);
      expect([e.dateText, e.place, e.summary, e.source!.quote, e.links[0]!.label, e.media!.caption, e.media!.credit, e.corroboration!.note, e.group]).to.deep.equal(Array(9).fill(p));
    });
    expect(r.eras.map((e) => e.title)).to.deep.equal([...XSS_PAYLOADS]);
    expect(r.source!.title).to.equal(XSS_PAYLOADS.join(' '));
  });

  it('every hostile URL is dropped from links, media, source and corroboration, with a warning naming the field', () => {
    for (const url of HOSTILE_URLS) {
      const r = normalize({
        source: { title: 'S', url },
        events: [{ id: 'e', title: 'T', date: '2023', links: [{ url, label: 'x' }, { url: OK }], source: { quote: 'q', url }, corroboration: { date: '2023', note: 'n', url }, media: { url } }],
      });
      const e = r.events[0]!;
      expect(urlsOf(e), url).to.deep.equal([OK]);
      expect(r.source!.url).to.equal(undefined);
      const fields = r.problems.filter((p) => p.code === 'invalid-url').map((p) => p.field);
      expect(fields, url).to.include.members(['source.url', 'links[0].url', 'source.url', 'corroboration.url']);
      // An image may be a relative reference (same origin); never a scheme other than http(s).
      if (e.media) {
        expect(new URL(e.media.url, 'https://page.example/dir/').protocol, url).to.equal('https:');
        expect(/^[^/?#]*:/.test(e.media.url), url).to.equal(false);
      } else expect(fields).to.include('media.url');
    }
  });

  it('isHttpUrl: only absolute http(s) URLs', () => {
    for (const url of HOSTILE_URLS) expect(isHttpUrl(url), url).to.equal(false);
    for (const url of ['https://example.com', 'http://example.com/a?b#c', 'HTTPS://EXAMPLE.COM']) expect(isHttpUrl(url), url).to.equal(true);
    for (const url of ['//example.com', '/path', 'example.com', '', 'mailto:a@b.c', 'ftp://example.com']) expect(isHttpUrl(url), url).to.equal(false);
  });

  it('our CSV columns: payloads verbatim, hostile URLs dropped', () => {
    const header = ['id', 'title', 'date', 'summary', 'source_quote', 'source_url', 'links', 'media_url', 'media_caption', 'corroboration_date', 'corroboration_note', 'corroboration_url'];
    const rows = XSS_PAYLOADS.map((p, i) => {
      const url = HOSTILE_URLS[i % HOSTILE_URLS.length]!;
      return [`p${i}`, p, '2023-07-31', p, p, url, `${url}\nlabel | ${url}\n${OK}`, url, p, '2023', p, url];
    });
    const r = parseDataset(csvFormatRows([header, ...rows]));
    expect(r.format).to.equal('csv');
    expect(r.events).to.have.length(XSS_PAYLOADS.length);
    r.events.forEach((e, i) => {
      const p = XSS_PAYLOADS[i]!;
      expect([e.title, e.summary, e.source!.quote, e.corroboration!.note]).to.deep.equal([p.trim(), p, p, p]);
      expect(urlsOf(e)).to.deep.equal([OK]);
      if (e.media) expect(/^[^/?#]*:/.test(e.media.url)).to.equal(false);
    });
    expect(r.problems.every((p) => p.severity === 'warning')).to.equal(true);
  });

  it('TimelineJS JSON and CSV: HTML is reduced to text in which no tag can start, and scripts leave no text', () => {
    const json = {
      title: { text: { headline: XSS_PAYLOADS.join(' ') } },
      events: XSS_PAYLOADS.map((p, i) => ({
        unique_id: `t${i}`,
        start_date: { year: 2023, display_date: p },
        text: { headline: `#${i} ${p}`, text: p },
        media: { url: 'https://example.com/a.png', caption: p, credit: p },
        group: p,
      })),
      eras: XSS_PAYLOADS.map((p) => ({ start_date: { year: 2022 }, end_date: { year: 2023 }, text: { headline: p } })),
    };
    const imported = fromTimelineJS(json);
    const r = normalize({ events: imported.events, eras: imported.eras });
    expect(r.events).to.have.length(XSS_PAYLOADS.length);
    for (const e of r.events) {
      for (const text of [e.title, e.summary, e.dateText, e.media?.caption, e.media?.credit]) if (text) expect(text, text).to.not.match(NO_TAG);
      // A payload's script body never becomes text.
      expect(e.title).to.not.match(/__xss\(1\)|parent\.__xss/);
    }
    expect(imported.title ?? '').to.not.match(NO_TAG);
    for (const era of r.eras) expect(era.title).to.not.match(NO_TAG);
    expect(r.events[0]!.title).to.equal('#0');

    const csv = csvFormatRows([
      ['Year', 'Month', 'Day', 'Display Date', 'Headline', 'Text', 'Media', 'Media Caption', 'Media Credit', 'Type'],
      ...XSS_PAYLOADS.map((p, i) => ['2023', '7', '31', p, `#${i} ${p}`, p, HOSTILE_URLS[i % HOSTILE_URLS.length]!, p, p, '']),
    ]);
    const c = parseDataset(csv);
    expect(c.events).to.have.length(XSS_PAYLOADS.length);
    for (const e of c.events) {
      for (const text of [e.title, e.summary, e.dateText]) if (text) expect(text).to.not.match(NO_TAG);
      expect(e.media === null, JSON.stringify(e.media)).to.equal(true);
    }
    expect(parseCsv(csv).problems.filter((p) => p.code !== 'unsupported-media')).to.deep.equal([]);
  });

  it('htmlToText: entity-encoded tags stay text and cannot re-form a tag', () => {
    for (const s of ['&lt;script&gt;x&lt;/script&gt;', '&#60;img src=x onerror=y&#62;', '<<script>script>', '&lt;<b>img</b> src=x&gt;', '&lt;!--', '<![CDATA[<img>]]>']) {
      expect(htmlToText(s), s).to.not.match(NO_TAG);
    }
  });

  it('no prototype pollution from JSON, CSV headers or TimelineJS', () => {
    const hostile = '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "events": [{"__proto__": {"polluted": "yes"}, "title": "T", "date": "2023", "constructor": {"prototype": {"polluted": "yes"}}}]}';
    const r = parseDataset(hostile);
    expect(r.events.map((e) => e.title)).to.deep.equal(['T']);
    expect(r.problems.map((p) => p.field)).to.include.members(['__proto__', 'constructor']);
    parseDataset('__proto__,constructor,title,date,prototype\n{"polluted":1},x,T,2023,y\n');
    parseDataset('{"events": [{"start_date": {"year": 2023, "__proto__": {"polluted": "yes"}}, "text": {"headline": "H", "__proto__": {"polluted": "yes"}}}]}');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });

  it('a title of the wrong type skips the record as an error (missing-title), never as a warning', () => {
    const r = normalize([{ id: 'n', title: 5, date: '2023' }, { id: 'o', title: {}, date: '2023' }, { id: 'w', title: '   ', date: '2023' }, { id: 'ok', title: 'OK', date: '2023' }]);
    expect(r.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(r.problems.map((p) => [p.id, p.code, p.severity])).to.deep.equal([
      ['n', 'missing-title', 'error'],
      ['o', 'missing-title', 'error'],
      ['w', 'missing-title', 'error'],
    ]);
  });

  it('messages stay short when they quote a 1 MB value, and still name the record, the field and the reason', () => {
    const big = '2023-'.repeat(200_000);
    const r = normalize([
      { id: 'd', title: 'T', date: big },
      { id: 'k', title: 'T', date: '2023', kind: 'k'.repeat(1 << 20) },
      { id: 'a', title: 'T', date: '2023', actors: 'a'.repeat(1 << 20) },
      { id: 'i'.repeat(1 << 20), title: 'T', date: 'bad' },
      { id: 'f', title: 'T', date: '2023', ['f'.repeat(1 << 20)]: 1 },
      { id: 's', title: 'T', date: '2023', media: { url: `https://example.com/${'v'.repeat(1 << 20)}.mp4` } },
    ]);
    for (const p of r.problems) expect(p.message.length, p.message.slice(0, 80)).to.be.at.most(600);
    const [date, kind, , id] = r.problems;
    expect(date!.message).to.match(/^Record 1 \("d"\), field "date": "2023-2023-.*….*" is not a valid EDTF date: .+; the record is skipped$/);
    expect(kind!.message).to.match(/^Record 2 \("k"\), field "kind": "k+…k+" is not one of /);
    expect(id!.message).to.match(/^Record 4 \("i+…i+"\), field "date": /);
    // The problem still carries the whole id, for code to find the record.
    expect(id!.id).to.have.length(1 << 20);
    // Surrogate pairs are never split.
    const emoji = normalize([{ id: 'e', title: 'T', date: '😀'.repeat(1000) }]).problems[0]!.message;
    expect(emoji).to.not.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
