// The article beside a timeline: where each event's quote and each date mention lies in the text, as
// paragraphs of runs (stretches of text under the same highlights). Pure: offsets in, offsets out.

/** A stretch of the article, by UTF-16 offsets (`end` exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/** What the article needs of an event: its id, title, date words and where its quote lies. */
export interface ArticleEvent {
  id: string;
  title: string;
  kind?: string;
  date?: string | null;
  dateText?: string | null;
  source?: { quote?: string; start?: number; end?: number } | null;
}

/** An event's quote, placed in the text. */
export interface PlacedQuote extends TextRange {
  id: string;
}

/** A date expression in the text; `id` names the event it dates, when one does. */
export interface PlacedMention extends TextRange {
  id: string | null;
}

/** A run of text under one set of highlights. */
export interface ArticleRun extends TextRange {
  text: string;
  /** The events whose quotes cover the run, outermost (longest) first. */
  quotes: readonly string[];
  /** Whether a date mention covers the run, and which event it dates (null: none known); the innermost one. */
  mention: { id: string | null } | null;
  /** The events whose quotes begin here, in reading order: each one's keyboard stop is drawn before the run. */
  starts: readonly string[];
}

/** A paragraph: a stretch between blank lines, with its runs. */
export interface ArticleParagraph extends TextRange {
  runs: ArticleRun[];
}

/** Why an event's quote is not highlighted. */
export interface QuoteMiss {
  id: string;
  reason: 'no-source' | 'not-found';
}

/**
 * Places each event's quote in `text`. The offsets are trusted when they hold the quote (or when there
 * is no quote to check); otherwise the quote is looked for in the text, nearest to where the offsets
 * said, since a text saved with other line endings or trimmed shifts every offset. Events with neither
 * offsets nor a quote found in the text are missed, with the reason.
 */
export function placeQuotes(
  text: string,
  events: readonly ArticleEvent[],
): { quotes: PlacedQuote[]; missed: QuoteMiss[] } {
  const quotes: PlacedQuote[] = [];
  const missed: QuoteMiss[] = [];
  for (const e of events) {
    const src = e.source;
    const quote = src?.quote ?? '';
    const { start, end } = src ?? {};
    const valid =
      Number.isInteger(start) && Number.isInteger(end) && 0 <= start! && start! < end! && end! <= text.length;
    if (valid && (!quote || text.slice(start, end) === quote)) quotes.push({ id: e.id, start: start!, end: end! });
    else if (quote && text.includes(quote)) {
      const at = nearest(text, quote, valid ? start! : 0);
      quotes.push({ id: e.id, start: at, end: at + quote.length });
    } else {
      const cited = src && (quote || start !== undefined || end !== undefined);
      missed.push({ id: e.id, reason: cited ? 'not-found' : 'no-source' });
    }
  }
  return { quotes, missed };
}

/** The occurrence of `needle` in `text` nearest to `near`. */
function nearest(text: string, needle: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

/**
 * The date mention of each event whose date words (`dateText`) appear in its own quote, matched without
 * regard to case: the words that dated it, where the article says them. An event dated by context (its
 * date words in another sentence) has none: the words it came from are not guessed.
 */
export function mentionsInQuotes(text: string, events: readonly ArticleEvent[], quotes: readonly PlacedQuote[]) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const mentions: PlacedMention[] = [];
  for (const q of quotes) {
    const words = byId.get(q.id)?.dateText?.trim();
    if (!words) continue;
    const at = text.slice(q.start, q.end).toLowerCase().indexOf(words.toLowerCase());
    if (at !== -1) mentions.push({ id: q.id, start: q.start + at, end: q.start + at + words.length });
  }
  return mentions;
}

/** Given mentions (e.g. from `findDates`), each dating the event whose quote holds it most closely, if any. */
export function mentionsOf(ranges: readonly TextRange[], quotes: readonly PlacedQuote[]): PlacedMention[] {
  return ranges.map((m) => {
    const holders = quotes.filter((q) => q.start <= m.start && q.end >= m.end);
    holders.sort((a, b) => a.end - a.start - (b.end - b.start));
    return { start: m.start, end: m.end, id: holders[0]?.id ?? null };
  });
}

/** Paragraphs: the text between blank lines (a line holding only spaces is blank), without empty ones. */
export function paragraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const blank = /\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const body = s.trim().length;
    if (body) out.push({ start: start + lead, end: start + lead + body });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * The article as paragraphs of runs. Every character of every paragraph is in exactly one run, in order;
 * a run is cut wherever a quote or mention begins or ends, so highlights that overlap or nest (two events
 * quoting one sentence, a clause inside a longer quote) need no nesting of their own. Ranges outside the
 * text are clipped; empty ones are ignored.
 */
export function layoutArticle(
  text: string,
  quotes: readonly PlacedQuote[],
  mentions: readonly PlacedMention[] = [],
): ArticleParagraph[] {
  const clip = <R extends TextRange>(r: R): R => ({
    ...r,
    start: Math.max(0, r.start),
    end: Math.min(text.length, r.end),
  });
  const qs = quotes.map(clip).filter((q) => q.start < q.end);
  const ms = mentions.map(clip).filter((m) => m.start < m.end);
  // Outermost first where quotes begin together; reading order otherwise.
  const order = [...qs].sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>();
  for (const r of [...qs, ...ms]) cuts.add(r.start).add(r.end);
  const placed = new Set<string>();
  return paragraphs(text).map((p) => {
    const at = [p.start, ...[...cuts].filter((c) => c > p.start && c < p.end).sort((a, b) => a - b), p.end];
    const runs: ArticleRun[] = [];
    for (let i = 0; i + 1 < at.length; i++) {
      const [start, end] = [at[i], at[i + 1]];
      const covering = order.filter((q) => q.start <= start && q.end >= end);
      const m = ms
        .filter((r) => r.start <= start && r.end >= end)
        .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      // A quote's keyboard stop sits before the first run it covers (where it begins, unless that is a blank).
      const starts = covering.filter((q) => !placed.has(q.id));
      for (const q of starts) placed.add(q.id);
      runs.push({
        ...{ start, end, text: text.slice(start, end) },
        quotes: covering.map((q) => q.id),
        mention: m ? { id: m.id } : null,
        starts: starts.map((q) => q.id),
      });
    }
    return { ...p, runs };
  });
}
