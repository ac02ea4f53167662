/**
 * An event's kind from its trigger words, its title from its clause, and a
 * stable id from its title.
 */
import type { EventKind } from '../data/types.js';
import type { EventGrammar, Trigger } from './lang/index.js';

/**
 * The kind the triggers of a clause name: the first verb that names a happening ("visited",
 * "condemned"); for a light verb ("signed", "held"), the noun after it ("a deal", "talks"); a
 * verb of saying with a channel ("confirmed on social media") is a publication. Without such a
 * verb, the most specific noun. Null when there is no trigger at all.
 */
export function kindOf(triggers: readonly Trigger[]): EventKind | null {
  if (!triggers.length) return null;
  const nouns = triggers.filter((t) => !t.verb);
  let fallback: EventKind | null = null;
  for (const v of triggers) {
    if (!v.verb) continue;
    if (v.light) {
      const object = nouns.find((n) => n.start > v.start && n.kind !== 'other' && n.kind !== 'publication');
      if (object) return object.kind;
      if (v.kind !== 'other') return v.kind;
      fallback ??= 'other';
      continue;
    }
    if (v.kind === 'other') {
      fallback ??= 'other';
      continue;
    }
    if (v.reporting && nouns.some((n) => n.kind === 'publication')) return 'publication';
    return v.kind;
  }
  const best = nouns.filter((n) => n.kind !== 'other').sort((a, b) => b.weight - a.weight || a.start - b.start)[0];
  return best?.kind ?? fallback ?? 'other';
}

interface Range {
  start: number;
  end: number;
}

const DANGLING = /\s*\b(?:on|in|at|by|during|since|until|from|as\s+of|around|between|and)\s*$/i;
const CONNECTIVE = /^(?:which|who|and|but|while|whereas|although|though|when|that)\s+/i;
const ANTECEDENT = new RegExp(
  "(?:^|\\b(?:of|in|on|at|from|with|by|for|to|and|as)\\s+|[,;]\\s*)((?:[\\p{L}\\p{N}’'-]+\\s+){0,3" +
    "}[\\p{L}\\p{N}’'-]+)\\s*,\\s*$",
  'u',
);

/**
 * A title from the words of `text[from, to)`, without the `drop` ranges (the date expression) or
 * the opening phrase that places it ("In response,"): the clause up to its first comma, twelve
 * words at most.
 */
export function titleOf(text: string, from: number, to: number, drop: readonly Range[], grammar: EventGrammar): string {
  let s = '';
  let at = from;
  for (const d of [...drop].sort((a, b) => a.start - b.start)) {
    if (d.end <= from || d.start >= to) continue;
    s = (s + text.slice(at, Math.max(at, d.start))).replace(DANGLING, '');
    at = Math.max(at, d.end);
  }
  s = (s + text.slice(at, to)).replace(/\s+/g, ' ').trim();
  const op = grammar.opener(s);
  if (op && op.object === null) s = s.slice(op.length);
  s = s.replace(/^[\s,;:—–-]+/, '');
  if (/^(?:which|who)\b/i.test(s)) {
    const ante = ANTECEDENT.exec(text.slice(Math.max(0, from - 80), from));
    s = s.replace(CONNECTIVE, '');
    if (ante) s = `${ante[1]} ${s}`;
  }
  s = s
    .replace(CONNECTIVE, '')
    .replace(/\s+,/g, ',')
    .replace(/^[\s,;:—–-]+/, '');
  s = firstClause(s);
  if ((s.match(/[“”"]/g) ?? []).length % 2 === 1) s = s.replace(/[“”"]/g, '');
  s = s.replace(/[\s.,;:!?—–-]+$/, '');
  const words = s.split(' ');
  if (words.length > 14) s = `${words.slice(0, 12).join(' ')}…`;
  if (!s) return 'Untitled event';
  return s[0]!.toUpperCase() + s.slice(1);
}

/**
 * `s` up to its first comma after four words or more; an apposition ("…, John Kirby, told …")
 * is kept, without its commas.
 */
function firstClause(s: string): string {
  for (let from = 0; ;) {
    const comma = s.indexOf(', ', from);
    if (comma < 0) return s;
    const next = s.indexOf(', ', comma + 2);
    const between = next < 0 ? '' : s.slice(comma + 2, next);
    if (next > 0 && /^\p{Lu}/u.test(between) && between.split(' ').length <= 4) {
      s = `${s.slice(0, comma)} ${between} ${s.slice(next + 2)}`;
      from = comma + between.length + 2;
      continue;
    }
    if (s.slice(0, comma).split(' ').length >= 4) return s.slice(0, comma);
    from = comma + 2;
  }
}

/** A kebab-case id from the first words of `title`, unique among `taken` (which it joins). */
export function uniqueId(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .slice(0, 6)
      .join('-') || 'event';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
