import { expect } from '@open-wc/testing';
import Ajv from 'ajv';
import { parseEdtf } from '../../src/data/edtf.js';
import { normalize } from '../../src/data/normalize.js';
import { relativeAnchor, resolveRelative } from '../../src/data/relative.js';
import type { RawDataset, RawEvent } from '../../src/data/types.js';

const ARTICLE = '/seeds/iran-belarus-defense-deal.txt';
const DATASET = '/seeds/iran-belarus-defense-deal.events.json';
// SHA-256 of ../shared/seeds/iran-belarus-defense-deal.txt, the article as delivered.
const ARTICLE_SHA256 = '65240c56d559027056a0e9f3cd264a199c3c569eadc5c4944d3532d2ba957501';

let article: string;
let articleBytes: ArrayBuffer;
let data: RawDataset;
let events: RawEvent[];

async function sha256(buf: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', buf);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

before(async () => {
  articleBytes = await (await fetch(ARTICLE)).arrayBuffer();
  article = new TextDecoder('utf-8', { fatal: true }).decode(articleBytes);
  data = await (await fetch(DATASET)).json();
  events = data.events;
});

describe('seeds/iran-belarus-defense-deal', () => {
  it('holds the article byte for byte, non-breaking spaces and curly quotes included', async () => {
    expect(await sha256(articleBytes)).to.equal(ARTICLE_SHA256);
    expect(article).to.include('\u00a0');
    expect(article).to.include('\u201cBelarus holds a special place in Iran\u2019s foreign policy,\u201d');
  });

  it('the dataset matches its JSON Schema', async () => {
    const schema = await (await fetch('/schema/dataset.schema.json')).json();
    const ajv = new Ajv({ allErrors: true });
    const valid = ajv.validate(schema, data);
    expect(ajv.errorsText(ajv.errors), 'schema errors').to.equal('No errors');
    expect(valid).to.equal(true);
  });

  it('the schema and normalize() agree on which colours are CSS colour syntax', async () => {
    const schema = await (await fetch('/schema/dataset.schema.json')).json();
    const ajv = new Ajv();
    const colors = ['#1b1b1b', '#ABC', '#F45B6980', 'papayawhip', 'RGB(26 43 60 / 50%)', 'hsla(120, 50%, 40%, 0.5)',
      'oklch(70% 0.1 200)', '#12', '#12345', 'red; color: blue', 'url(x.png)', 'var(--x)', 'ex(1)', ''];
    for (const color of colors) {
      const source = { quote: 'A', start: 0, end: 1 };
      const event = { id: 'a', title: 'A', kind: 'visit', date: '2023', dateText: null, actors: [], summary: 'A', source, color };
      const schemaSays = ajv.validate(schema, { events: [event] });
      expect(schemaSays, color).to.equal(normalize([event]).events[0]!.color === color);
    }
  });

  it('names its source and publication date', () => {
    expect(data.source).to.deep.include({ publisher: 'The Cradle', published: '2023-08-02', file: 'iran-belarus-defense-deal.txt' });
    expect(article.startsWith(data.source!.title)).to.equal(true);
  });

  it('ids are unique and kebab-case', () => {
    const ids = events.map((e) => e.id!);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every quote sits verbatim at its UTF-16 offsets, and every dateText inside its quote', () => {
    for (const e of events) {
      const { quote, start, end } = e.source!;
      expect(article.slice(start, end), e.id).to.equal(quote);
      if (e.dateText) expect(quote, e.id).to.include(e.dateText);
    }
  });

  it('every date, corroboration and era parses as EDTF', () => {
    for (const e of events) {
      if (e.date !== null) expect(() => parseEdtf(e.date!), e.id).not.to.throw();
      if (e.corroboration) expect(() => parseEdtf(e.corroboration!.date), e.id).not.to.throw();
    }
    for (const era of data.eras ?? []) expect(() => parseEdtf(era.date)).not.to.throw();
  });

  it('normalizes with zero problems', () => {
    const result = normalize(data);
    expect(result.problems).to.deep.equal([]);
    expect(result.events.length).to.equal(events.length);
  });

  it('every relative phrase matches what the resolver computes from the publication date', () => {
    const byId = new Map(events.map((e) => [e.id!, e]));
    let checked = 0;
    for (const e of events.filter((x) => x.dateText)) {
      const anchorKind = relativeAnchor(e.dateText!);
      expect(anchorKind, `the resolver knows "${e.dateText}" (${e.id})`).to.not.equal(null);
      let anchor: string | null = null;
      if (anchorKind !== 'publication') {
        const refs = anchorKind === 'later' ? e.before : e.after;
        const dated = (refs ?? []).map((id) => byId.get(id)!).find((x) => x.date);
        expect(dated, `${e.id} names the event "${e.dateText}" is relative to`).to.not.equal(undefined);
        anchor = dated!.date;
      }
      expect(resolveRelative(e.dateText!, { published: data.source!.published!, anchor }), e.id).to.equal(e.date);
      checked++;
    }
    expect(checked).to.be.at.least(8);
  });

  it('before/after relations agree with the dates, and nothing happens after publication', () => {
    const byId = new Map(events.map((e) => [e.id!, e]));
    const published = parseEdtf(data.source!.published!);
    for (const e of events) {
      const d = e.date ? parseEdtf(e.date) : null;
      if (d) expect(d.earliest, e.id).to.be.at.most(published.latest);
      for (const id of e.before ?? []) {
        const other = byId.get(id);
        expect(other, `${e.id} before ${id}`).to.not.equal(undefined);
        if (d && other!.date) expect(d.earliest, `${e.id} before ${id}`).to.be.at.most(parseEdtf(other!.date).latest);
      }
      for (const id of e.after ?? []) {
        const other = byId.get(id);
        expect(other, `${e.id} after ${id}`).to.not.equal(undefined);
        if (d && other!.date) expect(d.latest, `${e.id} after ${id}`).to.be.at.least(parseEdtf(other!.date).earliest);
      }
    }
  });

  it('undated events are placed by relations, never at an invented date', () => {
    const undated = events.filter((e) => e.date === null);
    expect(undated.length).to.be.at.least(3);
    for (const e of undated) {
      expect(e.dateText, e.id).to.equal(null);
      expect((e.before ?? []).length + (e.after ?? []).length, `${e.id} has a relation`).to.be.at.least(1);
    }
  });

  it('covers every kind the article reports, and every date phrase it uses', () => {
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ['visit', 'agreement', 'deal', 'deployment', 'statement', 'application', 'publication']) expect(kinds, k).to.include(k);
    const phrases = events.map((e) => e.dateText?.toLowerCase());
    for (const p of ['on 31 july', 'last year', 'in may', 'months earlier', 'last month', 'last week', 'in response']) {
      expect(phrases, p).to.include(p);
    }
    // The forms the renderer must draw differently are all present.
    const dates = events.map((e) => e.date ?? '');
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), 'a day').to.equal(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d)), 'a month').to.equal(true);
    expect(dates.some((d) => /^\d{4}$/.test(d)), 'a year').to.equal(true);
    expect(dates.some((d) => d.startsWith('[') && !d.startsWith('[..')), 'a one-of set').to.equal(true);
    expect(dates.some((d) => d.startsWith('[..')), 'an open set').to.equal(true);
  });

  it('keeps the corroborated dates apart from the article-derived ones', () => {
    const bolivia = events.find((e) => e.id === 'iran-bolivia-defense-deal')!;
    expect(bolivia.date).to.equal('[2023-07-24..2023-07-30]');
    expect(bolivia.corroboration!.date).to.equal('2023-07-20');
  });

  it('quotes nothing from the comment form at the end of the page', () => {
    const boilerplate = article.indexOf('Leave a Reply');
    expect(boilerplate).to.be.greaterThan(0);
    for (const e of events) expect(e.source!.end, e.id).to.be.at.most(boilerplate);
  });
});
