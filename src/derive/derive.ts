/**
 * `deriveTimeline`: a draft dataset, in the project's own format, from the
 * plain text of a news article. Every event keeps the words it came from.
 */
import { formatIsoDate, MS_PER_DAY } from '../data/calendar.js';
import { tryParseEdtf } from '../data/edtf.js';
import type { DatasetSource, EventKind, RawEvent } from '../data/types.js';
import type { UncertainDate } from '../data/uncertain-date.js';
import { ActorFinder } from './actors.js';
import { analyzeDates, publishedDay, type Mention } from './find-dates.js';
import type { EventGrammar, Trigger } from './lang/index.js';
import { kindOf, titleOf, uniqueId } from './words.js';

export interface DeriveOptions {
  /** EDTF day the article was published, e.g. `2023-08-02`. */
  published: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** BCP 47 language of the text. Default `en`. */
  lang?: string;
}

/** A derived event: one of our records, flagged for review. */
export interface DraftEvent extends RawEvent {
  id: string;
  kind: EventKind;
  date: string | null;
  /** The date expression that dates it, verbatim; null when it is dated by its relations or context. */
  dateText: string | null;
  actors: string[];
  source: { quote: string; start: number; end: number };
  /** Always true: a person should review it. */
  draft: true;
  /** 0..1: how sure the rules are of the event, its kind and its date. */
  confidence: number;
}

export interface DraftDataset {
  source: DatasetSource;
  events: DraftEvent[];
}

interface Ctx {
  text: string;
  /** The text with quoted words blanked out: a quotation's own verbs are not the happening reported. */
  unquoted: string;
  pub: number;
  grammar: EventGrammar;
  actors: ActorFinder;
  events: DraftEvent[];
  ids: Set<string>;
  /** Every mention in the text, in order (anchors are indices into it). */
  mentions: Mention[];
  /** The mention that dates each event dated by one. */
  dating: Map<DraftEvent, Mention>;
  byMention: Map<Mention, DraftEvent>;
}

/**
 * Derives a draft timeline from `text`: one event per dated happening, quoted
 * with its offsets; undated happenings placed by their relations; page
 * furniture (headline, byline, share links, comment forms) left out.
 * @throws {RangeError} when `published` is not an EDTF day or `lang` has no grammar.
 */
export function deriveTimeline(text: string, options: DeriveOptions): DraftDataset {
  const pub = publishedDay(options.published);
  const { mentions, segmented, lang } = analyzeDates(text, options);
  const { paragraphs, sentences } = segmented;
  const skip = new Set<number>();
  let headline: string | null = null;
  for (let i = 0, rest = false; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const kind = rest ? 'rest' : lang.events.isBoilerplate(text.slice(p.start, p.end), i);
    if (kind === 'rest') rest = true;
    if (kind) skip.add(i);
    if (kind === 'paragraph' && i === 0) headline = text.slice(p.start, p.end);
  }
  const body = sentences.filter((s) => !skip.has(s.paragraph));
  const ctx: Ctx = {
    text,
    unquoted: unquote(text, paragraphs),
    pub,
    grammar: lang.events,
    actors: new ActorFinder(lang, text, body),
    events: [],
    ids: new Set(),
    mentions,
    dating: new Map(),
    byMention: new Map(),
  };
  let ref: { date: UncertainDate; event: DraftEvent; sentence: number } | null = null;
  sentences.forEach((s, k) => {
    if (skip.has(s.paragraph)) return;
    // A wire dateline is not part of the first sentence's happening.
    const first = paragraphs[s.paragraph]!.start === s.start;
    const from = first ? s.start + lang.events.dateline(text.slice(s.start, s.end)) : s.start;
    const here = mentions.filter((m) => m.sentence === k && m.start >= from);
    const made = sentenceEvents(ctx, from, s.end, here, ref && k - ref.sentence <= 4 ? ref : null);
    for (const e of made) {
      const m = ctx.dating.get(e);
      const parsed = m?.parsed;
      if (m && parsed && Number.isFinite(parsed.earliest)) ref = { date: parsed, event: e, sentence: k };
    }
  });
  capDated(ctx, sentences.filter((s, k) => !skip.has(s.paragraph) && mentions.some((m) => m.sentence === k)).length);
  const source: DatasetSource = {
    title: options.title ?? headline ?? 'Untitled article',
    published: options.published,
  };
  if (options.publisher) source.publisher = options.publisher;
  if (options.url) source.url = options.url;
  return { source, events: ctx.events };
}

