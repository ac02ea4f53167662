// Reliability: bad data, sources that misbehave, long-lived pages, several
// elements on a page, and the element inside other components.
//
// For each class of bad input the element must: throw nothing uncaught; name
// the record and the field in its message (skipped records in
// [part="problems"], load failures in [part="state"]); report through
// el.problems and event-timeline-load's detail.problems (or
// event-timeline-error when the source cannot be loaded); and draw every
// valid record.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/components/event-timeline/event-timeline.component.js';
import type { EventTimelineErrorEvent, EventTimelineLoadEvent, EventTimelineSelectEvent } from '../../src/components/event-timeline/events.js';
import type { Problem } from '../../src/data/problems.js';
import { articleDataset, DATASET_URL, sleep } from './helpers.js';

const MB = 1 << 20;
const TIMELINEJS_URL = '/test/fixtures/timelinejs-space-race.json';

// ---- watching one load ---------------------------------------------------------------

interface Loaded {
  el: EventTimeline;
  loads: EventTimelineLoadEvent[];
  errors: EventTimelineErrorEvent[];
}

let uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);

/** Mounts an element set up by `setup`, and waits for its first load or error event and its drawing. */
async function load(setup: (el: EventTimeline) => void, width = 1200): Promise<Loaded> {
  await setViewport({ width: width + 40, height: 900 });
  const el = document.createElement('event-timeline');
  const loads: EventTimelineLoadEvent[] = [];
  const errors: EventTimelineErrorEvent[] = [];
  const settled = new Promise<void>((resolve) => {
    el.addEventListener('event-timeline-load', (e) => (loads.push(e), resolve()));
    el.addEventListener('event-timeline-error', (e) => (errors.push(e), resolve()));
  });
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  wrapper.append(el);
  await Promise.race([settled, sleep(8000).then(() => Promise.reject(new Error('no load or error event within 8 s')))]);
  await el.renderComplete;
  return { el, loads, errors };
}

const srcOf = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
const root = (el: EventTimeline) => el.shadowRoot!;
const stateText = (el: EventTimeline) => root(el).querySelector('[part="state"]')?.textContent?.trim() ?? null;
const problemsText = (el: EventTimeline) => root(el).querySelector('[part="problems"]')?.textContent ?? '';

/** Ids drawn as marks in the plot or on the undated shelf. */
function drawn(el: EventTimeline): Set<string> {
  return new Set([...root(el).querySelectorAll('[part~="event"][data-event-id]')].map((m) => m.getAttribute('data-event-id')!));
}

/** Every id in `ids` is drawn. */
function expectDrawn(el: EventTimeline, ids: string[]): void {
  const d = drawn(el);
  for (const id of ids) expect(d.has(id), `"${id.slice(0, 60)}" is drawn`).to.equal(true);
}

type Expected = [index: number, field: string | null, code: Problem['code']];

/**
 * The problems are reported, each naming its record and field; el.problems and
 * the load event's detail.problems agree; every skipped record's message shows
 * in [part="problems"]; nothing was thrown.
 */
function expectReported({ el, loads, errors }: Loaded, expected: Expected[]): void {
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(errors.map((e) => e.detail.message), 'event-timeline-error').to.deep.equal([]);
  expect(loads.length, 'event-timeline-load events').to.equal(1);
  expect(loads[0]!.detail.problems).to.deep.equal([...el.problems]);
  expect(loads[0]!.detail.count).to.equal(drawnCount(el));
  const got = el.problems.map((p) => [p.index, p.field, p.code]);
  for (const e of expected) expect(got, JSON.stringify(el.problems.map((p) => p.message), null, 1)).to.deep.include(e);
  for (const p of el.problems) {
    expect(p.message.length, 'message length').to.be.at.most(700);
    if (p.index >= 0) expect(p.message, 'names the record').to.match(/^(Record|Row) \d+/);
    if (p.field) expect(p.message.includes(`"${p.field.length > 200 ? p.field.slice(0, 50) : p.field}`), `"${p.message.slice(0, 200)}" names the field`).to.equal(true);
  }
  const shown = problemsText(el);
  for (const p of el.problems.filter((x) => x.severity === 'error').slice(0, 50)) {
    expect(shown.includes(p.message), `[part="problems"] shows "${p.message.slice(0, 120)}"`).to.equal(true);
  }
}

/** Events the element holds (drawn or filtered, dated or not). */
function drawnCount(el: EventTimeline): number {
  return JSON.parse(el.exportJSON()).events.length as number;
}

/** A source that cannot be loaded: event-timeline-error, an alert naming the cause, no load, nothing thrown. */
function expectLoadError({ el, loads, errors }: Loaded, pattern: RegExp): void {
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(loads, 'no event-timeline-load').to.have.length(0);
  expect(errors, 'one event-timeline-error').to.have.length(1);
  expect(errors[0]!.detail.message).to.match(pattern);
  const state = root(el).querySelector('[part="state"]')!;
  expect(state.getAttribute('role')).to.equal('alert');
  expect(state.textContent).to.include(errors[0]!.detail.message);
  expect(drawn(el).size).to.equal(0);
}

/** Records `fetch` calls from the page, with their AbortSignal and how they ended. */
function spyFetch() {
  const calls: Array<{ url: string; signal: AbortSignal | null; outcome: string }> = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), signal: init?.signal ?? null, outcome: 'pending' };
    calls.push(call);
    const p = original(input, init);
    p.then(
      () => (call.outcome = 'ok'),
      (e: Error) => (call.outcome = e.name),
    );
    return p;
  };
  return { calls, restore: () => (window.fetch = original) };
}

