import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromTimelineJS } from '../../src/data/timelinejs.js';
import { normalize } from '../../src/data/normalize.js';
import { parseEdtf } from '../../src/data/edtf.js';

fc.configureGlobal({ seed: 20230802 });

const fixture = async (): Promise<unknown> => (await fetch('/test/fixtures/timelinejs-space-race.json')).json();

/** The EDTF date fromTimelineJS builds for one slide's date objects. */
function dateOf(start: unknown, end?: unknown): string | null | undefined {
  const r = fromTimelineJS({ events: [{ start_date: start, end_date: end, text: { headline: 'x' } }] });
  return r.events[0]?.date;
}

describe('fromTimelineJS', () => {
  it('fromTimelineJS(json) reads a TimelineJS file: title slide, events and eras', async () => {
    const r = fromTimelineJS(await fixture());
    expect(r.title).to.equal('The Space Race\n1957–1975');
    expect(r.events.map((e) => e.date)).to.deep.equal([
      '1957-10-04', '1961-04-12T06:07', '1962', '1969-07', '1969-07-20T20:17:40', '1972-12-07/1972-12-19', '-0239', '1975-07-17',
    ]);
    expect(r.events[0]).to.deep.equal({
      id: 'sputnik-1',
      title: 'Sputnik\u00a01',
      kind: 'other',
      date: '1957-10-04',
      dateText: null,
      summary: 'The Soviet Union launches the first artificial satellite.\n\nIt transmits for 21 days.',
      group: 'USSR',
      media: {
        url: 'https://upload.wikimedia.org/wikipedia/commons/b/be/Sputnik_asm.jpg',
        caption: 'A replica of Sputnik 1',
        credit: 'NSSDC',
      },
      color: '#1b1b1b',
    });
    expect(r.events[3]!.summary).to.equal('Launch\nLanding\nReturn');
    expect(r.events[4]!.title).to.equal('“The Eagle has landed”');
    // An embedded quote's text joins the summary; embeds are links labelled with what they are.
    expect(r.events[7]!.summary).to.equal('A handshake in orbit.\n\nHandshake');
    expect(r.events.map((e) => e.links ?? [])).to.deep.equal([
      [], [], [], [],
      [{ url: 'https://www.youtube.com/watch?v=cwZb2mqId0A', label: 'Video: Landing footage' }],
      [{ url: 'https://www.google.com/maps/embed?pb=1', label: 'Map: google.com' }],
      [{ url: 'https://en.wikipedia.org/wiki/Halley%27s_Comet', label: 'Wikipedia: en.wikipedia.org' }],
      [],
    ]);
    expect(r.eras).to.deep.equal([
      { title: 'The Space Race', date: '1957-10-04/1975-07-17' },
      { title: 'Cold War', date: '1947/1991' },
    ]);
    // Nothing is lost, so nothing is reported: the background colour is the event's colour.
    expect(r.problems).to.deep.equal([]);
    const n = normalize({ events: r.events, eras: r.eras });
    expect(n.problems.filter((p) => p.code !== 'unknown-kind')).to.deep.equal([]);
    expect(n.events.map((e) => e.id)).to.deep.equal([
      'sputnik-1', 'vostok-1', 'telstar-relays-television-across-the-atlantic', 'apollo-11-month', 'apollo-11-landing',
      'apollo-17', 'halley-s-comet-in-chinese-records', 'apollo-soyuz-docking',
    ]);
  });

  it('fromTimelineJS(json) keeps the precision given: year, month, day, hour, minute, second, millisecond', () => {
    expect(dateOf({ year: 2023 })).to.equal('2023');
    expect(dateOf({ year: '2023', month: '5' })).to.equal('2023-05');
    expect(dateOf({ year: 2023, month: 5, day: 1 })).to.equal('2023-05-01');
    expect(dateOf({ year: 2023, month: 5, day: 1, hour: 10, minute: 30 })).to.equal('2023-05-01T10:30');
    // An hour alone is that hour: one moment among its minutes, not the minute 10:00.
    expect(dateOf({ year: 2023, month: 5, day: 1, hour: 10 })).to.equal('[2023-05-01T10:00..2023-05-01T10:59]');
    expect(dateOf({ year: 2023, month: 5, day: 1, hour: '0' })).to.equal('[2023-05-01T00:00..2023-05-01T00:59]');
    const hour = parseEdtf(dateOf({ year: 2023, month: 5, day: 1, hour: 10 })!);
    expect([hour.span, new Date(hour.earliest).toISOString(), new Date(hour.latest).toISOString()]).to.deep.equal([
      'point', '2023-05-01T10:00:00.000Z', '2023-05-01T10:59:59.999Z',
    ]);
    // As the ends of an interval, an hour runs from its first to its last minute.
    expect(dateOf({ year: 2023, month: 5, day: 1, hour: 10 }, { year: 2023, month: 5, day: 1, hour: 12 })).to.equal('2023-05-01T10:00/2023-05-01T12:59');
    // Date-only values stay unshifted in any time zone.
    expect(parseEdtf('2023-05-01', { timeZone: 'Pacific/Kiritimati' }).earliest).to.equal(Date.UTC(2023, 4, 1));
    expect(dateOf({ year: 2023, month: 5, day: 1, hour: '10', minute: '30', second: '0' })).to.equal('2023-05-01T10:30:00');
    expect(dateOf({ year: 2023, month: 5, day: 1, hour: 10, minute: 30, second: 15, millisecond: 5 })).to.equal('2023-05-01T10:30:15.005');
    // A year alone is the whole year, never pinned to 1 January.
    const y = parseEdtf(dateOf({ year: '1962' })!);
    expect([y.precision, new Date(y.latest).toISOString()]).to.deep.equal(['year', '1962-12-31T23:59:59.999Z']);
    // Spreadsheet-style strings: blanks are absent, spaces and thousands separators are ignored.
    expect(dateOf({ year: ' 1,200 ', month: '', day: '', hour: '', minute: '' })).to.equal('1200');
  });

  it('fromTimelineJS(json) makes an interval from end_date, and ignores an end date without a year', () => {
    expect(dateOf({ year: 1943, month: 7 }, { year: 1946 })).to.equal('1943-07/1946');
    const r = fromTimelineJS({ events: [{ start_date: { year: 1943 }, end_date: { month: 5 }, text: { headline: 'x' } }] });
    expect(r.events[0]!.date).to.equal('1943');
    expect(r.problems.map((p) => [p.code, p.severity, p.field])).to.deep.equal([['invalid-type', 'warning', 'end_date.year']]);
  });

  it('fromTimelineJS(json) reads negative years as TimelineJS shows them: -44 is 44 BCE, EDTF -0043', () => {
    expect(dateOf({ year: -44, month: 3, day: 15 })).to.equal('-0043-03-15');
    expect(dateOf({ year: '-44' })).to.equal('-0043');
    expect(dateOf({ year: -1 })).to.equal('0000'); // 1 BCE
    expect(dateOf({ year: 0 })).to.equal('0000'); // no year 0 in TimelineJS's count: read as 1 BCE
    expect(dateOf({ year: 1 })).to.equal('0001');
    expect(dateOf({ year: 79, month: 8, day: 24 })).to.equal('0079-08-24');
    expect(dateOf({ year: -10000 })).to.equal('-9999');
    expect(dateOf({ year: -10001 })).to.equal('Y-10000');
    expect(dateOf({ year: 12345 })).to.equal('Y12345');
    expect(dateOf({ year: -3000 }, { year: -500 })).to.equal('-2999/-0499');
    const caesar = parseEdtf(dateOf({ year: -44, month: 3, day: 15 })!);
    expect(new Date(caesar.earliest).getUTCFullYear()).to.equal(-43);
  });

  it('fromTimelineJS(json) takes dateText from display_date, the slide\'s own first', () => {
    const ev = (slide: Record<string, unknown>) => fromTimelineJS({ events: [{ text: { headline: 'x' }, ...slide }] }).events[0]!;
    expect(ev({ start_date: { year: 2023 } }).dateText).to.equal(null);
    expect(ev({ start_date: { year: 2023, display_date: 'Spring 2023' } }).dateText).to.equal('Spring 2023');
    expect(ev({ start_date: { year: 2023, display_date: 'Spring' }, display_date: 'Early 2023' }).dateText).to.equal('Early 2023');
    expect(ev({ start_date: { year: 2023, display_date: 'May' }, end_date: { year: 2024, display_date: 'June' } }).dateText).to.equal('May – June');
  });

  it('fromTimelineJS(json) maps ids, groups, and falls back to the text when a slide has no headline', () => {
    const r = fromTimelineJS({
      events: [
        { start_date: { year: 2001 }, text: { headline: 'A' }, unique_id: ' a-1 ', group: 'G' },
        { start_date: { year: 2002 }, text: { headline: 'B' }, unique_id: 7, group: 3 },
        { start_date: { year: 2003 }, text: { text: '<p>Only a text here.</p><p>Second paragraph.</p>' } },
        { start_date: { year: 2004 }, text: { text: `<p>${'long '.repeat(40)}</p>` } },
        { start_date: { year: 2005, display_date: 'Mid-2005' } },
      ],
    });
    expect(r.events.map((e) => [e.id, e.title, e.group, e.kind])).to.deep.equal([
      ['a-1', 'A', 'G', 'other'],
      ['7', 'B', '3', 'other'],
      [undefined, 'Only a text here.', undefined, 'other'],
      [undefined, `${'long '.repeat(16).trim()}…`, undefined, 'other'],
      [undefined, 'Mid-2005', undefined, 'other'],
    ]);
    expect(r.events[3]!.title.length).to.be.at.most(80);
    // The text stands in silently; the display date is named in a warning.
    expect(r.problems.map((p) => [p.index, p.severity, p.code, p.field, p.message])).to.deep.equal([
      [4, 'warning', 'fallback-title', 'text.headline', 'Record 5, field "text.headline": the slide has no headline or text, so its display date is the title'],
    ]);
  });

  it('fromTimelineJS(json) keeps image files as the image and every other media as a link saying what it is', () => {
    const one = (media: unknown, extra: Record<string, unknown> = {}) =>
      fromTimelineJS({ events: [{ start_date: { year: 2000 }, text: { headline: 'x' }, media, ...extra }] });
    const media = (url: string) => one({ url, caption: '<b>c</b>' });
    expect(media('https://example.org/photo.JPG?w=400#top').events[0]!.media).to.deep.equal({ url: 'https://example.org/photo.JPG?w=400#top', caption: 'c' });
    expect(media('images/local.webp').events[0]!.media).to.deep.equal({ url: 'images/local.webp', caption: 'c' });
    // Hosts are matched as hosts: dropbox.com is not x.com, and "youtube" in a path is not YouTube.
    expect(media('https://www.dropbox.com/s/abc/photo.jpg').events[0]!.media!.url).to.equal('https://www.dropbox.com/s/abc/photo.jpg');
    expect(media('https://img.example/youtube-logo.png').events[0]!.media!.url).to.equal('https://img.example/youtube-logo.png');
    // Safety of the URL itself is normalize()'s job: it drops this one as invalid-url.
    const js = media('javascript:alert(1)//.png');
    expect(js.events[0]!.media!.url).to.equal('javascript:alert(1)//.png');
    expect(normalize(js.events).problems.map((p) => p.code)).to.deep.equal(['invalid-url']);
    for (const [url, link, label] of [
      ['https://youtu.be/abc', 'https://youtu.be/abc', 'Video: c'],
      ['https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s', 'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s', 'Video: c'],
      ['youtu.be/abc', 'https://youtu.be/abc', 'Video: c'], // TimelineJS needs no scheme for its hosts
      ['//player.vimeo.com/video/1', 'https://player.vimeo.com/video/1', 'Video: c'],
      ['http://www.dailymotion.com/video/x2fo0e8', 'http://www.dailymotion.com/video/x2fo0e8', 'Video: c'],
      ['https://example.org/clip.mp4', 'https://example.org/clip.mp4', 'Video: c'],
      ['https://soundcloud.com/a/b', 'https://soundcloud.com/a/b', 'Audio: c'],
      ['https://twitter.com/user/status/1', 'https://twitter.com/user/status/1', 'Tweet: c'],
      ['https://x.com/user/status/1', 'https://x.com/user/status/1', 'Tweet: c'],
      ['https://www.google.com/maps/place/X/@42,-87,17z', 'https://www.google.com/maps/place/X/@42,-87,17z', 'Map: c'],
      ['https://www.documentcloud.org/documents/1-x.html', 'https://www.documentcloud.org/documents/1-x.html', 'Document: c'],
      ['https://docs.google.com/document/d/1/edit', 'https://docs.google.com/document/d/1/edit', 'Document: c'],
      ['https://example.org/document.pdf', 'https://example.org/document.pdf', 'Document: c'],
      ['https://en.wikipedia.org/wiki/Ada_Lovelace', 'https://en.wikipedia.org/wiki/Ada_Lovelace', 'Wikipedia: c'],
      ['https://commons.wikimedia.org/wiki/File:Ada.jpg', 'https://commons.wikimedia.org/wiki/File:Ada.jpg', 'Wikipedia: c'],
      ['http://instagram.com/p/ymwL5JAsw5/', 'http://instagram.com/p/ymwL5JAsw5/', 'Instagram: c'],
      ['https://flic.kr/p/2j3fiqw', 'https://flic.kr/p/2j3fiqw', 'Image: c'],
      // An image URL without a file extension cannot be known to be an image: a link.
      ['https://lh4.googleusercontent.com/-QO1/w622-h415-no/', 'https://lh4.googleusercontent.com/-QO1/w622-h415-no/', 'Media: c'],
      ['https://drive.google.com/uc?id=10Ym', 'https://drive.google.com/uc?id=10Ym', 'Document: c'],
      ['<iframe src="https://www.youtube.com/embed/abc"></iframe>', 'https://www.youtube.com/embed/abc', 'Video: c'],
      ['<iframe src=\'https://example.org/widget\'></iframe>', 'https://example.org/widget', 'Embed: c'],
    ]) {
      const r = media(url!);
      expect(r.events[0]!.media, url).to.equal(undefined);
      expect(r.events[0]!.links, url).to.deep.equal([{ url: link, label }]);
      expect(r.problems, url).to.deep.equal([]);
    }
    // The label falls back to the host, and carries the credit.
    expect(one({ url: 'https://vimeo.com/1', credit: 'Joe' }).events[0]!.links).to.deep.equal([{ url: 'https://vimeo.com/1', label: 'Video: vimeo.com (Joe)' }]);
    // A tweet's embed markup: its text joins the summary, its status link is the link, its script is dropped.
    const tweet = one({
      url: '<blockquote class="twitter-tweet"><p>Good dogs <a href="https://twitter.com/hashtag/x">#x</a></p>&mdash; Kit <a href="https://twitter.com/Kit/status/947">January 1, 2018</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>',
      caption: 'Pizza Dog',
    });
    expect(tweet.events[0]!.links).to.deep.equal([{ url: 'https://twitter.com/Kit/status/947', label: 'Tweet: Pizza Dog' }]);
    expect(tweet.events[0]!.summary).to.equal('Good dogs #x\n\n— Kit January 1, 2018');
    // Hostile embeds: no javascript: link is taken from markup; an embed with nothing in it is reported.
    const hostile = one({ url: '<iframe src="javascript:alert(1)"></iframe>' });
    expect([hostile.events[0]!.links, hostile.problems.map((p) => [p.code, p.field])]).to.deep.equal([undefined, [['unsupported-media', 'media.url']]]);
    // A link given as a media URL is still checked by normalize(): not http(s), dropped with a warning.
    const bad = media('javascript:alert(1)');
    expect(bad.events[0]!.links).to.deep.equal([{ url: 'javascript:alert(1)', label: 'Media: c' }]);
    expect(normalize(bad.events).problems.map((p) => [p.code, p.field])).to.deep.equal([['invalid-url', 'links[0].url']]);
    expect(normalize(bad.events).events[0]!.links).to.deep.equal([]);
    // media.link (where TimelineJS makes the image lead) is a link; a thumbnail is the image of media that is not one.
    const linked = one({ url: 'https://example.org/a.jpg', caption: 'A', link: 'https://example.org/page' });
    expect(linked.events[0]!.links).to.deep.equal([{ url: 'https://example.org/page', label: 'Link: A' }]);
    const thumb = one({ url: 'https://vimeo.com/1', caption: 'V', thumbnail: 'https://example.org/t.png' });
    expect(thumb.events[0]!.media).to.deep.equal({ url: 'https://example.org/t.png', caption: 'V' });
    // Backgrounds: an image is a link, a colour the event's colour (normalize() checks its syntax).
    const bg = one(undefined, { background: { url: 'https://example.org/bg.jpg', color: ' #F45B69 ' } });
    expect(bg.events[0]!.links).to.deep.equal([{ url: 'https://example.org/bg.jpg', label: 'Background image: example.org' }]);
    expect([bg.events[0]!.color, bg.problems]).to.deep.equal(['#F45B69', []]);
    expect(normalize(bg.events).events[0]!.color).to.equal('#F45B69');
    const badColor = normalize(one(undefined, { background: { color: 'red; background: url(x)' } }).events);
    expect([badColor.events[0]!.color, badColor.problems.map((p) => [p.code, p.field])]).to.deep.equal([null, [['invalid-type', 'color']]]);
    expect(media('').events[0]!.media).to.equal(undefined);
    expect(media('').problems).to.deep.equal([]);
  });

  it('fromTimelineJS(json) keeps a slide with no headline or text, named by its caption, display date or date', () => {
    const r = fromTimelineJS({
      events: [
        { start_date: { year: 2006 }, media: { url: 'https://youtu.be/abc', caption: '<em>Moon</em> landing' } },
        { start_date: { year: 2007 }, display_date: 'Summer 2007', media: { url: 'https://twitter.com/a/status/1' } },
        { start_date: { year: -44, month: 3, day: 15 } },
        { start_date: { year: 1969, month: 7, day: 20, hour: 20, minute: 17 }, text: { headline: '<img src=x>' } },
      ],
    });
    expect(r.events.map((e) => e.title)).to.deep.equal(['Moon landing', 'Summer 2007', 'March 15, 44 BCE', 'July 20, 1969 20:17']);
    expect(r.problems.map((p) => [p.index, p.severity, p.code, p.field])).to.deep.equal([
      [0, 'warning', 'fallback-title', 'text.headline'],
      [1, 'warning', 'fallback-title', 'text.headline'],
      [2, 'warning', 'fallback-title', 'text.headline'],
      [3, 'warning', 'fallback-title', 'text.headline'],
    ]);
    expect(r.problems[0]!.message).to.equal('Record 1, field "text.headline": the slide has no headline or text, so its media caption is the title');
    expect(r.problems[2]!.message).to.include('so its date is the title');
    expect(normalize(r.events).events).to.have.length(4);
  });

  it('fromTimelineJS(json) reports each bad slide once, by record and field, and keeps the good ones', () => {
    const r = fromTimelineJS({
      events: [
        { start_date: { year: 2001 }, text: { headline: 'good 1' } },
        { text: { headline: 'no start_date' }, unique_id: 'nodate' },
        { start_date: { year: 'two thousand' }, text: { headline: 'words' } },
        { start_date: { year: Number.NaN }, text: { headline: 'NaN' } },
        { start_date: { year: Infinity }, text: { headline: 'Infinity' } },
        { start_date: { year: 2001.5 }, text: { headline: 'fraction' } },
        { start_date: { year: 2001, month: 13 }, text: { headline: 'month 13' } },
        { start_date: { year: 2001, month: 2, day: 30 }, text: { headline: '30 February' } },
        { start_date: { year: 2001, day: 3 }, text: { headline: 'day without month' } },
        { start_date: { year: 2001, month: 1, hour: 3 }, text: { headline: 'time without day' } },
        { start_date: { year: 2001, month: 1, day: 1, hour: 25 }, text: { headline: 'hour 25' } },
        { start_date: { year: 2001 }, end_date: { year: 1999 }, text: { headline: 'ends before it starts' } },
        { start_date: { year: 2001 }, end_date: { year: '#N/A' }, text: { headline: 'bad end' } },
        { start_date: { year: 2001 }, text: { headline: '<img src=x>' } },
        { start_date: { year: 300000 }, text: { headline: 'far future' } },
        { start_date: { year: 12345, month: 1 }, text: { headline: 'long year with month' } },
        { start_date: { month: 1 }, text: { headline: 'no year' } },
        { start_date: '2001-01-01', text: { headline: 'string date' } },
        null,
        'slide',
        { start_date: { year: '2002' }, text: { headline: 'good 2' } },
      ],
    });
    expect(r.events.map((e) => e.title)).to.deep.equal(['good 1', '2001', 'good 2']);
    expect(r.recordIndex).to.deep.equal([0, 13, 20]);
    expect(r.problems.map((p) => [p.index, p.severity, p.code, p.field])).to.deep.equal([
      [1, 'error', 'missing-date', 'start_date'],
      [2, 'error', 'invalid-date', 'start_date.year'],
      [3, 'error', 'invalid-date', 'start_date.year'],
      [4, 'error', 'invalid-date', 'start_date.year'],
      [5, 'error', 'invalid-date', 'start_date.year'],
      [6, 'error', 'invalid-date', 'start_date.month'],
      [7, 'error', 'invalid-date', 'start_date'],
      [8, 'error', 'invalid-date', 'start_date.month'],
      [9, 'error', 'invalid-date', 'start_date.day'],
      [10, 'error', 'invalid-date', 'start_date.hour'],
      [11, 'error', 'end-before-start', 'end_date'],
      [12, 'error', 'invalid-date', 'end_date.year'],
      [13, 'warning', 'fallback-title', 'text.headline'],
      [14, 'error', 'date-out-of-range', 'start_date.year'],
      [15, 'error', 'invalid-date', 'start_date.month'],
      [16, 'error', 'missing-date', 'start_date.year'],
      [17, 'error', 'missing-date', 'start_date'],
      [18, 'error', 'invalid-record', null],
      [19, 'error', 'invalid-record', null],
    ]);
    const messages = r.problems.map((p) => p.message);
    expect(messages[0]).to.equal('Record 2 ("nodate"), field "start_date": the start_date is missing; the record is skipped');
    expect(messages[1]).to.equal('Record 3, field "start_date.year": the string "two thousand" is not a whole number; the record is skipped');
    expect(messages[2]).to.equal('Record 4, field "start_date.year": NaN is not a whole number; the record is skipped');
    expect(messages[3]).to.include('the number Infinity is not a whole number');
    expect(messages[6]).to.include('day 30 does not exist in 2001-02');
  });

  it('fromTimelineJS(json) reads eras and reports bad ones under eras[k]', () => {
    const r = fromTimelineJS({
      events: [],
      eras: [
        { start_date: { year: 1939, month: 9 }, end_date: { year: 1945, month: 9 }, text: { headline: '<b>WWII</b>' } },
        { start_date: { year: 1950 }, text: { headline: 'no end' } },
        { start_date: { year: 'x' }, end_date: { year: 1960 } },
        { start_date: { year: 1970 }, end_date: { year: 1960 } },
        'era',
        { start_date: { year: 1980 }, end_date: { year: 1990 } },
      ],
    });
    expect(r.eras).to.deep.equal([
      { title: 'WWII', date: '1939-09/1945-09' },
      { title: '', date: '1980/1990' },
    ]);
    expect(r.problems.map((p) => [p.index, p.code, p.field])).to.deep.equal([
      [-1, 'missing-date', 'eras[1].end_date'],
      [-1, 'invalid-date', 'eras[2].start_date.year'],
      [-1, 'end-before-start', 'eras[3].end_date'],
      [-1, 'invalid-type', 'eras[4]'],
    ]);
    expect(fromTimelineJS({ events: [], eras: 'x' }).problems.map((p) => p.field)).to.deep.equal(['eras']);
  });

  it('fromTimelineJS(json) reports input that is not a TimelineJS object', () => {
    for (const input of [null, 42, 'text', [], {}, { events: {} }]) {
      const r = fromTimelineJS(input);
      expect(r.events).to.deep.equal([]);
      expect(r.problems.map((p) => [p.index, p.code])).to.deep.equal([[-1, 'invalid-input']]);
    }
    expect(fromTimelineJS({ events: [] })).to.deep.include({ events: [], eras: [], title: null, problems: [] });
  });

  it('fromTimelineJS(json) copes with a 1 MB hostile slide', () => {
    const big = 'google.'.repeat(150_000);
    const r = fromTimelineJS({ events: [{ start_date: { year: big }, text: { headline: big, text: `<p>${big}` }, media: { url: big }, display_date: big }] });
    expect(r.problems.map((p) => p.code)).to.deep.equal(['invalid-date']);
    const media = fromTimelineJS({ events: [{ start_date: { year: 1 }, text: { headline: 'x' }, media: { url: `${big}.jpg` } }] });
    expect(media.events[0]!.media).to.not.equal(undefined);
  });

  it('fromTimelineJS(json) never throws, and every event it returns normalizes (property)', () => {
    const part = fc.oneof(fc.integer({ min: -20000, max: 20000 }), fc.string({ maxLength: 6 }), fc.constantFrom(NaN, Infinity, null, undefined, '', '12', '-44', 1.5));
    const date = fc.record({ year: part, month: part, day: part, hour: part, minute: part, second: part }, { requiredKeys: [] });
    const slide = fc.record(
      {
        start_date: fc.oneof(date, fc.anything()),
        end_date: fc.oneof(date, fc.anything()),
        text: fc.oneof(fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }), fc.anything()),
        media: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), caption: fc.anything() }, { requiredKeys: [] }), fc.anything()),
        unique_id: fc.anything(),
        group: fc.anything(),
        display_date: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const timeline = fc.oneof(
      fc.anything(),
      fc.record({ title: fc.anything(), events: fc.array(fc.oneof(slide, fc.anything()), { maxLength: 6 }), eras: fc.anything() }, { requiredKeys: ['events'] }),
    );
    fc.assert(
      fc.property(timeline, (json) => {
        const r = fromTimelineJS(json);
        const n = normalize({ events: r.events, eras: r.eras });
        // The importer vets dates, titles and eras; normalize() can only add warnings (e.g. about URLs).
        expect(n.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
        expect(n.events.length).to.equal(r.events.length);
        if (Array.isArray((json as { events?: unknown })?.events)) {
          const slides = (json as { events: unknown[] }).events.length;
          const errors = r.problems.filter((p) => p.severity === 'error' && p.index >= 0).map((p) => p.index);
          expect(new Set(errors).size, 'one error per bad slide').to.equal(errors.length);
          expect(errors.length + r.events.length).to.equal(slides);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