/** The events of one sentence `[start, end)`. */
function sentenceEvents(
  ctx: Ctx,
  start: number,
  end: number,
  mentions: Mention[],
  ref: { date: UncertainDate; event: DraftEvent } | null,
): DraftEvent[] {
  const { text, grammar } = ctx;
  const sentence = text.slice(start, end);
  const prev = ctx.events[ctx.events.length - 1] ?? null;
  const dated = mentions.filter((m) => m.date !== null);
  const op = grammar.opener(sentence);
  const out: DraftEvent[] = [];

  // "Following the signing … last week, X said …": the fronted happening, then the main one after it.
  if (op?.object != null) {
    const inOpener = dated.find((m) => m.end - start <= op.length);
    if (inOpener) {
      const a = event(ctx, { start: start + op.object, end: start + op.length }, inOpener, null, 0.8);
      out.push(a);
      const rest = dated.filter((m) => m !== inOpener);
      const b = rest.length
        ? event(ctx, { start, end }, rest[0]!, { start: start + op.length, end }, 0.8)
        : inferred(ctx, { start, end }, start + op.length, a, 'after', 0.5);
      addRelation(b, 'after', a);
      out.push(b);
      return out;
    }
  }

  if (dated.length) {
    // What is reported after "said that …" is a clause of its own, dated by its own words.
    const complement = grammar.complement(sentence);
    const breaks = [
      ...new Set([0, ...grammar.clauseBreaks(sentence), ...(complement ? [complement] : []), sentence.length]),
    ].sort((a, b) => a - b);
    const clauseOf = (m: Mention) =>
      breaks.findIndex((b, i) => m.start - start >= b && m.start - start < (breaks[i + 1] ?? Infinity));
    const groups = new Map<number, Mention>();
    for (const m of dated) if (!groups.has(clauseOf(m))) groups.set(clauseOf(m), m);
    for (const [c, m] of groups) {
      const clause = { start: start + breaks[c]!, end: start + breaks[c + 1]! };
      // The saying is quoted with what it says.
      const quote = groups.size === 1 || breaks[c + 1] === complement ? { start, end } : clause;
      const e = event(ctx, quote, m, clause, 0.8);
      if (op && !op.object && prev && c === 0) addRelation(e, op.relation, prev);
      out.push(e);
    }
    return out;
  }

  // No date of its own: a happening placed by what the text says came before, or by the narrative's time.
  const triggers = grammar.triggers(ctx.unquoted.slice(start, end));
  // A happening needs a verb that reports it: "the attack" alone, or a denial, is not one.
  if (!triggers.some((t) => t.verb)) return out;
  if (op && prev) {
    out.push(inferred(ctx, { start, end }, start, prev, op.relation, 0.45));
    return out;
  }
  const kind = kindOf(triggers);
  const past = triggers.some((t) => t.verb && t.past);
  if (ref && past && kind) {
    const reporting = kind === 'statement' || kind === 'publication';
    if (reporting) out.push(inferred(ctx, { start, end }, start, ref.event, 'after', 0.4, ref.date));
    else {
      const e = draft(ctx, { start, end }, start, ref.event.date, null, triggers, 0.35);
      out.push(e);
    }
    return out;
  }
  out.push(draft(ctx, { start, end }, start, null, null, triggers, kind ? 0.3 : 0.15));
  return out;
}

interface Range {
  start: number;
  end: number;
}

/** `r` without the white space and joining punctuation at its ends. */
function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** An event dated by mention `m`; `clause` (default: the quote) is where its words are read. */
function event(ctx: Ctx, rawQuote: Range, m: Mention, clause: Range | null, base: number): DraftEvent {
  const quote = trimmed(ctx.text, rawQuote);
  let span = clause ?? quote;
  let text = ctx.text.slice(span.start, span.end);
  let triggers = ctx.grammar.triggers(text);
  if (!triggers.length && span !== quote) {
    span = quote;
    text = ctx.text.slice(span.start, span.end);
    triggers = ctx.grammar.triggers(text);
  }
  const kindTriggers = reportedScope(text, triggers, m.start - span.start);
  const x = m.timex;
  const anaphoric =
    x.t === 'shift' || x.t === 'same' || (x.t === 'within' && x.of === 'anchor') || (x.t === 'weekday' && x.anchored);
  const explicit = x.t === 'cal' && x.year !== undefined;
  const certainty = anaphoric ? 0.6 : explicit ? 0.85 : 0.75;
  const words = ctx.mentions.filter((x) => x.start >= span.start && x.end <= span.end);
  const e = draft(ctx, quote, span.start, m.date, m, kindTriggers, certainty * (base / 0.8), words);
  ctx.dating.set(e, m);
  ctx.byMention.set(m, e);
  const anchorEvent = m.anchor !== null ? (ctx.byMention.get(ctx.mentions[m.anchor]!) ?? null) : null;
  if (anchorEvent) {
    const dir =
      x.t === 'shift' ? x.dir : x.t === 'weekday' ? x.offset : x.t === 'within' ? (x.part === 'earlier' ? -1 : 1) : 0;
    if (dir) addRelation(e, dir < 0 ? 'before' : 'after', anchorEvent);
  }
  return e;
}

const SAYING = new RegExp(
  '^(?:said|says|say|told|tells|announced|announces|reported|reports|stated|states|claimed|claims|warned|' +
    'warns|added|insisted|noted|wrote)$',
  'i',
);

/**
 * Reported speech: when the date stands inside what is reported ("X said the talks were held last
 * week"), the happening is the reported one; when it dates the saying ("Last month, X announced that
 * …"), or the words are quoted ("…,” he said), the saying.
 */
