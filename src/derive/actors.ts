/**
 * Who takes part: countries (named by `Intl.DisplayNames` in the text's
 * language, and by the grammar's demonyms and capitals), organisations from
 * the grammar's gazetteer, and runs of capitalised words that look like names
 * ("Alexander Lukashenko", "Voice of America"); a surname alone is linked to
 * the full name it shortens.
 */
import type { Language } from './lang/index.js';
import type { Span } from './segment.js';

const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'al', 'bin', 'ibn', 'von', 'van', 'la', 'le', 'du']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const regionCache = new Map<string, Map<string, string>>();

/** Lower-cased region names in `code`'s language → the name. */
function regionNames(code: string): Map<string, string> {
  let names = regionCache.get(code);
  if (names) return names;
  names = new Map();
  let display: Intl.DisplayNames | null = null;
  try {
    display = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
  } catch {
    display = null;
  }
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const name = display?.of(a + b);
      if (!name || /pseudo|unknown|outlying|eurozone/i.test(name) || /^(?:QO|XA|XB|ZZ|EZ)$/.test(a + b)) continue;
      names.set(name.toLowerCase(), name);
      // "Myanmar (Burma)" is also "Myanmar" and "Burma"; "Hong Kong SAR China" is also "Hong Kong".
      const paren = /^(.*?)\s*\((.*)\)$/.exec(name);
      if (paren) for (const n of [paren[1]!, paren[2]!]) names.set(n.toLowerCase(), name);
      const sar = /^(.*?)\s+SAR\b/.exec(name);
      if (sar) names.set(sar[1]!.toLowerCase(), name);
    }
  }
  regionCache.set(code, names);
  return names;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Hit {
  start: number;
  end: number;
  actor: string;
}

export class ActorFinder {
  private readonly anyCase: RegExp;
  private readonly exactCase: RegExp | null;
  private readonly actorOf = new Map<string, string>();
  private readonly people: string[] = [];

  /** Learns the full names in `body` (the article's sentences) so that a surname alone can be linked. */
  constructor(
    private readonly lang: Language,
    text: string,
    body: readonly Span[],
  ) {
    const regions = regionNames(lang.code);
    const display = (() => {
      try {
        return new Intl.DisplayNames([lang.code], { type: 'region', fallback: 'none' });
      } catch {
        return null;
      }
    })();
    for (const [name, actor] of regions) this.actorOf.set(name, actor);
    const exact: string[] = [];
    for (const [key, value] of lang.events.gazetteer.aliases) {
      const actor = /^[A-Z]{2}$/.test(value) ? (display?.of(value) ?? value) : value;
      if (key !== key.toLowerCase()) exact.push(key);
      this.actorOf.set(key === key.toLowerCase() ? key : `=${key}`, actor);
    }
    const keys = [...this.actorOf.keys()].filter((k) => !k.startsWith('=')).sort((a, b) => b.length - a.length);
    this.anyCase = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    exact.sort((a, b) => b.length - a.length);
    this.exactCase = exact.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${exact.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
    for (const s of body)
      for (const name of this.names(text, s.start, s.end, this.gazetteerHits(text, s.start, s.end))) this.learn(name);
  }

  /** The actors named in `text[start, end)`, in order of first mention. */
  find(text: string, start: number, end: number): string[] {
    const hits = this.gazetteerHits(text, start, end);
    const found: Hit[] = [...hits];
    this.names(text, start, end, hits, found);
    found.sort((a, b) => a.start - b.start);
    return [...new Set(found.map((h) => h.actor))].filter((a) => a !== '-');
  }

  private learn(name: string): void {
    if (!this.people.includes(name)) this.people.push(name);
  }

  private gazetteerHits(text: string, start: number, end: number): Hit[] {
    const slice = text.slice(start, end);
    const hits: Hit[] = [];
    for (const m of slice.matchAll(this.anyCase)) {
      if (m[0][0] === m[0][0]!.toLowerCase()) continue; // proper nouns only: "turkey" is not Turkey
      hits.push({
        start: start + m.index!,
        end: start + m.index! + m[0].length,
        actor: this.actorOf.get(m[0].toLowerCase())!,
      });
    }
    if (this.exactCase) {
      for (const m of slice.matchAll(this.exactCase)) {
        const at = start + m.index!;
        if (!hits.some((h) => h.start < at + m[0].length && at < h.end))
          hits.push({ start: at, end: at + m[0].length, actor: this.actorOf.get(`=${m[0]}`)! });
      }
    }
    return hits;
  }

  /** Runs of capitalised words in `text[start, end)` that are not gazetteer names or titles; pushes hits into `out`. */
  private names(text: string, start: number, end: number, hits: readonly Hit[], out: Hit[] = []): string[] {
    const { titles, notNames } = this.lang.events.gazetteer;
    const tokens = [...text.slice(start, end).matchAll(/[\p{L}\p{M}\p{N}’'.-]+/gu)].map((m) => ({
      at: start + m.index!,
      word: m[0].replace(/(?:['’]s|['’.-])+$/u, ''),
    }));
    const names: string[] = [];
    let run: typeof tokens = [];
    const close = () => {
      while (run.length && CONNECTORS.has(run[run.length - 1]!.word.toLowerCase())) run.pop();
      const before = tokens[tokens.indexOf(run[0]!) - 1];
      const beforeThat = tokens[tokens.indexOf(run[0]!) - 2];
      const afterTitle =
        before && beforeThat && /^(?:for|of)$/i.test(before.word) && titles.has(beforeThat.word.toLowerCase());
      if (run.length >= 2 && !afterTitle) {
        const name = run.map((t) => t.word).join(' ');
        names.push(name);
        out.push({ start: run[0]!.at, end: run[run.length - 1]!.at + name.length, actor: name });
      } else if (run.length === 1) {
        const person = this.people.find((p) => p.endsWith(` ${run[0]!.word}`));
        if (person) out.push({ start: run[0]!.at, end: run[0]!.at + run[0]!.word.length, actor: person });
      }
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const lower = t.word.toLowerCase();
      const isCap = /^\p{Lu}/u.test(t.word) && !titles.has(lower) && !notNames.has(lower);
      const inGazetteer = hits.some((h) => h.start <= t.at && t.at < h.end);
      const adjacent =
        run.length > 0 && /^\s$/.test(text.slice(run[run.length - 1]!.at + run[run.length - 1]!.word.length, t.at));
      if (isCap && !inGazetteer && (run.length === 0 || adjacent)) run.push(t);
      else if (run.length && adjacent && CONNECTORS.has(lower) && /^\p{Lu}/u.test(tokens[i + 1]?.word ?? ''))
        run.push(t);
      else {
        close();
        if (isCap && !inGazetteer) run.push(t);
      }
    }
    close();
    return names;
  }
}
