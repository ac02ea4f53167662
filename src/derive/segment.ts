/**
 * Paragraphs and sentences of a plain text, as UTF-16 offsets (end exclusive),
 * trimmed of surrounding white space.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of its paragraph. */
  paragraph: number;
}

export interface Segmented {
  paragraphs: Span[];
  sentences: Sentence[];
}

/**
 * Paragraphs are separated by blank lines when the text has any, else by line
 * breaks. A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes)
 * before white space and a capital, digit or opening quote, unless the word
 * before the stop is one of `abbreviations` or a single letter (an initial).
 */
export function segment(text: string, abbreviations: ReadonlySet<string>): Segmented {
  const paragraphs: Span[] = [];
  const sep = /\n[ \t\r\f\v]*\n/.test(text) ? /\n[ \t\r\f\v]*\n\s*/g : /\n\s*/g;
  let at = 0;
  const push = (a: number, b: number) => {
    const t = trim(text, a, b);
    if (t) paragraphs.push(t);
  };
  for (const m of text.matchAll(sep)) {
    push(at, m.index!);
    at = m.index! + m[0].length;
  }
  push(at, text.length);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, k) => {
    let from = p.start;
    const end = /[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
    end.lastIndex = p.start;
    for (let m = end.exec(text); m && m.index < p.end; m = end.exec(text)) {
      const stop = m.index + m[0].length;
      if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index, abbreviations)) continue;
      const s = trim(text, from, stop);
      if (s) sentences.push({ ...s, paragraph: k });
      from = stop;
    }
    const s = trim(text, from, p.end);
    if (s) sentences.push({ ...s, paragraph: k });
  });
  return { paragraphs, sentences };
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return abbreviations.has(word.toLowerCase().replace(/^\.+/, ''));
}

function trim(text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : null;
}

/** The index of the span in `spans` (sorted, disjoint) that holds offset `at`, or -1. */
export function spanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