function reportedScope(clause: string, triggers: Trigger[], at: number): Trigger[] {
  const r = triggers.find((t) => t.reporting && t.verb);
  if (!r) return triggers;
  const that = /^[^.;]{0,60}?\bthat\s+/.exec(clause.slice(r.end));
  // Without "that", only a verb of saying takes a clause ("said the talks were held");
  // "condemned the strike" takes a thing.
  if (!that && !SAYING.test(clause.slice(r.start, r.end))) return triggers;
  const complement = that ? r.end + that[0].length : r.end + 1;
  // "…, the minister said." / "…,” he said on Monday.": the words before the comma are what was said.
  const attributionAfter =
    r.start > at && !that && clause.length - r.end < 50 && /,["”]?\s+[^,]{0,60}$/.test(clause.slice(0, r.start));
  if (attributionAfter)
    return triggers.filter((t) => t.start < r.start && !t.reporting).concat(triggers.length === 1 ? [r] : []);
  if (at >= complement) return triggers.filter((t) => t.start >= complement);
  return [r];
}

/** An event without a date expression of its own, placed `relation` to `other` (and dated by it when it can be). */
function inferred(
  ctx: Ctx,
  quote: Range,
  from: number,
  other: DraftEvent,
  relation: 'before' | 'after',
  confidence: number,
  otherDate: UncertainDate | null = other.date ? tryParseEdtf(other.date) : null,
): DraftEvent {
  let date: string | null = null;
  // After a dated event and by publication: one day between them.
  if (relation === 'after' && otherDate && Number.isFinite(otherDate.earliest) && otherDate.earliest <= ctx.pub) {
    const day = Math.floor(otherDate.earliest / MS_PER_DAY) * MS_PER_DAY;
    date = day === ctx.pub ? formatIsoDate(day) : `[${formatIsoDate(day)}..${formatIsoDate(ctx.pub)}]`;
  }
  const triggers = ctx.grammar.triggers(ctx.text.slice(from, quote.end));
  const e = draft(ctx, quote, from, date, null, triggers, date ? confidence : confidence - 0.1);
  addRelation(e, relation, other);
  return e;
}

function draft(
  ctx: Ctx,
  quote: Range,
  from: number,
  date: string | null,
  m: Mention | null,
  triggers: Trigger[],
  confidence: number,
  drop: readonly Range[] = [],
): DraftEvent {
  const kind = kindOf(triggers);
  const title = titleOf(ctx.text, from, quote.end, drop, ctx.grammar);
  const actors = ctx.actors.find(ctx.text, from, quote.end);
  const score = confidence + (kind ? 0.1 : -0.15) + (actors.length ? 0.05 : -0.05);
  const e: DraftEvent = {
    id: uniqueId(title, ctx.ids),
    title,
    kind: kind ?? 'other',
    date,
    dateText: m ? m.text : null,
    actors: actors.length ? actors : ctx.actors.find(ctx.text, quote.start, quote.end),
    source: { quote: ctx.text.slice(quote.start, quote.end), start: quote.start, end: quote.end },
    draft: true,
    confidence: Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100,
  };
  ctx.events.push(e);
  return e;
}

/** `text` with every quotation (“…”, "…"; closed at the end of its paragraph at the latest) blanked. */
function unquote(text: string, paragraphs: readonly Range[]): string {
  const out = text.split('');
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '“' || (c === '"' && open < 0)) open = i;
      else if ((c === '”' || c === '"') && open >= 0) {
        out.fill(' ', open, i + 1);
        open = -1;
      }
    }
    if (open >= 0) out.fill(' ', open, p.end);
  }
  return out.join('');
}

function addRelation(e: DraftEvent, relation: 'before' | 'after', other: DraftEvent): void {
  if (other === e) return;
  const list = (e[relation] ??= []);
  if (!list.includes(other.id)) list.push(other.id);
}

/**
 * No more events dated by an expression than sentences holding one: where a sentence gave two
 * (two dated clauses), the less certain is dropped until the counts agree.
 */
function capDated(ctx: Ctx, sentencesWithDates: number): void {
  const dated = ctx.events.filter((e) => e.dateText !== null);
  let excess = dated.length - sentencesWithDates;
  if (excess <= 0) return;
  const bySentence = new Map<number, DraftEvent[]>();
  for (const e of dated) {
    const s = ctx.dating.get(e)!.sentence;
    bySentence.set(s, [...(bySentence.get(s) ?? []), e]);
  }
  // The saying goes before what was said, then the least certain.
  const rank = (e: DraftEvent) => e.confidence - (e.kind === 'statement' || e.kind === 'publication' ? 1 : 0);
  const extra = [...bySentence.values()].flatMap((list) => list.sort((a, b) => rank(b) - rank(a)).slice(1));
  extra.sort((a, b) => rank(a) - rank(b));
  for (const e of extra) {
    if (excess-- <= 0) break;
    ctx.events.splice(ctx.events.indexOf(e), 1);
    for (const other of ctx.events) {
      for (const rel of ['before', 'after'] as const) {
        const list = other[rel];
        if (list?.includes(e.id)) other[rel] = list.filter((id) => id !== e.id);
        if (other[rel]?.length === 0) delete other[rel];
      }
    }
  }
}