const GOOD = [
  { id: 'good-1', title: 'A valid event', date: '2023-07-31' },
  { id: 'good-2', title: 'Another valid event', date: '2023-05' },
  { id: 'good-undated', title: 'A valid undated event', date: null },
];
const GOOD_IDS = GOOD.map((g) => g.id);

describe('reliability', function () {
  this.timeout(60_000);

  beforeEach(() => {
    uncaught = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  describe('bad input: each class is reported, and every valid record is drawn', () => {
    it('wrong types in each field', async () => {
      const bad = [
        { id: 'w-id', title: 'Id is an object', date: '2023-01-02', kind: 5 },
        { id: {}, title: 'Id of the wrong type', date: '2023-01-03' },
        { id: 42, title: 'Numeric id', date: '2023-01-04' },
        { id: 'w-title', title: 5, date: '2023-01-05' },
        { id: 'w-title-obj', title: { text: 'x' }, date: '2023-01-05' },
        { id: 'w-date', title: 'Date is a number', date: 20230105 },
        { id: 'w-date-obj', title: 'Date is an object', date: { year: 2023 } },
        {
          id: 'w-optional',
          title: 'Every optional field wrong',
          date: '2023-01-06',
          dateText: true,
          actors: 'Iran',
          place: { name: 'Minsk' },
          summary: ['a'],
          links: 'https://example.com',
          media: 'https://example.com/a.png',
          source: 3,
          before: 5,
          after: { id: 'x' },
          corroboration: 'soon',
          group: false,
        },
        { id: 'w-items', title: 'Wrong items in arrays', date: '2023-01-07', actors: ['Iran', 5, null, ''], links: [5, { url: 7 }], before: [1] },
      ];
      const r = await load((el) => (el.events = [...GOOD, ...bad] as never));
      expectReported(r, [
        [3, 'kind', 'invalid-type'],
        [4, 'id', 'invalid-id'],
        [5, 'id', 'invalid-type'],
        [6, 'title', 'missing-title'],
        [7, 'title', 'missing-title'],
        [8, 'date', 'invalid-date'],
        [9, 'date', 'invalid-date'],
        [10, 'dateText', 'invalid-type'],
        [10, 'actors', 'invalid-type'],
        [10, 'place', 'invalid-type'],
        [10, 'summary', 'invalid-type'],
        [10, 'links', 'invalid-type'],
        [10, 'media', 'invalid-type'],
        [10, 'source', 'invalid-source'],
        [10, 'before', 'invalid-type'],
        [10, 'after', 'invalid-type'],
        [10, 'corroboration', 'invalid-corroboration'],
        [10, 'group', 'invalid-type'],
        [11, 'actors[1]', 'invalid-type'],
        [11, 'actors[2]', 'invalid-type'],
        [11, 'links[0]', 'invalid-type'],
        [11, 'links[1].url', 'invalid-url'],
        [11, 'before[0]', 'invalid-type'],
      ]);
      // Skipped for its title or date: every one is an error, so the count of skipped records is right.
      expect(r.el.problems.filter((p) => p.severity === 'error').map((p) => p.index)).to.deep.equal([6, 7, 8, 9]);
      expect(problemsText(r.el)).to.include('4 records were skipped');
      expectDrawn(r.el, [...GOOD_IDS, 'w-id', '42', 'w-optional', 'w-items']);
      expect(drawnCount(r.el)).to.equal(GOOD.length + 5);
    });

    it('missing required fields', async () => {
      const r = await load(
        (el) =>
          (el.events = [
            GOOD[0],
            { id: 'no-title', date: '2023-02-01' },
            { id: 'no-date', title: 'No date field' },
            { id: 'undefined-date', title: 'Date undefined', date: undefined },
            {},
            { id: 'neither' },
            ...GOOD.slice(1),
          ] as never),
      );
      expectReported(r, [
        [1, 'title', 'missing-title'],
        [2, 'date', 'missing-date'],
        [3, 'date', 'missing-date'],
        [4, 'title', 'missing-title'],
        [5, 'title', 'missing-title'],
      ]);
      expect(problemsText(r.el)).to.include('Record 2 ("no-title"), field "title": the title is missing; the record is skipped');
      expect(problemsText(r.el)).to.include('Record 3 ("no-date"), field "date": the date field is missing (use null for an undated event)');
      expectDrawn(r.el, GOOD_IDS);
    });

    it('invalid EDTF', async () => {
      const dates = ['31/07/2023', '2023-13', '2023-02-30', 'tomorrow', '2023-07-31T25:00', '2023--07', '{2023,2024}', 'XXXX', '2023-07-3a', '2023/2024/2025', '..'];
      const r = await load((el) => (el.events = [...GOOD, ...dates.map((date, k) => ({ id: `edtf-${k}`, title: `Bad date ${date}`, date }))]));
      expectReported(
        r,
        dates.map((d, k) => [GOOD.length + k, 'date', d === '{2023,2024}' || d === 'XXXX' ? 'unsupported-date' : 'invalid-date'] as Expected),
      );
      expect(problemsText(r.el)).to.include('Record 4 ("edtf-0"), field "date": "31/07/2023" is not a valid EDTF date');
      expect(drawnCount(r.el)).to.equal(GOOD.length);
      expectDrawn(r.el, GOOD_IDS);
    });

    it('an end before its start, in our format and in TimelineJS', async () => {
      const r = await load((el) => (el.events = [...GOOD, { id: 'backwards', title: 'Ends first', date: '2023-05/2022' }, { id: 'back-days', title: 'Days', date: '2023-07-31/2023-07-30' }]));
      expectReported(r, [
        [3, 'date', 'end-before-start'],
        [4, 'date', 'end-before-start'],
      ]);
      expect(problemsText(r.el)).to.include('Record 4 ("backwards"), field "date": "2023-05/2022" ends before it starts; the record is skipped');
      expectDrawn(r.el, GOOD_IDS);

      uncaught = [];
      const tl = {
        events: [
          { unique_id: 'ok', start_date: { year: 2023, month: 7 }, text: { headline: 'Fine' } },
          { unique_id: 'rev', start_date: { year: 2023, month: 7 }, end_date: { year: 2022 }, text: { headline: 'Reversed' } },
        ],
      };
      const t = await load((el) => (el.src = srcOf(JSON.stringify(tl), 'application/json')));
      expectReported(t, [[1, 'end_date', 'end-before-start']]);
      expectDrawn(t.el, ['ok']);
    });

    it('duplicate ids: kept under a suffixed id, each drawn once', async () => {
      const r = await load(
        (el) =>
          (el.events = [
            { id: 'dup', title: 'First', date: '2023-01-01' },
            { id: 'dup', title: 'Second', date: '2023-02-01' },
            { id: 'dup', title: 'Third', date: null },
            { id: 'dup-2', title: 'Claims the suffix', date: '2023-03-01' },
          ]),
      );
      expectReported(r, [
        [1, 'id', 'duplicate-id'],
        [2, 'id', 'duplicate-id'],
      ]);
      expect(r.el.problems[0]!.message).to.equal('Record 2 ("dup"), field "id": the id "dup" is already used; kept as "dup-3"');
      expectDrawn(r.el, ['dup', 'dup-3', 'dup-4', 'dup-2']);
      // Selecting one selects that one only.
      r.el.selected = 'dup-3';
      await r.el.renderComplete;
      expect(root(r.el).querySelector('#details-heading')!.textContent).to.equal('Second');
    });

    it('empty strings', async () => {
      const r = await load(
        (el) =>
          (el.events = [
            ...GOOD,
            { id: '', title: 'Empty id', date: '2023-03-01', kind: '', dateText: '', place: '', summary: '', actors: [''], group: '' },
            { id: 'empty-title', title: '', date: '2023-03-02' },
            { id: 'blank-title', title: '   ', date: '2023-03-02' },
            { id: 'empty-date', title: 'Empty date', date: '' },
            { id: 'empty-quote', title: 'Empty quote', date: '2023-03-03', source: { quote: '' }, links: [{ url: '' }], media: { url: '' } },
          ]),
      );
      expectReported(r, [
        [3, 'id', 'invalid-id'],
        [3, 'kind', 'invalid-type'],
        [3, 'actors[0]', 'invalid-type'],
        [4, 'title', 'missing-title'],
        [5, 'title', 'missing-title'],
        [6, 'date', 'invalid-date'],
        [7, 'source', 'invalid-source'],
        [7, 'links[0].url', 'invalid-url'],
        [7, 'media.url', 'invalid-url'],
      ]);
      expectDrawn(r.el, [...GOOD_IDS, 'empty-id', 'empty-quote']);
    });

    it('very long strings (1 MB) in each field: kept, drawn, and quoted briefly in messages', async () => {
      const big = (c: string) => c.repeat(MB / c.length);
      const started = performance.now();
      const r = await load(
        (el) =>
          (el.events = [
            ...GOOD,
            { id: 'long-title', title: big('Long title '), date: '2023-04-01', summary: big('s'), place: big('p'), dateText: big('d'), actors: [big('a')], source: { quote: big('q') } },
            { id: big('i'), title: 'Long id', date: '2023-04-02' },
            { id: 'long-date', title: 'Long date', date: big('2023-') },
            { id: 'long-kind', title: 'Long kind', date: '2023-04-03', kind: big('k') },
            { id: 'long-field', title: 'Long field name', date: '2023-04-04', [big('f')]: 1 },
          ]),
      );
      expect(performance.now() - started, 'ms to load and draw').to.be.below(15_000);
      expectReported(r, [
        [5, 'date', 'invalid-date'],
        [6, 'kind', 'unknown-kind'],
        [7, big('f'), 'unknown-field'],
      ]);
      expect(r.el.problems.find((p) => p.index === 5)!.message).to.match(/^Record 6 \("long-date"\), field "date": "2023-2023-.*….* is not a valid EDTF date: .*; the record is skipped$/);
      expectDrawn(r.el, [...GOOD_IDS, 'long-title', big('i'), 'long-kind', 'long-field']);
      // The label is shortened to fit its two lines; the details show the whole title.
      const label = [...root(r.el).querySelectorAll('text[part="event-label"]')].find((t) => t.textContent!.includes('Long title'))!;
      expect(label.querySelectorAll('tspan').length).to.be.at.most(2);
      expect(label.textContent!.length).to.be.below(400);
      expect(label.textContent!.endsWith('…⁩')).to.equal(true);
      r.el.selected = 'long-title';
      await r.el.renderComplete;
      expect(root(r.el).querySelector('#details-heading')!.textContent).to.equal(big('Long title ').trim());
    });

    it('control characters and mixed-direction text: kept verbatim, isolated from the layout', async () => {
      const titles = [
        'NUL\u0000BEL\u0007ESC\u001b[31mDEL\u007f',
        'Right-to-left override \u202eevil.exe\u202c done',
        'Unbalanced isolates \u2066\u2067\u2068 and pops \u2069\u2069\u202c',
        'ایران و بلاروس sign an MoU در ۳۱ ژوئیه',
        'Lone surrogates \ud800 and \udfff',
        `Zalgo ${'\u0301'.repeat(500)}`,
        'Line\u2028separator and\u2029paragraph\r\ncarriage',
        'Zero\u200bwidth\u200d\ufeffchars',
      ];
      const r = await load((el) => (el.events = [...GOOD, ...titles.map((title, k) => ({ id: `ctl-${k}`, title, date: `2023-06-${String(k + 1).padStart(2, '0')}`, summary: title, actors: [title] }))]));
      expectReported(r, []);
      expectDrawn(r.el, [...GOOD_IDS, ...titles.map((_, k) => `ctl-${k}`)]);
      for (const [k, t] of titles.entries()) {
        r.el.selected = `ctl-${k}`;
        await r.el.renderComplete;
        const heading = root(r.el).querySelector('#details-heading')!;
        expect(heading.textContent, `title ${k}`).to.equal(t.trim());
        // The title sits in a <bdi>, so its direction never leaks into the rest of the panel.
        expect(heading.firstElementChild!.localName).to.equal('bdi');
      }
      // SVG labels are wrapped in first-strong isolates (FSI … PDI).
      for (const label of root(r.el).querySelectorAll('text[part="event-label"]')) expect(label.textContent).to.match(/^\u2068[^]*\u2069$/);
    });

    it('problem messages: each quoted value isolated in a <bdi>, so an override in an id cannot reorder the message', async () => {
      const id = 'x\u202eevil.exe';
      const r = await load((el) => (el.events = [...GOOD, { id, title: 'First', date: '2023-01-01' }, { id, title: 'Second', date: '2023-01-02' }, { id: 'bad\u202e', title: 'Bad date', date: '2023-13-01' }]));
      expect(uncaught).to.deep.equal([]);
      const panel = root(r.el).querySelector('[part="problems"]')!;
      const items = [...panel.querySelectorAll('li')];
      // Errors first, then warnings, each message whole.
      const bySeverity = [...r.el.problems.filter((p) => p.severity === 'error'), ...r.el.problems.filter((p) => p.severity !== 'error')];
      expect(items.map((li) => li.textContent)).to.deep.equal(bySeverity.map((p) => p.message));
      let overrides = 0;
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.includes('\u202e')) continue;
        overrides++;
        expect(n.parentElement!.localName, JSON.stringify(n.textContent)).to.equal('bdi');
      }
      // The duplicate id twice (as given and as kept), the bad record's id once.
      expect(overrides).to.be.at.least(3);
    });

    it('NaN, Infinity and numbers out of range from CSV, in both column sets', async () => {
      const ours = [
        'id,title,date,source_quote,source_start,source_end',
        'good-1,A valid event,2023-07-31,,,',
        'nan,Not a number,NaN,,,',
        'inf,Infinite,Infinity,,,',
        'minf,Minus infinite,-Infinity,,,',
        'offsets,Offsets,2023-07-01,the quote,NaN,Infinity',
        'good-2,Another valid event,2023-05,,,',
      ].join('\n');
      const r = await load((el) => (el.src = srcOf(ours, 'text/csv')));
      expectReported(r, [
        [1, 'date', 'invalid-date'],
        [2, 'date', 'invalid-date'],
        [3, 'date', 'invalid-date'],
        [4, 'source_start', 'invalid-source'],
      ]);
      expect(problemsText(r.el)).to.include('Row 3 ("nan"), field "date": "NaN" is not a valid EDTF date');
      expectDrawn(r.el, ['good-1', 'good-2', 'offsets']);

      uncaught = [];
      const template = [
        'Year,Month,Day,Time,Headline,Text',
        '2023,7,31,,A valid event,',
        'NaN,,,,Year NaN,',
        'Infinity,,,,Year Infinity,',
        '1e308,,,,Year 1e308,',
        '2023,NaN,,,Month NaN,',
        '2023,7,Infinity,,Day Infinity,',
        '2023,7,31,NaN,Time NaN,',
        '300000,,,,Beyond a JS Date,',
        '2023,5,,,Another valid event,',
      ].join('\n');
      const t = await load((el) => (el.src = srcOf(template, 'text/csv')));
      expectReported(t, [
        [1, 'Year', 'invalid-date'],
        [2, 'Year', 'invalid-date'],
        [3, 'Year', 'invalid-date'],
        [4, 'Month', 'invalid-date'],
        [5, 'Day', 'invalid-date'],
        [6, 'Time', 'invalid-date'],
        [7, 'Year', 'date-out-of-range'],
      ]);
      expect(problemsText(t.el)).to.include('Row 3, column "Year": the string "NaN" is not a whole number; the record is skipped');
      expect(drawnCount(t.el)).to.equal(2);
    });

    it('dates outside the JS Date range are skipped; the widest valid ones draw and zoom', async () => {
      const r = await load(
        (el) =>
          (el.events = [
            ...GOOD,
            { id: 'y-past', title: 'Beyond the past', date: 'Y-300000' },
            { id: 'y-future', title: 'Beyond the future', date: 'Y300000' },
            { id: 'y-huge', title: 'Huge', date: 'Y99999999999999999999' },
            { id: 'far-past', title: 'Far past', date: 'Y-270000' },
            { id: 'far-future', title: 'Far future', date: 'Y270000' },
          ]),
      );
      expectReported(r, [
        [3, 'date', 'date-out-of-range'],
        [4, 'date', 'date-out-of-range'],
        [5, 'date', 'date-out-of-range'],
      ]);
      expectDrawn(r.el, ['far-past', 'far-future', 'good-undated']);
      for (let i = 0; i < 4; i++) {
        r.el.zoomBy(0.2);
        await r.el.renderComplete;
      }
      const w = r.el.getWindow();
      expect(Number.isFinite(+w.start) && Number.isFinite(+w.end)).to.equal(true);
      expect(uncaught).to.deep.equal([]);
    });

    it('non-array JSON: an error for a src, a reported problem for the events property', async () => {
      for (const text of ['42', '"a string"', 'null', 'true', '{"foo": 1}', '{"events": 5}']) {
        const r = await load((el) => (el.src = srcOf(text, 'application/json')));
        expectLoadError(r, /expected an array of events or an object with an "events" array/);
      }
      for (const value of [42, 'a string', { foo: 1 }, { events: 5 }, true]) {
        const r = await load((el) => (el.events = value as never));
        expect(uncaught).to.deep.equal([]);
        expect(r.el.problems.map((p) => [p.index, p.code])).to.deep.equal([[-1, 'invalid-input']]);
        expect(r.loads[0]!.detail).to.deep.equal({ count: 0, problems: [...r.el.problems] });
        expect(stateText(r.el)).to.match(/^No events to show/);
        // Nothing could be drawn, and the panel still says why.
        expect(problemsText(r.el)).to.include('expected an array of events');
      }
    });

    it('truncated JSON: an error naming the JSON problem; inline JSON is reported too', async () => {
      const whole = JSON.stringify({ events: GOOD });
      for (const cut of [1, 10, whole.length / 2, whole.length - 1]) {
        const r = await load((el) => (el.src = srcOf(whole.slice(0, cut), 'application/json')));
        expectLoadError(r, /not valid JSON|neither JSON/);
      }
      const inline = await load((el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = whole.slice(0, whole.length / 2);
        el.append(script);
      });
      expect(uncaught).to.deep.equal([]);
      expect(inline.el.problems.map((p) => p.code)).to.deep.equal(['invalid-input']);
      expect(inline.el.problems[0]!.message).to.match(/^Input: the source is not valid JSON/);
      expect(problemsText(inline.el)).to.include('Input: the source is not valid JSON');
    });

    it('malformed CSV: rows before an unclosed quote are drawn; an unknown header is an error', async () => {
      const csv = ['id,title,date', 'good-1,A valid event,2023-07-31', 'good-2,Another valid event,2023-05', 'bad,"Never closes,2023-01-01', 'lost,Lost row,2023-02-01'].join('\n');
      const r = await load((el) => (el.src = srcOf(csv, 'text/csv')));
      expectReported(r, [[2, null, 'invalid-input']]);
      expect(problemsText(r.el)).to.include('Row 4: a quoted cell opens with " but never closes');
      expectDrawn(r.el, ['good-1', 'good-2']);

      uncaught = [];
      const ragged = ['id,title,date', 'good-1,A valid event,2023-07-31,extra,cells', 'short', ',,', '"x""y",Escaped "quote",2023'].join('\r\n');
      const g = await load((el) => (el.src = srcOf(ragged, 'text/csv')));
      expectReported(g, [
        [0, null, 'unknown-field'],
        [1, 'title', 'missing-title'],
      ]);
      expectDrawn(g.el, ['good-1', 'x"y']);

      uncaught = [];
      const e = await load((el) => (el.src = srcOf('name,when\nA,2023\n', 'text/csv')));
      expectLoadError(e, /header row .* is neither TimelineJS's template/);
    });
  });

  describe('sources that misbehave', () => {
    it('404 and 500: event-timeline-error, an alert with the status', async () => {
      expectLoadError(await load((el) => (el.src = '/__test/status?code=404')), /answered 404/);
      expectLoadError(await load((el) => (el.src = '/__test/status?code=500')), /answered 500/);
      expectLoadError(await load((el) => (el.src = '/no/such/dataset.json')), /answered 404/);
    });

    it('HTML instead of JSON: an error saying so', async () => {
      const r = await load((el) => (el.src = '/__test/html'));
      expectLoadError(r, /returned HTML, not JSON or CSV/);
      expect(r.el.problems.map((p) => p.code)).to.deep.equal(['invalid-input']);
    });

    it('a very slow response: loading state, then the data, once', async () => {
      const el = document.createElement('event-timeline');
      const loads: EventTimelineLoadEvent[] = [];
      el.addEventListener('event-timeline-load', (e) => loads.push(e));
      el.src = `/__test/slow?ms=2500&file=${DATASET_URL}`;
      await setViewport({ width: 1240, height: 900 });
      (await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`)).append(el);
      await sleep(1200);
      expect(stateText(el)).to.equal('Loading timeline…');
      expect(root(el).querySelector('[part="state"]')!.getAttribute('role')).to.equal('status');
      expect(loads).to.have.length(0);
      await el.renderComplete;
      expect(loads.map((e) => e.detail.count)).to.deep.equal([17]);
      expect(stateText(el)).to.equal(null);
      expect(drawn(el).size).to.be.greaterThan(10);
      expect(uncaught).to.deep.equal([]);
    });

    it('src changed during a fetch: earlier fetches are aborted, the last one wins', async () => {
      const spy = spyFetch();
      try {
        const el = document.createElement('event-timeline');
        const loads: EventTimelineLoadEvent[] = [];
        const errors: EventTimelineErrorEvent[] = [];
        el.addEventListener('event-timeline-load', (e) => loads.push(e));
        el.addEventListener('event-timeline-error', (e) => errors.push(e));
        el.src = `/__test/slow?ms=1500&file=${TIMELINEJS_URL}`;
        (await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`)).append(el);
        await el.updateComplete;
        el.src = `/__test/slow?ms=1000&file=/test/fixtures/timelinejs-template.csv`;
        await el.updateComplete;
        el.src = `/__test/slow?ms=300&file=${DATASET_URL}`;
        await el.renderComplete;
        await sleep(1600); // past the first two responses
        expect(spy.calls.map((c) => c.url)).to.deep.equal([
          `/__test/slow?ms=1500&file=${TIMELINEJS_URL}`,
          '/__test/slow?ms=1000&file=/test/fixtures/timelinejs-template.csv',
          `/__test/slow?ms=300&file=${DATASET_URL}`,
        ]);
        expect(spy.calls.map((c) => c.signal?.aborted)).to.deep.equal([true, true, false]);
        expect(spy.calls.map((c) => c.outcome)).to.deep.equal(['AbortError', 'AbortError', 'ok']);
        expect(loads.map((e) => e.detail.count)).to.deep.equal([17]);
        expect(errors).to.deep.equal([]);
        expect(drawn(el).has('iran-belarus-defense-mou')).to.equal(true);
        expect(uncaught).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('src changed to events during a fetch, and removal during a fetch, abort it too', async () => {
      const spy = spyFetch();
      try {
        const el = document.createElement('event-timeline');
        const loads: EventTimelineLoadEvent[] = [];
        el.addEventListener('event-timeline-load', (e) => loads.push(e));
        el.src = `/__test/slow?ms=800&file=${DATASET_URL}`;
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
        wrapper.append(el);
        await el.updateComplete;
        el.events = GOOD;
        await el.renderComplete;
        await sleep(1000);
        expect(spy.calls[0]!.signal!.aborted).to.equal(true);
        expect(loads.map((e) => e.detail.count)).to.deep.equal([GOOD.length]);
        expectDrawn(el, GOOD_IDS);

        const gone = document.createElement('event-timeline');
        const events: Event[] = [];
        gone.addEventListener('event-timeline-load', (e) => events.push(e));
        gone.addEventListener('event-timeline-error', (e) => events.push(e));
        gone.src = `/__test/slow?ms=600&file=${DATASET_URL}`;
        wrapper.append(gone);
        await gone.updateComplete;
        gone.remove();
        await sleep(800);
        expect(spy.calls[1]!.signal!.aborted).to.equal(true);
        expect(spy.calls[1]!.outcome).to.equal('AbortError');
        expect(events, 'no event from a removed element').to.deep.equal([]);
        expect(uncaught).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    // hostDisconnected() aborts the fetch; the data controller must start it again on
    // reconnect, or an element moved in the DOM during a fetch shows "Loading timeline…"
    // for ever.
    it('moved in the DOM during a fetch: it loads once reconnected', async () => {
      const el = document.createElement('event-timeline');
      el.src = `/__test/slow?ms=600&file=${DATASET_URL}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
      wrapper.append(el);
      await el.updateComplete;
      el.remove();
      wrapper.append(el);
      // Polls the state rather than awaiting renderComplete, so that a regression (a state stuck
      // at "loading") fails here within 3 s instead of timing the test out.
      for (let i = 0; i < 30 && stateText(el) !== null; i++) await sleep(100);
      expect(stateText(el)).to.equal(null);
      expect(drawn(el).size).to.be.greaterThan(10);
    });
  });

  describe('hostile page state', () => {
    // A malformed percent-escape in the page's URL (#%E0%A4%A), which anyone can send as a
    // link, makes decodeURIComponent throw: the element must catch it, ignore the hash and
    // render.
    it('hash-link with a malformed hash neither throws nor stops rendering', async () => {
      location.hash = '#%E0%A4%A';
      try {
        const r = await load((el) => {
          el.hashLink = true;
          el.events = GOOD;
        });
        expect(uncaught).to.deep.equal([]);
        expectDrawn(r.el, GOOD_IDS);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('hash-link with hostile ids: selection round-trips through the URL', async () => {
      const ids = ['a b', 'a#b', '"><img src=x>', '%41', '../x', 'ü', '\u202eevil'];
      const r = await load((el) => {
        el.hashLink = true;
        el.events = ids.map((id, k) => ({ id, title: `Event ${k}`, date: `2023-0${k + 1}-01` }));
      });
      try {
        for (const id of ids) {
          r.el.selected = id;
          await r.el.renderComplete;
          expect(decodeURIComponent(location.hash.slice(1))).to.equal(id);
          r.el.selected = null;
          await r.el.renderComplete;
          location.hash = `#${encodeURIComponent(id)}`;
          await sleep(20);
          await r.el.renderComplete;
          expect(r.el.selected).to.equal(id);
        }
        expect(uncaught).to.deep.equal([]);
        expect(document.querySelector('img')).to.equal(null);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('long-lived pages', () => {
    /** Counts what outlives an element: window/document/media-query listeners, observers, pending timers and frames. */
    function instrument() {
      const listeners = new Set<string>();
      const ids = new WeakMap<object, number>();
      let next = 0;
      const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++next), next);
      const keyOf = (target: EventTarget, type: string, fn: unknown) =>
        `${idOf(target)}:${type}:${typeof fn === 'object' || typeof fn === 'function' ? idOf(fn as object) : String(fn)}`;
      const watched = (t: EventTarget) => t === window || t === document || t instanceof MediaQueryList;
      const proto = EventTarget.prototype;
      const add = proto.addEventListener;
      const remove = proto.removeEventListener;
      proto.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, o?: AddEventListenerOptions | boolean) {
        if (watched(this) && fn) listeners.add(keyOf(this, type, fn));
        return add.call(this, type, fn, o);
      };
      proto.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, o?: EventListenerOptions | boolean) {
        if (watched(this) && fn) listeners.delete(keyOf(this, type, fn));
        return remove.call(this, type, fn, o);
      };
      const observing = new Set<ResizeObserver>();
      const RO = window.ResizeObserver;
      window.ResizeObserver = class extends RO {
        override observe(target: Element, options?: ResizeObserverOptions) {
          observing.add(this);
          super.observe(target, options);
        }
        override disconnect() {
          observing.delete(this);
          super.disconnect();
        }
      };
      const timers = new Set<number>();
      const frames = new Set<number>();
      const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
        const id: number = st(() => {
          timers.delete(id);
          if (typeof fn === 'function') fn(...args);
        }, ms);
        timers.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) timers.delete(id);
        ct(id);
      }) as typeof window.clearTimeout;
      window.requestAnimationFrame = (fn: FrameRequestCallback) => {
        const id = raf((t) => {
          frames.delete(id);
          fn(t);
        });
        frames.add(id);
        return id;
      };
      window.cancelAnimationFrame = (id: number) => {
        frames.delete(id);
        caf(id);
      };
      return {
        counts: () => ({ listeners: listeners.size, observers: observing.size, timers: timers.size, frames: frames.size }),
        restore() {
          Object.assign(proto, { addEventListener: add, removeEventListener: remove });
          Object.assign(window, { ResizeObserver: RO, setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf });
        },
      };
    }

    it('1,000 connects and disconnects leave no listener, observer, timer or frame behind', async function () {
      this.timeout(120_000);
      const data = await articleDataset();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      const probe = instrument();
      try {
        const settle = async () => {
          for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => setTimeout(r, 700)); // past the announcement's 600 ms
        };
        await settle();
        const before = probe.counts();
        // One element, connected and disconnected 1,000 times, drawing each time.
        const el = document.createElement('event-timeline');
        el.events = data;
        for (let i = 0; i < 1000; i++) {
          wrapper.append(el);
          await el.updateComplete;
          if (i % 100 === 0) {
            await el.renderComplete;
            el.zoomBy(2); // schedules the live region's announcement
            el.selected = 'iran-belarus-defense-mou';
            await el.updateComplete;
          }
          el.remove();
        }
        // And 200 fresh elements, each drawn, then dropped.
        for (let i = 0; i < 200; i++) {
          const fresh = document.createElement('event-timeline');
          fresh.events = data;
          wrapper.append(fresh);
          await fresh.updateComplete;
          fresh.remove();
        }
        await settle();
        const after = probe.counts();
        expect(after, `before: ${JSON.stringify(before)}`).to.deep.equal(before);
      } finally {
        probe.restore();
      }
      // Reconnected once more, it still works.
      const el = document.createElement('event-timeline');
      el.events = data;
      wrapper.append(el);
      await el.renderComplete;
      expect(drawn(el).size).to.be.greaterThan(10);
    });

    it('the instrument sees a leak: a listener added on connect and never removed', async () => {
      const probe = instrument();
      try {
        const before = probe.counts();
        const leak = () => {};
        for (let i = 0; i < 3; i++) window.addEventListener('resize', () => leak());
        new ResizeObserver(() => {}).observe(document.body);
        window.setTimeout(() => {}, 60_000);
        const after = probe.counts();
        expect(after.listeners - before.listeners).to.equal(3);
        expect(after.observers - before.observers).to.equal(1);
        expect(after.timers - before.timers).to.equal(1);
      } finally {
        probe.restore();
      }
    });

    // Rows taller than the table's fixed 60 px (a title that wraps onto a third line) could
    // make the virtualized table re-render on every frame while scrolled: the browser's
    // scroll anchoring moves scrollTop, which re-renders, which moves it again, and
    // renderComplete never resolves. The styles switch scroll anchoring off and clamp the
    // lines; this scrolls long rows and checks the table goes quiet and settles.
    it('the table settles when scrolled, whatever its rows hold', async () => {
      const r = await load((el) => {
        el.events = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, title: `A rather long title that wraps onto several lines in the table, number ${i}`, date: '2023-01-01' }));
      });
      root(r.el).querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
      await r.el.renderComplete;
      const scroller = root(r.el).querySelector<HTMLElement>('.table-scroll')!;
      let scrolls = 0;
      scroller.addEventListener('scroll', () => scrolls++);
      const busy: number[] = [];
      for (let top = 300; top <= 3000; top += 300) {
        scroller.scrollTop = top;
        await sleep(300);
        scrolls = 0;
        await sleep(400);
        busy.push(scrolls);
      }
      expect(busy, 'scroll events in 400 ms, once settled, at each position').to.deep.equal(busy.map(() => 0));
      await Promise.race([r.el.renderComplete, sleep(2000).then(() => Promise.reject(new Error('renderComplete never resolved')))]);
    });
  });

  describe('several elements on one page', () => {
    it('zoom, selection, focus and ids stay separate', async () => {
      const data = await articleDataset();
      await setViewport({ width: 1240, height: 1400 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"><event-timeline id="a"></event-timeline><event-timeline id="b"></event-timeline></div>`);
      const [a, b] = [...wrapper.querySelectorAll('event-timeline')] as [EventTimeline, EventTimeline];
      a.events = structuredClone(data);
      b.events = structuredClone(data);
      await Promise.all([a.renderComplete, b.renderComplete]);
      const bWindow = b.getWindow();

      // Selection: by code and by the user.
      a.selected = 'iran-belarus-defense-mou';
      await a.renderComplete;
      expect(b.selected).to.equal(null);
      expect(root(b).querySelector('[part="details"]')).to.equal(null);
      const selects: string[] = [];
      const onSelect = (e: Event) => selects.push(`${(e.target as Element).id}:${(e as EventTimelineSelectEvent).detail.id}`);
      document.addEventListener('event-timeline-select', onSelect);
      root(b).querySelector<SVGElement>('svg.plot [data-event-id="iranian-engineers-visit-belarus"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await b.renderComplete;
      document.removeEventListener('event-timeline-select', onSelect);
      expect(selects).to.deep.equal(['b:iranian-engineers-visit-belarus']);
      expect(a.selected).to.equal('iran-belarus-defense-mou');

      // The same ids in both shadow roots, none in the document.
      for (const id of ['details-heading', 'events-table', 'keys-help']) {
        expect(document.getElementById(id), `#${id} in the document`).to.equal(null);
      }
      expect(root(a).getElementById('details-heading')!.textContent).to.not.equal(root(b).getElementById('details-heading')!.textContent);
      root(a).querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
      await a.renderComplete;
      expect(root(a).getElementById('events-table')).to.not.equal(null);
      expect(root(b).getElementById('events-table')).to.equal(null);

      // Zoom: one window moves, the other stays.
      a.zoomTo('2023-07-01', '2023-08-01');
      await a.renderComplete;
      expect(+b.getWindow().start).to.equal(+bWindow.start);
      expect(+b.getWindow().end).to.equal(+bWindow.end);
      expect(a.getWindow().start.toISOString()).to.equal('2023-07-01T00:00:00.000Z');

      // Focus and keys: arrows move in the focused element only.
      const firstA = root(a).querySelector<SVGElement>('svg.plot [part~="event"][tabindex="0"]')!;
      firstA.focus();
      await sendKeys({ press: 'ArrowRight' });
      await a.renderComplete;
      expect(root(a).activeElement).to.not.equal(null);
      expect(root(a).activeElement).to.not.equal(firstA);
      expect(root(b).activeElement).to.equal(null);
      const bSpan = +b.getWindow().end - +b.getWindow().start;
      await sendKeys({ press: '+' });
      await a.renderComplete;
      expect(+b.getWindow().end - +b.getWindow().start).to.equal(bSpan);
      expect(b.selected).to.equal('iranian-engineers-visit-belarus');
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('inside other components', () => {
    it('works inside another element\'s shadow root, and its events cross it', async () => {
      if (!customElements.get('x-host-panel')) {
        customElements.define(
          'x-host-panel',
          class extends HTMLElement {
            constructor() {
              super();
              const shadow = this.attachShadow({ mode: 'open' });
              // The host's own ids and parts, which must not reach the timeline.
              shadow.innerHTML = '<h2 id="details-heading" part="details">Host heading</h2><div style="width:1000px"><event-timeline></event-timeline></div>';
            }
          },
        );
      }
      await setViewport({ width: 1240, height: 900 });
      const host = await fixture<HTMLElement>(html`<x-host-panel></x-host-panel>`);
      const el = host.shadowRoot!.querySelector('event-timeline')!;
      const loaded = new Promise<EventTimelineLoadEvent>((r) => el.addEventListener('event-timeline-load', r as EventListener, { once: true }));
      const selects: Array<{ target: EventTarget | null; id: string | null }> = [];
      const onSelect = (e: Event) => selects.push({ target: e.target, id: (e as CustomEvent<{ id: string | null }>).detail.id });
      document.addEventListener('event-timeline-select', onSelect);
      try {
        el.gaps = 'linear'; // so that `+` below halves the span of real time
        el.events = await articleDataset();
        expect((await loaded).detail.count).to.equal(17);
        await el.renderComplete;
        expect(drawn(el).size).to.be.greaterThan(10);
        root(el).querySelector<SVGElement>('svg.plot [data-event-id="iran-belarus-defense-mou"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.renderComplete;
        // Composed and bubbling: it reaches the document, retargeted to the host.
        expect(selects).to.deep.equal([{ target: host, id: 'iran-belarus-defense-mou' }]);
        expect(root(el).querySelector('#details-heading')!.textContent).to.include('Iran and Belarus');
        expect(host.shadowRoot!.querySelector('#details-heading')!.textContent).to.equal('Host heading');
        // Keyboard inside a nested shadow root.
        root(el).querySelector<SVGElement>('svg.plot [part~="event"][tabindex="0"]')!.focus();
        const span = +el.getWindow().end - +el.getWindow().start;
        await sendKeys({ press: '+' });
        await el.renderComplete;
        expect(+el.getWindow().end - +el.getWindow().start).to.be.closeTo(span / 2, span * 0.01);
        expect(uncaught).to.deep.equal([]);
      } finally {
        document.removeEventListener('event-timeline-select', onSelect);
      }
    });

    it('works next to another library\'s custom elements', async () => {
      if (!customElements.get('foreign-widget')) {
        customElements.define(
          'foreign-widget',
          class extends HTMLElement {
            presses = 0;
            private onKey = () => this.presses++;
            connectedCallback() {
              // A light-DOM widget with the ids and part names the timeline uses inside its shadow root.
              this.innerHTML = '<div id="events-table" part="table">foreign table</div><button aria-controls="events-table">foreign toggle</button>';
              window.addEventListener('keydown', this.onKey);
            }
            disconnectedCallback() {
              window.removeEventListener('keydown', this.onKey);
            }
          },
        );
      }
      await setViewport({ width: 1240, height: 900 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:1200px"><foreign-widget></foreign-widget><event-timeline></event-timeline><foreign-widget></foreign-widget></div>`,
      );
      const el = wrapper.querySelector('event-timeline')!;
      el.events = await articleDataset();
      await el.renderComplete;
      expect(drawn(el).size).to.be.greaterThan(10);
      const widget = wrapper.querySelector('foreign-widget') as HTMLElement & { presses: number };
      // Opening the timeline's table touches only its own #events-table.
      root(el).querySelector<HTMLButtonElement>('[aria-controls="events-table"]')!.click();
      await el.renderComplete;
      expect(document.getElementById('events-table')!.textContent).to.equal('foreign table');
      expect(root(el).getElementById('events-table')).to.not.equal(null);
      // Keys the timeline handles still bubble to the page (it stops only its own handling).
      root(el).querySelector<SVGElement>('svg.plot [part~="event"][tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(widget.presses).to.be.greaterThan(0);
      expect(wrapper.querySelectorAll('foreign-widget #events-table')).to.have.length(2);
      expect(uncaught).to.deep.equal([]);
    });
  });
});
